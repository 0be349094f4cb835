import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePriority, guessImplementation, type ImplementationId } from '../../src/ice/index.js';
import { cand, corpusCandidates, hasCorpus, make, noCorpusMessage, readCorpus } from './helpers.js';

type Expect = [line: string, implementation: ImplementationId | 'unknown', confidence: string, matches: string[]];

// Hand-written lines around published priorities (README vectors) and the sources' constants.
const vectors: [string, ...Expect][] = [
  ['pion host tcp active (type 99 = 126 - 27)', 'candidate:1 1 tcp 1675624447 10.0.0.1 9 typ host tcptype active', 'pion', 'high', ['pion']],
  ['pion host tcp passive', 'candidate:1 1 tcp 1671430143 10.0.0.1 5000 typ host tcptype passive', 'pion', 'high', ['pion']],
  ['pion host tcp so', 'candidate:1 1 tcp 1667235839 10.0.0.1 5000 typ host tcptype so', 'pion', 'high', ['pion']],
  ['pion prflx tcp so', 'candidate:1 1 tcp 1407188991 10.0.0.1 5000 typ prflx raddr 0.0.0.0 rport 0 tcptype so', 'pion', 'high', ['pion']],
  ['pion relay via TURN/UDP (local pref 3)', 'candidate:1 1 udp 1023 198.51.100.1 5000 typ relay raddr 203.0.113.1 rport 1', 'pion', 'high', ['pion']],
  ['pion relay via TURN/TCP (local pref 1)', 'candidate:1 1 udp 511 198.51.100.1 5000 typ relay raddr 203.0.113.1 rport 1', 'pion', 'high', ['pion']],
  // Host UDP 126/65535: pion, aioice and werift all emit 2130706431. Ambiguous: do not pick.
  ['host udp 2130706431 (pion or aioice/werift)', 'candidate:1 1 udp 2130706431 10.0.0.1 5000 typ host', 'unknown', 'low', ['pion', 'aioice-werift']],
  // Old nICEr (interface 255, STUN slot 255) also fits, weakly.
  ['srflx udp 1694498815 (pion or aioice/werift)', 'candidate:1 1 udp 1694498815 203.0.113.9 5000 typ srflx raddr 10.0.0.1 rport 5000', 'unknown', 'low', ['pion', 'aioice-werift', 'firefox']],
  // On IPv6, libjuice of 2022–2025 (65535 - index 0) also gives it, but only weakly.
  ['IPv6 host 2130706431 adds libjuice', 'candidate:1 1 udp 2130706431 2001:db8::1 5000 typ host', 'unknown', 'low', ['pion', 'aioice-werift', 'libjuice']],
  ['werift: component 2 with a component-1 priority', 'candidate:1 2 udp 2130706431 10.0.0.1 5001 typ host', 'aioice-werift', 'medium', ['aioice-werift', 'pion']],
  ['libwebrtc host, component 123, NIC 0 (port_unittest)', 'candidate:1 123 udp 2113937029 192.168.1.4 1234 typ host', 'libwebrtc', 'high', ['libwebrtc']],
  ['libwebrtc relay UDP, type 3 (port_unittest)', 'candidate:1 23 udp 50339561 10.1.1.100 1234 typ relay raddr 1.1.1.1 rport 1', 'libwebrtc', 'high', ['libwebrtc']],
  ['Chrome host 2122260223 = 126/32542', 'candidate:1 1 udp 2122260223 192.168.1.10 5000 typ host', 'libwebrtc', 'high', ['libwebrtc']],
  ['Chrome IPv6 host 126/(127<<8|40)', 'candidate:1 1 udp 2122262783 2a01:e0a::1 5000 typ host', 'libwebrtc', 'high', ['libwebrtc']],
  ['Chrome mDNS host (family hidden, IPv4 precedence)', 'candidate:1 1 udp 2122260223 4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local 5000 typ host', 'libwebrtc', 'high', ['libwebrtc']],
  ['libwebrtc host with the +32 field trial (RingRTC)', 'candidate:1 1 udp 2122268415 192.168.1.10 5000 typ host', 'libwebrtc', 'medium', ['libwebrtc']],
  // Firefox relays over TURN/TCP with type 0 too; with STUN slot 30 (its second server) it is a weak alternative.
  ['Chrome relay TURN/TLS (type 0)', 'candidate:1 1 udp 8331007 198.51.100.1 5000 typ relay raddr 203.0.113.1 rport 1', 'libwebrtc', 'medium', ['libwebrtc', 'firefox']],
  ['Firefox host 2122252543 = 126/32512', 'candidate:0 1 UDP 2122252543 192.168.1.10 5000 typ host', 'firefox', 'high', ['firefox']],
  ['Firefox srflx 1686052863 = 100/(127<<8|31)', 'candidate:1 1 UDP 1686052863 203.0.113.1 5000 typ srflx raddr 192.168.1.10 rport 5000', 'firefox', 'high', ['firefox']],
  ['Firefox host TCP 2105524479 = 125/(127<<8|6<<5)', 'candidate:2 1 TCP 2105524479 192.168.1.10 9 typ host tcptype active', 'firefox', 'high', ['firefox']],
  ['Firefox relay TURN/UDP 92217343 = 5/(127<<8|31)', 'candidate:3 1 UDP 92217343 198.51.100.1 5000 typ relay raddr 203.0.113.1 rport 5000', 'firefox', 'high', ['firefox']],
  ['libnice host UDP 0x782000FF (test-priority.c)', 'candidate:1 1 UDP 2015363327 192.168.1.10 5000 typ host', 'libnice', 'high', ['libnice']],
  ['libnice host TCP active, halved type 60, direction 4', 'candidate:1 1 TCP 1015021823 192.168.1.10 9 typ host tcptype active', 'libnice', 'high', ['libnice']],
  ['libjuice host IPv4 since 2025 (4095 - 0)', 'candidate:1 1 UDP 2114977791 192.168.1.10 5000 typ host', 'libjuice', 'high', ['libjuice']],
  ['libjuice host IPv4 2022–2025 (32767 - 1)', 'candidate:1 1 UDP 2122317567 192.168.1.10 5000 typ host', 'libjuice', 'high', ['libjuice']],
  ['a priority no stack lays out this way', 'candidate:1 1 UDP 1234567 192.168.1.10 5000 typ host', 'unknown', 'none', []],
  ['not a valid priority (type 128)', 'candidate:1 1 UDP 2147483903 192.168.1.10 5000 typ host', 'unknown', 'none', []],
];

