import { bundleGroups, describeMedia, groupMembers, isRejected, isRtpMedia, mLine } from '../helpers.js';
import { rtpmapByPayloadType } from '../lookups.js';
import { FINGERPRINT, HEAD, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { Codec, Media } from '../../parser/model/media.js';

function codecText(c: Codec): string {
  return `${c.name}/${c.clockRate}${c.channels !== undefined ? `/${c.channels}` : ''}`;
}

function sameCodec(a: Codec, b: Codec): boolean {
  return a.name.toLowerCase() === b.name.toLowerCase() && a.clockRate === b.clockRate && (a.channels ?? 1) === (b.channels ?? 1);
}

export const rule = defineRule({
  id: 'bundle-payload-type-conflict',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'One payload type maps to different codecs in two sections of the same BUNDLE group.',
    rationale:
      'Bundled sections share one RTP session; a payload type value may be reused across them only for an identical codec configuration ' +
      '(RFC 8843 §9.1.1: the codecs "MUST share the same media type, encoding name, clock rate, and any parameter that can affect the ' +
      'codec configuration and packetization"). Otherwise a receiver that routes by payload type decodes one section\'s packets with ' +
      'the other\'s codec.',
    ref: 'RFC 8843 §9.1.1',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
      m=audio 9 UDP/TLS/RTP/SAVPF 96
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 opus/48000/2
      ${video('1')}
    `,
    good: sdp`
      ${HEAD}
      a=group:BUNDLE 0 1
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      ${video('1')}
    `,
  },
  check({ document, report }) {
    for (const { value: group } of bundleGroups(document)) {
      const seen = new Map<number, { codec: Codec; media: Media }>();
      for (const media of groupMembers(document, group)) {
        if (isRejected(media) || !isRtpMedia(media)) continue;
        for (const codec of media.codecs) {
          const earlier = seen.get(codec.payloadType);
          if (earlier === undefined) {
            seen.set(codec.payloadType, { codec, media });
            continue;
          }
          if (earlier.media === media || sameCodec(earlier.codec, codec)) continue;
          const rtpmap = rtpmapByPayloadType(media).get(codec.payloadType)?.line;
          const line = rtpmap ?? mLine(media);
          report({
            line,
            ...(rtpmap === undefined ? {} : fieldSpan(rtpmap, 0)),
            message: `payload type ${codec.payloadType} is ${codecText(codec)} here but ${codecText(earlier.codec)} in ${describeMedia(earlier.media)}, which is in the same BUNDLE group`,
          });
        }
      }
    }
  },
});
