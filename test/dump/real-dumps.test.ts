import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { descriptionFindings, dumpIce, extractDescriptions, type ExtractResult } from '../../src/index.js';

/*
 * What a real dump says ICE did, checked against the dump's own raw data
 * (read here with JSON.parse, not with the library): trickled candidates per
 * ICE generation, the transport's iceRole, its selected pair. The files are
 * real Chromium 156 downloads of the scenario in test/fixtures/dumps/README.md
 * (A = PC 1 offers first; B = PC 2 re-offers in negotiation 2; A restarts ICE
 * in negotiation 3).
 */

const dir = new URL('../fixtures/dumps/', import.meta.url);
const internalsText = readFileSync(new URL('chromium-internals.json', dir), 'utf8');
const rtcstatsText = gunzipSync(readFileSync(new URL('chromium-rtcstats.gz', dir))).toString('utf8');

interface RawUpdate {
  type: string;
  value: string;
  timestamp: number;
}
interface RawPc {
  updateLog: RawUpdate[];
  stats: Record<string, { statsType: string; values: string }>;
}
const raw = JSON.parse(internalsText) as { PeerConnections: Record<string, RawPc> };

/** Raw trickle events of one side, grouped by the ufrag written on the candidate line. */
function rawCandidatesByUfrag(pc: RawPc, side: 'local' | 'remote'): Map<string, number> {
  const type = side === 'local' ? 'onicecandidate' : 'addIceCandidate';
  const out = new Map<string, number>();
  for (const u of pc.updateLog) {
    if (u.type !== type || u.value === '') continue;
    const c = (JSON.parse(u.value) as { candidate?: string }).candidate ?? '';
    const ufrag = / ufrag (\S+)/.exec(c)?.[1];
    if (ufrag === undefined) continue;
    out.set(ufrag, (out.get(ufrag) ?? 0) + 1);
  }
  return out;
}

function rawSeries(pc: RawPc, suffix: string): unknown[] {
  const key = Object.keys(pc.stats).find((k) => k.startsWith('T') && k.endsWith(`-${suffix}`) && pc.stats[k]!.statsType === 'transport');
  return key === undefined ? [] : (JSON.parse(pc.stats[key]!.values) as unknown[]);
}

function complete(result: ExtractResult, pcNumber: number): number[] {
  const pc = result.peerConnections![pcNumber - 1]!;
  return pc.negotiations.filter((n) => n.offer !== undefined && n.answer !== undefined && n.rolledBack !== true).map((n) => n.number);
}

