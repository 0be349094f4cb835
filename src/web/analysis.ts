/**
 * The one place the page calls the library for an offer/answer pair. Every
 * fact shown on the page comes from these calls; the views only lay it out.
 */
import {
  attributeValue,
  candidateGraph,
  checkListGrid,
  codecMatrices,
  describeCandidate,
  detectDescriptionType,
  diffOfferAnswer,
  exchangeCheckLists,
  lineExplainer,
  lint,
  lintPair,
  parse,
} from '../index.js';
import type {
  Candidate,
  CandidateGraph,
  CheckListGrid,
  CandidateDescription,
  CodecMatrix,
  DescriptionTypeGuess,
  Diagnostic,
  IceRole,
  LineExplanation,
  OfferAnswerDiff,
  ParseResult,
  SdpDocument,
  Target,
  TransportCheckList,
} from '../index.js';

export type Side = 'offer' | 'answer';
export const SIDES: readonly Side[] = ['offer', 'answer'];

export interface CandidateRow {
  side: Side;
  /** 1-based line of the a=candidate line. */
  line: number;
  mediaIndex: number;
  mid?: string;
  candidate: Candidate;
}

export interface SideAnalysis {
  side: Side;
  text: string;
  result: ParseResult;
  detected: DescriptionTypeGuess;
  /** Parser diagnostics and lint findings of this description (for the answer, the pair rules too). */
  diagnostics: Diagnostic[];
  candidates: CandidateRow[];
}

export interface Analysis {
  offer?: SideAnalysis;
  answer?: SideAnalysis;
  /** Present when both descriptions are there. */
  diff?: OfferAnswerDiff;
  /** The codec grid of each accepted RTP section (present with `diff`). */
  codecMatrices?: CodecMatrix[];
  /** Something in the library threw (a bug): shown on the page instead of a blank view. */
  errors: string[];
  /** How long the analysis took, in milliseconds. */
  ms: number;
}

