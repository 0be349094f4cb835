/*
 * Generated descriptions that stress one dimension each: many m-sections
 * (all in one BUNDLE group), many formats on one m= line, many candidates,
 * ssrcs, extmaps, rtcp-fb/fmtp lines, groups, rids. Used by the scaling
 * harness (bench/scale.ts, npm run scale) and by the scaling tests, so both measure the same
 * inputs. Sizes are counts of the stressed thing; everything else is small.
 */

const SESSION = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];

function sdp(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

/** One audio section with the usual transport lines; `extra` lines go at its end. */
function audioSection(mid: string, extra: readonly string[] = [], options: { ufrag?: string; setup?: string } = {}): string[] {
  return [
    'm=audio 9 UDP/TLS/RTP/SAVPF 111 96',
    'c=IN IP4 0.0.0.0',
    `a=ice-ufrag:${options.ufrag ?? 'abcd'}`,
    'a=ice-pwd:abcdefghijklmnopqrstuvwx',
    'a=fingerprint:sha-256 AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
    `a=setup:${options.setup ?? 'actpass'}`,
    `a=mid:${mid}`,
    `a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid`,
    `a=extmap:${2 + (Number(mid) % 3)} urn:ietf:params:rtp-hdrext:ssrc-audio-level`,
    'a=sendrecv',
    'a=rtcp-mux',
    'a=rtpmap:111 opus/48000/2',
    'a=rtpmap:96 rtx/48000',
    'a=fmtp:96 apt=111',
    'a=candidate:1 1 udp 2122260223 192.0.2.1 50000 typ host',
    ...extra,
  ];
}

export interface Shape {
  /** What grows. */
  readonly name: string;
  /** The description with `n` of that thing; `role` gives an answer for pair rules and diff. */
  build(n: number, role?: 'offer' | 'answer'): string;
  /** A size where the linear code runs in a few milliseconds. */
  readonly n: number;
}

/** `n` m-sections, all in one BUNDLE group, each with its own transport lines and a conflicting extmap id. */
export const sections: Shape = {
  name: 'sections',
  n: 500,
  build(n, role = 'offer') {
    const mids = Array.from({ length: n }, (_, i) => String(i));
    const lines = [...SESSION, `a=group:BUNDLE ${mids.join(' ')}`, 'a=msid-semantic: WMS *'];
    // Every fourth section gets its own ufrag and rtpmap meaning, so the BUNDLE rules find something.
    for (const mid of mids) {
      const k = Number(mid);
      const extra = k % 4 === 1 ? ['a=rtpmap:96 VP8/90000'] : [];
      lines.push(...audioSection(mid, extra, { ufrag: k % 4 === 2 ? `u${mid}xyz` : 'abcd', setup: role === 'answer' ? 'active' : 'actpass' }));
    }
    return sdp(lines);
  },
};

/** `n` formats on one m= line, cycling through 0–127: duplicates, unmapped and forbidden payload types. */
export const formats: Shape = {
  name: 'formats',
  n: 5000,
  build(n) {
    const pts = Array.from({ length: n }, (_, i) => String(i % 128));
    return sdp([...SESSION, 'a=group:BUNDLE 0', `m=video 9 UDP/TLS/RTP/SAVPF ${pts.join(' ')}`, 'c=IN IP4 0.0.0.0', 'a=mid:0', 'a=rtcp-mux', 'a=rtpmap:96 VP8/90000', 'a=rtpmap:97 rtx/90000', 'a=fmtp:97 apt=96', 'a=ice-ufrag:abcd', 'a=ice-pwd:abcdefghijklmnopqrstuvwx', 'a=setup:actpass']);
  },
};

/** `n` candidates in one section, host ones with raddr and wrong components among them. */
export const candidates: Shape = {
  name: 'candidates',
  n: 4000,
  build(n) {
    const c = Array.from({ length: n }, (_, i) => `a=candidate:${i} ${1 + (i % 2)} udp ${2122260223 - i} 192.0.2.${i % 250} ${10000 + (i % 50000)} typ host${i % 3 === 0 ? ' raddr 0.0.0.0 rport 0' : ''}`);
    return sdp([...SESSION, 'a=group:BUNDLE 0', ...audioSection('0', ['a=end-of-candidates', ...c])]);
  },
};

/** `n` ssrcs in one section: msid and cname lines, FID pairs, SIM groups, groups naming unknown ssrcs. */
export const ssrcs: Shape = {
  name: 'ssrcs',
  n: 3000,
  build(n) {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      lines.push(`a=ssrc:${1000 + i} cname:c${i}`, `a=ssrc:${1000 + i} msid:s${i} t${i}`);
    }
    for (let i = 0; i + 1 < n; i += 2) lines.push(`a=ssrc-group:FID ${1000 + i} ${1000 + i + 1}`);
    lines.push(`a=ssrc-group:SIM ${Array.from({ length: n }, (_, i) => String(1000 + 2 * n + i)).join(' ')}`);
    lines.push(`a=ssrc-group:SIM ${Array.from({ length: n }, (_, i) => String(1000 + i)).join(' ')}`);
    return sdp([...SESSION, 'a=group:BUNDLE 0', ...audioSection('0', lines)]);
  },
};

