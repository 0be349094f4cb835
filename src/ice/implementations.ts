import type { Candidate } from '../parser/model/attributes/candidate.js';
import { classifyAddress, parseIPv6 } from './address.js';
import { decodePriority } from './priority.js';

/*
 * Which ICE stack produced a candidate, read from how it lays out the
 * priority. Every number below was read from the stack's own source (facts
 * only, no code copied); RFC 8445 §5.1.2 leaves type and local preference to
 * the implementation, so each stack has a recognisable layout:
 *
 * libwebrtc (Chrome, Edge, Safari, most native apps)
 *   type preference: p2p/base/p2p_constants.h IcePriorityValue: host 126, host TCP 90,
 *   srflx 100, prflx 110, prflx TCP 80, relay TLS 0, TCP 1, UDP 2 in older releases; newer
 *   releases add DTLS 2 and move UDP to 3 (the README's port_unittest vector uses 3). Chrome SDP of ~2014 (corpus: webrtc-sdp/41.sdp, sdp-transform/jssip.sdp)
 *   shows 110 on srflx candidates.
 *   local preference (api/candidate.cc Candidate::GetPriority):
 *     (network adapter preference << 8 | IPAddressPrecedence(address)) + relay preference
 *   adapter preference = 127 - index of the network (rtc_base/network.cc kHighestNetworkPreference),
 *   0 in old releases (a value below 100 would need more than 27 networks: counted as weak); IPAddressPrecedence (rtc_base/ip_address.cc): IPv4 30, IPv6 40, ULA 50,
 *   ::1 60, IPv4-mapped 30, 6to4 20, Teredo 10, site-local/v4-compatible/6bone 1; relay
 *   preference 0..31 (kMaxTurnServers = 32). With the field trial
 *   WebRTC-IncreaseIceCandidatePriorityHostSrflx (on in Signal's RingRTC), host and srflx
 *   add 32. So Chrome's usual host is 126 / 32542 (127 << 8 | 30) / 255 = 2122260223.
 *   TCP candidates use the same local preference: no RFC 6544 direction bits.
 * Firefox (nICEr, media/mtransport/third_party/nICEr/src/ice/ice_candidate.c)
 *   priority = type << 24 | interface preference << 16 | direction << 13 | STUN slot << 8 | 256 - component,
 *   type (NrIceCtx::InitializeGlobals): host 126, host TCP 125, srflx 100, srflx TCP 99,
 *   prflx 110, prflx TCP 109, relay over TURN/UDP 5, relay over TURN/TCP 0;
 *   interface preference 127 - index (nr_interface_prioritizer), up to 255 in old releases;
 *   STUN slot 31 - server index for srflx/relay (255 - index in old releases), 0 for host/prflx;
 *   direction: host active 6, passive 4, so 2; others active 4, passive 2, so 6.
 * pion/ice (candidate_base.go, candidate_relay.go, agent_config.go)
 *   type 126/110/100/0, minus 27 for TCP since 2023 (defaultTCPPriorityOffset);
 *   local preference 65535 for UDP; TCP: direction << 13 | 8191 (RFC 6544 §4.2:
 *   host/relay active 6, passive 4, so 2; srflx/prflx so 6, active 4, passive 2);
 *   relay: local preference TLS 0, TCP 1, DTLS 2, UDP 3 (since 2026; 65535 before).
 * libnice (agent/candidate.c, agent/candidate.h)
 *   type: host 120, prflx 110, NAT-assisted 105, srflx 100, relay TURN/UDP 30, other relay 20,
 *   halved when the transport does not match the agent's reliability (TCP in a normal agent);
 *   local preference = direction << 13 | TURN preference << 6 | index of the local IP,
 *   UDP direction 1 (so a host UDP is 120 / 0x2000 + index / …: 0x782000FF in test-priority.c);
 *   TCP: host/srflx active 4, passive 2, so 6; relay/prflx active 6, passive 4, so 2.
 * libjuice (src/ice.c ice_compute_priority)
 *   type 126/110/100/0, TCP minus 50 (ICE_CANDIDATE_PENALTY_TCP); local preference =
 *   direction << 13 (active 6, passive 4, so 2) + (8191 for IPv6, 4095 for IPv4) - index
 *   since 2025; 65535 - index (IPv6) and 32767 - index (IPv4) from 2022 to 2025.
 * aioice (src/aioice/candidate.py candidate_priority) and werift (packages/ice/src/candidate.ts)
 *   type 126/110/100/0 and local preference 65535 for every candidate; werift always
 *   computes with component 1.
 */