describe('guessImplementation: published and constructed priorities', () => {
  it.each(vectors)('%s', (_name, line, implementation, confidence, matches) => {
    const g = guessImplementation(cand(line));
    expect({ implementation: g.implementation, confidence: g.confidence, matches: g.matches.map((m) => m.id) }).toEqual({ implementation, confidence, matches });
    expect(g.evidence.length).toBeGreaterThan(0);
  });

  it('explains libwebrtc in words with the numbers', () => {
    const g = guessImplementation(cand('candidate:1 1 udp 2122260223 192.168.1.10 5000 typ host'));
    expect(g.name).toBe('libwebrtc (Chrome, Edge, Safari, native apps)');
    expect(g.evidence).toEqual([
      'priority 2122260223 = type preference 126 << 24 | local preference 32542 (0x7F1E) << 8 | 255 (256 - component 1)',
      "libwebrtc (Chrome, Edge, Safari, native apps): type preference 126 = libwebrtc host; local preference 32542 = NIC preference 127 << 8 | 30 (IPv4 precedence): libwebrtc's layout (api/candidate.cc)",
    ]);
  });

  it('names the ambiguity instead of picking one', () => {
    const g = guessImplementation(cand('candidate:1 1 udp 2130706431 10.0.0.1 5000 typ host'));
    expect(g.name).toBe('pion/ice (Go) or aioice (Python) / werift (TypeScript)');
    expect(g.evidence.at(-1)).toBe('ambiguous: pion/ice (Go) or aioice (Python) / werift (TypeScript) produce the same number; sdpkit does not pick one');
  });

  it('tells the relay transport where the layout encodes it', () => {
    const relay = (p: number) => guessImplementation(cand(`candidate:1 1 udp ${p} 198.51.100.1 5000 typ relay raddr 1.1.1.1 rport 1`)).matches[0]?.relayProtocols;
    expect(relay(1023)).toEqual(['udp']); // pion local pref 3
    expect(relay(767)).toEqual(['dtls']); // pion local pref 2
    expect(relay(511)).toEqual(['tcp']); // pion local pref 1
    expect(relay(255)).toEqual(['tls']); // pion local pref 0
    expect(relay(25108223)).toEqual(['tcp']); // libwebrtc type 1, 127<<8|30
    expect(relay(41885439)).toEqual(['udp', 'dtls']); // libwebrtc type 2: UDP in older releases, DTLS in newer ones
    expect(relay(92217343)).toEqual(['udp']); // Firefox type 5
  });
});

