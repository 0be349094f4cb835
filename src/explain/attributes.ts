import { attributeFamily, attributeLevels, isFlagFamily, type AttributeValues, type ValueAttributeName } from '../parser/model/attributes/index.js';
import type { SdpLine } from '../parser/model/line.js';
import { isDirection } from '../parser/model/session.js';
import { explainCandidate } from './candidate.js';
import { explainRtpmap } from './codec.js';
import type { ExplainContext, SectionContext } from './context.js';
import { explainExtmap } from './extmap.js';
import { explainFmtp } from './fmtp.js';
import { attributeInfo } from './knowledge/attributes.js';
import { explainUnreadable, valueProblems } from './problems.js';
import { explainRtcpFb } from './rtcp-fb.js';
import { streamExplainers } from './streams.js';
import { explainDirection, transportExplainers } from './transport.js';
import type { Explained } from './types.js';
import { explained, field, paragraph } from './words.js';

/*
 * a= lines: the typed families go to their explainer (one per family, most
 * in their own module), the rest are explained from the attribute table.
 */

type ValueExplainer<N extends ValueAttributeName> = (value: AttributeValues[N], line: SdpLine, ctx: ExplainContext, section: SectionContext | undefined) => Explained;

function numberAttribute(name: 'ptime' | 'maxptime' | 'framerate', unit: string): (n: number) => Explained {
  return (n) => {
    const info = attributeInfo(name);
    return explained({
      label: `${info?.label ?? name}: ${n} ${unit}`,
      summary: info?.summary ?? name,
      details: info?.details,
      ref: info?.ref,
      fields: [field(name, String(n), `${n} ${unit}`)],
    });
  };
}

const valueExplainers: { readonly [N in ValueAttributeName]: ValueExplainer<N> } = {
  rtpmap: (v, _l, ctx, s) => explainRtpmap(v, ctx, s),
  fmtp: (v, _l, ctx, s) => explainFmtp(v, ctx, s),
  'rtcp-fb': (v, _l, ctx, s) => explainRtcpFb(v, ctx, s),
  extmap: (v, _l, ctx, s) => explainExtmap(v, ctx, s),
  candidate: (v, _l, ctx, s) => explainCandidate(v, ctx, s),
  ptime: numberAttribute('ptime', 'ms'),
  maxptime: numberAttribute('maxptime', 'ms'),
  framerate: numberAttribute('framerate', 'frames per second'),
  identity(v) {
    const info = attributeInfo('identity');
    return explained({
      label: info?.label ?? 'Identity assertion',
      summary: info?.summary ?? '',
      details: 'The assertion is base64 JSON from the identity provider; the receiver verifies it with that provider (RFC 8827 §5). Browsers other than Firefox no longer implement it.',
      ref: info?.ref,
      fields: [field('assertion', v.assertion, `${v.assertion.length} characters of base64`), ...v.extensions.map((x) => field('extension', x, 'an identity extension, kept as written'))],
    });
  },
  ...transportExplainers,
  ...streamExplainers,
};

/** Attribute names the parser types (value families) and the flags. */
function isValueName(name: string): name is ValueAttributeName {
  return Object.hasOwn(valueExplainers, name);
}

/** How the attribute's level compares to where it stands. */
function levelNote(name: string, section: SectionContext | undefined): string | undefined {
  const levels = attributeLevels(name);
  if (levels === undefined) return undefined;
  const here = section === undefined ? 'session' : 'media';
  if (levels.includes(here)) return undefined;
  return `a=${name} belongs at ${levels.join(' or ')} level, not at ${here} level, so it has no effect here`;
}

function withNotes(e: Explained, ...notes: (string | undefined)[]): Explained {
  const extra = paragraph(...notes);
  if (extra === '') return e;
  return { ...e, details: e.details === '' ? extra : `${extra} ${e.details}` };
}

/** Explains one a= line. */
export function explainAttribute(line: SdpLine, ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const name = line.name ?? '';
  const text = line.source?.text ?? '';
  const leading = /^[ \t]/.test(text) ? 'The line starts with white space, which RFC 8866 §5 does not allow; it is read as if the white space were absent' : undefined;
  if (name === '') {
    return explained({
      label: 'Attribute without a name',
      summary: '`a=` with no attribute name: nothing to read',
      details: 'An attribute is `a=<name>` or `a=<name>:<value>` (RFC 8866 §5.13).',
      ref: 'RFC 8866 §5.13',
      fields: [field('value', line.raw ?? '', 'kept as text')],
    });
  }
  const level = levelNote(name, section);
  const family = attributeFamily(name);

  if (family !== undefined && isFlagFamily(family)) {
    const base = isDirection(name) ? explainDirection(name, ctx, section) : generic(name, line);
    const extra = line.raw !== undefined ? `a=${name} takes no value, but \`:${line.raw}\` follows; the value is ignored` : undefined;
    return withNotes(base, leading, level, extra);
  }

  if (family !== undefined && isValueName(name)) {
    if (line.value === undefined) {
      const info = attributeInfo(name);
      const raw = line.raw;
      return withNotes(
        explainUnreadable({
          label: info?.label ?? `a=${name}`,
          what: `a=${name} line`,
          syntax: `a=${name}:${family.syntax}`,
          raw: raw ?? '',
          problems: raw === undefined ? [`a=${name} needs a value: \`a=${name}:${family.syntax}\``] : valueProblems(family, raw),
          ref: family.ref,
          about: info?.summary,
        }),
        leading,
        level,
      );
    }
    const explainer = valueExplainers[name] as ValueExplainer<ValueAttributeName>;
    return withNotes(explainer(line.value as AttributeValues[ValueAttributeName], line, ctx, section), leading, level);
  }

  return withNotes(generic(name, line), leading, level);
}

/** An attribute explained from the table alone: flags, raw attributes, unknown ones. */
function generic(name: string, line: SdpLine): Explained {
  const info = attributeInfo(name);
  const raw = line.raw;
  if (info === undefined) {
    return explained({
      label: `Unknown attribute a=${name}`,
      summary: `Unknown attribute a=${name}: sdpkit does not know it and keeps it as is.`,
      details: 'Receivers ignore attributes they do not understand (RFC 8866 §5.13), so an unknown attribute is harmless unless the peer needs it.',
      ref: 'RFC 8866 §5.13',
      fields: raw === undefined ? [] : [field('value', raw, 'kept as text')],
      unknown: true,
    });
  }
  return explained({
    label: info.label,
    summary: info.summary,
    details: info.details,
    ref: info.ref,
    fields: raw === undefined ? [] : [field(info.value ?? 'value', raw, info.value === undefined ? 'kept as text' : `the ${info.value}, kept as text`)],
  });
}
