import { mLine } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, sdp } from '../examples.js';
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
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        m=video 9 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:96 VP8/90000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 1 0
        m=video 9 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:96 VP8/90000
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        m=video 9 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:96 VP8/90000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        m=audio 9 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        m=video 9 UDP/TLS/RTP/SAVPF 96
        c=IN IP4 0.0.0.0
        a=mid:1
        a=rtcp-mux
        a=rtpmap:96 VP8/90000
      `,
    },
  },
  check({ offer, answer, report }) {
    const n = Math.min(offer.media.length, answer.media.length);
    for (let i = 0; i < n; i++) {
      const o = offer.media[i]!;
      const a = answer.media[i]!;
      if (o.kind === a.kind) continue;
      const line = mLine(a);
      report({ line, ...(line === undefined ? {} : fieldSpan(line, 0)), message: `answer m-section ${i + 1} is ${a.kind}, but offer m-section ${i + 1} is ${o.kind}: sections are matched by position` });
    }
  },
});