export type ImplementationId = 'libwebrtc' | 'firefox' | 'pion' | 'libnice' | 'libjuice' | 'aioice-werift';

export const implementationNames: Readonly<Record<ImplementationId, string>> = {
  libwebrtc: 'libwebrtc (Chrome, Edge, Safari, native apps)',
  firefox: 'Firefox (nICEr)',
  pion: 'pion/ice (Go)',
  libnice: 'libnice',
  libjuice: 'libjuice (libdatachannel)',
  'aioice-werift': 'aioice (Python) / werift (TypeScript)',
};

export type RelayProtocol = 'udp' | 'tcp' | 'tls' | 'dtls';

export interface ImplementationMatch {
  id: ImplementationId;
  name: string;
  /** 3: a layout only this stack produces; 2: consistent but shared or from an older release; 1: barely consistent. */
  strength: 1 | 2 | 3;
  /** Why, in words, with the numbers. */
  evidence: string;
  /** For relayed candidates, the TURN transport(s) this stack's type or local preference stands for. */
  relayProtocols?: RelayProtocol[];
}

export interface ImplementationGuess {
  /** One stack only when it fits clearly better than every other; otherwise 'unknown'. */
  implementation: ImplementationId | 'unknown';
  /** e.g. "Firefox (nICEr)", "pion/ice (Go) or aioice (Python) / werift (TypeScript)", "unknown". */
  name: string;
  confidence: 'high' | 'medium' | 'low' | 'none';
  /** Every stack whose layout gives this priority, best first. */
  matches: ImplementationMatch[];
  /** The decoding and the reasoning, in words. */
  evidence: string[];
}

export type GuessInput = Pick<Candidate, 'priority' | 'component' | 'type' | 'transport' | 'address' | 'tcpType'>;

interface Facts {
  type: string;
  transport: string;
  tcpType: string | undefined;
  typePreference: number;
  localPreference: number;
  hi: number;
  lo: number;
  component: number;
  candidateComponent: number;
  address: string;
}

type Matcher = (f: Facts) => Omit<ImplementationMatch, 'name'> | undefined;

const hex = (n: number, width: number): string => `0x${n.toString(16).toUpperCase().padStart(width, '0')}`;

/** libwebrtc's IPAddressPrecedence for the candidate address; every value when the address is a name. */
function libwebrtcPrecedence(address: string): { values: number[]; words: string } {
  const info = classifyAddress(address);
  if (info.family === 'ipv4') return { values: [30], words: 'IPv4' };
  if (info.family === 'ipv6') {
    const g = parseIPv6(address)!;
    const zero = (n: number) => g.slice(0, n).every((x) => x === 0);
    if (info.class === 'loopback') return { values: [60], words: 'IPv6 loopback' };
    if (info.class === 'ula') return { values: [50], words: 'IPv6 ULA' };
    if (info.mappedIPv4 !== undefined) return { values: [30], words: 'IPv4-mapped IPv6' };
    if (g[0] === 0x2002) return { values: [20], words: '6to4' };
    if (g[0] === 0x2001 && g[1] === 0) return { values: [10], words: 'Teredo' };
    if (zero(6) || info.class === 'site-local' || g[0] === 0x3ffe) return { values: [1], words: 'IPv4-compatible, site-local or 6bone IPv6' };
    return { values: [40], words: 'IPv6' };
  }
  return { values: [30, 40, 50, 60, 20, 10, 1], words: 'hidden address (any family)' };
}

