import { describe, expect, it } from 'vitest';
import { analyze, checkListsOf, type Analysis, type TransportView } from '../../src/web/analysis.js';
import { StaleRequest, WorkerEngine } from '../../src/web/engine.js';
import { Assembler, CHUNK, createHandler, joinAnalysis, pack, type AnalysisRest, type Parsed, type Reply, type Request } from '../../src/web/worker-protocol.js';
import { exampleAnswer, exampleOffer } from './helpers.js';

/** The handler with its replies recorded and its deferred runs under the test's control. */
function harness() {
  const replies: Reply[] = [];
  const deferred: (() => void)[] = [];
  const handle = createHandler(
    (r) => replies.push(structuredClone(r)),
    (run) => deferred.push(run),
  );
  const flush = (): void => {
    while (deferred.length > 0) deferred.shift()!();
  };
  return { replies, handle, flush };
}

/** What the page assembles from a list of replies for one request. */
function assemble(replies: Reply[], id: number): Map<string, unknown> {
  const a = new Assembler();
  const out = new Map<string, unknown>();
  for (const r of replies) {
    if (r.id !== id) continue;
    if (r.kind === 'chunk') a.chunk(r);
    else if (r.kind === 'error') out.set('error', r);
    else out.set(r.kind, a.finish(r));
  }
  return out;
}

/** The example offer with n more host candidates. */
function offerWith(n: number): string {
  const extra = Array.from({ length: n }, (_, i) => `a=candidate:${9000 + i} 1 udp ${2122260223 - i} 10.0.${i >> 8}.${i & 255} ${10000 + i} typ host generation 0`);
  return exampleOffer.replace(/(a=candidate:1467250027 1 udp[^\r\n]*\r\n)/, `$1${extra.join('\r\n')}\r\n`);
}

describe('pack and Assembler', () => {
  it('send arrays longer than CHUNK in chunks and put them back, shared runs once', () => {
    const lines = Array.from({ length: CHUNK * 2 + 7 }, (_, i) => ({ n: i }));
    const value = { doc: { lines, media: [{ lines: lines.slice(5, CHUNK + 9) }] }, small: [1, 2, 3], big: 10n };
    const { skeleton, arrays } = pack(value);
    expect(arrays.map((a) => a.items.length)).toEqual([lines.length, 0]);
    expect(arrays[1]!.from).toEqual({ slot: 0, start: 5, length: CHUNK + 4 });
    // The worker's value is not touched.
    expect(value.doc.lines).toBe(lines);
    const replies: Reply[] = [];
    arrays.forEach((a, slot) => {
      for (let at = 0; at < a.items.length; at += CHUNK) replies.push(structuredClone({ kind: 'chunk', id: 1, slot, items: a.items.slice(at, at + CHUNK) }));
    });
    expect(replies).toHaveLength(3);
    replies.push(structuredClone({ kind: 'parsed', id: 1, value: skeleton, slots: arrays.map(({ paths, from }, slot) => ({ slot, paths, ...(from ? { from } : {}) })) }));
    expect(assemble(replies, 1).get('parsed')).toEqual(value);
  });
});

