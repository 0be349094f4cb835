import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dumpIce, extractDescriptions } from '../../src/index.js';

/*
 * Firefox's about:webrtc report: the candidates it knew (rawLocalCandidates,
 * rawRemoteCandidates) and its candidate pair stats, where the pair in use
 * says `selected: true` (Firefox has no transport stats).
 */

const report = JSON.parse(readFileSync(new URL('../fixtures/about-webrtc-report.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function withPair(state: string, selected: boolean): string {
  return JSON.stringify({
    ...report,
    iceCandidateStats: [
      ...(report['iceCandidateStats'] as unknown[]),
      { id: 'r1', timestamp: 1715688606480, type: 'remote-candidate', address: '198.51.100.9', port: 51372, protocol: 'udp', candidateType: 'host', priority: 2122260223 },
    ],
    iceCandidatePairStats: [{ id: 'p1', timestamp: 1715688606480, type: 'candidate-pair', localCandidateId: 'a1b2c3', remoteCandidateId: 'r1', state, nominated: selected, selected, bytesSent: 1200 }],
  });
}

describe('an about:webrtc report as a call', () => {
  it('predicts the check list from the candidates Firefox knew, and finds the pair it selected', () => {
    const result = extractDescriptions(withPair('succeeded', true));
    const pc = result.peerConnections![0]!;
    expect(pc.candidates.map((c) => [c.side, c.negotiation])).toEqual([
      ['local', 1],
      ['remote', 1],
    ]);
    const ice = dumpIce(result, pc, 1)!;
    expect(ice.checkLists[0]!.checkList.pairs).toHaveLength(1);
    const t = ice.actual!.transports[0]!;
    expect(t.selected?.predictedIndex).toBe(0);
    expect(ice.actual!.verdict).toMatchObject({ state: 'connected', summary: 'connected over host 192.0.2.41:50312 → host 198.51.100.9:51372 (udp)' });
  });

  it('says ICE failed when no pair succeeded', () => {
    const result = extractDescriptions(withPair('failed', false));
    const ice = dumpIce(result, result.peerConnections![0]!, 1)!;
    expect(ice.actual!.verdict.state).toBe('failed');
    expect(ice.actual!.verdict.summary).toBe('ICE failed: none of the 1 candidate pairs succeeded');
  });
});
