import type { Candidate } from '../parser/model/attributes/candidate.js';
import { classifyAddress, type AddressInfo } from './address.js';
import { iceFinding, type IceFinding } from './findings.js';
import { guessImplementation, type ImplementationGuess, type RelayProtocol } from './implementations.js';
import { decodePriority, type DecodedPriority } from './priority.js';

/**
 * One fact about a candidate, as plain data for the CLI, the terminal UI and
 * the web page: what the field says (`value`), what it means (`meaning`) and
 * where that is defined (`ref`).
 */
export interface Fact {
  label: string;
  value: string;
  meaning: string;
  ref: string;
}

export interface ExtensionFact extends Fact {
  name: string;
  /** True for extensions sdpkit knows (generation, ufrag, network-id, network-cost). */
  known: boolean;
}

export interface CandidateDescription {
  /** One line: "host UDP candidate 192.168.1.4:5000 (private), component 1 (RTP), libwebrtc". */
  summary: string;
  foundation: Fact;
  component: Fact & { component: number };
  type: Fact & { type: string; known: boolean };
  transport: Fact & { transport: string; tcpType?: string };
  address: Fact & { info: AddressInfo; port: number };
  related?: Fact & { info: AddressInfo; port?: number };
  priority: Fact & { decoded: DecodedPriority };
  /** Only for relayed candidates whose priority layout names the TURN transport. */
  relayProtocol?: Fact & { protocols: RelayProtocol[]; /** e.g. "TURN/TLS", "TURN/UDP or TURN/DTLS". */ via: string };
  implementation: Fact & { guess: ImplementationGuess };
  extensions: ExtensionFact[];
  /** Everything odd: priority findings, unknown type, bad address, TCP without tcptype. */
  findings: IceFinding[];
}

const TYPES: Readonly<Record<string, { words: string; meaning: string; ref: string }>> = {
  host: {
    words: 'host',
    meaning: "an address on one of the agent's own network interfaces",
    ref: 'RFC 8445 §5.1.1.1',
  },
  srflx: {
    words: 'server-reflexive',
    meaning: 'the public address a NAT gave the agent, learned by asking a STUN server',
    ref: 'RFC 8445 §5.1.1.2',
  },
  prflx: {
    words: 'peer-reflexive',
    meaning: 'an address learned from a connectivity check of the peer, not gathered beforehand',
    ref: 'RFC 8445 §7.2.5.3.1',
  },
  relay: {
    words: 'relayed',
    meaning: 'an address on a TURN server that relays traffic to the agent (the last resort, and the costliest path)',
    ref: 'RFC 8445 §5.1.1.2; RFC 8656',
  },
};

const TCP_TYPES: Readonly<Record<string, string>> = {
  active: 'active: opens outgoing TCP connections only (its port is a placeholder, often 9)',
  passive: 'passive: accepts incoming TCP connections only',
  so: 'simultaneous-open: both sides connect at once',
};

/** libwebrtc's network costs (rtc_base/network_constants.h), plus 1 when the network is a VPN. */
const NETWORK_COSTS: Readonly<Record<number, string>> = {
  0: 'Ethernet or loopback (lowest cost)',
  10: 'Wi-Fi',
  50: 'unknown network type',
  250: 'cellular 5G',
  500: 'cellular 4G',
  900: 'cellular (generic, or any cellular when costs are not differentiated)',
  910: 'cellular 3G',
  980: 'cellular 2G',
  999: 'any-address (wildcard) backup port, highest cost',
};

function componentWords(component: number): string {
  if (component === 1) return 'RTP (or everything, with rtcp-mux)';
  if (component === 2) return 'RTCP';
  return `component ${component}`;
}

