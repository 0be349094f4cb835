import { attrs, describeMedia, isRtpMedia } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'fmtp-unlisted-payload-type',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'An a=fmtp for a format that is not on the section\'s m= line.',
    rationale:
      'a=fmtp gives parameters for one of the section\'s formats (RFC 8866 §6.15). For a payload type missing from the m= line, libwebrtc ' +
      'creates a codec without a name and then refuses the whole description ("Failed to parse codecs correctly"); other stacks drop ' +
      'the line. Either the m= line lost the payload type or the a=fmtp is a leftover.',
    ref: 'RFC 8866 §6.15',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=fmtp:112 minptime=10;useinbandfec=1
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
      a=fmtp:111 minptime=10;useinbandfec=1
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media)) continue;
      const listed = new Set(media.formats.map((f) => (/^[0-9]+$/.test(f) ? String(Number(f)) : f)));
      for (const { line, value } of attrs(media.lines, 'fmtp')) {
        const format = /^[0-9]+$/.test(value.format) ? String(Number(value.format)) : value.format;
        if (listed.has(format)) continue;
        report({ line, ...fieldSpan(line, 0), message: `a=fmtp for format ${value.format}, which is not on the m= line of ${describeMedia(media)}` });
      }
    }
  },
});
