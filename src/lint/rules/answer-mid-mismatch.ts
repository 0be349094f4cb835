import { attrs, isRejected, mLine, sectionPairs } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp } from '../examples.js';
import { valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-mid-mismatch',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'An answer m-section has a different mid than the offer section at the same position (or drops or adds one).',
    rationale:
      'When the offer carries a=mid, each accepted answer section carries the same value (RFC 5888 §9.1); groups, the sdes:mid header ' +
      'extension and trickled candidates rely on it. Chrome refuses the answer ("The order of m-lines in answer doesn\'t match order ' +
      'in offer"), Firefox too ("Answer changes mid for level"). An answer section with no a=mid at all is matched by position: ' +
      'libwebrtc fills in the mid of its offer\'s section and Firefox compares mids only when both are present, so that is a warning.',
    ref: 'RFC 5888 §9.1',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE audio
        ${audio('audio', ANSWER_TRANSPORT)}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT)}
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (o.mid === a.mid) continue;
      const midLine = attrs(a.lines, 'mid')[0]?.line;
      if (o.mid !== undefined && a.mid !== undefined) {
        report({ line: midLine, ...(midLine === undefined ? {} : valueSpan(midLine)), case: 'changed', message: `answer m-section ${i + 1} has mid \`${a.mid}\`, but the offer's section ${i + 1} has mid \`${o.mid}\`` });
      } else if (o.mid !== undefined) {
        // A rejected section may leave its attributes out.
        if (!isRejected(a)) report({ line: mLine(a), case: 'missing', message: `answer m-section ${i + 1} has no a=mid, but the offer's section ${i + 1} has mid \`${o.mid}\` (browsers take the offer's mid by position)` });
      } else {
        report({ line: midLine, case: 'added', message: `answer m-section ${i + 1} adds mid \`${a.mid ?? ''}\`, but the offer's section ${i + 1} has none` });
      }
    }
  },
});
