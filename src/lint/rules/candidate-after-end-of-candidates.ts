import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'candidate-after-end-of-candidates',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=candidate line comes after a=end-of-candidates in the same section.',
    rationale:
      'a=end-of-candidates says that gathering is complete and no further candidate follows (RFC 8840 §8.2). A candidate after it contradicts ' +
      'that; trickle ICE agents may have already stopped accepting candidates for the section, and ICE may fail early when the earlier ones fail.',
    ref: 'RFC 8840 §8.2',
    bad: sdp`
      ${HEAD}
      m=audio 51372 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 203.0.113.7
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=candidate:1467250027 1 udp 2122260223 192.168.1.23 51372 typ host
      a=end-of-candidates
      a=candidate:842163049 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 192.168.1.23 rport 51372
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 51372 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 203.0.113.7
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=candidate:1467250027 1 udp 2122260223 192.168.1.23 51372 typ host
      a=candidate:842163049 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 192.168.1.23 rport 51372
      a=end-of-candidates
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      let ended = false;
      for (const line of media.lines) {
        if (line.type !== 'a') continue;
        if (line.name === 'end-of-candidates') ended = true;
        else if (line.name === 'candidate' && ended) {
          report({ line, message: 'candidate after a=end-of-candidates in the same section: end-of-candidates says no more candidates follow' });
        }
      }
    }
  },
});
