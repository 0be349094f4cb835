import type { IToken } from 'chevrotain';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { lexLines } from '../lexer/lexer.js';
import { OtherLine, UnknownTypeLine } from '../lexer/tokens.js';
import { sdpGrammar } from '../grammar/parser.js';
import { PartChecker, type LineAt } from '../grammar/recovery.js';
import { attributeInfo, isFlagFamily } from '../model/attributes/index.js';
import type { Level } from '../model/family.js';
import { lineFamily } from '../model/lines/index.js';
import type { LineValue, SdpLine } from '../model/line.js';
import type { Sections } from '../model/sections.js';

/**
 * Lexes and parses `text`, then gives every line its meaning: one SdpLine
 * per line, in input order, with its exact source, type, attribute name and
 * typed value; the sections the grammar found; and every problem found on
 * the way, the grammar's recovery included.
 */
export function buildModel(text: string): { lines: SdpLine[]; sections: Sections; diagnostics: DiagnosticCollector } {
  const { lines: all, grammar: tokens } = lexLines(text);
  const outline = sdpGrammar().outline(tokens);
  const placed = outline.placed;
  const grammarStarts = outline.mediaStarts;

  const diags = new DiagnosticCollector();
  const lines: SdpLine[] = [];
  const mediaStarts: number[] = [];
  const b: Builder = { diags, level: 'session', otherEol: 0, firstOtherEol: undefined };
  let part = new PartChecker('session', diags);
  const parts: PartChecker[] = [part];
  // i: index of the next grammar token, in lexLines's `grammar` (the lines of a known type).
  let i = 0;
  for (let n = 0; n < all.length; n++) {
    const token = all[n]!;
    const fromGrammar = token.tokenType !== OtherLine && token.tokenType !== UnknownTypeLine;
    const opens = fromGrammar && i === grammarStarts[mediaStarts.length];
    if (opens) b.level = 'media';
    const line = addLine(b, token, n + 1);
    lines.push(line);
    if (opens) {
      part.finish(lineAt(lines, n));
      part = new PartChecker('media', diags);
      parts.push(part);
      mediaStarts.push(n);
    }
    if (fromGrammar) {
      if (placed[i] === 1) part.placed(line.type, n + 1, 1);
      else part.skipped(line.type, n + 1, typeColumn(line.source!.text));
      i++;
    }
  }

  if (lines.length === 0) {
    diags.add('empty-input', {}, 1, 1, 1, 1);
  } else {
    part.finish(mediaStarts.length === 0 ? lineAt(lines, 0) : lineAt(lines, lines.length - 1));
    checkConnection(lines, parts, mediaStarts, diags);
    checkLineEnds(lines, b, diags);
  }
  return { lines, sections: { sessionEnd: mediaStarts[0] ?? lines.length, mediaStarts }, diagnostics: diags };
}

/** The whole of line `index`, for reports about a part that ends there. */
function lineAt(lines: readonly SdpLine[], index: number): LineAt & { endColumn: number } {
  const text = lines[index]!.source!.text;
  return { line: index + 1, column: 1, endColumn: Math.max(1, text.length + 1) };
}

/** 1-based column of the type letter (after any indentation). */
function typeColumn(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i + 1;
}

/**
 * RFC 8866 §5.7: a `c=` line at session level, or one in every media
 * description. Not a matter of order, so not the grammar's: it needs the
 * whole description.
 */
function checkConnection(lines: readonly SdpLine[], parts: readonly PartChecker[], mediaStarts: readonly number[], diags: DiagnosticCollector): void {
  if (parts[0]!.count('c') > 0) return;
  for (let k = 1; k < parts.length; k++) {
    if (parts[k]!.count('c') > 0) continue;
    const at = lineAt(lines, mediaStarts[k - 1]!);
    diags.add('missing-line', { type: 'c', what: 'connection data, at session level or in this media section' }, at.line, 1, at.line, at.endColumn);
    return;
  }
}

function checkLineEnds(lines: readonly SdpLine[], b: Builder, diags: DiagnosticCollector): void {
  const last = lines[lines.length - 1]!.source!;
  if (last.eol === '' && last.text !== '') {
    diags.add('missing-final-eol', { text: last.text.length > 40 ? `${last.text.slice(0, 40)}…` : last.text }, last.line, last.text.length + 1, last.line, last.text.length + 1);
  }
  const first = b.firstOtherEol;
  if (first !== undefined) {
    const src = first.source!;
    const eol = src.eol === '\n' ? 'LF' : 'CR';
    diags.add('lf-line-endings', { count: b.otherEol, total: lines.length, eol }, src.line, src.text.length + 1, src.line, src.text.length + 1);
  }
}

interface Builder {
  readonly diags: DiagnosticCollector;
  /** Session until the first `m=` line, media after it. */
  level: Level;
  /** Lines ending in LF or a lone CR, and the first of them. */
  otherEol: number;
  firstOtherEol: SdpLine | undefined;
}

