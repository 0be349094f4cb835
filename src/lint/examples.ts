/*
 * Building blocks for the rules' docs examples. The examples are real SDP:
 * docs/rules.md prints them and test/lint runs them (bad must be reported,
 * good must not). Kept small: one or two sections, only the lines a reader
 * needs, but complete enough that the good examples are valid WebRTC SDP.
 */

/**
 * A template tag that turns an indented block into SDP text: surrounding
 * blank lines dropped, each line's indentation removed, CRLF after every
 * line (the last one too, RFC 8866 §5).
 */
export function sdp(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let text = strings[0] ?? '';
  values.forEach((v, i) => {
    text += String(v) + (strings[i + 1] ?? '');
  });
  const lines = text.split('\n').map((l) => l.replace(/^[ \t]+/, '').replace(/\r$/, ''));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => `${l}\r\n`).join('');
}

/** A sha-256 certificate fingerprint (32 bytes, RFC 8122 §5). */
export const FINGERPRINT =
  'sha-256 6B:8B:5D:EA:59:04:20:D0:B0:E4:3C:42:9A:93:6D:2F:36:52:A6:3B:E2:2B:4F:17:3F:1C:2A:4C:3E:5D:7A:11';

/** A second, different fingerprint (the answerer's certificate). */
export const FINGERPRINT_2 =
  'sha-256 D2:FA:0E:C3:22:59:5E:14:95:69:14:E2:1A:2F:64:A2:0F:8B:4A:6D:E0:A1:B4:9C:3E:22:10:9A:37:7C:45:E8';

/** The four session lines every example starts with. */
export const HEAD = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'].join('\n');

/** ICE and DTLS lines of the offerer (RFC 8839 §5.4: ufrag 4–256, pwd 22–256 ice-chars). */
export const OFFER_TRANSPORT = ['a=ice-ufrag:EsAw', 'a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y', `a=fingerprint:${FINGERPRINT}`, 'a=setup:actpass'].join('\n');

/** ICE and DTLS lines of the answerer. */
export const ANSWER_TRANSPORT = ['a=ice-ufrag:c3a1f0e2', 'a=ice-pwd:6b9f0a1e2d3c4b5a69788f7e6d5c4b3a', `a=fingerprint:${FINGERPRINT_2}`, 'a=setup:active'].join('\n');

/**
 * A bundled m-section as the examples write it: port 9, c= 0.0.0.0, its mid,
 * the transport lines when given (an answer's bundled sections after the tag
 * carry none, RFC 8843 §7.3.2), the `extra` lines a rule is about, rtcp-mux
 * and one codec. Lines after the codec go after it in the template.
 */
function section(kind: 'audio' | 'video', payloadType: number, rtpmap: string, mid: string, transport: string | undefined, extra: readonly string[]): string {
  return [`m=${kind} 9 UDP/TLS/RTP/SAVPF ${payloadType}`, 'c=IN IP4 0.0.0.0', `a=mid:${mid}`, ...(transport === undefined ? [] : [transport]), ...extra, 'a=rtcp-mux', `a=rtpmap:${payloadType} ${rtpmap}`].join('\n');
}

/** An audio section with opus on payload type 111 (see `section`). */
export const audio = (mid: string, transport?: string, ...extra: string[]): string => section('audio', 111, 'opus/48000/2', mid, transport, extra);

/** A video section with VP8 on payload type 96 (see `section`). */
export const video = (mid: string, transport?: string, ...extra: string[]): string => section('video', 96, 'VP8/90000', mid, transport, extra);