function describeExtension(name: string, value: string): ExtensionFact {
  const base = { name, label: name, value };
  switch (name) {
    case 'generation':
      return {
        ...base,
        known: true,
        meaning: `ICE generation ${value}: which gathering this candidate belongs to (0 = the first; an ICE restart starts the next), a libwebrtc extension`,
        ref: 'RFC 8839 §5.1 (cand-extension)',
      };
    case 'ufrag':
      return {
        ...base,
        known: true,
        meaning: `the username fragment (${value}) of the ICE session this candidate belongs to, so it is not applied to another session after a restart`,
        ref: 'RFC 8839 §5.1 (cand-extension); RFC 8839 §5.4 (ice-ufrag)',
      };
    case 'network-id':
      return {
        ...base,
        known: true,
        meaning: `libwebrtc's id ${value} of the local network interface that gathered the candidate (same id, same interface)`,
        ref: 'RFC 8839 §5.1 (cand-extension); libwebrtc api/candidate.h',
      };
    case 'network-cost': {
      const n = Number(value);
      const exact = NETWORK_COSTS[n];
      const vpn = exact === undefined && Number.isInteger(n) ? NETWORK_COSTS[n - 1] : undefined;
      const words = exact ?? (vpn !== undefined ? `${vpn} through a VPN (+1)` : 'a cost libwebrtc does not define');
      return {
        ...base,
        known: true,
        meaning: `libwebrtc's network cost ${value}: ${words}; lower costs are preferred`,
        ref: 'RFC 8839 §5.1 (cand-extension); libwebrtc rtc_base/network_constants.h',
      };
    }
    default:
      return { ...base, known: false, meaning: 'an extension sdpkit does not know; it is kept as is', ref: 'RFC 8839 §5.1 (cand-extension)' };
  }
}

function relatedMeaning(type: string): string {
  switch (type) {
    case 'srflx':
    case 'prflx':
      return "the base: the agent's own (host) address behind the NAT";
    case 'relay':
      return 'the server-reflexive address the TURN server saw the agent coming from';
    default:
      return 'a related address, which only reflexive and relayed candidates need';
  }
}

function relayProtocols(guess: ImplementationGuess): RelayProtocol[] | undefined {
  if (guess.implementation !== 'unknown') return guess.matches.find((m) => m.id === guess.implementation)?.relayProtocols;
  // Ambiguous stack: use the protocols only if every match agrees.
  const lists = guess.matches.map((m) => m.relayProtocols);
  const first = lists[0];
  if (first === undefined || lists.some((l) => l === undefined || l.join() !== first.join())) return undefined;
  return first;
}