const libwebrtc: Matcher = (f) => {
  const prec = libwebrtcPrecedence(f.address);
  const nic = f.hi;
  if (nic > 127) return undefined;
  // NIC preference is 127 - index of the network (0 in old releases): a value
  // below 100 needs more than 27 networks, so it is possible but unlikely.
  const plausibleNic = nic === 0 || nic >= 100;
  const layout = (extra: string) =>
    `local preference ${f.localPreference} = NIC preference ${nic} << 8 | ${f.lo}${extra}: libwebrtc's layout (api/candidate.cc)`;
  if (f.type === 'relay') {
    if (f.typePreference > 3) return undefined;
    const base = prec.values.find((p) => f.lo >= p && f.lo - p <= 31);
    if (base === undefined) return undefined;
    const protocols: Record<number, { p: RelayProtocol[]; w: string }> = {
      0: { p: ['tls'], w: 'TURN over TLS' },
      1: { p: ['tcp'], w: 'TURN over TCP' },
      2: { p: ['udp', 'dtls'], w: 'TURN over UDP (older releases) or DTLS (newer ones)' },
      3: { p: ['udp'], w: 'TURN over UDP (newer releases)' },
    };
    const proto = protocols[f.typePreference]!;
    const relayPref = f.lo - base;
    return {
      id: 'libwebrtc',
      strength: !plausibleNic ? 1 : relayPref === 0 ? 3 : 2,
      evidence: `relay type preference ${f.typePreference} = libwebrtc's ${proto.w}; ${layout(
        ` = ${base} (${prec.words} precedence)${relayPref > 0 ? ` + ${relayPref} (TURN server preference)` : ''}`,
      )}`,
      relayProtocols: proto.p,
    };
  }
  const tcp = f.transport === 'tcp';
  if (!tcp && f.transport !== 'udp') return undefined;
  const expected: Record<string, number[]> = tcp ? { host: [90], prflx: [80] } : { host: [126], srflx: [100, 110], prflx: [110] };
  const types = expected[f.type];
  if (types === undefined || !types.includes(f.typePreference)) return undefined;
  const exact = prec.values.includes(f.lo);
  const adjusted = !exact && (f.type === 'host' || f.type === 'srflx') && prec.values.includes(f.lo - 32);
  if (!exact && !adjusted) return undefined;
  const typeWords =
    f.type === 'srflx' && f.typePreference === 110
      ? 'srflx type preference 110, as Chrome SDP of ~2014 shows (libwebrtc uses 100 today)'
      : `type preference ${f.typePreference} = libwebrtc ${f.type}${tcp ? ' TCP' : ''}`;
  const addr = adjusted ? ` = ${f.lo - 32} (${prec.words}) + 32 (field trial WebRTC-IncreaseIceCandidatePriorityHostSrflx)` : ` (${prec.words} precedence)`;
  const hidden = prec.values.length > 1;
  const strength = !plausibleNic ? 1 : adjusted || (f.type === 'srflx' && f.typePreference === 110) || (hidden && f.lo !== 30 && f.lo !== 40) ? 2 : 3;
  return { id: 'libwebrtc', strength, evidence: `${typeWords}; ${layout(addr)}` };
};

