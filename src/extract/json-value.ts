/*
 * A small JSON reader (RFC 8259) that keeps where every value is: the
 * extractor must point diagnostics at the input, which JSON.parse cannot do.
 * It never throws; a syntax error comes back as a value with its offset.
 *
 * Two liberties, both for text people paste: raw control characters inside
 * strings are kept (a pretty-printed SDP pasted into a JSON string keeps its
 * real line breaks), and a byte order mark counts as white space.
 */

interface Node {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

export interface JsonObject extends Node {
  kind: 'object';
  entries: JsonEntry[];
}

export interface JsonEntry {
  key: string;
  keyStart: number;
  value: JsonValue;
}

export interface JsonArray extends Node {
  kind: 'array';
  items: JsonValue[];
}

export interface JsonString extends Node {
  kind: 'string';
  value: string;
}

export interface JsonNumber extends Node {
  kind: 'number';
  value: number;
}

export interface JsonLiteral extends Node {
  kind: 'literal';
  value: boolean | null;
}

export type JsonValue = JsonObject | JsonArray | JsonString | JsonNumber | JsonLiteral;

export type JsonResult = { ok: true; value: JsonValue; end: number } | { ok: false; error: string; offset: number };

/** Deeper nesting is refused rather than risking the call stack. */
const MAX_DEPTH = 400;

class JsonError {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the input';
  const c = text.slice(at, at + 1);
  return c === '`' ? '"`"' : `\`${c}\``;
}

/**
 * Where the next backslash is, remembered across strings and across readers
 * of the same text: looking it up afresh for every string would make long
 * documents (and text with many `{` to try) quadratic. Valid for offsets in
 * [from, at]: no backslash lies in between.
 */
const nextSlash = { text: '', from: 0, at: -1 };

/** Drops the remembered text (so a large input is not kept alive after extraction). */
export function forgetText(): void {
  nextSlash.text = '';
  nextSlash.from = 0;
  nextSlash.at = -1;
}

class Reader {
  pos: number;

  constructor(
    readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  /** The offset of the first backslash at or after `from`, or the text length when there is none. */
  backslashFrom(from: number): number {
    const memo = nextSlash;
    if (memo.text !== this.text || from < memo.from || from > memo.at) {
      const at = this.text.indexOf('\\', from);
      memo.text = this.text;
      memo.from = from;
      memo.at = at < 0 ? this.text.length : at;
    }
    return memo.at;
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) this.pos++;
      else break;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new JsonError(`nested more than ${MAX_DEPTH} levels deep`, this.pos);
    this.skipSpace();
    const t = this.text;
    const start = this.pos;
    const c = t[start];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') {
      const s = readString(t, start, this);
      if (s.error !== undefined) throw new JsonError(s.error, s.offset);
      this.pos = s.end;
      return { kind: 'string', value: s.value, start, end: s.end };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (t.startsWith(word, start)) {
        this.pos = start + word.length;
        return { kind: 'literal', value, start, end: this.pos };
      }
    }
    NUMBER.lastIndex = start;
    const m = NUMBER.exec(t);
    if (m !== null) {
      this.pos = start + m[0].length;
      return { kind: 'number', value: Number(m[0]), start, end: this.pos };
    }
    throw new JsonError(`expected a JSON value, found ${describe(t, start)}`, start);
  }

  private object(depth: number): JsonObject {
    const t = this.text;
    const start = this.pos++;
    const entries: JsonEntry[] = [];
    this.skipSpace();
    if (t[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', entries, start, end: this.pos };
    }
    for (;;) {
      this.skipSpace();
      const keyStart = this.pos;
      if (t[keyStart] !== '"') throw new JsonError(`expected \`"\` to start a member name, found ${describe(t, keyStart)}`, keyStart);
      const key = readString(t, keyStart, this);
      if (key.error !== undefined) throw new JsonError(key.error, key.offset);
      this.pos = key.end;
      this.skipSpace();
      if (t[this.pos] !== ':') throw new JsonError(`expected \`:\` after the member name, found ${describe(t, this.pos)}`, this.pos);
      this.pos++;
      const value = this.value(depth + 1);
      entries.push({ key: key.value, keyStart, value });
      this.skipSpace();
      const c = t[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return { kind: 'object', entries, start, end: this.pos };
      }
      throw new JsonError(`expected \`,\` or \`}\` after a member, found ${describe(t, this.pos)}`, this.pos);
    }
  }

  private array(depth: number): JsonArray {
    const t = this.text;
    const start = this.pos++;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (t[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items, start, end: this.pos };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.skipSpace();
      const c = t[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return { kind: 'array', items, start, end: this.pos };
      }
      throw new JsonError(`expected \`,\` or \`]\` after an element, found ${describe(t, this.pos)}`, this.pos);
    }
  }
}

/**
 * Reads one JSON value starting at `start` (white space first is skipped).
 * With `whole`, only white space may follow it.
 */
export function parseJson(text: string, start = 0, whole = true): JsonResult {
  const r = new Reader(text, start);
  try {
    const value = r.value(0);
    const end = r.pos;
    if (whole) {
      r.skipSpace();
      if (r.pos < text.length) return { ok: false, error: `unexpected ${describe(text, r.pos)} after the JSON value`, offset: r.pos };
    }
    return { ok: true, value, end };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, error: error.message, offset: error.offset };
    if (error instanceof RangeError) return { ok: false, error: 'nested too deeply', offset: r.pos };
    throw error;
  }
}

