import type { Diagnostic } from '../parser/diagnostics/diagnostic.js';
import type { Engine, SetCall } from '../lint/engines.js';
import type { ExtractedDescription, ExtractResult } from '../extract/types.js';

/*
 * What a dump says about a description beyond its text, as findings on it
 * (in the description's own lines, so every lint output format carries them
 * with the rule findings):
 * - `munged-description`: the app changed the local description between
 *   createOffer/createAnswer and setLocalDescription (RFC 9429 §5.4 only
 *   lets an app pass what it was given; browsers accept munging they were
 *   not designed for case by case), with the line diff;
 * - `set-description-failed`: the browser refused it, with its own error
 *   text: exactly what a lint error means.
 */

export const dumpFindingCodes = {
  'munged-description': {
    severity: 'warning',
    summary: 'The app changed the description between creating it and applying it (SDP munging).',
    ref: 'RFC 9429 §5.4',
  },
  'set-description-failed': {
    severity: 'error',
    summary: 'The browser refused to apply the description (the dump records its error).',
    ref: 'W3C webrtc-pc §4.4.1.5',
  },
} as const;

export type DumpFindingCode = keyof typeof dumpFindingCodes;

const MAX_DETAILS = 20;

function engineOf(result: ExtractResult, d: ExtractedDescription): Engine | undefined {
  const pc = result.peerConnections?.find((p) => p.id === d.peerConnection);
  const source = pc?.source ?? d.source;
  if (source === 'webrtc-internals' || source === 'rtcstats') return 'chromium';
  if (source === 'about-webrtc') return 'firefox';
  return undefined;
}

function lineEnd(sdp: string, line: number): number {
  const text = sdp.split(/\r\n|\n|\r/)[line - 1] ?? '';
  return text.length + 1;
}

/** The findings a dump gives about description `index` (empty for anything else). */
export function descriptionFindings(result: ExtractResult, index: number): Diagnostic[] {
  const d = result.descriptions[index];
  if (d === undefined) return [];
  const out: Diagnostic[] = [];
  if (d.munged !== undefined) {
    const m = d.munged;
    const changed = m.changes.filter((c) => c.kind !== 'same');
    const first = changed.find((c) => c.kind === 'added' || c.appliedLine !== undefined);
    const line = Math.max(1, first?.appliedLine ?? first?.line ?? 1);
    const creator = result.descriptions[m.created]?.event === 'createAnswerOnSuccess' ? 'createAnswer' : 'createOffer';
    const details = changed.slice(0, MAX_DETAILS).map((c) => `${c.kind === 'added' ? '+' : '-'}${c.text}`);
    if (changed.length > MAX_DETAILS) details.push(`… ${changed.length - MAX_DETAILS} more changed lines`);
    if (m.eolChanged && changed.length === 0) details.push('(only the line endings changed)');
    out.push({
      code: 'munged-description',
      severity: dumpFindingCodes['munged-description'].severity,
      message: `the app changed the local ${d.type ?? 'description'} between ${creator} and setLocalDescription: ${m.summary}`,
      line,
      column: 1,
      endLine: line,
      endColumn: lineEnd(d.sdp, line),
      details,
      hint: 'SDP munging is fragile: browsers change the SDP they generate between versions. Prefer setCodecPreferences, setParameters and transceiver directions.',
      ref: dumpFindingCodes['munged-description'].ref,
    });
  }
  if (d.failed !== undefined) {
    const call: SetCall = d.side === 'remote' ? 'setRemoteDescription' : 'setLocalDescription';
    const engine = engineOf(result, d);
    const f: Diagnostic = {
      code: 'set-description-failed',
      severity: 'error',
      message: `the browser refused this ${d.type ?? 'description'}: ${call} failed: ${d.failed}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: lineEnd(d.sdp, 1),
      ref: dumpFindingCodes['set-description-failed'].ref,
    };
    if (engine !== undefined) f.rejectedBy = [{ engine, call, error: d.failed }];
    out.push(f);
  }
  return out;
}