const firefox: Matcher = (f) => {
  const tcp = f.transport === 'tcp';
  if (!tcp && f.transport !== 'udp') return undefined;
  const ifacePref = f.hi;
  if (ifacePref === 0) return undefined;
  const oldRelease = ifacePref > 127;
  const direction = f.lo >> 5;
  const slot = f.lo & 31;
  const hostDirections: Record<string, number> = { active: 6, passive: 4, so: 2 };
  const otherDirections: Record<string, number> = { active: 4, passive: 2, so: 6 };
  const layout = `local preference ${f.localPreference} = interface preference ${ifacePref} << 8 | ${f.lo}`;
  switch (f.type) {
    case 'host': {
      if (f.typePreference !== (tcp ? 125 : 126)) return undefined;
      const dir = tcp ? hostDirections[f.tcpType ?? ''] : 0;
      if (dir === undefined || f.lo !== dir << 5) return undefined;
      const what = tcp ? `, ${f.lo} = TCP direction ${dir} (${f.tcpType}) << 5` : ', low byte 0 (no STUN slot)';
      return {
        id: 'firefox',
        strength: oldRelease ? 2 : 3,
        evidence: `type preference ${f.typePreference} = Firefox host${tcp ? ' TCP' : ''}; ${layout}${what}: nICEr's layout${oldRelease ? ' (interface preference above 127: an old release)' : ''}`,
      };
    }
    case 'srflx':
    case 'prflx': {
      const want = f.type === 'srflx' ? (tcp ? 99 : 100) : tcp ? 109 : 110;
      if (f.typePreference !== want) return undefined;
      const dir = tcp ? otherDirections[f.tcpType ?? ''] : 0;
      if (dir === undefined) return undefined;
      if (f.type === 'prflx') {
        if (f.lo !== dir << 5) return undefined;
        return { id: 'firefox', strength: 2, evidence: `type preference ${want} = Firefox prflx${tcp ? ' TCP' : ''}; ${layout}: nICEr's layout` };
      }
      if (tcp) {
        if (direction !== dir) return undefined;
        return {
          id: 'firefox',
          strength: slot === 31 ? 3 : 2,
          evidence: `type preference 99 = Firefox srflx TCP; ${layout} = direction ${dir} << 5 | STUN slot ${slot}: nICEr's layout`,
        };
      }
      if (f.lo <= 31) {
        return {
          id: 'firefox',
          strength: f.lo === 31 ? 3 : 1,
          evidence: `type preference 100 = Firefox srflx; ${layout}, ${f.lo} = 31 - STUN server ${31 - f.lo}: nICEr's layout`,
        };
      }
      if (f.lo >= 224) {
        // Weak: 100/0xFFFF is also pion's and aioice's srflx.
        return {
          id: 'firefox',
          strength: 1,
          evidence: `type preference 100 = Firefox srflx; ${layout}, ${f.lo} = 255 - STUN server ${255 - f.lo}: the layout of old nICEr releases`,
        };
      }
      return undefined;
    }
    case 'relay': {
      if (f.typePreference !== 5 && f.typePreference !== 0) return undefined;
      const current = f.lo <= 31;
      const old = f.lo >= 224;
      if (!current && !old) return undefined;
      const server = current ? 31 - f.lo : 255 - f.lo;
      const first = server === 0;
      const udp = f.typePreference === 5;
      return {
        id: 'firefox',
        strength: udp ? (first ? 3 : 2) : first ? 2 : 1,
        evidence: `relay type preference ${f.typePreference} = Firefox relay over TURN/${udp ? 'UDP' : 'TCP'}; ${layout}, ${f.lo} = ${current ? 31 : 255} - TURN server ${server}: nICEr's layout`,
        relayProtocols: udp ? ['udp'] : ['tcp', 'tls'],
      };
    }
    default:
      return undefined;
  }
};

const RFC_TYPE: Record<string, number> = { host: 126, prflx: 110, srflx: 100, relay: 0 };

const pion: Matcher = (f) => {
  const std = RFC_TYPE[f.type];
  if (std === undefined) return undefined;
  if (f.transport === 'udp') {
    if (f.type === 'relay') {
      if (f.typePreference !== 0) return undefined;
      const relayLocal: Record<number, RelayProtocol> = { 0: 'tls', 1: 'tcp', 2: 'dtls', 3: 'udp' };
      const proto = relayLocal[f.localPreference];
      if (proto !== undefined) {
        return {
          id: 'pion',
          strength: 3,
          evidence: `relay with type preference 0 and local preference ${f.localPreference} = pion's TURN over ${proto.toUpperCase()} (candidate_relay.go, 2026 and later)`,
          relayProtocols: [proto],
        };
      }
      if (f.localPreference === 65535) {
        return { id: 'pion', strength: 2, evidence: 'relay with type preference 0 and local preference 65535: pion before 2026 (also aioice/werift)' };
      }
      return undefined;
    }
    if (f.typePreference !== std || f.localPreference !== 65535) return undefined;
    return { id: 'pion', strength: 2, evidence: `type preference ${std} (RFC 8445 value for ${f.type}) and local preference 65535: pion's UDP layout (candidate.go defaultLocalPreference)` };
  }
  if (f.transport !== 'tcp') return undefined;
  const hostLike = f.type === 'host' || f.type === 'relay';
  const dirs: Record<string, number> = hostLike ? { active: 6, passive: 4, so: 2 } : { so: 6, active: 4, passive: 2 };
  const dir = f.tcpType === undefined ? 0 : dirs[f.tcpType];
  if (dir === undefined || f.localPreference !== dir * 8192 + 8191) return undefined;
  const layout = `local preference ${f.localPreference} = direction ${dir} << 13 | 8191 (RFC 6544 §4.2)`;
  if (std > 0 && f.typePreference === std - 27) {
    return { id: 'pion', strength: 3, evidence: `type preference ${f.typePreference} = ${std} - 27 (pion's TCP offset, agent_config.go); ${layout}` };
  }
  if (f.typePreference === std) {
    return { id: 'pion', strength: 2, evidence: `type preference ${std} with ${layout}: pion before mid-2023 (or any stack that follows RFC 6544 §4.2 to the letter)` };
  }
  return undefined;
};