describe.each([
  ['webrtc-internals JSON', internalsText],
  ['rtcstats dump', rtcstatsText],
])('a real Chromium dump (%s)', (_name, text) => {
  const result = extractDescriptions(text);
  const pcs = result.peerConnections!;
  const rawPcs = Object.values(raw.PeerConnections);

  it('has both peer connections with every negotiation, the rollback and the failed call', () => {
    expect(pcs.map((pc) => pc.negotiations.map((n) => `${n.initiator}${n.rolledBack === true ? ' rolled back' : ''}`))).toEqual([
      ['local', 'remote', 'local', 'local'],
      ['remote', 'local', 'remote', 'remote', 'local rolled back'],
    ]);
    const kinds = (i: number, kind: string): number => pcs[i]!.events.filter((e) => e.kind === kind).length;
    expect([kinds(0, 'set-failed'), kinds(1, 'set-failed')]).toEqual([1, 0]);
    expect([kinds(0, 'rollback'), kinds(1, 'rollback')]).toEqual([0, 1]);
    expect([kinds(0, 'ice-restart'), kinds(1, 'ice-restart')]).toEqual([1, 1]);
    const failed = pcs[0]!.events.find((e) => e.kind === 'set-failed')!;
    expect(failed.error).toBe('Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.');
  });

  it('says which descriptions were munged and which one the browser refused, as findings', () => {
    const findings = result.descriptions.flatMap((d) => descriptionFindings(result, d.index).map((f) => `${d.peerConnection === pcs[0]!.id ? 'A' : 'B'} ${d.type} ${f.code}`));
    expect(findings.sort()).toEqual(['A offer munged-description', 'A offer set-description-failed', 'B answer munged-description']);
  });

  it('counts the trickled candidates of each ICE generation as the dump logged them', () => {
    pcs.forEach((pc, i) => {
      const local = rawCandidatesByUfrag(rawPcs[i]!, 'local');
      const remote = rawCandidatesByUfrag(rawPcs[i]!, 'remote');
      for (const k of complete(result, i + 1)) {
        const ice = dumpIce(result, pc, k)!;
        expect(ice.trickled.local.length, `PC ${i + 1} negotiation ${k} local`).toBe(local.get(ice.ufrag.local!) ?? 0);
        expect(ice.trickled.remote.length, `PC ${i + 1} negotiation ${k} remote`).toBe(remote.get(ice.ufrag.remote!) ?? 0);
      }
      // Every candidate event is counted in exactly one negotiation's arrivals.
      const arrived = complete(result, i + 1).reduce((n, k) => n + dumpIce(result, pc, k)!.arrived.local + dumpIce(result, pc, k)!.arrived.remote, 0);
      const logged = [...local.values(), ...remote.values()].reduce((a, b) => a + b, 0);
      expect(arrived).toBe(logged);
    });
  });

  it('gives every negotiation the ICE role the stats show, although B re-offers in negotiation 2', () => {
    pcs.forEach((pc, i) => {
      const roles = new Set(rawSeries(rawPcs[i]!, 'iceRole'));
      expect(roles.size, 'the scenario keeps one role per side').toBe(1);
      const role = [...roles][0];
      for (const k of complete(result, i + 1)) {
        const ice = dumpIce(result, pc, k)!;
        expect([k, ice.role.role]).toEqual([k, role]);
      }
    });
    expect(dumpIce(result, pcs[0]!, 2)!.role.role).toBe('controlling');
    expect(dumpIce(result, pcs[1]!, 2)!.role.role).toBe('controlled');
  });

  it('finds the stats selected pair in the predicted check list of the last negotiation', () => {
    pcs.forEach((pc, i) => {
      const selected = rawSeries(rawPcs[i]!, 'selectedCandidatePairId');
      const ks = complete(result, i + 1);
      const ice = dumpIce(result, pc, ks.at(-1)!)!;
      const t = ice.actual!.transports[0]!;
      expect(ice.actual!.verdict.state).toBe('connected');
      expect(t.selected, `PC ${i + 1}`).toBeDefined();
      // The two downloads are a poll apart: the pair is the same, its id may be the internals' last.
      if (text === internalsText) expect(t.selected!.stats.id).toBe(selected.at(-1));
      expect(t.selected!.predictedIndex).toBeDefined();
      const predicted = ice.checkLists[0]!.checkList.pairs[t.selected!.predictedIndex!]!;
      expect(`${predicted.local.address}:${predicted.local.port}`).toBe(`${t.selected!.local!.address}:${t.selected!.local!.port}`);
      expect(`${predicted.remote.address}:${predicted.remote.port}`).toBe(`${t.selected!.remote!.address}:${t.selected!.remote!.port}`);
    });
  });

  it('after the ICE restart, pairs of the new generation only', () => {
    const [a] = pcs;
    const before = dumpIce(result, a!, 1)!;
    const after = dumpIce(result, a!, 3)!;
    expect(after.ufrag.local).not.toBe(before.ufrag.local);
    const port = (p: { local?: { port?: number } }): number | undefined => p.local?.port;
    const beforePorts = new Set(before.actual!.transports[0]!.pairs.flatMap((p) => (p === undefined ? [] : [port(p)])));
    for (const p of after.actual!.transports[0]!.pairs) if (p !== undefined) expect(beforePorts.has(port(p))).toBe(false);
  });
});

describe('the ICE role without stats', () => {
  const stripped = JSON.parse(internalsText) as { PeerConnections: Record<string, { stats?: unknown }> };
  for (const pc of Object.values(stripped.PeerConnections)) delete pc.stats;
  const result = extractDescriptions(JSON.stringify(stripped));
  const [a, b] = result.peerConnections!;

  it('is kept from the first negotiation when the other side re-offers (RFC 8839 §4.4.1.2.1)', () => {
    expect(dumpIce(result, b!, 2)!.role).toMatchObject({ role: 'controlled', source: 'first-negotiation' });
    expect(dumpIce(result, a!, 2)!.role).toMatchObject({ role: 'controlling', source: 'first-negotiation' });
    expect(dumpIce(result, a!, 1)!.role).toMatchObject({ role: 'controlling', source: 'description' });
    expect(dumpIce(result, a!, 3)!.actual).toBeUndefined();
  });
});
