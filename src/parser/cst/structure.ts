import type { DiagnosticCollector } from '../diagnostics/collector.js';
import type { SdpLine } from '../model/line.js';

/*
 * Document-level checks (RFC 8866 §5):
 *   session-description = version-field origin-field session-name-field
 *     [information-field] [uri-field] *email-field *phone-field
 *     [connection-field] *bandwidth-field 1*time-description
 *     [key-field] *attribute-field *media-description
 *   time-description = timing-field *repeat-field ; zone-adjustments follow them
 *   media-description = media-field [information-field] *connection-field
 *     *bandwidth-field [key-field] *attribute-field
 */

/** Rank of each session-level type in RFC 8866 order; t and r share one so t r t r is fine. */
const SESSION_RANK: Readonly<Record<string, number>> = { v: 0, o: 1, s: 2, i: 3, u: 4, e: 5, p: 6, c: 7, b: 8, t: 9, r: 9, z: 10, k: 11, a: 12 };
const MEDIA_RANK: Readonly<Record<string, number>> = { m: 0, i: 1, c: 2, b: 3, k: 4, a: 5 };
const SESSION_ORDER = 'v o s i u e p c b t r z k a';
const MEDIA_ORDER = 'm i c b k a';
/** Lines that may appear at most once in their section. */
const SESSION_ONCE = 'vosiuczk';
const MEDIA_ONCE = 'ik';
const REQUIRED: readonly [string, string][] = [
  ['v', 'protocol version'],
  ['o', 'origin'],
  ['s', 'session name'],
  ['t', 'timing'],
];

export function checkStructure(lines: readonly SdpLine[], diags: DiagnosticCollector): void {
  if (lines.length === 0) {
    diags.add('empty-input', {}, 1, 1, 1, 1);
    return;
  }
  let inMedia = false;
  let maxRank = -1;
  let prevType = '';
  // Line types seen in the current section / in the session part, as bits (a = bit 0 … z = bit 25).
  let seen = 0;
  let sessionSeen = 0;
  let sessionConnection = false;
  let mediaWithoutConnection: SdpLine | undefined;
  let mediaConnection = false;
  let lfCount = 0;
  let firstLf: SdpLine | undefined;
  let lfKind = '';

  const closeMedia = (): void => {
    if (inMedia && !mediaConnection && mediaWithoutConnection === undefined) mediaWithoutConnection = currentM;
  };
  let currentM: SdpLine | undefined;

  for (const line of lines) {
    const src = line.source!;
    if (src.eol === '\n' || src.eol === '\r') {
      lfCount++;
      if (firstLf === undefined) {
        firstLf = line;
        lfKind = src.eol === '\n' ? 'LF' : 'CR';
      }
    }
    const type = line.type;
    if (type === '') continue;
    if (type === 'm') {
      if (!inMedia) checkRequired(lines, sessionSeen, diags, line);
      closeMedia();
      inMedia = true;
      currentM = line;
      mediaConnection = false;
      maxRank = 0;
      prevType = 'm';
      seen = 0;
      continue;
    }
    const ranks = inMedia ? MEDIA_RANK : SESSION_RANK;
    const rank = ranks[type];
    if (rank === undefined) continue; // unknown or misplaced: reported while typing the line
    const col = lineStartColumn(line);
    const bit = 1 << (type.charCodeAt(0) - 97);
    if ((inMedia ? MEDIA_ONCE : SESSION_ONCE).includes(type) && (seen & bit) !== 0) {
      diags.add('duplicate-line', { type, level: inMedia ? 'media section' : 'session part' }, src.line, col, src.line, col + 2);
    } else if (rank < maxRank) {
      diags.add('line-order', { type, after: prevType, level: inMedia ? 'media' : 'session', order: inMedia ? MEDIA_ORDER : SESSION_ORDER }, src.line, col, src.line, col + 2);
    }
    if (type === 'r' && prevType !== 't' && prevType !== 'r') {
      diags.add('line-order', { type, after: prevType, level: 'session', order: '`r=` right after its `t=`' }, src.line, col, src.line, col + 2);
    }
    seen |= bit;
    if (!inMedia) sessionSeen |= bit;
    if (type === 'c') {
      if (inMedia) mediaConnection = true;
      else sessionConnection = true;
    }
    if (rank > maxRank) maxRank = rank;
    prevType = type;
  }
  if (!inMedia) checkRequired(lines, sessionSeen, diags, undefined);
  closeMedia();
  if (!sessionConnection && mediaWithoutConnection !== undefined) {
    const src = mediaWithoutConnection.source!;
    diags.add('missing-line', { type: 'c', what: 'connection data, at session level or in this media section' }, src.line, 1, src.line, src.text.length + 1);
  }

  const last = lines[lines.length - 1]!.source!;
  if (last.eol === '' && last.text !== '') {
    diags.add('missing-final-eol', { text: last.text.length > 40 ? `${last.text.slice(0, 40)}…` : last.text }, last.line, last.text.length + 1, last.line, last.text.length + 1);
  }
  if (firstLf !== undefined) {
    const src = firstLf.source!;
    diags.add('lf-line-endings', { count: lfCount, total: lines.length, eol: lfKind }, src.line, src.text.length + 1, src.line, src.text.length + 1);
  }
}

/** 1-based column of the type letter (after any indentation). */
function lineStartColumn(line: SdpLine): number {
  const text = line.source!.text;
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i + 1;
}

function checkRequired(lines: readonly SdpLine[], seen: number, diags: DiagnosticCollector, before: SdpLine | undefined): void {
  for (const [type, what] of REQUIRED) {
    if ((seen & (1 << (type.charCodeAt(0) - 97))) !== 0) continue;
    // Point at the first m= line (the session part ended without it) or at the first line.
    const at = before?.source ?? lines[0]!.source!;
    diags.add('missing-line', { type, what }, at.line, 1, at.line, Math.max(1, at.text.length + 1));
  }
}
