import type { DiffLine } from './types.js';

/*
 * "Munging": the app edits the SDP createOffer/createAnswer returned before
 * it passes it to setLocalDescription. chrome://webrtc-internals flags it by
 * comparing the setLocalDescription value with the last
 * createOfferOnSuccess/createAnswerOnSuccess value (chromium
 * content/browser/webrtc/resources/peer_connection_update_table.js,
 * setLastOfferAnswer_ / "(munged)"); here the two are also compared line by
 * line, so the user sees what changed.
 */

interface SplitLine {
  text: string;
  eol: string;
}

function split(sdp: string): SplitLine[] {
  const out: SplitLine[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sdp)) !== null) {
    if (m[0] === '') break;
    out.push({ text: m[1]!, eol: m[2]! });
  }
  return out;
}

/** Above this many cells the middle part is not aligned but shown as removed, then added. */
const MAX_CELLS = 16_000_000;

/**
 * A line-by-line diff (longest common subsequence over whole lines, end-of-line
 * bytes ignored): every line of both texts in order, removed lines of a change
 * before the added ones.
 */
export function diffLines(created: string, applied: string): DiffLine[] {
  const a = split(created).map((l) => l.text);
  const b = split(applied).map((l) => l.text);
  const out: DiffLine[] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (i: number, j: number): void => {
    out.push({ kind: 'same', line: j + 1, text: b[j]!, createdLine: i + 1, appliedLine: j + 1 });
  };
  for (let k = 0; k < head; k++) same(k, k);

  const n = a.length - head - tail;
  const m = b.length - head - tail;
  const removed = (i: number): void => {
    out.push({ kind: 'removed', line: i + 1, text: a[i]!, createdLine: i + 1 });
  };
  const added = (j: number): void => {
    out.push({ kind: 'added', line: j + 1, text: b[j]!, appliedLine: j + 1 });
  };
  if (n > 0 && m > 0 && (n + 1) * (m + 1) <= MAX_CELLS) {
    // lcs[i][j] = length of the LCS of a[head+i..] and b[head+j..].
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] =
          a[head + i] === b[head + j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    let pendingAdded: number[] = [];
    const flush = (): void => {
      for (const k of pendingAdded) added(k);
      pendingAdded = [];
    };
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] === b[head + j]) {
        flush();
        same(head + i, head + j);
        i++;
        j++;
      } else if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
        // Hold additions back so that a replaced line reads "removed, then added".
        pendingAdded.push(head + j);
        j++;
      } else {
        removed(head + i);
        i++;
      }
    }
    flush();
  } else {
    for (let k = 0; k < n; k++) removed(head + k);
    for (let k = 0; k < m; k++) added(head + k);
  }
  for (let k = tail; k > 0; k--) same(a.length - k, b.length - k);
  return out;
}

export interface MungeReport {
  changes: DiffLine[];
  added: number;
  removed: number;
  eolChanged: boolean;
  summary: string;
}

/** Compares the created and the applied description; undefined when they are byte for byte the same. */
export function compareDescriptions(created: string, applied: string): MungeReport | undefined {
  if (created === applied) return undefined;
  const changes = diffLines(created, applied);
  const added = changes.filter((c) => c.kind === 'added').length;
  const removed = changes.filter((c) => c.kind === 'removed').length;
  const eolChanged = added === 0 && removed === 0;
  let summary: string;
  if (eolChanged) {
    summary = 'same lines, different line ends';
  } else {
    const first = changes.find((c) => c.kind !== 'same')!;
    const sign = first.kind === 'added' ? '+' : '-';
    summary = `${plural(added, 'line')} added, ${removed} removed; first change \`${sign}${clip(first.text)}\` (line ${first.line})`;
  }
  return { changes, added, removed, eolChanged, summary };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
