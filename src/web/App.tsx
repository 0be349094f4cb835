import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { dumpIce, format, parse, redactDescriptions, type Target } from '../index.js';
import { analyze, type Analysis, type Side } from './analysis.js';
import { createEngine, EngineContext, type Engine } from './engine.js';
import { EditPanel } from './components/EditPanel.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { DumpTimeline } from './components/DumpTimeline.js';
import { ExtractChooser } from './components/ExtractChooser.js';
import { ExtractNotice } from './components/ExtractNotice.js';
import { InputPanel } from './components/InputPanel.js';
import { JumpContext, type Jump } from './components/jump.js';
import { SharePanel } from './components/SharePanel.js';
import { Tabs, type TabDef } from './components/Tabs.js';
import { exampleAnswer, exampleOffer } from './examples.js';
import { applyPick, defaultPick, loadedNegotiation, type Pick, type Received } from './extraction.js';
import { decodeFragment } from './share.js';
import { count } from './text.js';
import { CodecsView } from './views/CodecsView.js';
import { IceView } from './views/IceView.js';
import { LinesView, type LineTarget } from './views/LinesView.js';
import { LintView } from './views/LintView.js';
import { NegotiationView } from './views/NegotiationView.js';

/** Re-analysis waits this long after the last keystroke. */
export const DEBOUNCE_MS = 150;

export type TabId = 'lines' | 'negotiation' | 'codecs' | 'ice' | 'lint';
const TAB_IDS: readonly TabId[] = ['lines', 'negotiation', 'codecs', 'ice', 'lint'];

export interface AppProps {
  initialOffer: string;
  initialAnswer: string;
  /** A message to show on load (e.g. a share link that did not decode). */
  notice?: string;
  initialTab?: TabId;
}

/** A pasted or opened input that was not one plain SDP: what the boxes hold came from it. */
interface Extraction {
  received: Received;
  /** What was loaded; undefined when nothing was found (the text went into the box as it is) or nothing is picked yet. */
  pick?: Pick;
  /** The chooser is open. */
  choosing: boolean;
}

/** Input that is only white space: nothing to say about it. */
const BLANK = new Set(['extract-empty-input']);

/** The first m= line of the first description (0 when there is none). */
function firstLine(a: Analysis): { side: Side; line: number } {
  const side = a.offer ?? a.answer;
  return { side: side?.side ?? 'offer', line: side?.result.document.media[0]?.lines[0]?.source?.line ?? 0 };
}

function problemCount(a: Analysis): number {
  return (a.offer?.diagnostics.length ?? 0) + (a.answer?.diagnostics.length ?? 0) + (a.diff?.findings.length ?? 0);
}

