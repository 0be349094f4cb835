import { describe, expect, it } from 'vitest';
import { describeCandidate } from '../../src/ice/index.js';
import { cand, corpusCandidates, hasCorpus } from './helpers.js';

/*
 * Which TURN transport a relayed candidate uses, read from its priority, one
 * row per stack × transport. Where the stack puts it:
 *  - libwebrtc: the type preference (p2p/base/p2p_constants.h IcePriorityValue,
 *    chosen in p2p/base/turn_port.cc by the TURN protocol): TLS 0, TCP 1, UDP 2
 *    in older releases; newer ones have DTLS 2 and UDP 3. The local preference
 *    carries the network, address family and TURN server order, not the protocol.
 *  - Firefox (nICEr ice_candidate.c, values from NrIceCtx): relay over UDP 5,
 *    over TCP 0 (TURN/TLS runs over TCP and gets the same 0).
 *  - pion: type 0 and local preference TLS 0, TCP 1, DTLS 2, UDP 3.
 *  - libnice: type 30 for TURN/UDP, 20 for the others.
 */
const line = (priority: number, component = 1) => `candidate:1 ${component} udp ${priority} 198.51.100.1 3478 typ relay raddr 203.0.113.1 rport 5000`;

describe('relay protocol per stack × transport', () => {
  it.each([
    // stack, transport, priority (component), where the number comes from, stack guessed, via
    ['libwebrtc', 'TLS', 8331007, 1, 'type 0, local 127 << 8 | 30 (api/candidate.cc layout)', 'libwebrtc', 'TURN/TLS'],
    ['libwebrtc', 'TCP', 25108223, 1, 'type 1, local 127 << 8 | 30', 'libwebrtc', 'TURN/TCP'],
    ['libwebrtc', 'DTLS (new) or UDP (old)', 33562345, 23, 'README: port_unittest.cc TestConnectionPriority, relay DTLS', 'libwebrtc', 'TURN/UDP or TURN/DTLS'],
    ['libwebrtc', 'UDP (new)', 50339561, 23, 'README: port_unittest.cc TestConnectionPriority, relay UDP', 'libwebrtc', 'TURN/UDP'],
    ['Firefox', 'UDP', 100401151, 1, 'corpus webrtc-sdp/11.sdp (type 5)', 'firefox', 'TURN/UDP'],
    ['Firefox', 'TCP or TLS', 16515071, 1, 'corpus webrtc-sdp/11.sdp (type 0)', 'firefox', 'TURN/TCP or TURN/TLS'],
    ['pion', 'UDP', 1023, 1, 'README: pion candidate_test.go relay via TURN/UDP', 'pion', 'TURN/UDP'],
    ['pion', 'DTLS', 767, 1, 'pion candidate_relay.go local preference 2', 'pion', 'TURN/DTLS'],
    ['pion', 'TCP', 511, 1, 'README: pion candidate_test.go relay via TURN/TCP', 'pion', 'TURN/TCP'],
    ['pion', 'TLS', 255, 1, 'pion candidate_relay.go local preference 0', 'pion', 'TURN/TLS'],
    ['libnice', 'UDP', 505413887, 1, 'type 30, local 1 << 13 (agent/candidate.c layout)', 'libnice', 'TURN/UDP'],
    ['libnice', 'TCP or TLS', 337641727, 1, 'type 20, local 1 << 13', 'libnice', 'TURN/TCP or TURN/TLS'],
  ] as const)('%s relay over %s: %i (%s)', (_stack, _transport, priority, component, _source, implementation, via) => {
    const d = describeCandidate(cand(line(priority, component)));
    expect(d.implementation.guess.implementation).toBe(implementation);
    expect(d.relayProtocol?.via).toBe(via);
    expect(d.summary).toContain(`(documentation) via ${via}, `);
  });

  it('says nothing when the layout does not tell, or the candidate is not relayed', () => {
    expect(describeCandidate(cand(line(1234))).relayProtocol).toBeUndefined();
    expect(describeCandidate(cand('candidate:1 1 udp 2122260223 10.0.0.1 5000 typ host')).summary).not.toContain(' via ');
  });
});

describe.skipIf(!hasCorpus)('relay protocol of real browser candidates in ../shared/corpus', () => {
  it.each([
    ['webrtc-sdp/11.sdp', 'Firefox', ['TURN/UDP', 'TURN/TCP or TURN/TLS']],
    ['webrtc-sdp/41.sdp', 'Chrome of 2014', ['TURN/UDP or TURN/DTLS']],
  ] as const)('%s (%s)', (file, _browser, vias) => {
    const relays = corpusCandidates(file).filter((c) => c.type === 'relay');
    expect([...new Set(relays.map((c) => describeCandidate(c).relayProtocol?.via))]).toEqual(vias);
  });
});
