import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canPair, checkList, checkListGrid, ordinal, type CheckListGrid, type GridCell, type GridListInput, type IceRole } from '../../src/ice/index.js';
import { dumpIce, exchangeCheckLists, extractDescriptions } from '../../src/index.js';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';
import { arbCandidate } from '../arbitraries/candidates.js';
import { cand, corpusCandidates, hasCorpus, noCorpusMessage } from './helpers.js';
import { candidates as generated } from './generated.js';
import { parseCandidate } from '../../src/parser/index.js';

const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

/** A cell in a few characters: `W1*` Waiting 1st, first nominated; `F3` Frozen 3rd; `p:redundant`; `x` impossible. */
function code(c: GridCell): string {
  if (c.kind === 'pair') return `${c.state![0]}${c.rank}${c.firstNominated ? '*' : ''}${c.actual !== undefined ? `/${c.actual.state}` : ''}${c.selected ? '!' : ''}`;
  if (c.kind === 'pruned') return `p:${c.reason ?? '?'}`;
  return c.kind === 'impossible' ? 'x' : 's';
}
const codes = (g: CheckListGrid) => g.cells.map((row) => row.map(code));
const rowsOf = (g: CheckListGrid) => g.rows.map((r) => `${r.type} ${r.endpoint} ${r.protocol} line ${r.line ?? '-'}`);
const columnsOf = (g: CheckListGrid) => g.columns.map((r) => `${r.type} ${r.endpoint} ${r.protocol} line ${r.line ?? '-'}`);

function listOf(local: readonly Candidate[], remote: readonly Candidate[], role: IceRole, limit?: number): GridListInput {
  return {
    localCandidates: local.map((candidate) => ({ candidate })),
    remoteCandidates: remote.map((candidate) => ({ candidate })),
    checkList: checkList(local, remote, limit === undefined ? { role } : { role, limit }),
  };
}

