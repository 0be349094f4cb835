/**
 * Where the page's analysis runs. In a browser: a module worker (worker.ts),
 * so a 1.3 MB description never holds the main thread (the page's budget is
 * 50 ms per task); results stream in by view (worker-protocol.ts). Without
 * Worker (jsdom in the component tests, a page opened where workers are
 * refused) the same calls run in this thread and answer at once, so the views
 * behave exactly as before.
 */
import { createContext, startTransition, useContext, useEffect, useMemo, useState } from 'react';
import { extractDescriptions } from '../index.js';
import type { ExtractResult, IceRole, Target } from '../index.js';
import { analyze, checkListsOf, type Analysis, type Side, type TransportView } from './analysis.js';
import { Assembler, joinAnalysis, type AnalysisRest, type Parsed, type Reply, type ReplyKind, type Request } from './worker-protocol.js';

/** An analysis as it grows: `done` false while only the parse is in (the Lines view can draw; lint, diff and the rest are coming). */
export type OnAnalysis = (analysis: Analysis, done: boolean) => void;

export interface Engine {
  /** Answers come before the call returns (no worker). */
  readonly sync: boolean;
  /** Analyses a pair; a newer call supersedes an older one, whose results are never delivered. */
  analyze(offer: string, answer: string, targets: readonly Target[] | undefined, on: OnAnalysis): void;
  /** The check lists of a (complete) analysis this engine delivered; undefined without both descriptions. */
  checkLists(analysis: Analysis, local: Side, role: IceRole | undefined): Promise<TransportView[] | undefined>;
  extract(text: string): Promise<ExtractResult>;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Marks the page's timeline (the browser test reads them): when each stage of an analysis arrived. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export const syncEngine: Engine = {
  sync: true,
  analyze: (offer, answer, targets, on) => {
    const started = now();
    const analysis = analyze(offer, answer, targets);
    const ms = Math.round(now() - started);
    mark(`sdpkit-parsed:${ms}`);
    mark(`sdpkit-analysis:${ms}`);
    on(analysis, true);
  },
  checkLists: (analysis, local, role) => {
    try {
      return Promise.resolve(checkListsOf(analysis, local, role));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  },
  extract: (text) => Promise.resolve(extractDescriptions(text)),
};

interface Waiting {
  kind: ReplyKind;
  ok: (value: unknown) => void;
  fail: (error: Error) => void;
}

/** A question asked of an analysis that a newer one replaced before the worker got to it: not an error, the newer analysis is asked in turn. */
export class StaleRequest extends Error {}

export class WorkerEngine implements Engine {
  readonly sync = false;
  private next = 1;
  private latest = 0;
  private latestRequest: Extract<Request, { kind: 'analyze' }> | undefined;
  private on: OnAnalysis | undefined;
  private parsed: Parsed | undefined;
  private started = 0;
  private readonly assembler = new Assembler();
  private readonly waiting = new Map<number, Waiting>();
  /** Which request each delivered analysis answered (check lists are asked of that one). */
  private readonly ids = new WeakMap<Analysis, number>();
  /** The worker failed to start or died: the page goes on in this thread. */
  private broken = false;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<Reply>) => this.receive(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      this.fallBack();
    };
  }

  analyze(offer: string, answer: string, targets: readonly Target[] | undefined, on: OnAnalysis): void {
    if (this.broken) {
      syncEngine.analyze(offer, answer, targets, on);
      return;
    }
    const id = this.next++;
    this.latest = id;
    this.on = on;
    this.parsed = undefined;
    this.started = now();
    this.assembler.forget(id);
    this.latestRequest = { kind: 'analyze', id, offer, answer, targets };
    this.worker.postMessage(this.latestRequest);
  }

  checkLists(analysis: Analysis, local: Side, role: IceRole | undefined): Promise<TransportView[] | undefined> {
    const of = this.ids.get(analysis);
    if (this.broken || of === undefined) return syncEngine.checkLists(analysis, local, role);
    return this.ask<TransportView[] | undefined>('checkLists', (id) => ({ kind: 'checkLists', id, of, local, role }));
  }

  extract(text: string): Promise<ExtractResult> {
    if (this.broken) return syncEngine.extract(text);
    return this.ask<ExtractResult>('extract', (id) => ({ kind: 'extract', id, text }));
  }

  private ask<T>(kind: ReplyKind, request: (id: number) => Request): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok, fail) => {
      this.waiting.set(id, { kind, ok: ok as (value: unknown) => void, fail });
      this.worker.postMessage(request(id));
    });
  }

  private stale(id: number): boolean {
    return !this.waiting.has(id) && id !== this.latest;
  }

  private receive(reply: Reply): void {
    if (this.stale(reply.id)) return;
    switch (reply.kind) {
      case 'chunk':
        this.assembler.chunk(reply);
        return;
      case 'parsed': {
        this.parsed = this.assembler.finish(reply) as Parsed;
        mark(`sdpkit-parsed:${Math.round(now() - this.started)}`);
        this.on?.({ ...this.parsed, errors: [], ms: 0 }, false);
        return;
      }
      case 'analysis': {
        const analysis = joinAnalysis(this.parsed ?? {}, this.assembler.finish(reply) as AnalysisRest);
        this.ids.set(analysis, reply.id);
        mark(`sdpkit-analysis:${Math.round(now() - this.started)}`);
        this.on?.(analysis, true);
        return;
      }
      case 'error':
        if (reply.of === 'analysis') {
          this.on?.({ ...(this.parsed ?? {}), errors: [`analysis: ${reply.message}`], ms: 0 }, true);
          return;
        }
        this.settle(reply.id, undefined, reply.stale === true ? new StaleRequest(reply.message) : new Error(reply.message));
        return;
      default:
        this.settle(reply.id, this.assembler.finish(reply));
    }
  }

  private settle(id: number, value: unknown, error?: Error): void {
    const w = this.waiting.get(id);
    this.waiting.delete(id);
    if (w === undefined) return;
    if (error !== undefined) w.fail(error);
    else w.ok(value);
  }

  /** Everything still waiting is answered in this thread (slow on a large input, but never lost). */
  private fallBack(): void {
    if (this.broken) return;
    this.broken = true;
    this.worker.terminate();
    const request = this.latestRequest;
    const on = this.on;
    if (request !== undefined && on !== undefined) syncEngine.analyze(request.offer, request.answer, request.targets, on);
    for (const [id, w] of this.waiting) this.settle(id, undefined, new Error(`the analysis worker stopped (${w.kind})`));
  }
}

