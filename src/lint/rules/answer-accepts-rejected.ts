import { isRejected, mLine, sectionPairs } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-accepts-rejected',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'The answer gives a non-zero port to a section the offer rejected (port 0 without a=bundle-only).',
    rationale:
      'A section offered with port 0 is disabled; the answer "MUST" keep it at port 0 (RFC 3264 §6). Accepting it would start media the ' +
      'offerer has no transport or decoder for. Firefox refuses such an answer ("Answer tried to enable an m-section that was disabled ' +
      'in the offer").',
    ref: 'RFC 3264 §6',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT)}
        m=video 0 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        a=inactive
        a=rtpmap:96 VP8/90000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT)}
        ${video('1', ANSWER_TRANSPORT, 'a=inactive')}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT)}
        m=video 0 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        a=inactive
        a=rtpmap:96 VP8/90000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT)}
        m=video 0 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        a=inactive
        a=rtpmap:96 VP8/90000
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (!isRejected(o) || a.port === 0) continue;
      const line = mLine(a);
      report({ line, ...(line === undefined ? {} : fieldSpan(line, 1)), message: `answer m-section ${i + 1} has port ${a.port}, but the offer rejected that section (port 0): the answer must keep port 0` });
    }
  },
});