function attempt<T>(errors: string[], what: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    errors.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The candidates of a description, each with its line and m-section (read from the parsed lines). */
function candidateRows(side: Side, document: SdpDocument): CandidateRow[] {
  const rows: CandidateRow[] = [];
  for (const media of document.media) {
    for (const line of media.lines) {
      const candidate = attributeValue(line, 'candidate');
      if (candidate === undefined || line.source === undefined) continue;
      const row: CandidateRow = { side, line: line.source.line, mediaIndex: media.index, candidate };
      if (media.mid !== undefined) row.mid = media.mid;
      rows.push(row);
    }
  }
  return rows;
}

function hasText(text: string): boolean {
  return text.trim() !== '';
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Parses, lints (for the given target engines; the library's default when absent) and compares an offer and an answer; either may be empty.
 * `onParsed` is told each side's parse as soon as it is there, before lint and the diff (the page's worker streams it to the Lines view).
 */
export function analyze(offerText: string, answerText: string, targets?: readonly Target[], onParsed?: (sides: Partial<Record<Side, SideAnalysis>>) => void): Analysis {
  const options = targets === undefined ? {} : { targets };
  const started = now();
  const errors: string[] = [];
  const sides: Partial<Record<Side, SideAnalysis>> = {};
  for (const [side, text] of [['offer', offerText], ['answer', answerText]] as const) {
    if (!hasText(text)) continue;
    const result = parse(text);
    sides[side] = {
      side,
      text,
      result,
      detected: attempt(errors, 'detectDescriptionType', () => detectDescriptionType(result.document)) ?? { evidence: 'not detected' },
      diagnostics: result.diagnostics,
      candidates: candidateRows(side, result.document),
    };
  }
  onParsed?.(sides);
  const analysis: Analysis = { errors, ms: 0 };
  const { offer, answer } = sides;
  if (offer !== undefined && answer !== undefined) {
    const pair = attempt(errors, 'lintPair', () => lintPair(offer.result, answer.result, options));
    if (pair !== undefined) {
      offer.diagnostics = pair.offer;
      // Pair rules point at the answer's lines.
      answer.diagnostics = [...pair.answer, ...pair.pair].sort((a, b) => a.line - b.line || a.column - b.column);
    }
    const diff = attempt(errors, 'diffOfferAnswer', () => diffOfferAnswer(offer.result.document, answer.result.document));
    if (diff !== undefined) analysis.diff = diff;
    const matrices = diff === undefined ? undefined : attempt(errors, 'codecMatrices', () => codecMatrices(diff));
    if (matrices !== undefined) analysis.codecMatrices = matrices;
  } else {
    for (const s of [offer, answer]) {
      if (s === undefined) continue;
      const found = attempt(errors, 'lint', () => lint(s.result, { ...options, type: s.side }));
      if (found !== undefined) s.diagnostics = found;
    }
  }
  if (offer !== undefined) analysis.offer = offer;
  if (answer !== undefined) analysis.answer = answer;
  analysis.ms = Math.round(now() - started);
  return analysis;
}

const explanations = new WeakMap<SdpDocument, { explain: (line: number) => LineExplanation | undefined; lines: Map<string, LineExplanation | null> }>();

/** The explanation of one line (memoised per document), or undefined when there is no such line. */
export function explanationOf(side: SideAnalysis, line: number): LineExplanation | undefined {
  const document = side.result.document;
  let cache = explanations.get(document);
  if (cache === undefined) {
    // One explainer per document: its context is built once, not per line (10k-line descriptions).
    cache = { explain: lineExplainer(document, { type: side.side }), lines: new Map() };
    explanations.set(document, cache);
  }
  const key = `${side.side}:${line}`;
  if (!cache.lines.has(key)) {
    let value: LineExplanation | undefined;
    try {
      value = cache.explain(line);
    } catch {
      value = undefined;
    }
    cache.lines.set(key, value ?? null);
  }
  return cache.lines.get(key) ?? undefined;
}

const descriptions = new WeakMap<Candidate, CandidateDescription>();

/** describeCandidate, memoised per candidate object. */
export function descriptionOf(candidate: Candidate): CandidateDescription {
  let d = descriptions.get(candidate);
  if (d === undefined) {
    d = describeCandidate(candidate);
    descriptions.set(candidate, d);
  }
  return d;
}

/** Per m-section: the first a=rtpmap and a=fmtp line of each payload type (one pass, not one per codec shown). */
const formatLines = new WeakMap<object, { rtpmap: Map<number, number | undefined>; fmtp: Map<string, number | undefined> }>();
function formatLinesOf(media: SdpDocument['media'][number]): { rtpmap: Map<number, number | undefined>; fmtp: Map<string, number | undefined> } {
  let found = formatLines.get(media);
  if (found === undefined) {
    found = { rtpmap: new Map(), fmtp: new Map() };
    for (const line of media.lines) {
      const r = attributeValue(line, 'rtpmap');
      if (r !== undefined && !found.rtpmap.has(r.payloadType)) found.rtpmap.set(r.payloadType, line.source?.line);
      const f = attributeValue(line, 'fmtp');
      if (f !== undefined && !found.fmtp.has(f.format)) found.fmtp.set(f.format, line.source?.line);
    }
    formatLines.set(media, found);
  }
  return found;
}

/** The 1-based line of the a=fmtp line for a payload type in one m-section (read from the parsed lines). */
export function fmtpLineOf(side: SideAnalysis, mediaIndex: number, payloadType: number): number | undefined {
  const media = side.result.document.media[mediaIndex];
  if (media === undefined) return undefined;
  return formatLinesOf(media).fmtp.get(String(payloadType));
}

/** The 1-based line of the a=rtpmap of a payload type, else of the m= line (a static payload type needs no rtpmap). */
export function rtpmapLineOf(side: SideAnalysis, mediaIndex: number, payloadType: number): number | undefined {
  const media = side.result.document.media[mediaIndex];
  if (media === undefined) return undefined;
  const rtpmap = formatLinesOf(media).rtpmap;
  return rtpmap.has(payloadType) ? rtpmap.get(payloadType) : media.lines[0]?.source?.line;
}

/**
 * The check lists of the exchange, one per transport after BUNDLE, as the
 * `local` side's agent builds them (RFC 8445 §6.1.2, all by the library's
 * exchangeCheckLists). `role` undefined: the negotiated role. Reuses the diff
 * already computed; undefined without both descriptions. (A throw reaches the
 * view's error boundary, which says so on the page.)
 */
/** What the ICE pictures draw for one transport without a dump: its grid and where each side's candidates come from. */
export interface TransportPictures {
  grid: CheckListGrid;
  local: CandidateGraph;
  remote: CandidateGraph;
}

/** A transport's check list with its pictures, computed where the check list is (in the worker on a large input). */
export type TransportView = TransportCheckList & { pictures: TransportPictures };

export function checkListsOf(analysis: Analysis, local: Side, role: IceRole | undefined): TransportView[] | undefined {
  const { offer, answer, diff } = analysis;
  if (offer === undefined || answer === undefined || diff === undefined) return undefined;
  return exchangeCheckLists(offer.result.document, answer.result.document, { local, diff, ...(role !== undefined ? { role } : {}) }).map((list) => ({
    ...list,
    pictures: { grid: checkListGrid(list), local: candidateGraph(list.localCandidates), remote: candidateGraph(list.remoteCandidates) },
  }));
}
