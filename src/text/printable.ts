/*
 * Text shown to a person (a terminal, an annotation, the page) must show what
 * is there and do nothing else. An SDP from the other peer is
 * attacker-controlled: an ESC sequence clears a terminal or sets its title, a
 * bidi override makes `1.2.0.291` display as `192.0.2.1`, a zero-width space
 * makes two mids that differ look equal. This module is the one place that
 * decides which characters are hidden and how they are shown:
 *
 * - Control characters (C0 but TAB and LF, DEL, C1, and a CR that does not end
 *   a CRLF, which would move the cursor back over the line) are shown as
 *   `\xHH`, the form people know from ANSI sequences: `\x1B[2J`.
 * - Characters that reorder text or show nothing (bidi embeddings, overrides,
 *   isolates and marks, zero-width characters, every other Unicode format
 *   character, spaces other than U+0020, line and paragraph separators,
 *   fillers, variation selectors, tag characters) and lone surrogates are shown
 *   as a marker: `⟨U+202E⟩`.
 * - Everything else, line breaks (LF, CRLF) and tabs included, is kept.
 *
 * A literal backslash or `⟨` is not escaped. That keeps `printable` idempotent:
 * library messages that already quote a value made visible (`mid \`1⟨U+200B⟩\``)
 * pass through the CLI's final sanitiser unchanged, and Windows paths keep
 * their backslashes. The price is that someone who types the six characters
 * `\x1B[2J` gets the same display as a real ESC sequence; that text is
 * visible and harmless, and two values that differ by a hidden character
 * always display differently (see the property tests).
 *
 * Machine output (the SDP itself, JSON, SARIF) keeps the exact text and does
 * not use this; the web page renders the same segments as chips.
 */

/** Which kind of hidden character: decides how a person is told about it. */
export type HiddenKind = 'control' | 'bidi' | 'invisible' | 'space' | 'surrogate';

export interface HiddenChar {
  /** The character itself (one code point, or one lone surrogate). */
  char: string;
  /** `U+202E`: four to six upper-case hex digits. */
  code: string;
  kind: HiddenKind;
  /** The Unicode name where it is a well-known one, else a description of the kind. */
  name: string;
  /** How text for people shows it: `\x1B` or `⟨U+202E⟩`. */
  shown: string;
}

export type TextSegment = { kind: 'text'; text: string } | { kind: 'hidden'; hidden: HiddenChar };

/*
 * One pattern for every hidden character. `u` mode: a paired surrogate is one
 * code point and does not match the lone-surrogate class. \p{Cf} holds the
 * bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), the zero-width
 * characters (U+200B–D, U+2060–4, U+FEFF), the soft hyphen and the tags
 * (U+E0001, U+E0020–7F); the fillers and variation selectors are listed by
 * hand because Unicode gives them letter or mark categories although they
 * show nothing.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)|[\p{Cf}\p{Zl}\p{Zp}]|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\uffa0\ufe00-\ufe0f\u{e0100}-\u{e01ef}]|[\ud800-\udfff]/gu;

/** Printable ASCII, TAB and LF hide nothing: most SDP text is that, and this test is far cheaper than HIDDEN's Unicode classes. */
const ONLY_VISIBLE_ASCII = /^[\t\n\x20-\x7e]*$/;

/** \p{Zs} but U+0020 (Unicode 16). */
const SPACES = /^[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/u;

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);

const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x9c: 'STRING TERMINATOR',
  0x9d: 'OPERATING SYSTEM COMMAND',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

const KIND_NAMES: Readonly<Record<HiddenKind, string>> = {
  control: 'control character',
  bidi: 'bidirectional control',
  invisible: 'invisible character',
  space: 'space other than U+0020',
  surrogate: 'lone surrogate',
};

function describe(char: string): HiddenChar {
  const cp = char.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase();
  const code = `U+${hex.padStart(4, '0')}`;
  const kind: HiddenKind =
    cp <= 0x9f ? 'control' : BIDI.has(cp) ? 'bidi' : cp >= 0xd800 && cp <= 0xdfff ? 'surrogate' : SPACES.test(char) ? 'space' : 'invisible';
  const shown = kind === 'control' ? `\\x${hex.padStart(2, '0')}` : `⟨${code}⟩`;
  return { char, code, kind, name: NAMES[cp] ?? KIND_NAMES[kind], shown };
}

const cache = new Map<string, HiddenChar>();

function hidden(char: string): HiddenChar {
  let h = cache.get(char);
  if (h === undefined) cache.set(char, (h = describe(char)));
  return h;
}

/** `text` as runs of ordinary text and single hidden characters, in order; joining them gives `text` back. */
export function textSegments(text: string): TextSegment[] {
  if (ONLY_VISIBLE_ASCII.test(text)) return text === '' ? [] : [{ kind: 'text', text }];
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(HIDDEN)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'hidden', hidden: hidden(m[0]) });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Every hidden character of `text` with its UTF-16 offset (for positions in diagnostics). */
export function findHidden(text: string): { offset: number; hidden: HiddenChar }[] {
  if (ONLY_VISIBLE_ASCII.test(text)) return [];
  return [...text.matchAll(HIDDEN)].map((m) => ({ offset: m.index, hidden: hidden(m[0]) }));
}

/** Whether `text` has a character that printable() would replace. */
export function hasHidden(text: string): boolean {
  if (ONLY_VISIBLE_ASCII.test(text)) return false;
  HIDDEN.lastIndex = 0;
  const found = HIDDEN.test(text);
  HIDDEN.lastIndex = 0;
  return found;
}

/** `text` with every control character shown as `\xHH` and every other hidden character as `⟨U+HHHH⟩`. */
export function printable(text: string): string {
  if (ONLY_VISIBLE_ASCII.test(text)) return text;
  return text.replace(HIDDEN, (ch) => hidden(ch).shown);
}
