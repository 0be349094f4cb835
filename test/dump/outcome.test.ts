import { describe, expect, it } from 'vitest';
import { exchangeCheckLists, overlayStats, type CandidatePairStats, type CandidateStats, type IceStats, type TransportStats } from '../../src/index.js';

/*
 * What the outcome says in words, from getStats-shaped data laid over a
 * predicted check list: the failures people meet (no pair succeeded, checks
 * never answered, only relay worked, DTLS failed after ICE) and the
 * peer-reflexive pair the prediction could not know.
 */

const sdp = (setup: string, ufrag: string, candidates: string[]): string =>
  [
    'v=0',
    'o=- 1 1 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    'a=group:BUNDLE 0',
    'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    'c=IN IP4 0.0.0.0',
    `a=ice-ufrag:${ufrag}`,
    'a=ice-pwd:pppppppppppppppppppppppp',
    'a=fingerprint:sha-256 00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF',
    `a=setup:${setup}`,
    'a=mid:0',
    'a=rtcp-mux',
    'a=rtpmap:111 opus/48000/2',
    ...candidates.map((c) => `a=candidate:${c}`),
    '',
  ].join('\r\n');

const offer = sdp('actpass', 'loca', ['1 1 udp 2122260223 192.0.2.1 5000 typ host', '2 1 udp 16777215 198.51.100.1 6000 typ relay raddr 192.0.2.1 rport 5000']);
const answer = sdp('active', 'remo', ['3 1 udp 2122260223 192.0.2.2 7000 typ host']);
const lists = exchangeCheckLists(offer, answer, { local: 'offer', role: 'controlling' });

const cand = (id: string, remote: boolean, address: string, port: number, type: string, extra: Partial<CandidateStats> = {}): CandidateStats => ({
  id,
  remote,
  address,
  port,
  protocol: 'udp',
  candidateType: type,
  ...extra,
});
const pair = (id: string, local: string, remote: string, state: string, extra: Partial<CandidatePairStats> = {}): CandidatePairStats => ({
  id,
  localCandidateId: local,
  remoteCandidateId: remote,
  transportId: 'T',
  state,
  states: [{ value: state }],
  selected: false,
  everSelected: false,
  ...extra,
});
const transport = (extra: Partial<TransportStats> = {}): TransportStats => ({ id: 'T', iceRoles: [], iceStates: [], dtlsStates: [], selectedPairs: [], ...extra });

const candidates = [
  cand('L1', false, '192.0.2.1', 5000, 'host'),
  cand('L2', false, '198.51.100.1', 6000, 'relay', { relayProtocol: 'tcp' }),
  cand('R1', true, '192.0.2.2', 7000, 'host'),
];
const stats = (pairs: CandidatePairStats[], t: Partial<TransportStats> = {}, extra: CandidateStats[] = []): IceStats => ({
  source: 'webrtc-internals',
  transports: [transport(t)],
  pairs,
  candidates: [...candidates, ...extra],
});

describe('the outcome of a negotiation, in words', () => {
  it('names the selected pair, with its relay transport', () => {
    const o = overlayStats(lists, stats([pair('P1', 'L1', 'R1', 'failed', { requestsSent: 9, responsesReceived: 0 }), pair('P2', 'L2', 'R1', 'succeeded', { currentRoundTripTime: 0.042 })], { selectedPairs: [{ value: 'P2' }] }), {}, 'loca', 'remo');
    expect(o.verdict).toEqual({
      state: 'connected',
      summary: 'connected over relay 198.51.100.1:6000 → host 192.0.2.2:7000 (udp, relay via TURN/TCP), RTT 42 ms',
      reasons: ['only relay pairs succeeded: no direct path (host or server-reflexive) worked between the two sides'],
    });
    expect(o.transports[0]!.pairs.map((p) => p?.stats.state)).toEqual(lists[0]!.checkList.pairs.map((p) => (p.local.type === 'relay' ? 'succeeded' : 'failed')));
  });

  it('says ICE failed, and why when the checks went unanswered', () => {
    const o = overlayStats(lists, stats([pair('P1', 'L1', 'R1', 'failed', { requestsSent: 7, responsesReceived: 0 }), pair('P2', 'L2', 'R1', 'failed', { requestsSent: 5, responsesReceived: 0 })], { iceStates: [{ value: 'failed' }] }), {}, 'loca', 'remo');
    expect(o.verdict).toEqual({
      state: 'failed',
      summary: 'ICE failed: none of the 2 candidate pairs succeeded',
      reasons: ['12 connectivity checks sent, none answered: something between the two sides drops the packets (firewall, NAT, wrong address)'],
    });
  });

  it('says DTLS failed after ICE connected', () => {
    const o = overlayStats(lists, stats([pair('P1', 'L1', 'R1', 'succeeded')], { selectedPairs: [{ value: 'P1' }], iceStates: [{ value: 'connected' }], dtlsStates: [{ value: 'connecting' }, { value: 'failed' }] }), {}, 'loca', 'remo');
    expect(o.verdict.state).toBe('failed');
    expect(o.verdict.summary).toBe('ICE connected but DTLS failed');
    expect(o.verdict.reasons[0]).toMatch(/^DTLS failed after ICE connected/);
  });

  it('lists a peer-reflexive pair apart, and still finds it selected', () => {
    const prflx = cand('R9', true, '203.0.113.9', 40000, 'prflx');
    const o = overlayStats(lists, stats([pair('P9', 'L1', 'R9', 'succeeded')], { selectedPairs: [{ value: 'P9' }] }, [prflx]), {}, 'loca', 'remo');
    const t = o.transports[0]!;
    expect(t.pairs.every((p) => p === undefined)).toBe(true);
    expect(t.unpredicted.map((u) => [u.stats.id, u.why])).toEqual([['P9', 'the remote candidate is peer-reflexive: learnt from a check that came from an address the other side never signalled']]);
    expect(t.selected?.stats.id).toBe('P9');
    expect(t.selected?.predictedIndex).toBeUndefined();
    expect(o.verdict.state).toBe('connected');
  });

  it('keeps the pairs of this ICE generation only', () => {
    const old = cand('L0', false, '192.0.2.1', 5000, 'host', { usernameFragment: 'gone' });
    const o = overlayStats(lists, stats([pair('P0', 'L0', 'R1', 'succeeded')], {}, [old]), {}, 'loca', 'remo');
    expect(o.verdict).toMatchObject({ state: 'unknown' });
  });
});
