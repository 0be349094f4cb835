import { mLine, sectionPairs } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-media-kind',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'An answer m-section has a different media kind (audio, video, application, …) than the offer section at the same position.',
    rationale:
      'Offer and answer sections are matched by position (RFC 3264 §6); the answer can accept or reject each one but not turn audio into ' +
      'video or reorder them. Chrome and Firefox refuse such an answer ("Answer and offer have different media types at m-line").',
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
        a=group:BUNDLE 1 0
        ${video('1', ANSWER_TRANSPORT)}
        ${audio('0')}
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
        a=group:BUNDLE 0 1
        ${audio('0', ANSWER_TRANSPORT)}
        ${video('1')}
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (o.kind === a.kind) continue;
      const line = mLine(a);
      report({ line, ...(line === undefined ? {} : fieldSpan(line, 0)), message: `answer m-section ${i + 1} is ${a.kind}, but offer m-section ${i + 1} is ${o.kind}: sections are matched by position` });
    }
  },
});
