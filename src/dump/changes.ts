import { compareDescriptions, type MungeReport } from '../extract/munge.js';
import { isRollback } from '../extract/pairs.js';
import type { ExtractedDescription, ExtractedPeerConnection, ExtractResult } from '../extract/types.js';

/*
 * What a description changed: a line diff to the description of the same
 * side (local or remote) that was in effect before it. JSEP (RFC 9429 §4.1.8,
 * §4.1.10) keeps one current local and one current remote description; each
 * successful setLocalDescription/setRemoteDescription replaces the one of its
 * side, a failed call or a rollback replaces nothing. So the description a new
 * one is compared with is the last one of its side that was applied and not
 * refused; a created one (createOffer/createAnswer) is compared with the
 * local description it would replace.
 */

export interface DescriptionChange {
  /** 0-based index into `descriptions` of the description compared with. */
  previous: number;
  /** The line diff from `previous` to the description; undefined when they are byte for byte the same. */
  report?: MungeReport;
}

function inEffect(d: ExtractedDescription): boolean {
  return d.stage !== 'created' && d.failed === undefined && !isRollback(d);
}

/**
 * The line diff of description `index` (an index into `result.descriptions`)
 * to the description of the same side in effect before it in the peer
 * connection. Undefined for a rollback, a description of another peer
 * connection or one without a side, and when no earlier description of that
 * side was applied.
 */
export function descriptionChange(result: ExtractResult, pc: ExtractedPeerConnection, index: number): DescriptionChange | undefined {
  const at = pc.descriptions.indexOf(index);
  const d = result.descriptions[index];
  if (at < 0 || d === undefined || d.side === undefined || isRollback(d)) return undefined;
  for (let i = at - 1; i >= 0; i--) {
    const p = result.descriptions[pc.descriptions[i]!];
    if (p === undefined || p.side !== d.side || !inEffect(p)) continue;
    const report = compareDescriptions(p.sdp, d.sdp);
    return report === undefined ? { previous: p.index } : { previous: p.index, report };
  }
  return undefined;
}
