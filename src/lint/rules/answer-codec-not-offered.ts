import { isRejected, isRtpMedia, mLine, sectionPairs } from '../helpers.js';
import { rtpmapByPayloadType } from '../lookups.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Codec } from '../../parser/model/media.js';

function codecText(c: Codec): string {
  return `${c.name}/${c.clockRate}${c.channels !== undefined ? `/${c.channels}` : ''}`;
}

/** Same codec by name, clock rate and channels (an absent channel count is 1, RFC 8866 §6.6); payload type numbers may differ. */
function sameCodec(a: Codec, b: Codec): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() && a.clockRate === b.clockRate && (a.channels ?? 1) === (b.channels ?? 1);
}

export const rule = defineRule({
  id: 'answer-codec-not-offered',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'An accepted answer section lists a codec (by name, clock rate and channels) that the offer section did not offer.',
    rationale:
      'The answerer picks from what was offered: the formats of an accepted stream "MUST" be among those of the offer (RFC 3264 §6.1). ' +
      'A codec the offerer never proposed may be one it cannot decode; browsers ignore it, and when nothing else is left the section ' +
      'fails: Firefox refuses the answer ("Answer had no codecs in common with offer"), Chrome applies it and sends nothing. ' +
      'Payload type numbers may differ; codecs are compared by name, clock rate ' +
      'and channel count.',
    ref: 'RFC 3264 §6.1',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 111 0
        c=IN IP4 0.0.0.0
        a=mid:0
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        a=rtpmap:0 PCMU/8000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 9
        c=IN IP4 0.0.0.0
        a=mid:0
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:9 G722/8000
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 111 0
        c=IN IP4 0.0.0.0
        a=mid:0
        ${OFFER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        a=rtpmap:0 PCMU/8000
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        m=audio 9 UDP/TLS/RTP/SAVPF 0
        c=IN IP4 0.0.0.0
        a=mid:0
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:0 PCMU/8000
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (isRejected(o) || isRejected(a) || !isRtpMedia(a) || o.kind !== a.kind) continue;
      const unoffered = a.codecs.filter((codec) => !o.codecs.some((c) => sameCodec(c, codec)));
      if (unoffered.length === 0) continue;
      if (unoffered.length === a.codecs.length) {
        // Nothing left to send or receive with: one finding for the section.
        const m = mLine(a);
        report({ line: m, case: 'none-in-common', message: `answer m-section ${i + 1} has no codec in common with the offer's section ${i + 1} (it answers ${unoffered.map(codecText).join(', ')})` });
        continue;
      }
      for (const codec of unoffered) {
        const rtpmap = rtpmapByPayloadType(a).get(codec.payloadType)?.line;
        const m = mLine(a);
        const index = a.formats.findIndex((f) => f === String(codec.payloadType));
        report({
          line: rtpmap ?? m,
          ...(rtpmap !== undefined ? fieldSpan(rtpmap, 1) : m !== undefined && index >= 0 ? fieldSpan(m, 3 + index) : {}),
          message: `answer m-section ${i + 1} accepts ${codecText(codec)} (payload type ${codec.payloadType}), which the offer's section ${i + 1} does not offer`,
        });
      }
    }
  },
});
