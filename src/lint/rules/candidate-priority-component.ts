import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { fieldSpan, textOf } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'candidate-priority-component',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A candidate\'s priority encodes a different component than its component id.',
    rationale:
      'RFC 8445 §5.1.2.1 computes priority = 2^24·(type preference) + 2^8·(local preference) + (256 − component id), so the low byte of ' +
      'the priority names the component: 255 for RTP (1), 254 for RTCP (2). A mismatch means the component field or the priority was ' +
      'edited by hand or swapped between lines, and the pair ordering of RFC 8445 §6.1.2.3 no longer prefers what the agent meant.',
    ref: 'RFC 8445 §5.1.2.1',
    bad: sdp`
      ${HEAD}
      m=audio 51372 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 192.168.1.23
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=candidate:1467250027 1 udp 2122260222 192.168.1.23 51372 typ host
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 51372 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 192.168.1.23
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=candidate:1467250027 1 udp 2122260223 192.168.1.23 51372 typ host
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      for (const { line, value } of attrs(media.lines, 'candidate')) {
        // The low byte, by arithmetic: priorities read from the wire may exceed 2^31.
        const low = value.priority % 256;
        const encoded = 256 - low; // 1..256
        if (encoded === value.component) continue;
        // Field 3 is the priority; an empty foundation (`candidate: 1 udp …`) shifts the fields by one.
        const shift = (line.raw ?? textOf(line)).startsWith(' ') ? 1 : 0;
        report({
          line,
          ...fieldSpan(line, 3 - shift),
          message: `priority ${value.priority} has ${low} in its low byte, which encodes component ${encoded} (256 − ${low}), but the candidate is for component ${value.component}`,
        });
      }
    }
  },
});