/** `n` extmap lines in one section (ids repeat and go past 14), plus extmaps at session level. */
export const extmaps: Shape = {
  name: 'extmaps',
  n: 4000,
  build(n) {
    const e = Array.from({ length: n }, (_, i) => `a=extmap:${1 + (i % 300)} urn:example:ext${i}`);
    return sdp([...SESSION, 'a=extmap:1 urn:ietf:params:rtp-hdrext:sdes:mid', 'a=group:BUNDLE 0 1', ...audioSection('0', e), ...audioSection('1', e)]);
  },
};

/** `n` rtcp-fb, `n` fmtp and `n` rtpmap lines in one section, many for payload types not on the m= line. */
export const attributes: Shape = {
  name: 'rtcp-fb/fmtp/rtpmap',
  n: 3000,
  build(n) {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const pt = i % 128;
      lines.push(`a=rtpmap:${pt} ${pt % 5 === 0 ? 'rtx' : `c${i}`}/90000`, `a=fmtp:${pt} apt=${(pt + 1) % 128};x=${i}`, `a=rtcp-fb:${pt} nack`);
    }
    return sdp([...SESSION, 'a=group:BUNDLE 0', ...audioSection('0', lines)]);
  },
};

/** `n` a=group lines and one BUNDLE group of `n` mids, most of them unknown. */
export const groups: Shape = {
  name: 'groups',
  n: 3000,
  build(n) {
    const lines = [...SESSION];
    for (let i = 0; i < n; i++) lines.push(`a=group:LS ${i} x${i}`);
    lines.push(`a=group:BUNDLE 0 ${Array.from({ length: n }, (_, i) => `m${i}`).join(' ')}`);
    return sdp([...lines, ...audioSection('0')]);
  },
};

/** `n` a=rid lines with payload type lists, and a=simulcast naming them all (half undeclared). */
export const rids: Shape = {
  name: 'rids',
  n: 3000,
  build(n) {
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push(`a=rid:r${i} send pt=111,96,${i % 128}`);
    lines.push(`a=simulcast:send ${Array.from({ length: 2 * n }, (_, i) => `r${i}`).join(';')}`);
    return sdp([...SESSION, 'a=group:BUNDLE 0', ...audioSection('0', lines)]);
  },
};

export const shapes: readonly Shape[] = [sections, formats, candidates, ssrcs, extmaps, attributes, groups, rids];

/**
 * An SDP of about `n` lines wrapped the way logs carry it: a JSON message
 * whose `sdp` member is the escaped text, itself inside a JSON string (so the
 * inner escapes are escaped again), plus a bare escaped copy on a log line.
 */
export function escapedSdp(sectionCount: number): string {
  const text = sections.build(sectionCount);
  const once = JSON.stringify({ type: 'offer', sdp: text });
  const twice = JSON.stringify({ message: once });
  return `${twice}\n2024-01-01 INFO sdp=${JSON.stringify(text).slice(1, -1)}\n`;
}