/** Explains a candidate field by field, with the RFC section of each fact. */
export function describeCandidate(candidate: Candidate): CandidateDescription {
  const findings: IceFinding[] = [];
  const type = candidate.type.toLowerCase();
  const typeInfo = TYPES[type];
  if (typeInfo === undefined) {
    findings.push(iceFinding('unknown-candidate-type', `candidate type \`${candidate.type}\` is not host, srflx, prflx or relay`));
  }
  const transport = candidate.transport.toLowerCase();
  const tcpType = candidate.tcpType?.toLowerCase();
  if (transport === 'tcp' && tcpType === undefined) {
    findings.push(iceFinding('tcp-candidate-without-tcptype', `TCP candidate ${candidate.address} ${candidate.port} has no tcptype, which RFC 6544 §4.5 requires`));
  }
  const info = classifyAddress(candidate.address);
  if (info.family === 'invalid') findings.push(iceFinding('invalid-address', `\`${candidate.address}\` is neither an IP address nor a host name`));

  const decoded = decodePriority(candidate.priority, candidate);
  findings.push(...decoded.findings);
  const guess = guessImplementation(candidate);

  let transportMeaning: string;
  let transportRef: string;
  if (transport === 'udp') {
    transportMeaning = 'UDP';
    transportRef = 'RFC 8445 §5.1.1';
  } else if (transport === 'tcp') {
    transportMeaning = `TCP, ${tcpType === undefined ? 'without tcptype' : (TCP_TYPES[tcpType] ?? `tcptype ${tcpType}, which RFC 6544 does not define`)}`;
    transportRef = 'RFC 6544 §4.5';
  } else if (transport === 'ssltcp') {
    transportMeaning = "Google's pseudo-TLS framing over TCP (port 443), not an IETF transport";
    transportRef = 'RFC 8839 §5.1 (transport-extension)';
  } else {
    transportMeaning = `${candidate.transport}, a transport extension sdpkit does not know`;
    transportRef = 'RFC 8839 §5.1 (transport-extension)';
  }

  const description: CandidateDescription = {
    summary: '',
    foundation: {
      label: 'foundation',
      value: candidate.foundation,
      meaning:
        candidate.foundation === ''
          ? 'empty: candidates with one foundation are unfrozen together, so an empty one groups them all'
          : 'groups candidates of the same type, base and server: their pairs are unfrozen together',
      ref: 'RFC 8445 §5.1.1.3',
    },
    component: { label: 'component', value: String(candidate.component), component: candidate.component, meaning: componentWords(candidate.component), ref: 'RFC 8445 §5.1.1; RFC 8839 §5.1' },
    type: {
      label: 'type',
      value: candidate.type,
      type: candidate.type,
      known: typeInfo !== undefined,
      meaning: typeInfo === undefined ? 'a candidate type sdpkit does not know' : `${typeInfo.words}: ${typeInfo.meaning}`,
      ref: typeInfo?.ref ?? 'RFC 8839 §5.1',
    },
    transport: {
      label: 'transport',
      value: candidate.tcpType === undefined ? candidate.transport : `${candidate.transport} tcptype ${candidate.tcpType}`,
      transport: candidate.transport,
      ...(candidate.tcpType === undefined ? {} : { tcpType: candidate.tcpType }),
      meaning: transportMeaning,
      ref: transportRef,
    },
    address: {
      label: 'address',
      value: `${candidate.address} ${candidate.port}`,
      info,
      port: candidate.port,
      meaning: info.words,
      ref: info.ref,
    },
    priority: {
      label: 'priority',
      value: String(candidate.priority),
      decoded,
      meaning: Number.isNaN(decoded.typePreference)
        ? 'not a valid priority'
        : `type preference ${decoded.typePreference}, local preference ${decoded.localPreference}, computed for component ${decoded.component}; higher is preferred`,
      ref: 'RFC 8445 §5.1.2.1',
    },
    implementation: {
      label: 'implementation',
      value: guess.name,
      guess,
      meaning: guess.evidence.slice(1).join('; ') || guess.evidence.join('; '),
      ref: 'RFC 8445 §5.1.2.2',
    },
    extensions: candidate.extensions.map(([name, value]) => describeExtension(name, value)),
    findings,
  };

  if (candidate.relatedAddress !== undefined || candidate.relatedPort !== undefined) {
    const relInfo = classifyAddress(candidate.relatedAddress ?? '');
    // Browsers put 0.0.0.0 0 (or :: 0) here so the host address does not leak.
    const hidden = relInfo.class === 'unspecified' && (candidate.relatedPort ?? 0) === 0;
    let meaning: string;
    if (candidate.relatedAddress === undefined) meaning = 'rport without raddr: the related port alone says nothing';
    else if (hidden) meaning = 'hidden: 0.0.0.0 0 is sent so that the local address does not leak';
    else meaning = `${relatedMeaning(type)}; ${relInfo.words}`;
    description.related = {
      label: 'related address',
      value: `${candidate.relatedAddress ?? '(none)'} ${candidate.relatedPort ?? '(none)'}`,
      info: relInfo,
      ...(candidate.relatedPort === undefined ? {} : { port: candidate.relatedPort }),
      meaning,
      ref: 'RFC 8839 §5.1',
    };
    if (type === 'host' && !hidden && candidate.relatedAddress !== undefined) {
      findings.push(iceFinding('related-address-on-host', `host candidate ${candidate.address} ${candidate.port} carries raddr ${candidate.relatedAddress ?? ''} rport ${candidate.relatedPort ?? ''}`));
    }
  }

  if (type === 'relay') {
    const protocols = relayProtocols(guess);
    if (protocols !== undefined) {
      description.relayProtocol = {
        label: 'relay protocol',
        value: protocols.map((p) => p.toUpperCase()).join(' or '),
        protocols,
        via: protocols.map((p) => `TURN/${p.toUpperCase()}`).join(' or '),
        meaning: `the agent reaches its TURN server over ${protocols.map((p) => p.toUpperCase()).join(' or ')}, as the priority layout of ${guess.name} tells`,
        ref: 'RFC 8656 §3.1',
      };
    }
  }

  const classWords = info.family === 'ipv4' || info.family === 'ipv6' ? info.class : info.family;
  const tcpWords = candidate.tcpType === undefined ? '' : ` ${candidate.tcpType}`;
  const via = description.relayProtocol === undefined ? '' : ` via ${description.relayProtocol.via}`;
  description.summary = `${typeInfo?.words ?? candidate.type} ${candidate.transport.toUpperCase()}${tcpWords} candidate ${candidate.address} ${candidate.port} (${classWords})${via}, ${componentWords(candidate.component)}, ${
    guess.implementation === 'unknown' ? (guess.matches.length > 0 ? `${guess.name}?` : 'stack unknown') : guess.name
  }`;
  return description;
}
