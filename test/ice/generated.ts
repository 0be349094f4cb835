/*
 * Generated candidate lists and SDP of one shape at any size, for the scaling
 * tests and bench/ice-scale.ts: per 8 candidates, an IPv4 host, a srflx whose
 * base is listed, an IPv6 host, an mDNS host, a srflx that hides its base
 * (raddr 0.0.0.0), a relay, and TCP active and passive hosts.
 */
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';

/** The i-th generated candidate line of one side: hosts (IPv4, IPv6, mDNS), srflx with and without a known base, relays, TCP. */
export function candidateLine(side: number, i: number): string {
  const a = (i >> 8) & 255;
  const b = i & 255;
  const pr = (t: number, l: number, c = 1) => t * 2 ** 24 + l * 2 ** 8 + (256 - c);
  switch (i % 8) {
    case 0:
      return `a=candidate:${i} 1 udp ${pr(126, 32542 - (i % 1000))} 10.${side}.${a}.${b} ${5000 + (i % 1000)} typ host`;
    case 1:
      return `a=candidate:${i} 1 udp ${pr(100, 32542 - (i % 1000))} 203.0.${a}.${b} ${6000 + (i % 1000)} typ srflx raddr 10.${side}.${a}.${b - 1} rport ${5000 + ((i - 1) % 1000)}`;
    case 2:
      return `a=candidate:${i} 1 udp ${pr(126, 32552 - (i % 1000))} 2001:db8:${side}::${i.toString(16)} ${7000 + (i % 1000)} typ host`;
    case 3:
      return `a=candidate:${i} 1 udp ${pr(126, 32542 - (i % 1000))} ${side}-${i}.local ${8000 + (i % 1000)} typ host`;
    case 4:
      return `a=candidate:${i} 1 udp ${pr(100, 32542 - (i % 1000))} 198.51.${a}.${b} ${9000 + (i % 1000)} typ srflx raddr 0.0.0.0 rport 0`;
    case 5:
      return `a=candidate:${i} 1 udp ${pr(2, 32542 - (i % 1000))} 192.0.${a}.${b} ${10000 + (i % 1000)} typ relay raddr 203.0.${a}.${b} rport 6000`;
    case 6:
      return `a=candidate:${i} 1 tcp ${pr(90, 32542 - (i % 1000))} 10.${side}.${a}.${b} 9 typ host tcptype active`;
    default:
      return `a=candidate:${i} 1 tcp ${pr(90, 32542 - (i % 1000))} 10.${side}.${a}.${b} ${11000 + (i % 1000)} typ host tcptype passive`;
  }
}

export function candidates(side: number, n: number, parseCandidate: (line: string) => { candidate?: Candidate | undefined }): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const c = parseCandidate(candidateLine(side, i).slice(2)).candidate;
    if (c !== undefined) out.push(c);
  }
  return out;
}

export function sdpWith(side: number, n: number): string {
  const head = [
    'v=0',
    `o=- ${side + 1} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    'c=IN IP4 0.0.0.0',
    'a=mid:0',
    `a=ice-ufrag:u${side}ab`,
    `a=ice-pwd:p${side}abcdefghijklmnopqrstuv`,
    'a=fingerprint:sha-256 AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99',
    `a=setup:${side === 0 ? 'actpass' : 'active'}`,
    'a=sendrecv',
    'a=rtcp-mux',
    'a=rtpmap:111 opus/48000/2',
  ];
  const lines = [...head];
  for (let i = 0; i < n; i++) lines.push(candidateLine(side, i));
  return lines.join('\r\n') + '\r\n';
}

