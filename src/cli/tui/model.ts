import {
  diffOfferAnswer,
  dumpIce,
  explain,
  lint,
  lintPair,
  parse,
  previousExchange,
  rulesById,
  type Diagnostic,
  type DumpIce,
  type ExtractedPeerConnection,
  type ExtractResult,
  type LineExplanation,
  type OfferAnswerDiff,
  type SdpDocument,
} from '../../index.js';
import type { Input } from '../commands/result.js';
import { codecRows, documentCodecRows } from '../views/codecs.js';
import { diffRows } from '../views/diff.js';
import { severityTone } from '../views/explain.js';
import { dumpIceRows, trickledRows } from '../views/dump-ice.js';
import { checkListRows, checkLists, documentCandidateRows } from '../views/ice.js';
import { row, table, type Row } from '../views/rows.js';

/*
 * Everything the inspector shows, computed once from the library when it
 * starts (the screens only slice and draw it): per file the lines, their
 * explanations and diagnostics; for a pair the diff, codec table and check
 * list.
 */

export interface SideView {
  /** The file name as given. */
  name: string;
  /** What the file is in this session: the first of two is the offer. */
  role: 'offer' | 'answer' | 'description';
  document: SdpDocument;
  /** One per line, in order (explain's line numbers and texts). */
  explanations: LineExplanation[];
  /** Parser and lint diagnostics (for the answer, the pair rules' too), by position. */
  diagnostics: Diagnostic[];
  byLine: ReadonlyMap<number, Diagnostic[]>;
}

export interface LintFinding {
  side: number;
  diagnostic: Diagnostic;
}

export interface Inspection {
  sides: SideView[];
  diff?: OfferAnswerDiff;
  diffRows: Row[];
  codecRows: Row[];
  iceRows: Row[];
  findings: LintFinding[];
  lintRows: Row[];
  /** A negotiation of a dump: what ICE really did (dumpIce), which the ICE screen shows. */
  dumpIce?: DumpIce;
  /** The ICE screen's title when it is not the default one. */
  iceTitle?: string;
}

/** Where a pair came from when it is a negotiation of a dump (as the CLI's --pick P:K gives it). */
export interface DumpNegotiation {
  result: ExtractResult;
  pc: ExtractedPeerConnection;
  /** `Negotiation.number`. */
  negotiation: number;
}

function groupByLine(diagnostics: readonly Diagnostic[]): Map<number, Diagnostic[]> {
  const out = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) out.set(d.line, [...(out.get(d.line) ?? []), d]);
  return out;
}

function side(input: Input, role: SideView['role'], diagnostics: Diagnostic[]): SideView {
  const document = parse(input.text).document;
  const type = role === 'description' ? {} : { type: role };
  return { name: input.name, role, document, explanations: explain(document, type), diagnostics, byLine: groupByLine(diagnostics) };
}

export function lintRowsOf(sides: readonly SideView[], findings: readonly LintFinding[]): Row[] {
  if (findings.length === 0) return [row('no problems found', 'ok')];
  const cells = findings.map((f) => [sides[f.side]!.role === 'description' ? '' : sides[f.side]!.role, `${f.diagnostic.line}:${f.diagnostic.column}`, f.diagnostic.severity, f.diagnostic.code, f.diagnostic.message]);
  return table(cells.map((c) => (sides.length === 1 ? c.slice(1) : c))).map((text, i) => {
    const f = findings[i]!;
    return row(text, severityTone(f.diagnostic.severity), { side: f.side, line: f.diagnostic.line });
  });
}

/**
 * The ICE screen of a dump's negotiation: what ICE did (dumpIceRows: the real
 * role, predicted pairs beside their getStats pairs; the verdict goes in the
 * title, on top), the trickled candidates, then the candidates in the two
 * descriptions. Undefined when the library has no ICE for it (a rolled-back
 * or unanswered negotiation).
 */
function dumpIceView(dump: DumpNegotiation, sides: readonly SideView[]): { ice: DumpIce; rows: Row[]; title: string } | undefined {
  const pc = dump.pc;
  const ice = dumpIce(dump.result, pc, dump.negotiation);
  if (ice === undefined) return undefined;
  const rows: Row[] = [...dumpIceRows(ice, pc), row(''), ...trickledRows(ice, pc)];
  sides.forEach((s, i) => rows.push(row(''), row(`${s.role} ${s.name}`, 'heading'), ...documentCandidateRows(s.document, i)));
  const verdict = ice.actual === undefined ? 'predicted only (no getStats history)' : `${ice.actual.verdict.state}: ${ice.actual.verdict.summary}`;
  return { ice, rows, title: `ICE of PC ${pc.number}, negotiation ${dump.negotiation}: ${verdict}` };
}

export function buildInspection(offer: Input, answer?: Input, dump?: DumpNegotiation): Inspection {
  // A negotiation after the first is compared with the one before it (an ICE restart, exactly).
  const previous = dump === undefined ? undefined : previousExchange(dump.result, dump.pc, dump.negotiation);
  const inspection = buildPlain(offer, answer, previous);
  if (dump === undefined) return inspection;
  const ice = dumpIceView(dump, inspection.sides);
  if (ice === undefined) return inspection;
  return { ...inspection, iceRows: ice.rows, dumpIce: ice.ice, iceTitle: ice.title };
}

function buildPlain(offer: Input, answer?: Input, previous?: { offer: string; answer: string }): Inspection {
  if (answer === undefined) {
    const only = side(offer, 'description', lint(offer.text));
    const findings = only.diagnostics.map((diagnostic) => ({ side: 0, diagnostic }));
    return {
      sides: [only],
      diffRows: [row('The diff needs an answer: sdp inspect <offer> <answer>', 'dim')],
      codecRows: documentCodecRows(only.document),
      iceRows: [row(`candidates of ${offer.name}`, 'heading'), ...documentCandidateRows(only.document, 0)],
      findings,
      lintRows: lintRowsOf([only], findings),
    };
  }
  const lints = lintPair(offer.text, answer.text);
  const answerDiagnostics = [...lints.answer, ...lints.pair].sort((a, b) => a.line - b.line || a.column - b.column);
  const o = side(offer, 'offer', lints.offer);
  const a = side(answer, 'answer', answerDiagnostics);
  const diff = diffOfferAnswer(o.document, a.document, previous === undefined ? {} : { previous });
  // The offer is the local side of the check list; its role follows the diff's ICE roles.
  const role = diff.ice.roles.controlling === 'offerer' ? 'controlling' : 'controlled';
  const findings = [...o.diagnostics.map((diagnostic) => ({ side: 0, diagnostic })), ...a.diagnostics.map((diagnostic) => ({ side: 1, diagnostic }))];
  return {
    sides: [o, a],
    diff,
    diffRows: diffRows(diff),
    codecRows: codecRows(diff),
    iceRows: [
      row(`offer ${offer.name}`, 'heading'),
      ...documentCandidateRows(o.document, 0),
      row(''),
      row(`answer ${answer.name}`, 'heading'),
      ...documentCandidateRows(a.document, 1),
      row(''),
      row('check list of the offerer (RFC 8445 §6.1.2)', 'heading'),
      ...checkListRows(checkLists(o.document, a.document, role), { role, reason: diff.ice.roles.reason }),
    ],
    findings,
    lintRows: lintRowsOf([o, a], findings),
  };
}

/** The rule's one-line summary, for the Lint screen's side panel (undefined for parser codes). */
export function ruleSummary(code: string): string | undefined {
  return rulesById.get(code)?.docs.summary;
}