const CR = 13;
const LF = 10;
const EQ = 61;
/** Text lines take any bytes; a leading space is part of the value (`s= ` is common). */
const TEXT_TYPES = 'siuep';

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function addLine(b: Builder, token: IToken, lineNo: number): SdpLine {
  const image = token.image;
  const n = image.length;
  const last = image.charCodeAt(n - 1);
  const eolLength = last === LF ? (image.charCodeAt(n - 2) === CR ? 2 : 1) : last === CR ? 1 : 0;
  const text = eolLength === 0 ? image : image.slice(0, n - eolLength);
  const eol = eolLength === 2 ? '\r\n' : eolLength === 0 ? '' : last === LF ? '\n' : '\r';
  const line: SdpLine = { type: '', source: { text, eol, line: lineNo, offset: token.startOffset } };
  if (eolLength === 1) {
    b.otherEol++;
    b.firstOtherEol ??= line;
  }
  if (text.charCodeAt(1) === EQ && isLetter(text.charCodeAt(0))) {
    interpret(b.diags, line, text[0]!, text, 2, lineNo, b.level);
  } else if (token.tokenType === OtherLine) {
    interpretOther(b.diags, line, text, lineNo);
  } else {
    interpretSpaced(b.diags, line, text, lineNo, b.level);
  }
  return line;
}

/** A line with white space before its type letter or before `=` (` a=x`, `a =x`): reported, then read as if it were absent. */
function interpretSpaced(diags: DiagnosticCollector, line: SdpLine, text: string, lineNo: number, level: Level): void {
  const m = /^([ \t]*)([A-Za-z])([ \t]*)=/.exec(text)!;
  const indent = m[1]!.length;
  if (indent > 0) diags.add('leading-whitespace', { type: m[2]! }, lineNo, 1, lineNo, indent + 1);
  if (m[3]!.length > 0) diags.add('space-around-equals', { where: 'before', text: text.slice(indent) }, lineNo, indent + 2, lineNo, indent + 2 + m[3]!.length);
  interpret(diags, line, m[2]!, text, m[0].length, lineNo, level);
}

/** A line without `<letter>=` at its start: blank or garbage. */
function interpretOther(diags: DiagnosticCollector, line: SdpLine, text: string, lineNo: number): void {
  line.raw = text;
  if (text.trim() === '') {
    diags.add('blank-line', {}, lineNo, 1, lineNo, text.length + 1);
    return;
  }
  diags.add('missing-equals', { text: text.length > 40 ? `${text.slice(0, 40)}…` : text }, lineNo, 1, lineNo, text.length + 1);
}

/**
 * Types one `<type>=<value>` line whose value starts at index `from` of the
 * line's text. White space around the value is reported and left out of the
 * typed value (the raw text keeps it). Attribute lines, the common case, are
 * typed from offsets without slicing out the value first.
 */
function interpret(diags: DiagnosticCollector, line: SdpLine, type: string, text: string, from: number, lineNo: number, level: Level): void {
  line.type = type;
  const n = text.length;
  let start = from;
  let end = n;
  const isText = TEXT_TYPES.includes(type);
  if (!isText) {
    while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    if (start > from && start < end) {
      diags.add('space-around-equals', { where: 'after', text: text.slice(from - 2) }, lineNo, from + 1, lineNo, start + 1);
    }
    const lastCode = text.charCodeAt(end - 1);
    if (end > start && (lastCode === 32 || lastCode === 9)) {
      while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
      diags.add('trailing-whitespace', { text: text.slice(start, end) }, lineNo, end + 1, lineNo, n + 1);
    }
  }

  if (type === 'a') {
    interpretAttribute(diags, line, text, start, end, lineNo, level);
    return;
  }
  const value = text.slice(from);
  line.raw = value;
  const family = lineFamily(type);
  if (family === undefined) {
    diags.add('unknown-line-type', { type }, lineNo, from - 1, lineNo, from + 1);
    return;
  }
  // Text lines keep their value as written (a trailing space is part of it).
  const trimmed = isText || (start === from && end === n) ? value : text.slice(start, end);
  const typed = family.parse(trimmed, diags.at(lineNo, (isText ? from : start) + 1));
  if (typed !== undefined) line.value = typed as LineValue;
}

/** Types an attribute whose text (after `a=` and white space) spans [start, end) of the line's text. */
function interpretAttribute(diags: DiagnosticCollector, line: SdpLine, text: string, start: number, end: number, lineNo: number, level: Level): void {
  let colon = text.indexOf(':', start);
  if (colon >= end) colon = -1;
  const name = text.slice(start, colon < 0 ? end : colon);
  const info = attributeInfo(name);
  // A known name is stored as the registry's string: one copy for every line that has it.
  line.name = info?.name ?? name;
  // raw keeps the value exactly as written (white space included); the family parses it trimmed.
  let rawValue = '';
  if (colon >= 0) {
    rawValue = text.slice(colon + 1);
    line.raw = rawValue;
  }
  const column = start + 1;
  if (name === '') {
    diags.add('invalid-syntax', { what: 'attribute', expected: '`a=<name>` or `a=<name>:<value>`', text: text.slice(start - 2) }, lineNo, column, lineNo, end + 1);
    return;
  }
  if (info === undefined) return;
  if (!(level === 'media' ? info.media : info.session)) {
    diags.add('attribute-level', { name, allowed: info.levels.join(' or '), level }, lineNo, column, lineNo, column + name.length);
  }
  const family = info.family;
  if (family === undefined) return;
  if (isFlagFamily(family)) {
    if (colon >= 0) diags.add('attribute-unexpected-value', { name, text: text.slice(colon + 1, end) }, lineNo, colon + 1, lineNo, end + 1);
    return;
  }
  if (colon < 0) {
    diags.add('attribute-missing-value', { name, syntax: family.syntax }, lineNo, column, lineNo, end + 1);
    return;
  }
  const typed = family.parse(end === text.length ? rawValue : text.slice(colon + 1, end), diags.at(lineNo, colon + 2));
  if (typed !== undefined) line.value = typed as LineValue;
}