/** The page's engine: a worker where the browser has module workers, else this thread. */
export function createEngine(): Engine {
  if (typeof Worker !== 'function') return syncEngine;
  try {
    // Vite bundles worker.ts (and the library it imports) as a module worker chunk of its own.
    return new WorkerEngine(new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'sdpkit-analysis' }));
  } catch {
    return syncEngine;
  }
}

export const EngineContext = createContext<Engine>(syncEngine);

export function useEngine(): Engine {
  return useContext(EngineContext);
}

/**
 * The check lists of an analysis, as `local`'s agent builds them with `role`
 * (undefined: the negotiated one). Without a worker they are computed here at
 * once; with one, asked of the worker (exchangeCheckLists takes seconds on
 * 10k candidates), `computing` meanwhile, and an answer to an older question
 * is dropped. An error reaches the view's error boundary either way.
 */
export function useCheckLists(analysis: Analysis, local: Side, role: IceRole | undefined): { transports: TransportView[]; computing: boolean } {
  const engine = useEngine();
  const here = useMemo(() => (engine.sync ? (checkListsOf(analysis, local, role) ?? []) : undefined), [engine, analysis, local, role]);
  const [asked, setAsked] = useState<{ key: readonly unknown[]; transports?: TransportView[]; error?: Error }>({ key: [] });
  useEffect(() => {
    if (engine.sync) return;
    let current = true;
    const key = [analysis, local, role];
    engine.checkLists(analysis, local, role).then(
      // A transition: React draws the new lists in slices, so a large one never blocks the page in one task.
      (transports) => current && startTransition(() => setAsked({ key, transports: transports ?? [] })),
      (error: unknown) => {
        // The analysis was replaced while the question waited: the newer one's question follows (this effect runs again for it).
        if (error instanceof StaleRequest) return;
        if (current) setAsked({ key, error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, [engine, analysis, local, role]);
  if (here !== undefined) return { transports: here, computing: false };
  const answered = asked.key[0] === analysis && asked.key[1] === local && asked.key[2] === role;
  if (answered && asked.error !== undefined) throw asked.error;
  return answered && asked.transports !== undefined ? { transports: asked.transports, computing: false } : { transports: [], computing: true };
}
