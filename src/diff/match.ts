import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { lineNumber } from './lines.js';

/*
 * RFC 3264 §6: the answer has exactly as many m= lines as the offer, in the
 * same order, and the nth answer m= line answers the nth offered one. With
 * mids (RFC 5888, RFC 9429 §5.3/§5.10) the pairing can also be read from the
 * a=mid values. We pair by mid first (it survives a misordered answer) and
 * then by position, and say so whenever the two readings disagree.
 */

export type MatchedBy = 'mid' | 'position';

export interface SectionPair {
  /** 0-based position of the offered m-section. */
  offerIndex: number;
  /** 0-based position of the answer m-section, absent when none answers it. */
  answerIndex?: number;
  matchedBy?: MatchedBy;
}

export interface UnmatchedSection {
  index: number;
  kind: string;
  mid?: string;
  /** 1-based line of its m= line. */
  line?: number;
}

export interface SectionMatch {
  /** One entry per offered m-section, in offer order. */
  pairs: SectionPair[];
  /** Answer m-sections that answer no offered one (an answer must not add sections). */
  extraAnswerSections: UnmatchedSection[];
  findings: DiffFinding[];
}

function describe(m: Media): string {
  return m.mid !== undefined ? `${m.kind} section mid ${m.mid}` : `${m.kind} section #${m.index + 1}`;
}

/** Pairs offered and answered m-sections by mid, then by position. */
export function matchSections(offer: readonly Media[], answer: readonly Media[]): SectionMatch {
  const findings: DiffFinding[] = [];
  const used = new Set<number>();
  const answerByMid = new Map<string, number>();
  answer.forEach((m, i) => {
    if (m.mid !== undefined && !answerByMid.has(m.mid)) answerByMid.set(m.mid, i);
  });
  const pairs: SectionPair[] = offer.map((m) => ({ offerIndex: m.index }));

  // Pass 1: by mid.
  for (const pair of pairs) {
    const o = offer[pair.offerIndex]!;
    if (o.mid === undefined) continue;
    const ai = answerByMid.get(o.mid);
    if (ai === undefined) continue;
    pair.answerIndex = ai;
    pair.matchedBy = 'mid';
    used.add(ai);
    if (ai !== pair.offerIndex) {
      findings.push(diffFinding(
        'section-out-of-order',
        `mid ${o.mid} is m-section #${pair.offerIndex + 1} in the offer but #${ai + 1} in the answer: the answer must keep the offered order`,
        { side: 'answer', line: lineNumber(answer[ai]!.lines[0]), section: pair.offerIndex, mid: o.mid },
      ));
    }
  }

  // Pass 2: by position, for offered sections whose mid found nothing.
  for (const pair of pairs) {
    if (pair.answerIndex !== undefined) continue;
    const o = offer[pair.offerIndex]!;
    const a = answer[pair.offerIndex];
    if (a === undefined || used.has(pair.offerIndex)) {
      findings.push(diffFinding('section-missing', `the answer has no m-section for the offered ${describe(o)}`, {
        side: 'offer', line: lineNumber(o.lines[0]), section: pair.offerIndex, mid: o.mid,
      }));
      continue;
    }
    pair.answerIndex = pair.offerIndex;
    pair.matchedBy = 'position';
    used.add(pair.offerIndex);
    if (o.mid !== undefined && a.mid !== o.mid) {
      findings.push(diffFinding(
        'mid-mismatch',
        a.mid === undefined
          ? `m-section #${pair.offerIndex + 1} has mid ${o.mid} in the offer and no mid in the answer`
          : `m-section #${pair.offerIndex + 1} has mid ${o.mid} in the offer but mid ${a.mid} in the answer`,
        { side: 'answer', line: lineNumber(a.lines[0]), section: pair.offerIndex, mid: o.mid },
      ));
    }
  }

  const extraAnswerSections: UnmatchedSection[] = [];
  answer.forEach((a, i) => {
    if (used.has(i)) return;
    const extra: UnmatchedSection = { index: i, kind: a.kind };
    if (a.mid !== undefined) extra.mid = a.mid;
    const line = lineNumber(a.lines[0]);
    if (line !== undefined) extra.line = line;
    extraAnswerSections.push(extra);
    findings.push(diffFinding('section-added', `the answer adds ${describe(a)}, which answers no offered m-section`, { side: 'answer', line, mid: a.mid }));
  });

  return { pairs, extraAnswerSections, findings };
}
