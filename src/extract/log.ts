import { foundInView, type Found } from './found.js';
import { pending, type View } from './positions.js';
import type { SdpType } from './types.js';
import { isBlank, isSdpLine, isVersionLine, rawBlockEnd, splitLines, versionAnchor, type TextLine } from './raw.js';

/*
 * Descriptions in lines of text: a raw SDP, or an SDP in a log where every
 * line carries a prefix (a timestamp, `[pc1]`, the console's `VM123:1`).
 *
 * A description starts at a line that ends with `v=0`; what stands before
 * `v=0` is the prefix. The following lines belong to it while they carry a
 * prefix of the same shape (digits may change, as in timestamps) followed by
 * an SDP line. When only the first line has the prefix (console.log('offer',
 * sdp) prints the rest bare), the rest is read without one. Several
 * descriptions in one log split at each `v=0`.
 */

export interface Span {
  start: number;
  end: number;
}

export interface LineScan {
  found: Found[];
  /** Lines that are neither blank nor part of a description. */
  skipped: number;
}

/** A regular expression for prefixes shaped like this one: digit runs may change length and value. */
export function prefixShape(prefix: string): RegExp {
  let source = '^';
  for (const part of prefix.split(/(\d+)/)) {
    if (part === '') continue;
    source += /^\d+$/.test(part) ? '\\d+' : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(source);
}

interface Member {
  line: number;
  contentStart: number;
}

const SHOWN_PREFIX = 60;

function shown(prefix: string): string {
  return prefix.length > SHOWN_PREFIX ? `${prefix.slice(0, SHOWN_PREFIX)}…` : prefix;
}

/** Scans the lines of `view` that do not touch an excluded span (sorted, in view offsets). */
export function scanLines(view: View, excluded: readonly Span[]): LineScan {
  const text = view.text;
  const lines = splitLines(text);
  const usableLines = markUsable(lines, excluded);
  const usable = (i: number): boolean => usableLines[i] === true;
  const content = (i: number): string => text.slice(lines[i]!.start, lines[i]!.contentEnd);
  const inBlock = new Uint8Array(lines.length);
  const found: Found[] = [];

  for (let i = 0; i < lines.length; i++) {
    if (!usable(i)) continue;
    const c = content(i);
    const anchor = versionAnchor(c);
    if (anchor < 0) continue;
    if (anchor === 0 && isVersionLine(c)) {
      const last = rawBlockEnd(text, lines, i, usable);
      const line = lines[last]!;
      found.push(foundInView(view, lines[i]!.start, line.end, 'raw'));
      inBlock.fill(1, i, last + 1);
      i = last;
      continue;
    }
    const block = prefixedBlock(text, lines, i, anchor, usable);
    found.push(buildLogFound(view, lines, block.members, block.prefix, block.bare));
    inBlock.fill(1, i, block.members[block.members.length - 1]!.line + 1);
    i = block.members[block.members.length - 1]!.line;
  }

  if (found.length === 0) fragments(view, lines, usable, inBlock, found);

  let skipped = 0;
  for (let i = 0; i < lines.length; i++) if (usable(i) && inBlock[i] === 0 && !isBlank(content(i))) skipped++;
  return { found, skipped };
}

function markUsable(lines: readonly TextLine[], excluded: readonly Span[]): boolean[] {
  const out: boolean[] = [];
  let k = 0;
  for (const line of lines) {
    while (k < excluded.length && excluded[k]!.end <= line.start) k++;
    const span = excluded[k];
    out.push(span === undefined || span.start >= line.end);
  }
  return out;
}

function prefixedBlock(
  text: string,
  lines: readonly TextLine[],
  first: number,
  anchor: number,
  usable: (i: number) => boolean,
): { members: Member[]; prefix: string; bare: boolean } {
  const line0 = lines[first]!;
  const prefix = text.slice(line0.start, line0.start + anchor);
  const shape = prefixShape(prefix);
  const members: Member[] = [{ line: first, contentStart: line0.start + anchor }];
  let bare = false;
  let j = first + 1;
  for (; j < lines.length && usable(j); j++) {
    const line = lines[j]!;
    const c = text.slice(line.start, line.contentEnd);
    if (!bare) {
      const m = shape.exec(c);
      if (m !== null) {
        const rest = c.slice(m[0].length);
        if (isVersionLine(rest) || !(isSdpLine(rest) || isBlank(rest))) break;
        members.push({ line: j, contentStart: line.start + m[0].length });
        continue;
      }
      if (j === first + 1 && isSdpLine(c) && !isVersionLine(c)) {
        bare = true;
        members.push({ line: j, contentStart: line.start });
        continue;
      }
      break;
    }
    if (isVersionLine(c) || versionAnchor(c) >= 0 || !(isSdpLine(c) || isBlank(c))) break;
    members.push({ line: j, contentStart: line.start });
  }
  // Trailing blank lines belong to the description only at the end of the text.
  if (j < lines.length) {
    while (members.length > 1) {
      const m = members[members.length - 1]!;
      if (!isBlank(text.slice(m.contentStart, lines[m.line]!.contentEnd))) break;
      members.pop();
    }
  }
  return { members, prefix, bare };
}

function buildLogFound(view: View, lines: readonly TextLine[], members: readonly Member[], prefix: string, bare: boolean): Found {
  const text = view.text;
  let crlf = 0;
  let lf = 0;
  for (const m of members) {
    const line = lines[m.line]!;
    if (isBlank(text.slice(m.contentStart, line.contentEnd))) continue;
    const eol = text.slice(line.contentEnd, line.end);
    if (eol === '\r\n') crlf++;
    else if (eol === '\n') lf++;
  }
  // Evidence that the original had CRLF: some lines kept it, others lost the
  // CR on the way (a log writer, a terminal). All-LF text gives no evidence.
  const restore = crlf > 0 && lf > 0;
  const parts: string[] = [];
  const origins: number[] = [];
  let restored = 0;
  for (const m of members) {
    const line = lines[m.line]!;
    let eol = text.slice(line.contentEnd, line.end);
    if (restore && eol === '\n') {
      eol = '\r\n';
      restored++;
    }
    parts.push(text.slice(m.contentStart, line.contentEnd) + eol);
    origins.push(view.at(m.contentStart));
  }
  const firstLine = lines[members[0]!.line]!;
  const lastLine = lines[members[members.length - 1]!.line]!;
  const found: Found = {
    sdp: parts.join(''),
    source: 'log',
    start: view.at(members[0]!.contentStart),
    end: view.at(lastLine.end),
    lineOrigins: origins,
    escapeLevels: 0,
    diagnostics: [],
  };
  // A value copied out of webrtc-internals: "type: offer, sdp: v=0…" (peer_connection_tracker.cc).
  const typed = /(?:^|\W)type: (offer|answer|pranswer|rollback), sdp: ?$/.exec(prefix);
  if (typed !== null) found.type = typed[1] as SdpType;
  const prefixStart = view.at(firstLine.start);
  const prefixEnd = view.at(members[0]!.contentStart);
  if (bare) {
    found.diagnostics.push(pending('extract-first-line-prefix', { prefix: shown(prefix) }, prefixStart, prefixEnd));
  } else {
    const count = members.filter((m) => m.contentStart > lines[m.line]!.start).length;
    found.diagnostics.push(pending('extract-prefix-stripped', { prefix: shown(prefix), count }, prefixStart, prefixEnd));
  }
  if (restored > 0) {
    found.diagnostics.push(pending('extract-crlf-restored', { count: restored, total: members.length }, found.start, found.end));
  }
  return found;
}

/** Cut-off descriptions: no `v=0`, but a run of SDP lines that only a description has. */
function fragments(view: View, lines: readonly TextLine[], usable: (i: number) => boolean, inBlock: Uint8Array, found: Found[]): void {
  const text = view.text;
  const content = (i: number): string => text.slice(lines[i]!.start, lines[i]!.contentEnd);
  for (let i = 0; i < lines.length; i++) {
    if (!usable(i) || !isSdpLine(content(i)) || /^[ \t]/.test(content(i))) continue;
    let run = i;
    let telling = false;
    while (run < lines.length && usable(run) && isSdpLine(content(run))) {
      if (/^(?:[omct]=|a=(?:rtpmap|candidate|fingerprint|ice-ufrag|mid|ssrc|group|setup):)/.test(content(run))) telling = true;
      run++;
    }
    if (run - i < 3 || !telling) {
      i = run;
      continue;
    }
    const last = rawBlockEnd(text, lines, i, usable);
    const f = foundInView(view, lines[i]!.start, lines[last]!.end, 'raw');
    f.diagnostics.push(pending('extract-no-version-line', {}, f.start, view.at(lines[i]!.contentEnd)));
    found.push(f);
    inBlock.fill(1, i, last + 1);
    i = last;
  }
}
