/**
 * A textarea's value has LF line endings only: HTML normalises CRLF and a lone
 * CR to LF when the value is set and when it is read (the "API value" of the
 * textarea element, WHATWG HTML §4.10.11). The page keeps the exact text the
 * user pasted or opened and shows the textarea its LF form; when the user
 * types, the LF value is mapped back onto the exact text so that lines keep
 * the ending they had, and new lines get the ending of their neighbours.
 */

export type Eol = '\r\n' | '\n' | '\r';

/** What the textarea shows for an exact text: every CRLF and lone CR as LF. */
export function toAreaValue(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}

/** The text between line endings and the ending after it ('' for the last piece). */
interface Piece {
  text: string;
  eol: Eol | '';
}

/** n line endings give n + 1 pieces; the last piece has no ending (it is '' when the text ends with one). */
function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
    out.push({ text: text.slice(start, i), eol: crlf ? '\r\n' : c === 13 ? '\r' : '\n' });
    if (crlf) i++;
    start = i + 1;
  }
  out.push({ text: text.slice(start), eol: '' });
  return out;
}

/** How many lines end with each ending. */
export interface EolCounts {
  crlf: number;
  lf: number;
  cr: number;
}

export function countEols(eols: Iterable<string>): EolCounts {
  const n: EolCounts = { crlf: 0, lf: 0, cr: 0 };
  for (const e of eols) {
    if (e === '\r\n') n.crlf++;
    else if (e === '\n') n.lf++;
    else if (e === '\r') n.cr++;
  }
  return n;
}

/** The endings of a text, counted. */
export function eolCountsOf(text: string): EolCounts {
  const n: EolCounts = { crlf: 0, lf: 0, cr: 0 };
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) n.crlf++;
    else n.lf++;
  }
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n.cr++;
  return n;
}

/** The ending most lines have; undefined when no line has one. Ties go to CRLF, then LF (SDP's own ending first, RFC 8866 §5). */
export function dominantEol(n: EolCounts): Eol | undefined {
  const best = Math.max(n.crlf, n.lf, n.cr);
  if (best === 0) return undefined;
  return n.crlf === best ? '\r\n' : n.lf === best ? '\n' : '\r';
}

/** The style of a text's endings for a status line: "CRLF", "LF", "CR", "mixed: 3 CRLF, 1 LF", or "no line ending". */
export function eolLabel(n: EolCounts): string {
  const parts = (
    [
      ['CRLF', n.crlf],
      ['LF', n.lf],
      ['CR', n.cr],
    ] as const
  ).filter(([, k]) => k > 0);
  if (parts.length === 0) return 'no line ending';
  if (parts.length === 1) return parts[0]![0];
  return `mixed: ${parts.map(([name, k]) => `${k} ${name}`).join(', ')}`;
}

/**
 * The exact text after an edit: `value` is what the textarea holds now (LF
 * endings), `previous` the exact text it showed before (as toAreaValue).
 * Lines before and after the edited part keep their own endings; an edited
 * line that replaced one line takes that line's ending; any other new line
 * takes the ending of the edited part's last old line, else of the line
 * before it, else `fallback` (what the box remembers of earlier text).
 * Always toAreaValue(result) === toAreaValue(value): only endings change.
 */
export function restoreEols(previous: string, value: string, fallback: Eol = '\n'): string {
  // Fast path: nothing to restore (an LF-only text, or one with no ending at all, edited with LF).
  if (previous.indexOf('\r') === -1 && fallback === '\n') return value;
  if (previous.length < NARROW_FROM) return restorePieces(previous, value, fallback);
  // A large text (a keystroke in a 20,000-line description): the whole lines equal at the start and at
  // the end are kept as they are, with their endings; only the lines between are mapped piece by piece.
  const n = previous.length;
  const v = value.length;
  let i = 0;
  let j = 0;
  let pHead = 0;
  let vHead = 0;
  while (i < n && j < v) {
    const c = previous.charCodeAt(i);
    const d = value.charCodeAt(j);
    if (c === CR || c === LF) {
      if (d !== LF) break;
      i += c === CR && previous.charCodeAt(i + 1) === LF ? 2 : 1;
      j++;
      pHead = i;
      vHead = j;
      continue;
    }
    if (c !== d) break;
    i++;
    j++;
  }
  let k = n;
  let m = v;
  let pTail = n;
  let vTail = v;
  while (k > pHead && m > vHead) {
    const c = previous.charCodeAt(k - 1);
    const d = value.charCodeAt(m - 1);
    if (c === CR || c === LF) {
      if (d !== LF) break;
      k -= c === LF && k - 2 >= pHead && previous.charCodeAt(k - 2) === CR ? 2 : 1;
      m--;
      pTail = k;
      vTail = m;
      continue;
    }
    if (c !== d) break;
    k--;
    m--;
  }
  // The ending of the line before the edited part stands in where the edited part has none of its own.
  const before: Eol = pHead === 0 ? fallback : previous.charCodeAt(pHead - 1) === CR ? '\r' : previous.charCodeAt(pHead - 2) === CR ? '\r\n' : '\n';
  return previous.slice(0, pHead) + restorePieces(previous.slice(pHead, pTail), value.slice(vHead, vTail), before) + previous.slice(pTail);
}

/** From this length on, restoreEols maps only the lines between the equal head and tail. */
const NARROW_FROM = 64 * 1024;
const CR = 13;
const LF = 10;

function restorePieces(previous: string, value: string, fallback: Eol): string {
  const old = pieces(previous);
  const now = pieces(value);
  const max = Math.min(old.length, now.length);
  // Pieces before the last have an ending in both texts; the last piece of each has none.
  let head = 0;
  while (head < max - 1 && old[head]!.text === now[head]!.text) head++;
  let tail = 0;
  while (tail < max - head && old[old.length - 1 - tail]!.text === now[now.length - 1 - tail]!.text) tail++;
  const oldMiddle = old.length - head - tail;
  const nowMiddle = now.length - head - tail;
  const lastOld = oldMiddle > 0 ? old[head + oldMiddle - 1]!.eol : '';
  const local: Eol = lastOld !== '' ? lastOld : head > 0 ? (old[head - 1]!.eol as Eol) : fallback;
  let out = '';
  for (let i = 0; i < now.length; i++) {
    const p = now[i]!;
    if (p.eol === '') {
      out += p.text;
      continue;
    }
    // A CR in `value` (not from a textarea) is kept as it is.
    let eol: Eol = p.eol;
    if (eol === '\n') {
      if (i < head) eol = old[i]!.eol as Eol;
      else if (i >= now.length - tail) eol = old[i - now.length + old.length]!.eol as Eol;
      else if (oldMiddle === nowMiddle && old[i]!.eol !== '') eol = old[i]!.eol as Eol;
      else eol = local;
    }
    out += p.text + eol;
  }
  return out;
}