const aioiceWerift: Matcher = (f) => {
  const std = RFC_TYPE[f.type];
  if (std === undefined || f.transport !== 'udp' || f.typePreference !== std || f.localPreference !== 65535) return undefined;
  if (f.component === 1 && f.candidateComponent !== 1) {
    return {
      id: 'aioice-werift',
      strength: 3,
      evidence: `type preference ${std} and local preference 65535 computed for component 1 on a component-${f.candidateComponent} candidate: werift computes every priority with component 1 (packages/ice/src/candidate.ts)`,
    };
  }
  return { id: 'aioice-werift', strength: 2, evidence: `type preference ${std} and local preference 65535: aioice/werift use 65535 for every candidate (candidate_priority)` };
};

const libjuice: Matcher = (f) => {
  const std = RFC_TYPE[f.type];
  if (std === undefined) return undefined;
  const family = classifyAddress(f.address).family;
  const tcp = f.transport === 'tcp';
  if (!tcp && f.transport !== 'udp') return undefined;
  const wantType = tcp ? Math.max(0, std - 50) : std;
  if (f.typePreference !== wantType) return undefined;
  const dirs: Record<string, number> = { active: 6, passive: 4, so: 2 };
  const dir = tcp ? (f.tcpType === undefined ? 0 : dirs[f.tcpType]) : 0;
  if (dir === undefined) return undefined;
  const bases: { base: number; words: string; old: boolean }[] = [];
  if (family !== 'ipv4') bases.push({ base: 8191, words: 'IPv6', old: false });
  if (family !== 'ipv6') bases.push({ base: 4095, words: 'IPv4', old: false });
  if (!tcp && family !== 'ipv4') bases.push({ base: 65535, words: 'IPv6', old: true });
  if (!tcp && family !== 'ipv6') bases.push({ base: 32767, words: 'IPv4', old: true });
  for (const b of bases) {
    const index = dir * 8192 + b.base - f.localPreference;
    if (index < 0 || index > 63) continue;
    const layout = `${dir > 0 ? `direction ${dir} << 13 + ` : ''}${b.base} (${b.words}) - interface index ${index}`;
    const shared = f.localPreference === 65535;
    return {
      id: 'libjuice',
      strength: shared ? 1 : 3,
      evidence: `type preference ${f.typePreference}${tcp ? ` = ${std} - 50 (libjuice's TCP penalty)` : ''}; local preference ${f.localPreference} = ${layout}: libjuice's layout${b.old ? ' of 2022–2025 releases' : ''} (src/ice.c)`,
    };
  }
  return undefined;
};

const libnice: Matcher = (f) => {
  const tcp = f.transport === 'tcp';
  if (!tcp && f.transport !== 'udp') return undefined;
  const full: Record<string, number[]> = { host: [120], prflx: [110], srflx: [100, 105], relay: [30, 20] };
  const wanted = full[f.type];
  if (wanted === undefined) return undefined;
  const fullMatch = wanted.find((t) => t === f.typePreference);
  const halfMatch = wanted.find((t) => Math.floor(t / 2) === f.typePreference);
  const typePref = tcp ? halfMatch : (fullMatch ?? halfMatch);
  if (typePref === undefined) return undefined;
  const halved = typePref !== f.typePreference;
  const hostLike = f.type === 'host' || f.type === 'srflx';
  const dirs: Record<string, number> = hostLike ? { active: 4, passive: 2, so: 6 } : { active: 6, passive: 4, so: 2 };
  const dir = tcp ? dirs[f.tcpType ?? ''] : 1;
  if (dir === undefined) return undefined;
  const l = f.localPreference;
  if (l >> 13 !== dir || (l & 0x1e00) !== 0) return undefined;
  const turn = (l >> 6) & 7;
  const ip = l & 63;
  if (turn !== 0 && f.type !== 'relay') return undefined;
  const typeWords = `type preference ${f.typePreference}${halved ? ` = ${typePref} / 2 (transport differs from the agent's reliability)` : ''} = libnice ${f.type}${
    f.type === 'srflx' && typePref === 105 ? ' (NAT-assisted)' : ''
  }`;
  return {
    id: 'libnice',
    strength: halved && !tcp ? 2 : 3,
    evidence: `${typeWords}; local preference ${l} (${hex(l, 4)}) = direction ${dir} << 13 | TURN ${turn} << 6 | local IP index ${ip}: libnice's layout (agent/candidate.c)`,
    ...(f.type === 'relay' ? { relayProtocols: typePref === 30 ? (['udp'] as RelayProtocol[]) : (['tcp', 'tls'] as RelayProtocol[]) } : {}),
  };
};

const MATCHERS: readonly Matcher[] = [libwebrtc, firefox, pion, aioiceWerift, libjuice, libnice];

/**
 * Guesses which ICE stack produced a candidate from the layout of its priority.
 * Returns 'unknown' when nothing fits or when two stacks fit equally well;
 * `matches` then lists every stack the numbers agree with.
 */
export function guessImplementation(candidate: GuessInput): ImplementationGuess {
  const decoded = decodePriority(candidate.priority);
  if (Number.isNaN(decoded.typePreference) || decoded.typePreference > 126 || candidate.priority < 1) {
    return {
      implementation: 'unknown',
      name: 'unknown',
      confidence: 'none',
      matches: [],
      evidence: [`priority ${String(candidate.priority)} is not a valid ICE priority (1 to 2^31-1 with type preference ≤ 126)`],
    };
  }
  const facts: Facts = {
    type: candidate.type.toLowerCase(),
    transport: candidate.transport.toLowerCase(),
    tcpType: candidate.tcpType?.toLowerCase(),
    typePreference: decoded.typePreference,
    localPreference: decoded.localPreference,
    hi: decoded.localPreference >> 8,
    lo: decoded.localPreference & 255,
    component: decoded.component,
    candidateComponent: candidate.component,
    address: candidate.address,
  };
  const decodedWords = `priority ${candidate.priority} = type preference ${decoded.typePreference} << 24 | local preference ${decoded.localPreference} (${hex(
    decoded.localPreference,
    4,
  )}) << 8 | ${256 - decoded.component} (256 - component ${decoded.component})`;
  const matches: ImplementationMatch[] = [];
  for (const m of MATCHERS) {
    const r = m(facts);
    if (r !== undefined) matches.push({ ...r, name: implementationNames[r.id] });
  }
  // Stable: equal strengths keep the MATCHERS order.
  matches.sort((a, b) => b.strength - a.strength);
  const evidence = [decodedWords];
  const best = matches[0];
  if (best === undefined) {
    evidence.push(
      `type preference ${decoded.typePreference} with local preference ${decoded.localPreference} on a ${facts.transport} ${facts.type} candidate matches no layout sdpkit knows (libwebrtc, Firefox, pion, libnice, libjuice, aioice/werift)`,
    );
    return { implementation: 'unknown', name: 'unknown', confidence: 'none', matches, evidence };
  }
  const tied = matches.filter((m) => m.strength === best.strength);
  for (const m of matches) evidence.push(`${m.name}: ${m.evidence}`);
  if (tied.length > 1) {
    const names = tied.map((m) => m.name).join(' or ');
    evidence.push(`ambiguous: ${names} produce the same number; sdpkit does not pick one`);
    return { implementation: 'unknown', name: names, confidence: 'low', matches, evidence };
  }
  const others = matches.length - 1;
  const confidence = best.strength === 3 ? (others === 0 ? 'high' : 'medium') : best.strength === 2 && others === 0 ? 'medium' : 'low';
  return { implementation: best.id, name: best.name, confidence, matches, evidence };
}
