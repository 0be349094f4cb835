import { mLine } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp, video } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-media-count',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'The answer has a different number of m-sections than the offer.',
    rationale:
      '"The answer MUST contain exactly the same number of m= lines as the offer" (RFC 3264 §6): sections are matched by position, and a ' +
      'section the answerer does not want is rejected with port 0, not left out. Chrome refuses such an answer ("The order of m-lines in ' +
      'answer doesn\'t match order in offer"), and so does Firefox ("Offer and answer have different number of m-lines"). Firefox\'s ' +
      'parser also stops at a blank line, so an answer with one before its last sections has fewer sections for Firefox.',
    ref: 'RFC 3264 §6',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        ${audio('0', OFFER_TRANSPORT)}
        ${video('1', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT)}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        ${audio('0', OFFER_TRANSPORT)}
        ${video('1', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT)}
        m=video 0 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
      `,
    },
  },
  check({ offer, answer, report }) {
    const o = offer.media.length;
    const a = answer.media.length;
    if (o === a) {
      // Firefox's parser (sipcc) stops at a blank line without an error: the sections after it are not in the answer it sees.
      const blank = answer.lines.find((l) => l.type === '' && (l.raw ?? '').trim() === '');
      const at = blank?.source?.line;
      if (blank === undefined || at === undefined) return;
      const seen = answer.media.filter((m) => (mLine(m)?.source?.line ?? 0) < at).length;
      if (seen < o) {
        report({ line: blank, case: 'blank-line', message: `a blank line at line ${at}: a parser that stops there (Firefox) sees ${seen} of the answer's ${a} m-sections, fewer than the offer's ${o}` });
      }
      return;
    }
    const extra = answer.media[o];
    report({
      line: extra !== undefined ? mLine(extra) : (answer.media[a - 1]?.lines[0] ?? answer.lines[0]),
      message:
        a > o
          ? `the answer has ${a} m-sections but the offer only ${o}: an answer cannot add sections`
          : `the answer has ${a} m-section${a === 1 ? '' : 's'} but the offer ${o}: reject unwanted sections with port 0 instead of leaving them out`,
    });
  },
});