describe('the worker handler', () => {
  it('streams the parse before the analysis; joined, they are analyze()’s result', () => {
    const { replies, handle, flush } = harness();
    const offer = offerWith(CHUNK + 100);
    handle({ kind: 'analyze', id: 1, offer, answer: exampleAnswer });
    expect(replies).toEqual([]);
    flush();
    const kinds = replies.filter((r) => r.kind !== 'chunk').map((r) => r.kind);
    expect(kinds).toEqual(['parsed', 'analysis']);
    // Big arrays came as chunks, before their reply.
    expect(replies.filter((r) => r.kind === 'chunk').length).toBeGreaterThan(2);
    const got = assemble(replies, 1);
    const parsed = got.get('parsed') as Parsed;
    expect(parsed.offer!.result.document.lines.length).toBeGreaterThan(CHUNK);
    expect(parsed.offer!.diagnostics).toEqual(parsed.offer!.result.diagnostics);
    const joined = joinAnalysis(parsed, got.get('analysis') as AnalysisRest);
    const expected = analyze(offer, exampleAnswer);
    expect({ ...joined, ms: 0 }).toEqual({ ...expected, ms: 0 });
  });

  it('latest wins: requests that arrive while one waits replace it', () => {
    const { replies, handle, flush } = harness();
    handle({ kind: 'analyze', id: 1, offer: exampleOffer, answer: '' });
    handle({ kind: 'analyze', id: 2, offer: exampleOffer, answer: exampleAnswer });
    handle({ kind: 'analyze', id: 3, offer: '', answer: exampleAnswer });
    flush();
    expect(new Set(replies.map((r) => r.id))).toEqual(new Set([3]));
    const got = assemble(replies, 3);
    expect((got.get('parsed') as Parsed).offer).toBeUndefined();
    expect((got.get('parsed') as Parsed).answer!.text).toBe(exampleAnswer);
  });

  it('answers check lists of the latest analysis, and refuses older ones', () => {
    const { replies, handle, flush } = harness();
    handle({ kind: 'analyze', id: 1, offer: exampleOffer, answer: exampleAnswer });
    flush();
    handle({ kind: 'checkLists', id: 2, of: 1, local: 'answer', role: 'controlling' });
    handle({ kind: 'checkLists', id: 3, of: 0, local: 'offer' });
    const lists = assemble(replies, 2).get('checkLists');
    expect(lists).toEqual(checkListsOf(analyze(exampleOffer, exampleAnswer), 'answer', 'controlling'));
    // The pictures come with the lists, so the page does not compute them on its own thread.
    const first = (lists as TransportView[])[0]!;
    expect(first.pictures.grid.pairs).toBe(first.checkList.pairs.length);
    expect([first.pictures.grid.rows.length, first.pictures.grid.columns.length]).toEqual([first.localCandidates.length, first.remoteCandidates.length]);
    expect(first.pictures.local.groups.flatMap((g) => g.nodes).length).toBe(first.localCandidates.length);
    expect(assemble(replies, 3).get('error')).toMatchObject({ kind: 'error', of: 'checkLists', stale: true });
  });

  it('reports errors instead of throwing them', () => {
    const { replies, flush } = harness();
    // Texts that throw when read make the library throw inside the handler (structuredClone would refuse them: no clone here).
    const handler = createHandler((r) => replies.push(r), (run) => run());
    const boom = { toString: () => { throw new Error('boom'); }, trim: () => { throw new Error('boom'); } };
    expect(() => handler({ kind: 'extract', id: 4, text: boom } as unknown as Request)).not.toThrow();
    expect(() => handler({ kind: 'analyze', id: 5, offer: boom, answer: '' } as unknown as Request)).not.toThrow();
    expect(replies).toEqual([
      { kind: 'error', id: 4, of: 'extract', message: 'boom' },
      { kind: 'error', id: 5, of: 'analysis', message: 'boom' },
    ]);
    flush();
  });
});

describe('WorkerEngine with the real handler behind a fake Worker', () => {
  /** A Worker whose messages go to the protocol's handler and back, each hop as a task of its own (like a real one). */
  function fakeWorker() {
    const worker = {
      onmessage: null as ((e: MessageEvent<Reply>) => void) | null,
      onerror: null as unknown,
      postMessage(request: Request) {
        setTimeout(() => handle(structuredClone(request)), 0);
      },
      terminate() {},
    };
    const handle = createHandler((reply) => setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent<Reply>), 0));
    return worker as unknown as Worker;
  }

  it('a question asked of a replaced analysis is StaleRequest, not an error; the new analysis is answered', async () => {
    const engine = new WorkerEngine(fakeWorker());
    const first = await new Promise<Analysis>((ok) => engine.analyze(exampleOffer, exampleAnswer, undefined, (a, done) => done && ok(a)));
    // A new text was analysed before the worker got the question a view still showing the first analysis asked.
    const second = await new Promise<Analysis>((ok) => engine.analyze(exampleOffer, exampleAnswer.replace('a=setup:active', 'a=setup:passive'), undefined, (a, done) => done && ok(a)));
    await expect(engine.checkLists(first, 'offer', undefined)).rejects.toBeInstanceOf(StaleRequest);
    const lists = await engine.checkLists(second, 'offer', undefined);
    expect(lists?.[0]?.pictures.grid.pairs).toBeGreaterThan(0);
  });
});