describe.skipIf(!hasCorpus)('guessImplementation on real candidate lines of ../shared/corpus', () => {
  if (!hasCorpus) it.skip(noCorpusMessage, () => {});

  // Each line is quoted from the corpus file; the test checks it is really there.
  const corpus: [file: string, ...Expect][] = [
    // Chrome of 2014-2016 (libwebrtc with NIC preference 0): 126/30, TCP 90/30, relay 2/30, srflx 110.
    ['sdp-transform/jssip.sdp', 'a=candidate:1162875081 1 udp 2113937151 192.168.34.75 60017 typ host generation 0', 'libwebrtc', 'high', ['libwebrtc']],
    ['sdp-transform/jssip.sdp', 'a=candidate:198437945 1 tcp 1509957375 192.168.34.75 0 typ host generation 0', 'libwebrtc', 'high', ['libwebrtc']],
    ['sdp-transform/jssip.sdp', 'a=candidate:3289912957 1 udp 1845501695 193.84.77.194 60017 typ srflx raddr 192.168.34.75 rport 60017 generation 0', 'libwebrtc', 'medium', ['libwebrtc']],
    ['webrtc-sdp/41.sdp', 'a=candidate:1808221584 1 udp 33562367 128.64.32.16 32952 typ relay raddr 32.64.128.1 rport 62398 generation 0', 'libwebrtc', 'high', ['libwebrtc']],
    // Chrome with network preferences: 126/(127<<8|30).
    ['sdp-transform/hacky.sdp', 'a=candidate:1127303604 1 udp 2122260223 0.0.0.0 60672 typ host generation 0', 'libwebrtc', 'high', ['libwebrtc']],
    ['sdp-transform/hacky.sdp', 'a=candidate:229815620 1 tcp 1518280447 0.0.0.0 0 typ host tcptype active generation 0', 'libwebrtc', 'high', ['libwebrtc']],
    // A Chrome srflx that Firefox could also produce with a second STUN server: libwebrtc, not certain.
    ['sdp-transform/normal.sdp', 'a=candidate:2 1 UDP 1686052607 203.0.113.1 54402 typ srflx raddr 192.168.1.145 rport 54402 generation 0 network-id 3 network-cost 10', 'libwebrtc', 'medium', ['libwebrtc', 'firefox']],
    // Firefox (webrtc-sdp examples come from Firefox's unit tests).
    ['webrtc-sdp/tests_parse_firefox_datachannel_offer.sdp', 'a=candidate:0 1 UDP 2122252543 172.16.156.106 49760 typ host', 'firefox', 'high', ['firefox']],
    ['webrtc-sdp/11.sdp', 'a=candidate:0 1 UDP 2130379007 10.0.0.36 62453 typ host', 'firefox', 'medium', ['firefox']],
    // Old nICEr srflx (255 - server index in the low byte) is a weak sign on its own.
    ['webrtc-sdp/11.sdp', 'a=candidate:2 1 UDP 1694236671 24.6.134.204 62453 typ srflx raddr 10.0.0.36 rport 62453', 'firefox', 'low', ['firefox']],
    ['webrtc-sdp/11.sdp', 'a=candidate:3 1 UDP 100401151 162.222.183.171 49761 typ relay raddr 162.222.183.171 rport 49761', 'firefox', 'high', ['firefox']],
    ['webrtc-sdp/11.sdp', 'a=candidate:6 1 UDP 16515071 162.222.183.171 51858 typ relay raddr 162.222.183.171 rport 51858', 'firefox', 'medium', ['firefox']],
    // RFC 6544 §4.2 TCP layout with RFC type preferences: pion before mid-2023 (or an RFC-literal stack).
    ['sdp-transform/hacky.sdp', 'a=candidate:2 1 TCP 2124414975 10.0.1.1 8998 typ host tcptype passive', 'pion', 'medium', ['pion']],
    ['sdp-transform/hacky.sdp', 'a=candidate:6 1 TCP 1692401663 192.0.2.3 45687 typ srflx raddr 10.0.1.1 rport 8999 tcptype so', 'pion', 'medium', ['pion']],
    // Layouts no known stack produces: say unknown.
    ['sdp-transform/normal.sdp', 'a=candidate:0 1 UDP 2113667327 203.0.113.1 54400 typ host', 'unknown', 'none', []],
    ['sdp-transform/icelite.sdp', 'a=candidate:X 1 UDP 659136 192.168.100.100 10018 typ host', 'unknown', 'none', []],
    ['werift/issue_141_offer.sdp', 'a=candidate: 1 udp 2113932031 74.125.197.127 19305 typ host generation 0', 'unknown', 'none', []],
    ['werift/issue_141_offer.sdp', 'a=candidate: 1 tcp 2113939710 2607:f8b0:400e:c03::7f 19305 typ host tcptype passive generation 0', 'unknown', 'none', []],
    ['werift/issue_141_offer.sdp', 'a=candidate: 1 ssltcp 2113939709 2607:f8b0:400e:c03::7f 443 typ host generation 0', 'unknown', 'none', []],
    // The IPv6 UDP line of the same Google server has libwebrtc's exact layout (NIC 0, IPv6 40).
    ['werift/issue_141_offer.sdp', 'a=candidate: 1 udp 2113939711 2607:f8b0:400e:c03::7f 19305 typ host generation 0', 'libwebrtc', 'high', ['libwebrtc']],
  ];

  it.each(corpus)('%s: %s', (file, line, implementation, confidence, matches) => {
    expect(readCorpus(file).split(/\r?\n/)).toContain(line);
    const g = guessImplementation(cand(line));
    expect({ implementation: g.implementation, confidence: g.confidence, matches: g.matches.map((m) => m.id) }).toEqual({ implementation, confidence, matches });
  });

  it('every candidate of the corpus gets a guess with evidence, and no stack is claimed for 126/10 on IPv4', () => {
    const files = ['sdp-transform/jssip.sdp', 'sdp-transform/normal.sdp', 'sdp-transform/hacky.sdp', 'webrtc-sdp/41.sdp', 'webrtc-sdp/11.sdp', 'werift/issue_142_answer.sdp'];
    let count = 0;
    for (const f of files) {
      for (const c of corpusCandidates(f)) {
        const g = guessImplementation(c);
        expect(g.evidence[0]).toMatch(/^priority \d+ = type preference \d+ << 24/);
        if (c.address === '74.125.197.127') expect(g.implementation).toBe('unknown');
        count++;
      }
    }
    expect(count).toBe(6 + 4 + 8 + 16 + 8 + 6);
  });
});