describe('checkListGrid: the example Chrome offer × Firefox answer', () => {
  it('offerer (controlling): rows and columns by priority, every cell said', () => {
    const [t] = exchangeCheckLists(offer, answer, { local: 'offer' });
    const g = checkListGrid(t!);
    expect(rowsOf(g)).toEqual([
      'host 192.168.1.23:51372 udp line 11',
      'host 10.0.2.15:53481 udp line 12',
      'srflx 203.0.113.7:51372 udp line 14',
      'host 192.168.1.23:9 tcp active line 13',
      'relay 198.51.100.20:61284 udp line 15',
    ]);
    expect(columnsOf(g)).toEqual(['host 192.168.1.50:56789 udp line 11', 'host 192.168.1.50:9 tcp active line 12', 'srflx 203.0.113.50:56789 udp line 13']);
    expect(codes(g)).toEqual([
      ['W1*', 'x', 'W3'],
      ['W2', 'x', 'W4'],
      ['p:redundant', 'x', 'p:redundant'],
      ['x', 'x', 'x'],
      ['W5', 'x', 'W6'],
    ]);
    expect(g.rows[2]!.base).toBe('192.168.1.23:51372');
    expect(g.cells[0]![0]!).toMatchObject({ priority: 9115005270282354175n, rankText: '1st of 6' });
    expect(g.cells[1]![2]!.rankText).toBe('4th of 6');
    expect(g.cells[0]![1]!.why).toBe('transports differ (udp and TCP)');
    expect(g.cells[3]![1]!.text).toBe('host 192.168.1.23:9 → host 192.168.1.50:9: no pair, tcptype active does not pair with active (RFC 6544 §6.2)');
    expect(g.cells[2]![0]!.why).toMatch(/^redundant with the pair of priority 9115005270282354175 from the same local base 192\.168\.1\.23 51372/);
    expect(g.firstNominated).toMatchObject({ row: 0, column: 0 });
    expect(g.firstNominated!.text).toBe(
      'host 192.168.1.23:51372 → host 192.168.1.50:56789: Waiting, pair priority 9115005270282354175, 1st of 6 in the check list; nominated first when every check succeeds (highest priority)',
    );
    expect(g.counts).toEqual({ pair: 6, pruned: 2, impossible: 7, skipped: 0 });
    expect([g.pairs, g.shownPairs, g.more]).toEqual([6, 6, { rows: 0, columns: 0 }]);
    expect(g.selected).toBeUndefined();
    expect(g.description).toBe(
      'Check list grid: 5 local candidates (rows) × 3 remote candidates (columns). 6 pairs in the list (6 Waiting, 0 Frozen), 2 pairs pruned; drawn: 7 couples that cannot pair. Nominated first when every check succeeds: host 192.168.1.23:51372 → host 192.168.1.50:56789, pair priority 9115005270282354175.',
    );
  });

  it('answerer (controlled): the same couples seen from the other side, its srflx row pruned as redundant', () => {
    const [t] = exchangeCheckLists(offer, answer, { local: 'answer' });
    const g = checkListGrid(t!);
    expect(rowsOf(g)).toEqual(['host 192.168.1.50:56789 udp line 11', 'host 192.168.1.50:9 tcp active line 12', 'srflx 203.0.113.50:56789 udp line 13']);
    expect(codes(g)).toEqual([
      ['W1*', 'W2', 'W3', 'x', 'W4'],
      ['x', 'x', 'x', 'x', 'x'],
      ['p:redundant', 'p:redundant', 'p:redundant', 'x', 'p:redundant'],
    ]);
    expect(g.cells[0]![4]!.rankText).toBe('4th of 4');
  });

  it('an RTCP component shares the RTP foundations: its pairs are Frozen (RFC 8445 §6.1.2.6), component 1 × 2 cannot pair', () => {
    const o = offer.replace(/(a=candidate:1467250027 1 udp[^\r\n]*\r?\n)/, '$1a=candidate:1467250027 2 udp 2122260222 192.168.1.23 51373 typ host\r\n');
    const a = answer.replace(/(a=candidate:0 1 UDP[^\r\n]*\r?\n)/, '$1a=candidate:0 2 UDP 2122252542 192.168.1.50 56790 typ host\r\n');
    const g = checkListGrid(exchangeCheckLists(o, a)[0]!);
    expect(rowsOf(g).slice(0, 2)).toEqual(['host 192.168.1.23:51372 udp line 11', 'host 192.168.1.23:51373 udp line 12']);
    expect(columnsOf(g).slice(0, 2)).toEqual(['host 192.168.1.50:56789 udp line 11', 'host 192.168.1.50:56790 udp line 12']);
    expect(codes(g).slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      ['W1*', 'x'],
      ['x', 'F2'],
    ]);
    expect(g.cells[1]![0]!.why).toBe('components differ (2 and 1)');
  });

  it('names ranks in English', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });
});

