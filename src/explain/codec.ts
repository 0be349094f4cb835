import type { AttributeValues } from '../parser/model/attributes/index.js';
import { DYNAMIC_PAYLOAD_TYPE_MIN, isRtcpConflictPayloadType, staticPayloadTypes, UNASSIGNED_PAYLOAD_TYPE_MIN } from '../parser/model/static-payloads.js';
import { codecOf, type ExplainContext, type SectionContext } from './context.js';
import { codecInfo } from './knowledge/codecs.js';
import type { Explained } from './types.js';
import { capitalize, channelWords, explained, field, khz, paragraph } from './words.js';

const RTPMAP_REF = 'RFC 8866 §6.6';

/** What a payload type number says by its range (RFC 3551 §6; RFC 5761 §4). */
export function payloadTypeWords(pt: number): string {
  if (pt >= DYNAMIC_PAYLOAD_TYPE_MIN) return 'dynamic payload type (96–127): its meaning comes from the a=rtpmap';
  if (isRtcpConflictPayloadType(pt)) return 'payload type 64–95: with rtcp-mux these clash with RTCP packet types 192–223 and should not be used (RFC 5761 §4)';
  if (pt >= UNASSIGNED_PAYLOAD_TYPE_MIN) return 'dynamic payload type from the unassigned range 35–63, which browsers use once 96–127 run out (RFC 3551 §6)';
  const fixed = staticPayloadTypes[pt];
  return fixed !== undefined ? `static payload type: RFC 3551 assigns it to ${fixed.name}/${fixed.clockRate}` : 'a reserved or unassigned static payload type (RFC 3551 §6)';
}

/** Explains `a=rtpmap`, with the codec table and what the section says about the payload type. */
export function explainRtpmap(r: AttributeValues['rtpmap'], ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const info = codecInfo(r.encodingName);
  const pt = r.payloadType;
  const fmtp = section?.fmtps.get(String(pt));
  const notes: string[] = [];
  let target = '';

  if (info?.role === 'retransmission') {
    const apt = fmtp?.parameters.find((p) => p.key === 'apt')?.value;
    if (apt !== undefined) {
      const protectedCodec = codecOf(section, apt);
      target = ` for PT ${apt}${protectedCodec !== undefined ? ` (${protectedCodec.name})` : ''}`;
      if (protectedCodec !== undefined && protectedCodec.clockRate !== r.clockRate) {
        notes.push(`Its clock rate ${r.clockRate} differs from the ${protectedCodec.clockRate} of ${protectedCodec.name}, but RFC 4588 §8.1 requires them equal`);
      }
    } else {
      notes.push('No a=fmtp with apt= says which payload type it retransmits, so it cannot be used (RFC 4588 §8.6)');
    }
  }
  if (info?.role === 'dtmf' && section !== undefined) {
    const partners = [...section.rtpmaps.values()].filter((o) => o.payloadType !== pt && o.clockRate === r.clockRate && codecInfo(o.encodingName)?.role === 'media');
    if (partners.length > 0) notes.push(`It goes with ${[...new Set(partners.map((p) => p.encodingName))].join(', ')}, which share its ${khz(r.clockRate)} clock`);
  }
  if (info?.clockRate !== undefined && info.role === 'media' && info.clockRate !== r.clockRate) {
    notes.push(`${capitalize(info.name)} normally runs at ${info.clockRate}, not ${r.clockRate}`);
  }
  if (info?.name === 'opus' && r.channels !== 2) {
    notes.push('RFC 7587 §7 requires opus/48000/2 even for mono: a peer may not match this rtpmap');
  }
  if (section !== undefined && !section.media.formats.includes(String(pt))) {
    notes.push(`Payload type ${pt} is not on the m= line, so this rtpmap has no effect`);
  }
  const fixed = staticPayloadTypes[pt];
  if (fixed !== undefined && fixed.name.toLowerCase() !== r.encodingName.toLowerCase()) {
    notes.push(`Static payload type ${pt} is ${fixed.name} in RFC 3551; redefining it confuses peers`);
  }

  const channels = channelWords(r.channels);
  const fields = [
    field('payload type', String(pt), payloadTypeWords(pt)),
    field('encoding name', r.encodingName, info?.description ?? 'a codec sdpkit does not know'),
    field('clock rate', String(r.clockRate), `${khz(r.clockRate)} RTP timestamp clock${info?.name === 'G722' ? ' (G.722 samples at 16 kHz but keeps 8000 here, RFC 3551 §4.5.2)' : ''}`),
  ];
  if (r.channels !== undefined) fields.push(field('channels', String(r.channels), channels));
  const label = `Codec: ${r.encodingName} ${khz(r.clockRate)}${channels !== '' ? ` ${channels}` : ''}${target}`;
  return explained({
    label,
    summary:
      info === undefined
        ? `Payload type ${pt} is ${r.encodingName} at a ${khz(r.clockRate)} clock, a codec sdpkit does not know.`
        : target !== ''
          ? `Payload type ${pt} carries retransmissions of${target.replace(' for', '')} (RTX, ${info.ref}).`
          : `Payload type ${pt} is ${info.description}.`,
    details: paragraph(target !== '' && info !== undefined ? capitalize(info.description) : undefined, info?.notes, ...notes, 'The answer should use the same payload type number for the same codec (RFC 3264 §6.1); within a BUNDLE group one number must mean one codec in every section (RFC 9143)'),
    ref: info === undefined ? RTPMAP_REF : `${RTPMAP_REF}; ${info.ref}`,
    fields,
    unknown: info === undefined,
  });
}
