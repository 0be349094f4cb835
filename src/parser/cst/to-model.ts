import type { IToken } from 'chevrotain';
import { DiagnosticCollector } from '../diagnostics/collector.js';
import { MediaLine, OtherLine } from '../lexer/tokens.js';
import type { RawDescription } from '../grammar/parser.js';
import { attributeInfo, isFlagFamily } from '../model/attributes/index.js';
import type { Level } from '../model/family.js';
import { lineFamily } from '../model/lines/index.js';
import type { LineValue, SdpLine } from '../model/line.js';
import { checkStructure } from './structure.js';

/**
 * Gives meaning to the raw sections: one SdpLine per token, with its exact
 * source, its type, attribute name and typed value, and every problem found
 * on the way. Structure (required lines, order, duplicates) is checked after.
 */
export function toModel(raw: RawDescription): { lines: SdpLine[]; diagnostics: DiagnosticCollector } {
  return toModelInChunks([raw]);
}

/**
 * Like toModel for a text lexed and parsed in consecutive chunks (each split
 * after a line end); `base` is each chunk's offset in the whole text. Lines
 * carry on across chunks: numbering, and whether an m= line was seen.
 */
export function toModelInChunks(chunks: Iterable<RawDescription & { readonly base?: number }>): { lines: SdpLine[]; diagnostics: DiagnosticCollector } {
  const diags = new DiagnosticCollector();
  const lines: SdpLine[] = [];
  const builder: Builder = { lines, diags, lineNo: 0, inMedia: false, base: 0 };
  for (const raw of chunks) {
    builder.base = raw.base ?? 0;
    for (const token of raw.session) addLine(builder, token);
    for (const section of raw.media) for (const token of section) addLine(builder, token);
  }
  checkStructure(lines, diags);
  return { lines, diagnostics: diags };
}

interface Builder {
  readonly lines: SdpLine[];
  readonly diags: DiagnosticCollector;
  lineNo: number;
  /**
   * Whether an m= line has been seen. The grammar opens sections on
   * well-formed `m=` lines; an indented ` m=` or `m =` is recognised only
   * here, and it must open a section for the lines after it too.
   */
  inMedia: boolean;
  /** Offset of the current chunk in the whole text. */
  base: number;
}

const CR = 13;
const LF = 10;
/** Text lines take any bytes; a leading space is part of the value (`s= ` is common). */
const TEXT_TYPES = 'siuep';

function addLine(b: Builder, token: IToken): void {
  const image = token.image;
  const n = image.length;
  const last = image.charCodeAt(n - 1);
  const eolLength = last === LF ? (image.charCodeAt(n - 2) === CR ? 2 : 1) : last === CR ? 1 : 0;
  const text = eolLength === 0 ? image : image.slice(0, n - eolLength);
  const lineNo = ++b.lineNo;
  const eol = eolLength === 2 ? '\r\n' : eolLength === 0 ? '' : last === LF ? '\n' : '\r';
  const line: SdpLine = { type: '', source: { text, eol, line: lineNo, offset: b.base + token.startOffset } };
  b.lines.push(line);

  if (token.tokenType === MediaLine) b.inMedia = true;
  if (token.tokenType === OtherLine) {
    interpretOther(b, line, text, lineNo);
    return;
  }
  interpret(b.diags, line, text[0]!, text, 2, lineNo, b.inMedia ? 'media' : 'session');
}

/** A line without `<letter>=` at its start: blank, indented, `a =x`, or garbage. */
function interpretOther(b: Builder, line: SdpLine, text: string, lineNo: number): void {
  const diags = b.diags;
  line.raw = text;
  if (text.trim() === '') {
    diags.add('blank-line', {}, lineNo, 1, lineNo, text.length + 1);
    return;
  }
  const indented = /^([ \t]+)([A-Za-z])=/.exec(text);
  if (indented !== null) {
    const indent = indented[1]!.length;
    diags.add('leading-whitespace', { type: indented[2]! }, lineNo, 1, lineNo, indent + 1);
    delete line.raw;
    if (indented[2] === 'm') b.inMedia = true;
    interpret(diags, line, indented[2]!, text, indent + 2, lineNo, b.inMedia ? 'media' : 'session');
    return;
  }
  const spaced = /^([A-Za-z])([ \t]+)=/.exec(text);
  if (spaced !== null) {
    diags.add('space-around-equals', { where: 'before', text }, lineNo, 2, lineNo, 2 + spaced[2]!.length);
    delete line.raw;
    const skip = spaced[0].length;
    if (spaced[1] === 'm') b.inMedia = true;
    interpret(diags, line, spaced[1]!, text, skip, lineNo, b.inMedia ? 'media' : 'session');
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
  if (level === 'media' && type !== 'm' && !'icbka'.includes(type)) {
    diags.add('misplaced-line', { type, what: family.what }, lineNo, from - 1, lineNo, from + 1);
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
  line.name = name;
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
  const info = attributeInfo(name);
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