describe.skipIf(!hasCorpus)('checkListGrid: Firefox with TURN relays (webrtc-sdp 11.sdp) against the Chrome offer', () => {
  if (!hasCorpus) console.warn(noCorpusMessage);
  it('two components: component 2 pairs with nothing of a component-1-only peer; relays pair; srflx rows are redundant', () => {
    const local = corpusCandidates('webrtc-sdp/11.sdp', 0);
    const remote = exchangeCheckLists(offer, answer)[0]!.localCandidates.map((c) => c.candidate);
    const g = checkListGrid(listOf(local, remote, 'controlled'));
    expect(rowsOf(g)).toEqual([
      'host 10.0.0.36:62453 udp line -',
      'host 10.0.0.36:55428 udp line -',
      'srflx 24.6.134.204:62453 udp line -',
      'srflx 24.6.134.204:55428 udp line -',
      'relay 162.222.183.171:49761 udp line -',
      'relay 162.222.183.171:62454 udp line -',
      'relay 162.222.183.171:51858 udp line -',
      'relay 162.222.183.171:50340 udp line -',
    ]);
    expect(columnsOf(g).map((c) => c.split(' ')[1])).toEqual(['192.168.1.23:51372', '10.0.2.15:53481', '203.0.113.7:51372', '192.168.1.23:9', '198.51.100.20:61284']);
    expect(codes(g)).toEqual([
      // The local host × the remote relay ranks below the local relay × the remote hosts: MIN(G, D) leads the pair priority.
      ['W1*', 'W2', 'W3', 'x', 'W7'],
      ['x', 'x', 'x', 'x', 'x'],
      ['p:redundant', 'p:redundant', 'p:redundant', 'x', 'p:redundant'],
      ['x', 'x', 'x', 'x', 'x'],
      ['W4', 'W5', 'W6', 'x', 'W8'],
      ['x', 'x', 'x', 'x', 'x'],
      ['W9', 'W10', 'W11', 'x', 'W12'],
      ['x', 'x', 'x', 'x', 'x'],
    ]);
    expect(g.cells[1]![0]!.why).toBe('components differ (2 and 1)');
  });

  it('a reflexive candidate that hides its base (raddr 0.0.0.0, as Chrome sends beside an mDNS host): its pairs are pruned no-base', () => {
    const local = [
      cand('candidate:3359640542 1 udp 2122262783 5c3e7b5a-6d1c-4d67-9d6e-0fbd1a2b3c4d.local 59386 typ host generation 0 network-id 1'),
      cand('candidate:1124521219 1 udp 1686055167 203.0.113.9 59386 typ srflx raddr 0.0.0.0 rport 0 generation 0 network-id 1'),
    ];
    const remote = [cand('candidate:0 1 UDP 2122252543 192.168.1.50 56789 typ host'), cand('candidate:1 1 UDP 2122187007 2001:db8::50 56790 typ host')];
    const g = checkListGrid(listOf(local, remote, 'controlling'));
    expect(codes(g)).toEqual([
      ['W1*', 'W2'],
      ['p:no-base', 'x'],
    ]);
    expect(g.cells[1]![0]!.why).toMatch(/hides its base \(raddr 0\.0\.0\.0 0\)/);
    expect(g.cells[1]![1]!.why).toBe('address families differ (ipv4 and ipv6)');
  });
});