type StringRead = { value: string; end: number; error?: undefined; offset?: undefined } | { error: string; offset: number; value?: undefined; end?: undefined };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Reads the string literal whose opening quote is at `quote` (RFC 8259 §7). */
function readString(text: string, quote: number, reader: Reader): StringRead {
  let out = '';
  let i = quote + 1;
  let from = i;
  // The next quote at or after i; looked up again only once i has passed it,
  // so a long string with many escapes is not searched to its end per escape.
  let q = -1;
  for (;;) {
    // Jump to the next quote or backslash: most strings have few escapes.
    if (q < i) q = text.indexOf('"', i);
    const b = reader.backslashFrom(i);
    if (q < 0) return { error: 'unterminated string', offset: quote };
    if (q < b) return { value: out + text.slice(from, q), end: q + 1 };
    out += text.slice(from, b);
    const e = text[b + 1];
    if (e === 'u') {
      const hex = text.slice(b + 2, b + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return { error: `invalid escape \`\\u${hex}\``, offset: b };
      out += String.fromCharCode(parseInt(hex, 16));
      i = b + 6;
    } else {
      const s = e === undefined ? undefined : SIMPLE_ESCAPES[e];
      if (s === undefined) return { error: `invalid escape \`\\${e ?? ''}\``, offset: b };
      out += s;
      i = b + 2;
    }
    from = i;
  }
}

/** A decoded string and, for each of its characters, the offset of the text that produced it. */
export interface Decoded {
  value: string;
  /** `map[i]` is the offset of character i's source; `map[value.length]` is where the literal (or run) ends. */
  map: number[];
  /** Offset just past the literal (past the closing quote) or the run. */
  end: number;
}

/**
 * Decodes the JSON string literal whose opening quote is at `quote`, keeping
 * the source offset of every character. With `singleLine`, a raw line break
 * before the closing quote means the literal is not terminated (a string
 * copied from a log is one line). Returns undefined when it is not a valid
 * literal.
 */
export function decodeLiteral(text: string, quote: number, singleLine = false): Decoded | undefined {
  const out: string[] = [];
  const map: number[] = [];
  let i = quote + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      map.push(i);
      return { value: out.join(''), map, end: i + 1 };
    }
    if (singleLine && (c === '\n' || c === '\r')) return undefined;
    if (c === '\\') {
      const step = escapeAt(text, i);
      if (step === undefined) return undefined;
      out.push(step.char);
      map.push(i);
      i += step.length;
      continue;
    }
    out.push(c);
    map.push(i);
    i++;
  }
  return undefined;
}

/**
 * Decodes JSON escapes in `[start, end)` of text that has no quotes around it
 * (a string literal copied without its quotes). Lenient: a backslash that
 * starts no valid escape is kept as it is.
 */
export function decodeRun(text: string, start: number, end: number): Decoded {
  const out: string[] = [];
  const map: number[] = [];
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c === '\\') {
      const step = escapeAt(text, i);
      if (step !== undefined && i + step.length <= end) {
        out.push(step.char);
        map.push(i);
        i += step.length;
        continue;
      }
    }
    out.push(c);
    map.push(i);
    i++;
  }
  map.push(end);
  return { value: out.join(''), map, end };
}

function escapeAt(text: string, i: number): { char: string; length: number } | undefined {
  const e = text[i + 1];
  if (e === undefined) return undefined;
  if (e === 'u') {
    const hex = text.slice(i + 2, i + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
    return { char: String.fromCharCode(parseInt(hex, 16)), length: 6 };
  }
  const s = SIMPLE_ESCAPES[e];
  return s === undefined ? undefined : { char: s, length: 2 };
}

/** The value of member `key` of an object (the last one when a key repeats, as JSON.parse does). */
export function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (value?.kind !== 'object') return undefined;
  let found: JsonValue | undefined;
  for (const e of value.entries) if (e.key === key) found = e.value;
  return found;
}

export function stringMember(value: JsonValue | undefined, key: string): JsonString | undefined {
  const m = member(value, key);
  return m?.kind === 'string' ? m : undefined;
}

/** The member as text: strings as they are, numbers and literals written as JSON writes them. */
export function scalarText(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number' || value.kind === 'literal') return String(value.value);
  return undefined;
}

/** The value as JSON.parse would give it (for small values read by field, such as a logged candidate). */
export function plainValue(value: JsonValue | undefined): unknown {
  if (value === undefined) return undefined;
  switch (value.kind) {
    case 'object':
      return Object.fromEntries(value.entries.map((e) => [e.key, plainValue(e.value)]));
    case 'array':
      return value.items.map(plainValue);
    default:
      return value.value;
  }
}
