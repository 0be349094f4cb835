import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHidden, hasHidden, printable, textSegments } from '../../src/index.js';

/** What must never reach a person raw: C0 but TAB/LF, CR outside CRLF, DEL, C1, bidi, zero-width, odd spaces, lone surrogates. */
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udfff]/u;

/** Any UTF-16 string, weighted towards the characters that matter here. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u001b', '\u0007', '\r', '\n', '\t', '\u009b', '\u200b', '\u202e', '\u2066', '\ufeff', '\u00a0', '\ud800', '\udc00', '😀', 'é', '\\', '⟨'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.constantFrom(...'a=mid:1 .'),
  ),
  maxLength: 60,
});

/** Text with nothing hidden: ASCII letters and punctuation, accents, CJK, emoji, tabs and line breaks. */
const visibleText = fc.string({ unit: fc.constantFrom(...'abc=:/ .-0123\t\n\\⟩', 'é', '日本', '😀', '\r\n', 'Ω'), maxLength: 80 });

describe('printable', () => {
  it.each([
    ['an ESC sequence that clears the screen', 'a=x\u001b[2J', 'a=x\\x1B[2J'],
    ['an OSC title ended by BEL', '\u001b]0;pwned\u0007', '\\x1B]0;pwned\\x07'],
    ['an OSC 8 hyperlink', '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', '\\x1B]8;;https://evil.example\\x1B\\click\\x1B]8;;\\x1B\\'],
    ['NUL, DEL and a C1 CSI', 'a\u0000b\u007fc\u009bd', 'a\\x00b\\x7Fc\\x9Bd'],
    ['a right-to-left override inside an address', 'typ host \u202e1.2.0.291', 'typ host ⟨U+202E⟩1.2.0.291'],
    ['a right-to-left isolate and its pop', 'a=rtpmap:9 \u2067G722/8000\u2069', 'a=rtpmap:9 ⟨U+2067⟩G722/8000⟨U+2069⟩'],
    ['a zero-width space in a mid', 'a=mid:1\u200b', 'a=mid:1⟨U+200B⟩'],
    ['a byte order mark and a word joiner', '\ufeffv=0\u2060', '⟨U+FEFF⟩v=0⟨U+2060⟩'],
    ['a no-break space, which looks like a space', 'a=mid:1\u00a0', 'a=mid:1⟨U+00A0⟩'],
    ['a tag character (ASCII smuggling)', 'x\u{e0041}', 'x⟨U+E0041⟩'],
    ['a lone high and a lone low surrogate', 'x\ud800y\udc00', 'x⟨U+D800⟩y⟨U+DC00⟩'],
    ['tabs, line breaks and ordinary Unicode stay', 'a\tb\r\nc\né 😀 日本', 'a\tb\r\nc\né 😀 日本'],
    ['a lone CR, which would write over the line', 'a=mid:0\rs=evil', 'a=mid:0\\x0Ds=evil'],
    ['backslashes and angle brackets stay (Windows paths, idempotence)', 'C:\\sdp\\x.sdp ⟨U+200B⟩', 'C:\\sdp\\x.sdp ⟨U+200B⟩'],
  ])('%s', (_name, input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  it('names what it found and says which kind it is', () => {
    expect(findHidden('a\u200bb\u202e\u001b\u00a0').map((f) => [f.offset, f.hidden.code, f.hidden.kind, f.hidden.name])).toEqual([
      [1, 'U+200B', 'invisible', 'ZERO WIDTH SPACE'],
      [3, 'U+202E', 'bidi', 'RIGHT-TO-LEFT OVERRIDE'],
      [4, 'U+001B', 'control', 'ESCAPE'],
      [5, 'U+00A0', 'space', 'NO-BREAK SPACE'],
    ]);
    expect(hasHidden('a=mid:0')).toBe(false);
    expect(hasHidden('a=mid:0\u200b')).toBe(true);
  });

  it('property: the result has no control, bidi, zero-width or lone surrogate character but TAB, LF and CRLF', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(printable(s).replace(/\r\n/g, '')).not.toMatch(RAW);
      }),
      { numRuns: 500 },
    );
  });

  it('property: text with nothing hidden is unchanged', () => {
    fc.assert(fc.property(visibleText, (s) => {
      expect(hasHidden(s)).toBe(false);
      expect(printable(s)).toBe(s);
    }));
  });

  it('property: idempotent, so a message that quotes a visible value passes the CLI sanitiser unchanged', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(printable(printable(s))).toBe(printable(s));
    }));
  });

  it('property: two different values without a literal `\\` or `⟨` never show the same', () => {
    const noIntroducer = anyText.filter((s) => !s.includes('\\') && !s.includes('⟨'));
    fc.assert(fc.property(noIntroducer, noIntroducer, (a, b) => {
      if (a !== b) expect(printable(a)).not.toBe(printable(b));
    }), { numRuns: 1000 });
    expect(printable('1')).not.toBe(printable('1\u200b'));
  });

  it('property: the segments put back together are the text, and shown are printable()', () => {
    fc.assert(fc.property(anyText, (s) => {
      const segments = textSegments(s);
      expect(segments.map((x) => (x.kind === 'text' ? x.text : x.hidden.char)).join('')).toBe(s);
      expect(segments.map((x) => (x.kind === 'text' ? x.text : x.hidden.shown)).join('')).toBe(printable(s));
      for (const x of segments) if (x.kind === 'text') expect(x.text).not.toBe('');
    }));
  });
});
