import { attrs } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { tokenSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'candidate-host-raddr',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'A host candidate carries raddr/rport.',
    rationale:
      'The related address and port tell which base a server-reflexive, peer-reflexive or relayed candidate was derived from (RFC 8839 §5.1); ' +
      'a host candidate is its own base and has none. A raddr on a host candidate usually means the type is wrong (a srflx written as host), ' +
      'which changes its priority and pairing, or that a private address leaks where it should not.',
    ref: 'RFC 8839 §5.1',
    bad: sdp`
      ${HEAD}
      m=audio 51372 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 203.0.113.7
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=candidate:1467250027 1 udp 2122260223 203.0.113.7 51372 typ host raddr 192.168.1.23 rport 51372
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
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      for (const { line, value } of attrs(media.lines, 'candidate')) {
        if (value.type !== 'host' || (value.relatedAddress === undefined && value.relatedPort === undefined)) continue;
        const first = tokenSpan(line, value.relatedAddress !== undefined ? 'raddr' : 'rport');
        report({
          line,
          start: first.start,
          message: `host candidate with ${value.relatedAddress !== undefined ? `raddr ${value.relatedAddress}` : `rport ${value.relatedPort ?? ''}`}: only srflx, prflx and relay candidates have a related address`,
        });
      }
    }
  },
});