describe('guessImplementation properties', () => {
  const nic = fc.integer({ min: 1, max: 127 });
  it('a libwebrtc host candidate on IPv4 is always named libwebrtc', () => {
    fc.assert(
      fc.property(nic, fc.integer({ min: 1, max: 2 }), fc.ipV4().filter((ip) => ip !== '0.0.0.0'), (n, component, ip) => {
        const priority = candidatePriority({ typePreference: 126, localPreference: (n << 8) | 30, component }).priority!;
        return guessImplementation(make({ address: ip, port: 1, type: 'host', priority, component })).implementation === 'libwebrtc';
      }),
    );
  });

  it('a Firefox host candidate is always named Firefox', () => {
    fc.assert(
      fc.property(nic, fc.integer({ min: 1, max: 2 }), (n, component) => {
        const priority = candidatePriority({ typePreference: 126, localPreference: n << 8, component }).priority!;
        return guessImplementation(make({ address: '10.1.2.3', port: 1, type: 'host', priority, component })).implementation === 'firefox';
      }),
    );
  });

  // Some libnice numbers are also valid nICEr numbers (e.g. srflx with local IP index 31 equals
  // Firefox's interface 32 / STUN server 0): then the guess must stay "unknown" and list libnice.
  it('a libnice candidate of any type is named libnice, or libnice is among the tied matches', () => {
    const types = { host: 120, prflx: 110, srflx: 100, relay: 30 } as const;
    fc.assert(
      fc.property(fc.constantFrom('host', 'prflx', 'srflx', 'relay'), fc.integer({ min: 0, max: 63 }), (type, ip) => {
        const priority = candidatePriority({ typePreference: types[type], localPreference: (1 << 13) | ip, component: 1 }).priority!;
        const g = guessImplementation(make({ address: '10.1.2.3', port: 1, type, priority }));
        return g.implementation === 'libnice' || (g.implementation === 'unknown' && g.matches.some((m) => m.id === 'libnice'));
      }),
    );
  });

  it('never throws and the chosen stack is among the matches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom('host', 'srflx', 'prflx', 'relay', 'other'),
        fc.constantFrom('udp', 'tcp', 'UDP', 'ssltcp'),
        fc.option(fc.constantFrom('active', 'passive', 'so'), { nil: undefined }),
        fc.constantFrom('10.0.0.1', '2001:db8::1', 'x.local', 'turn.example.com', 'garbage!'),
        (priority, type, transport, tcpType, address) => {
          const c = make({ address, port: 1, type, priority, transport, ...(tcpType === undefined ? {} : { tcpType }) });
          const g = guessImplementation(c);
          return g.implementation === 'unknown' || g.matches[0]?.id === g.implementation;
        },
      ),
    );
  });
});
