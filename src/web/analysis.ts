/**
 * The one place the page calls the library for an offer/answer pair. Every
 * fact shown on the page comes from these calls; the views only lay it out.
 */
import {
  attributeValue,
  checkList,
  describeCandidate,
  detectDescriptionType,
  diffOfferAnswer,
  explainLine,
  lint,
  lintPair,
  parse,
} from '../index.js';
import type {
  Candidate,
  CandidateDescription,
  CheckList,
  DescriptionTypeGuess,
  Diagnostic,
  IceRole,
  LineExplanation,
  OfferAnswerDiff,
  ParseResult,
  SdpDocument,
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

/** Parses, lints and compares an offer and an answer; either may be empty. */
export function analyze(offerText: string, answerText: string): Analysis {
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
  const analysis: Analysis = { errors, ms: 0 };
  const { offer, answer } = sides;
  if (offer !== undefined && answer !== undefined) {
    const pair = attempt(errors, 'lintPair', () => lintPair(offer.result, answer.result));
    if (pair !== undefined) {
      offer.diagnostics = pair.offer;
      // Pair rules point at the answer's lines.
      answer.diagnostics = [...pair.answer, ...pair.pair].sort((a, b) => a.line - b.line || a.column - b.column);
    }
    const diff = attempt(errors, 'diffOfferAnswer', () => diffOfferAnswer(offer.result.document, answer.result.document));
    if (diff !== undefined) analysis.diff = diff;
  } else {
    for (const s of [offer, answer]) {
      if (s === undefined) continue;
      const found = attempt(errors, 'lint', () => lint(s.result, { type: s.side }));
      if (found !== undefined) s.diagnostics = found;
    }
  }
  if (offer !== undefined) analysis.offer = offer;
  if (answer !== undefined) analysis.answer = answer;
  analysis.ms = Math.round(now() - started);
  return analysis;
}

const explanations = new WeakMap<SdpDocument, Map<string, LineExplanation | null>>();

/** The explanation of one line (memoised per document), or undefined when there is no such line. */
export function explanationOf(side: SideAnalysis, line: number): LineExplanation | undefined {
  const document = side.result.document;
  let cache = explanations.get(document);
  if (cache === undefined) {
    cache = new Map();
    explanations.set(document, cache);
  }
  const key = `${side.side}:${line}`;
  if (!cache.has(key)) {
    let value: LineExplanation | undefined;
    try {
      value = explainLine(document, line, { type: side.side });
    } catch {
      value = undefined;
    }
    cache.set(key, value ?? null);
  }
  return cache.get(key) ?? undefined;
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

/** The 1-based line of the a=fmtp line for a payload type in one m-section (read from the parsed lines). */
export function fmtpLineOf(side: SideAnalysis, mediaIndex: number, payloadType: number): number | undefined {
  const media = side.result.document.media[mediaIndex];
  if (media === undefined) return undefined;
  for (const line of media.lines) {
    const v = attributeValue(line, 'fmtp');
    if (v !== undefined && v.format === String(payloadType)) return line.source?.line;
  }
  return undefined;
}

/** The 1-based line of the a=rtpmap of a payload type, else of the m= line (a static payload type needs no rtpmap). */
export function rtpmapLineOf(side: SideAnalysis, mediaIndex: number, payloadType: number): number | undefined {
  const media = side.result.document.media[mediaIndex];
  if (media === undefined) return undefined;
  for (const line of media.lines) {
    if (attributeValue(line, 'rtpmap')?.payloadType === payloadType) return line.source?.line;
  }
  return media.lines[0]?.source?.line;
}

/*
 * TEMPORARY wiring, to move into src/ice (see the report to the lead): which
 * candidates of the two descriptions form one transport's check list. Today
 * the page takes, for each transport the diff reports (one per BUNDLE group
 * or unbundled section), the candidates of the section that carries it on
 * each side, and hands them to the library's checkList.
 */
export interface TransportChoice {
  key: string;
  label: string;
  /** Offered and answered m-section whose candidates are used. */
  offerIndex: number;
  answerIndex: number;
}

export function transportsOf(analysis: Analysis): TransportChoice[] {
  const diff = analysis.diff;
  const offerDoc = analysis.offer?.result.document;
  if (diff === undefined || offerDoc === undefined) return [];
  const out: TransportChoice[] = [];
  for (const t of diff.bundle.transports) {
    const offerIndex = t.sections.find((i) => offerDoc.media[i]?.mid === t.mid) ?? t.sections[0];
    if (offerIndex === undefined) continue;
    const answerIndex = diff.sections[offerIndex]?.answerIndex;
    if (answerIndex === undefined) continue;
    const name = t.mid !== undefined ? `mid ${t.mid}` : `m-section #${offerIndex + 1}`;
    const label = t.bundled ? `${name} (BUNDLE: ${t.mids.join(', ')})` : name;
    out.push({ key: `${offerIndex}:${answerIndex}`, label, offerIndex, answerIndex });
  }
  return out;
}

export interface CheckListView {
  list: CheckList;
  local: CandidateRow[];
  remote: CandidateRow[];
}

/** The check list of one transport as the local side's agent builds it (RFC 8445 §6.1.2, by the library). */
export function checkListOf(analysis: Analysis, transport: TransportChoice, local: Side, role: IceRole): CheckListView | undefined {
  const { offer, answer } = analysis;
  if (offer === undefined || answer === undefined) return undefined;
  const offerRows = offer.candidates.filter((c) => c.mediaIndex === transport.offerIndex);
  const answerRows = answer.candidates.filter((c) => c.mediaIndex === transport.answerIndex);
  const [l, r] = local === 'offer' ? [offerRows, answerRows] : [answerRows, offerRows];
  return { list: checkList(l.map((c) => c.candidate), r.map((c) => c.candidate), { role }), local: l, remote: r };
}
