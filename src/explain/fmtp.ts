import type { AttributeValues } from '../parser/model/attributes/index.js';
import { codecOf, hasFormat, type ExplainContext, type SectionContext } from './context.js';
import { codecFmtp, fmtpDecoders, fmtpParameter, fmtpValueWords, type Decoded, type FmtpDecodeContext, type FmtpParameterInfo } from './knowledge/fmtp.js';
import { lookup } from './knowledge/lookup.js';
import type { Explained, ExplanationField } from './types.js';
import { explained, field, paragraph } from './words.js';

const FMTP_REF = 'RFC 8866 §6.15';

function parameterMeaning(info: FmtpParameterInfo, value: string, decoded: Decoded | undefined, codecRef: string | undefined): string {
  const words = fmtpValueWords(info, value, decoded);
  const parts = [words === undefined ? info.meaning : `${info.meaning}: ${words}`];
  if (info.allowed !== undefined) parts.push(`allowed ${info.allowed}${info.unit !== undefined && info.values === undefined ? ` ${info.unit}` : ''}`);
  if (info.default !== undefined) parts.push(`default ${info.default}`);
  let out = parts.join('; ');
  if (info.ref !== codecRef) out += ` (${info.ref})`;
  return out;
}

/**
 * Explains `a=fmtp` knowing its codec: the payload type is looked up in the
 * section's a=rtpmap lines (or the static table), and each parameter in that
 * codec's table, so `profile-level-id=42e01f` reads as H264 Constrained
 * Baseline level 3.1.
 */
export function explainFmtp(f: AttributeValues['fmtp'], _ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const codec = codecOf(section, f.format);
  const table = codec === undefined ? undefined : codecFmtp(codec.name);
  const decodeCtx: FmtpDecodeContext = { codecOf: (pt) => codecOf(section, pt)?.name };
  const fields: ExplanationField[] = [
    field(
      'format',
      f.format,
      codec === undefined
        ? 'no a=rtpmap in this m-section names this payload type, so its parameters cannot be tied to a codec'
        : `payload type ${f.format}: ${codec.name}/${codec.clockRate}${codec.channels !== undefined ? `/${codec.channels}` : ''}`,
    ),
  ];
  // Decoded values (profile, level, apt) come first in the label, then the enumerated ones.
  const shorts: string[] = [];
  const phrases: string[] = [];
  const laterShorts: string[] = [];
  const laterPhrases: string[] = [];
  let knownCount = 0;
  const notes: string[] = [];

  for (const p of f.parameters) {
    if (p.value === undefined && table?.positional !== undefined) {
      const decoded = fmtpDecoders[table.positional.decoder](p.key, decodeCtx);
      fields.push(field(table.positional.meaning, p.key, decoded.meaning));
      if (decoded.short !== undefined) shorts.push(decoded.short);
      phrases.push(decoded.meaning);
      knownCount++;
      continue;
    }
    const info = fmtpParameter(codec?.name, p.key);
    if (info === undefined) {
      fields.push(field(p.key, p.value ?? '', `not a parameter sdpkit knows for ${codec?.name ?? 'this format'}: kept as is`));
      continue;
    }
    knownCount++;
    const value = p.value ?? '';
    const decoded = info.decoder === undefined ? undefined : fmtpDecoders[info.decoder](value, decodeCtx);
    fields.push(field(p.key, value, parameterMeaning(info, value, decoded, table?.ref)));
    if (decoded?.fields !== undefined) fields.push(...decoded.fields);
    const short = decoded?.short ?? (info.short === undefined ? undefined : lookup(info.short, value));
    if (decoded !== undefined) {
      if (short !== undefined) shorts.push(short);
      phrases.push(decoded.meaning);
    } else if (short !== undefined) {
      laterShorts.push(short);
      laterPhrases.push(short);
    }
  }
  shorts.push(...laterShorts);
  phrases.push(...laterPhrases);

  if (section !== undefined && !hasFormat(section, f.format)) notes.push(`Payload type ${f.format} is not on the m= line, so these parameters have no effect`);
  if (f.parameters.length === 0) notes.push('The line has a format but no parameters');
  const name = codec?.name ?? `payload type ${f.format}`;
  const label = `Codec parameters: ${codec?.name ?? `PT ${f.format}`}${shorts.length > 0 ? ` ${shorts.join(', ')}` : ''}`;
  return explained({
    label,
    summary:
      codec === undefined
        ? `Format parameters for payload type ${f.format}, which no a=rtpmap in this section names.`
        : `Format parameters for payload type ${f.format} (${codec.name})${phrases.length > 0 ? `: ${phrases.join('; ')}` : ''}.`,
    details: paragraph(
      table?.about ??
        (codec === undefined ? undefined : `sdpkit has no parameter table for ${codec.name}; the parameters are shown as written`),
      ...notes,
      `a=fmtp carries parameters defined by the payload format of ${name} (RFC 8866 §6.15)`,
    ),
    ref: table === undefined ? FMTP_REF : `${FMTP_REF}; ${table.ref}`,
    fields,
    unknown: codec === undefined || (table === undefined && knownCount === 0),
  });
}
