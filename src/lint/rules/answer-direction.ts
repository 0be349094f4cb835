import { attrLines, isRejected, mLine, sectionPairs } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp } from '../examples.js';
import { defineRule } from '../rule.js';
import { ANSWER_DIRECTIONS } from '../../parser/model/attributes/direction.js';
import { DIRECTIONS } from '../../parser/model/attributes/extmap.js';
import type { Media } from '../../parser/model/media.js';
import type { SdpDocument } from '../../parser/model/document.js';

/** RFC 3264 §6.1: what an answer may say for each offered direction. */
const ALLOWED = ANSWER_DIRECTIONS;
const NAMES: readonly string[] = DIRECTIONS;

/** The line that sets the section's direction: its own attribute, else the session's, else its m= line (sendrecv by default). */
function directionLine(document: SdpDocument, media: Media) {
  const own = media.lines.find((l) => l.type === 'a' && NAMES.includes(l.name ?? ''));
  if (own !== undefined) return own;
  return DIRECTIONS.flatMap((d) => attrLines(document.session.lines, d))[0] ?? mLine(media);
}

export const rule = defineRule({
  id: 'answer-direction',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'An answer section\'s direction is not allowed for the offered one (RFC 3264 §6.1).',
    rationale:
      'The answerer can only narrow the offered direction: sendonly is answered with recvonly or inactive, recvonly with sendonly or ' +
      'inactive, inactive with inactive (RFC 3264 §6.1). Otherwise one side sends media the other never agreed to receive. Firefox ' +
      'refuses such an answer ("Answer tried to set recv when offer did not set send").',
    ref: 'RFC 3264 §6.1',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT, 'a=sendonly')}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT, 'a=sendrecv')}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT, 'a=sendonly')}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT, 'a=recvonly')}
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (isRejected(o) || isRejected(a)) continue;
      if (ALLOWED[o.direction].includes(a.direction)) continue;
      report({
        line: directionLine(answer, a),
        message: `answer m-section ${i + 1} is ${a.direction}, but the offer's is ${o.direction}: allowed answers are ${ALLOWED[o.direction].join(', ')}`,
      });
    }
  },
});
