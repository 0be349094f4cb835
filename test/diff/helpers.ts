import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The example pair in examples/. */
export function example(name: 'chrome-offer.sdp' | 'firefox-answer.sdp'): string {
  return readFileSync(fileURLToPath(new URL(`../../examples/${name}`, import.meta.url)), 'utf8');
}

export type Role = 'offer' | 'answer';

export interface SectionSpec {
  kind?: string;
  port?: number;
  proto?: string;
  /** `null` leaves a=mid out. */
  mid?: string | null;
  direction?: 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';
  /**
   * Codecs as `<pt> <name/clock[/ch]> [<fmtp>]`, e.g. `97 rtx/90000 apt=96`.
   * Feedback goes in `lines` (`a=rtcp-fb:96 nack`).
   */
  codecs?: string[];
  /** Extra a= lines, written as given. */
  lines?: string[];
  /** ICE credentials; `null` leaves them out. Default: per role. */
  ice?: { ufrag: string; pwd: string } | null;
  /** a=setup value; `null` leaves it out. Default: actpass (offer) / active (answer). */
  setup?: string | null;
  /** Include a=fingerprint (default true). */
  fingerprint?: boolean;
  /** Include a=rtcp-mux (default true for RTP). */
  rtcpMux?: boolean;
  /** a=sctp-port for application sections (default 5000); `null` leaves it out. */
  sctpPort?: number | null;
}

export const OFFER_ICE = { ufrag: 'offU', pwd: 'offerpassword0000000000' };
export const ANSWER_ICE = { ufrag: 'ansU', pwd: 'answerpassword000000000' };
const FP = 'sha-256 ' + Array.from({ length: 32 }, (_, i) => (i * 7 % 256).toString(16).toUpperCase().padStart(2, '0')).join(':');

export function section(role: Role, spec: SectionSpec = {}): string[] {
  const kind = spec.kind ?? 'audio';
  const proto = spec.proto ?? (kind === 'application' ? 'UDP/DTLS/SCTP' : 'UDP/TLS/RTP/SAVPF');
  const codecs = spec.codecs ?? (kind === 'application' ? [] : ['111 opus/48000/2']);
  const formats = kind === 'application' && proto.includes('SCTP') ? 'webrtc-datachannel' : codecs.map((c) => c.split(' ')[0]).join(' ');
  const out = [`m=${kind} ${spec.port ?? 9} ${proto} ${formats}`, 'c=IN IP4 0.0.0.0'];
  const ice = spec.ice === undefined ? (role === 'offer' ? OFFER_ICE : ANSWER_ICE) : spec.ice;
  if (ice !== null) out.push(`a=ice-ufrag:${ice.ufrag}`, `a=ice-pwd:${ice.pwd}`);
  if (spec.fingerprint !== false) out.push(`a=fingerprint:${FP}`);
  const setup = spec.setup === undefined ? (role === 'offer' ? 'actpass' : 'active') : spec.setup;
  if (setup !== null) out.push(`a=setup:${setup}`);
  if (spec.mid !== null) out.push(`a=mid:${spec.mid ?? '0'}`);
  if (spec.direction !== undefined) out.push(`a=${spec.direction}`);
  if (spec.rtcpMux ?? proto.includes('RTP')) out.push('a=rtcp-mux');
  const sctpPort = spec.sctpPort === undefined ? 5000 : spec.sctpPort;
  if (kind === 'application' && sctpPort !== null) out.push(`a=sctp-port:${sctpPort}`);
  for (const c of codecs) {
    const [pt, rtpmap, fmtp] = c.split(' ');
    out.push(`a=rtpmap:${pt} ${rtpmap}`);
    if (fmtp !== undefined) out.push(`a=fmtp:${pt} ${fmtp}`);
  }
  out.push(...(spec.lines ?? []));
  return out;
}

/** A description: session lines (v/o/s/t plus `sessionLines`) and the sections. */
export function sdp(sessionLines: string[], ...sections: string[][]): string {
  return ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 't=0 0', ...sessionLines, ...sections.flat()].join('\r\n') + '\r\n';
}

/** An offer and an answer with one section each. */
export function pair(offer: SectionSpec, answer: SectionSpec, sessionLines: { offer?: string[]; answer?: string[] } = {}): [string, string] {
  return [sdp(sessionLines.offer ?? [], section('offer', offer)), sdp(sessionLines.answer ?? [], section('answer', answer))];
}