export function App({ initialOffer, initialAnswer, notice, initialTab = 'lines' }: AppProps) {
  const [offer, setOffer] = useState(initialOffer);
  const [answer, setAnswer] = useState(initialAnswer);
  // The engines lint judges for (Lint view); undefined: the library's default, Chromium and Firefox.
  const [targets, setTargets] = useState<readonly Target[] | undefined>(undefined);
  // The analysis runs in a worker where there is one (engine.ts): the page's main thread never parses,
  // not even the first time. Without a worker (component tests) the first analysis is there at once.
  const [engine] = useState<Engine>(createEngine);
  const [analysis, setAnalysis] = useState<Analysis>(() => (engine.sync ? analyze(initialOffer, initialAnswer) : { errors: [], ms: 0 }));
  /** The analysis is complete (false while only the parse is in: the Lines view draws, the other views wait). */
  const [done, setDone] = useState(engine.sync);
  /**
   * The latest complete analysis: the views other than Lines draw it while a
   * newer one is computed, so they stay mounted (the reader's choices in them,
   * such as the ICE local agent, survive typing) instead of blinking to "Analysing…".
   */
  const [settledAnalysis, setSettledAnalysis] = useState<Analysis | undefined>(() => (engine.sync ? analysis : undefined));
  /** An analysis was asked for and its complete result has not come back yet. */
  const [inFlight, setInFlight] = useState(!engine.sync);
  const analysed = useRef({ offer: initialOffer, answer: initialAnswer });
  const [tab, setTab] = useState<TabId>(initialTab);
  // The Lines view opens on the first m= line, so a new user sees an explanation at once.
  const [target, setTarget] = useState<LineTarget>(() => ({ ...firstLine(analysis), seq: 0 }));
  const deliver = useCallback((next: Analysis, complete: boolean) => {
    setAnalysis(next);
    setDone(complete);
    if (complete) {
      setInFlight(false);
      setSettledAnalysis(next);
    }
    // The first analysis came from the worker: select its first m= line, unless the user went elsewhere meanwhile.
    setTarget((t) => (t.line === 0 && t.seq === 0 ? { ...firstLine(next), seq: 0 } : t));
  }, []);
  useEffect(() => {
    if (!engine.sync) engine.analyze(initialOffer, initialAnswer, undefined, deliver);
    // Only the first texts: later ones are analysed where they change.
  }, [engine]);
  const [sharing, setSharing] = useState(false);
  /** The side being edited, and the texts before each applied edit (for undo). */
  const [editing, setEditing] = useState<Side | undefined>(undefined);
  const [undo, setUndo] = useState<{ offer: string; answer: string }[]>([]);
  const [status, setStatus] = useState(notice ?? '');
  const [extraction, setExtraction] = useState<Extraction | undefined>(undefined);

  const run = useCallback((o: string, a: string) => {
    analysed.current = { offer: o, answer: a };
    setInFlight(true);
    engine.analyze(o, a, targets, deliver);
  }, [targets, engine, deliver]);
  /** New text in a box: the Lines view drops its selection there (the old line number means nothing in the new text). */
  const fresh = useCallback((...sides: Side[]) => {
    setTarget((t) => (sides.includes(t.side) ? { side: t.side, line: 0, seq: t.seq + 1 } : t));
  }, []);
  const chooseTargets = useCallback((next: readonly Target[] | undefined) => {
    setTargets(next);
    setInFlight(true);
    engine.analyze(analysed.current.offer, analysed.current.answer, next, deliver);
  }, [engine, deliver]);

  // Debounced re-analysis while typing.
  useEffect(() => {
    if (analysed.current.offer === offer && analysed.current.answer === answer) return;
    const id = setTimeout(() => run(offer, answer), DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [offer, answer, run]);

  /** Replaces both texts and analyses them at once (actions, links). */
  const replace = useCallback(
    (o: string, a: string) => {
      setOffer(o);
      setAnswer(a);
      run(o, a);
    },
    [run],
  );

  const load = useCallback(
    (received: Received, pick: Pick) => {
      const next = applyPick(pick, { offer, answer }, received.side);
      replace(next.offer, next.answer);
      fresh('offer', 'answer');
      setExtraction({ received, pick, choosing: false });
    },
    [offer, answer, replace, fresh],
  );

  /** A whole paste, a dropped or an opened file (see InputPanel). */
  const receive = useCallback(
    (received: Received) => {
      const { result } = received;
      if (received.plain || result.descriptions.length === 0) {
        // One raw SDP, or no SDP at all: the box takes the text as it is and the parser diagnoses it.
        (received.side === 'offer' ? setOffer : setAnswer)(received.text);
        fresh(received.side);
        const said = result.diagnostics.some((d) => !BLANK.has(d.code));
        setExtraction(received.plain || !said ? undefined : { received, choosing: false });
        return;
      }
      // The status line would otherwise still speak of what the boxes held before.
      setStatus('');
      const pick = defaultPick(result);
      if (pick === undefined) setExtraction({ received, choosing: true });
      else load(received, pick);
    },
    [load, fresh],
  );

  // A share link opened while the page is open.
  useEffect(() => {
    const onHash = (): void => {
      decodeFragment(window.location.hash)
        .then((pair) => {
          if (pair === undefined) return;
          setExtraction(undefined);
          replace(pair.offer, pair.answer);
          fresh('offer', 'answer');
          setStatus('Loaded the SDP from the link.');
        })
        .catch(() => setStatus('The link’s SDP could not be decoded.'));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [replace, fresh]);

  const jump = useCallback<Jump>((side, line) => {
    setTab('lines');
    setTarget((t) => ({ side, line, seq: t.seq + 1 }));
  }, []);
  const onTarget = useCallback((side: Side, line: number, scroll: boolean) => {
    setTarget((t) => ({ side, line, seq: scroll ? t.seq + 1 : t.seq }));
  }, []);

  // Alt+1…5 opens a view from anywhere (e.code, so it works whatever Alt+digit types on the layout).
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const m = /^Digit([1-5])$/.exec(e.code);
      const id = m === null ? undefined : TAB_IDS[Number(m[1]) - 1];
      if (id === undefined) return;
      e.preventDefault();
      setTab(id);
      document.getElementById(`tab-${id}`)?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const swap = (): void => {
    replace(answer, offer);
    fresh('offer', 'answer');
  };

  const redactAll = useCallback(() => {
    const r = redactDescriptions([offer, answer]);
    replace(r.texts[0] ?? '', r.texts[1] ?? '');
    const done = Object.entries(r.replaced).map(([kind, n]) => `${n} ${kind}`);
    setStatus(done.length === 0 ? 'Nothing to redact.' : `Redacted ${done.join(', ')} (the same stand-in everywhere a value appears).`);
  }, [offer, answer, replace]);

  const formatAll = (): void => {
    const f = (t: string): string => (t.trim() === '' ? t : format(parse(t).document));
    replace(f(offer), f(answer));
    setStatus('Formatted: canonical SDP (CRLF, RFC 8866 line order, values rebuilt from the parsed model).');
  };

  const counts = useMemo(() => {
    const lint = problemCount(analysis);
    return {
      codecs: (analysis.offer?.result.document.media ?? []).reduce((n, m) => n + m.codecs.length, 0) + (analysis.answer?.result.document.media ?? []).reduce((n, m) => n + m.codecs.length, 0),
      candidates: (analysis.offer?.candidates.length ?? 0) + (analysis.answer?.candidates.length ?? 0),
      lint,
    };
  }, [analysis]);

  // The boxes hold a dump negotiation's offer and answer as they are: the ICE view shows what really happened.
  const pick = extraction?.pick;
  const dump = useMemo(() => {
    const at = loadedNegotiation(pick, { offer: analysis.offer?.text ?? '', answer: analysis.answer?.text ?? '' });
    if (at === undefined || extraction === undefined) return undefined;
    const { result } = extraction.received;
    return { result, ...at, ice: dumpIce(result, at.pc, at.negotiation.number) };
  }, [pick, analysis, extraction]);
  // Trickled candidates are candidates too (the ICE view lists them in the check list).
  const trickled = dump?.ice === undefined ? 0 : dump.ice.trickled.local.length + dump.ice.trickled.remote.length;
  const tabs: TabDef<TabId>[] = [
    { id: 'lines', label: 'Lines' },
    { id: 'negotiation', label: 'Negotiation', ...(analysis.diff !== undefined ? { badge: analysis.diff.verdict.status } : {}) },
    { id: 'codecs', label: 'Codecs', badge: String(counts.codecs) },
    { id: 'ice', label: 'ICE', badge: String(counts.candidates + trickled) },
    { id: 'lint', label: 'Lint', badge: String(counts.lint) },
  ];

  const timeline = extraction !== undefined && (extraction.received.result.peerConnections ?? []).some((pc) => pc.events.length > 0);

  // The panel renders the tab and the analysis a step behind the tab bar and the boxes: React renders
  // deferred values in slices of a few ms, so opening a view or receiving a large analysis never
  // holds the page for the time of the whole view.
  // At first nothing (undefined): the page's frame commits in one task, the view in a later one.
  const panelTab = useDeferredValue<TabId | undefined>(tab, undefined);
  const panelAnalysis = useDeferredValue(analysis);
  const panelSettled = useDeferredValue(settledAnalysis);
  const verdict = analysis.diff?.verdict.status;
  return (
    <EngineContext.Provider value={engine}>
    <JumpContext.Provider value={jump}>
      <div className="app">
        <header className="app-header">
          <h1>
            sdpkit <span className="muted">web inspector</span>
          </h1>
          <div className="actions" role="toolbar" aria-label="Actions">
            <button
              type="button"
              onClick={() => {
                setExtraction(undefined);
                replace(exampleOffer, exampleAnswer);
                fresh('offer', 'answer');
                setStatus('Loaded the example: a Chrome offer and the Firefox answer to it.');
              }}
            >
              Load example
            </button>
            <button type="button" onClick={redactAll} disabled={offer === '' && answer === ''}>
              Redact
            </button>
            <button type="button" onClick={formatAll} disabled={offer === '' && answer === ''}>
              Format
            </button>
            <button type="button" aria-expanded={editing === 'offer'} onClick={() => setEditing(editing === 'offer' ? undefined : 'offer')} disabled={offer === ''}>
              Edit offer
            </button>
            <button type="button" aria-expanded={editing === 'answer'} onClick={() => setEditing(editing === 'answer' ? undefined : 'answer')} disabled={answer === ''}>
              Edit answer
            </button>
            <button
              type="button"
              disabled={undo.length === 0}
              onClick={() => {
                const last = undo[undo.length - 1]!;
                setUndo(undo.slice(0, -1));
                replace(last.offer, last.answer);
                setStatus('Undid the last edit.');
              }}
            >
              Undo edit
            </button>
            <button type="button" aria-expanded={sharing} onClick={() => setSharing(!sharing)} disabled={offer === '' && answer === ''}>
              Share link
            </button>
          </div>
        </header>
        <p className="status-line" role="status" aria-live="polite">
          {verdict !== undefined && <span className={`verdict-pill verdict-${verdict}`}>negotiation {verdict}</span>}
          <span className="muted">
            {done ? `${count(counts.lint, 'finding')} · analysed in ${analysis.ms} ms` : 'analysing…'} · runs offline in this page, nothing is sent anywhere
          </span>
          {status !== '' && <span className="note">{status}</span>}
        </p>
        {analysis.errors.length > 0 && (
          <div className="panel-error" role="alert">
            sdpkit failed on this input (a bug; please report it): {analysis.errors.join('; ').slice(0, 500)}
          </div>
        )}
        {editing !== undefined && (
          <EditPanel
            side={editing}
            text={editing === 'offer' ? offer : answer}
            onApply={(text, what) => {
              setUndo([...undo, { offer, answer }]);
              if (editing === 'offer') replace(text, answer);
              else replace(offer, text);
              setStatus(`Edited the ${editing}: ${what.toLowerCase()}. Undo edit puts it back.`);
            }}
            onClose={() => setEditing(undefined)}
          />
        )}
        {sharing && <SharePanel offer={offer} answer={answer} onRedact={redactAll} onClose={() => setSharing(false)} />}
        {extraction?.choosing === true && (
          <ExtractChooser
            received={extraction.received}
            onPick={(pick) => load(extraction.received, pick)}
            // Back to what was loaded before, if anything was.
            onCancel={() => setExtraction(extraction.pick === undefined ? undefined : { ...extraction, choosing: false })}
          />
        )}
        {extraction !== undefined && !extraction.choosing && (
          <ExtractNotice
            received={extraction.received}
            pick={extraction.pick}
            onChoose={() => setExtraction({ ...extraction, choosing: true })}
            onDismiss={() => setExtraction(undefined)}
          />
        )}
        {timeline && <DumpTimeline received={extraction.received} loaded={extraction.pick} onPick={(p) => load(extraction.received, p)} />}
        <div className="inputs">
          <InputPanel side="offer" text={offer} analysis={analysis.offer} onChange={setOffer} onReceive={receive} onSwap={swap} />
          <InputPanel side="answer" text={answer} analysis={analysis.answer} onChange={setAnswer} onReceive={receive} onSwap={swap} />
        </div>
        <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Views" />
        {/* Busy while the view may still change: typed text waiting for its analysis, an analysis not complete yet, or a view a render behind. */}
        <main role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} aria-busy={inFlight || !done || analysed.current.offer !== offer || analysed.current.answer !== answer || panelAnalysis !== analysis || panelSettled !== settledAnalysis || panelTab !== tab} className="panel" tabIndex={-1}>
          <ErrorBoundary resetKey={panelTab === 'lines' ? panelAnalysis : panelSettled}>
            {panelTab === 'lines' && <LinesView analysis={panelAnalysis} target={target} onTarget={onTarget} />}
            {/* The other views need lint, the diff or more: until the worker sends them, they wait. */}
            {panelTab !== undefined && panelTab !== 'lines' && panelSettled === undefined && (
              <p className="empty computing" role="status">
                Analysing… (the Lines view is ready)
              </p>
            )}
            {panelSettled !== undefined && panelTab === 'negotiation' && <NegotiationView analysis={panelSettled} />}
            {panelSettled !== undefined && panelTab === 'codecs' && <CodecsView analysis={panelSettled} />}
            {panelSettled !== undefined && panelTab === 'ice' && <IceView analysis={panelSettled} dump={dump} />}
            {panelSettled !== undefined && panelTab === 'lint' && <LintView analysis={panelSettled} targets={targets} onTargets={chooseTargets} />}
          </ErrorBoundary>
        </main>
      </div>
    </JumpContext.Provider>
    </EngineContext.Provider>
  );
}

/** The SDP the page opens with: the share link's, else the example pair. */
export async function initialState(hash: string): Promise<AppProps> {
  try {
    const shared = await decodeFragment(hash);
    if (shared !== undefined) return { initialOffer: shared.offer, initialAnswer: shared.answer, notice: 'Loaded the SDP from the link.' };
  } catch (e) {
    return {
      initialOffer: exampleOffer,
      initialAnswer: exampleAnswer,
      notice: `The link’s SDP could not be decoded (${e instanceof Error ? e.message : String(e)}); showing the example instead.`,
    };
  }
  return { initialOffer: exampleOffer, initialAnswer: exampleAnswer };
}