describe('checkListGrid: a real Chromium offer answered by Firefox on loopback (test/fixtures/pairs/ice-restart-chromium-firefox)', () => {
  it('one pair: IPv4 UDP with IPv4 UDP; ::1 does not pair with 127.0.0.1, and both sides are TCP active only, so no TCP pair', () => {
    const dir = new URL('../fixtures/pairs/ice-restart-chromium-firefox/', import.meta.url);
    const o = readFileSync(new URL('offer-1.sdp', dir), 'utf8');
    const a = readFileSync(new URL('answer-1.sdp', dir), 'utf8');
    const g = checkListGrid(exchangeCheckLists(o, a, { local: 'answer' })[0]!);
    expect(rowsOf(g)).toEqual(['host [::1]:45517 udp line 14', 'host 127.0.0.1:35413 udp line 13', 'host [::1]:9 tcp active line 16', 'host 127.0.0.1:9 tcp active line 15']);
    expect(columnsOf(g)).toEqual(['host 127.0.0.1:50158 udp line 11', 'host 127.0.0.1:9 tcp active line 12']);
    expect(codes(g)).toEqual([
      ['x', 'x'],
      ['W1*', 'x'],
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(g.cells.flat().map((c) => c.why ?? '')).toEqual([
      'address families differ (ipv6 and ipv4)',
      'transports differ (UDP and tcp)',
      '',
      'transports differ (UDP and tcp)',
      'transports differ (TCP and udp)',
      'tcptype active does not pair with active (RFC 6544 §6.2)',
      'transports differ (TCP and udp)',
      'tcptype active does not pair with active (RFC 6544 §6.2)',
    ]);
    expect(g.firstNominated!.text).toBe(
      'host 127.0.0.1:35413 → host 127.0.0.1:50158: Waiting, pair priority 9114723795305643519, 1st of 1 in the check list; nominated first when every check succeeds (highest priority)',
    );
  });
});

describe('checkListGrid with what a real dump says (chromium-internals.json.gz)', () => {
  const text = gunzipSync(readFileSync(new URL('../fixtures/dumps/chromium-internals.json.gz', import.meta.url))).toString('utf8');
  const raw = JSON.parse(text) as { PeerConnections: Record<string, { stats: Record<string, { statsType: string; values: string }> }> };
  const result = extractDescriptions(text);
  /** The raw dump's last selected pair of a peer connection, as `address:port → address:port`, read without the library. */
  function rawSelected(pcId: string): string {
    const stats = raw.PeerConnections[pcId]!.stats;
    const last = (key: string): string => {
      const values = JSON.parse(stats[key]!.values) as (string | number)[];
      return String(values.at(-1));
    };
    const transportKey = Object.keys(stats).find((k) => k.endsWith('-selectedCandidatePairId') && stats[k]!.statsType === 'transport')!;
    const pair = last(transportKey);
    const end = (side: 'local' | 'remote') => {
      const id = last(`${pair}-${side}CandidateId`);
      return `${last(`${id}-address`)}:${last(`${id}-port`)}`;
    };
    return `${end('local')} → ${end('remote')}`;
  }

  it.each(result.peerConnections!.map((pc) => [pc.label, pc] as const))('%s: the grid marks the raw dump’s selected pair, succeeded, over the predicted Waiting', (_label, pc) => {
    const k = pc.negotiations.filter((n) => n.offer !== undefined && n.answer !== undefined && n.rolledBack !== true).at(-1)!.number;
    const ice = dumpIce(result, pc, k)!;
    const list = ice.checkLists[0]!;
    const g = checkListGrid(list, ice.actual!.transports.find((t) => t.key === list.key));
    expect(g.selected).toBeDefined();
    const cell = g.cells[g.selected!.row]![g.selected!.column]!;
    expect(`${g.rows[cell.row]!.endpoint} → ${g.columns[cell.column]!.endpoint}`).toBe(rawSelected(pc.id));
    expect(cell).toMatchObject({ kind: 'pair', state: 'Waiting', selected: true, actual: { state: 'succeeded', nominated: true } });
    expect(codes(g)).toEqual([
      ['W1*/succeeded!', 'x'],
      ['x', 'x'],
    ]);
    expect(g.description).toMatch(/Actually selected: host 127\.0\.0\.1:\d+ → host 127\.0\.0\.1:\d+, 1st of 1\.$/);
  });

  it('says so when the selected pair is not one the list predicts', () => {
    const [t] = exchangeCheckLists(offer, answer);
    const g = checkListGrid(t!, {
      pairs: [],
      selected: { stats: { id: 'CP1', state: 'succeeded', nominated: true }, local: { candidateType: 'prflx', address: '192.0.2.1', port: 4000, protocol: 'udp' }, remote: { candidateType: 'host', address: '192.168.1.50', port: 56789 } },
    });
    expect(g.selected).toBeUndefined();
    expect(g.selectedElsewhere).toBe('prflx 192.0.2.1:4000 → host 192.168.1.50:56789 (udp), a pair the check list does not have');
    // Without stats for a listed pair, it was never checked.
    expect(g.cells[0]![0]!.actual).toEqual({ state: 'never checked', nominated: false });
  });
});

describe('checkListGrid on large inputs', () => {
  it('10,000 candidates a side: at most maxRows × maxColumns cells, the listed pairs first, the rest counted', () => {
    const local = generated(0, 10_000, parseCandidate);
    const remote = generated(1, 10_000, parseCandidate);
    const list = listOf(local, remote, 'controlling');
    const started = performance.now();
    const g = checkListGrid(list, undefined, { maxRows: 20, maxColumns: 20 });
    const ms = performance.now() - started;
    expect(g.rows.length).toBe(20);
    expect(g.columns.length).toBe(20);
    expect(g.cells.flat().length).toBe(400);
    expect(g.more).toEqual({ rows: 9_980, columns: 9_980 });
    expect(g.firstNominated).toMatchObject({ row: 0, column: 0 });
    expect(g.cells[0]![0]!.rank).toBe(1);
    expect(g.pairs).toBe(100);
    expect(g.shownPairs).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1_000);
  });
});

// ---- properties ----------------------------------------------------------

const arbList = fc.record({
  local: fc.array(arbCandidate('local'), { maxLength: 8 }),
  remote: fc.array(arbCandidate('remote'), { maxLength: 8 }),
  role: fc.constantFrom<IceRole>('controlling', 'controlled'),
  limit: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
});

describe('checkListGrid properties', () => {
  it('every listed pair is in exactly one cell, at its own local row and remote column, with its rank', () => {
    fc.assert(
      fc.property(arbList, ({ local, remote, role, limit }) => {
        const list = listOf(local, remote, role, limit);
        const g = checkListGrid(list);
        const seen = new Map<number, number>();
        for (const cell of g.cells.flat()) {
          if (cell.kind !== 'pair') continue;
          const p = list.checkList.pairs[cell.rank! - 1]!;
          expect([g.rows[cell.row]!.index, g.columns[cell.column]!.index]).toEqual([p.localIndex, p.remoteIndex]);
          expect(cell.priority).toBe(p.priority);
          seen.set(cell.rank!, (seen.get(cell.rank!) ?? 0) + 1);
        }
        expect(seen.size).toBe(list.checkList.pairs.length);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        expect(g.cells.flat().length).toBe(local.length * remote.length);
      }),
    );
  });

  it('the first-nominated cell is the list’s highest-priority pair, and the only one marked', () => {
    fc.assert(
      fc.property(arbList, ({ local, remote, role, limit }) => {
        const list = listOf(local, remote, role, limit);
        const g = checkListGrid(list);
        const marked = g.cells.flat().filter((c) => c.firstNominated);
        const pairs = list.checkList.pairs;
        if (pairs.length === 0) {
          expect(marked).toEqual([]);
          expect(g.firstNominated).toBeUndefined();
          return;
        }
        const max = pairs.reduce((m, p) => (p.priority > m ? p.priority : m), 0n);
        expect(marked).toHaveLength(1);
        expect(marked[0]!.priority).toBe(max);
        expect(marked[0]!.rank).toBe(1);
        expect([g.firstNominated!.row, g.firstNominated!.column]).toEqual([marked[0]!.row, marked[0]!.column]);
      }),
    );
  });

  it('a cell is impossible exactly when canPair says no, and every cell is one of the four kinds', () => {
    fc.assert(
      fc.property(arbList, ({ local, remote, role, limit }) => {
        const list = listOf(local, remote, role, limit);
        const g = checkListGrid(list, undefined, { maxRows: 5, maxColumns: 5 });
        expect(g.rows.length).toBeLessThanOrEqual(5);
        expect(g.columns.length).toBeLessThanOrEqual(5);
        for (const cell of g.cells.flat()) {
          const listed = list.checkList.pairs.some((p) => p.localIndex === g.rows[cell.row]!.index && p.remoteIndex === g.columns[cell.column]!.index);
          expect(cell.kind === 'pair').toBe(listed);
          expect(cell.kind === 'impossible').toBe(!canPair(g.rows[cell.row]!.candidate, g.columns[cell.column]!.candidate).ok);
        }
        expect(g.counts.pair + g.counts.pruned + g.counts.impossible + g.counts.skipped).toBe(g.rows.length * g.columns.length);
      }),
    );
  });
});
