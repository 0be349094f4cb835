import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/index.js';

describe('printable', () => {
  it.each([
    ['an ESC sequence that clears the screen', 'a=x\u001b[2J', 'a=x\\x1B[2J'],
    ['an OSC title with BEL', '\u001b]0;pwned\u0007', '\\x1B]0;pwned\\x07'],
    ['NUL and DEL and a C1 CSI', 'a\u0000b\u007fc\u009bd', 'a\\x00b\\x7Fc\\x9Bd'],
    ['a right-to-left override inside an address', 'typ host \u202e1.2.0.291', 'typ host \\u{202E}1.2.0.291'],
    ['a zero-width space in a mid', 'a=mid:\u200b1', 'a=mid:\\u{200B}1'],
    ['a lone surrogate', 'x\ud800y', 'x\\u{D800}y'],
    ['tabs, line breaks and ordinary Unicode stay', 'a\tb\r\nc\né 😀 日本', 'a\tb\r\nc\né 😀 日本'],
    ['a lone CR, which would write over the line', 'a=mid:0\rs=evil', 'a=mid:0\\x0Ds=evil'],
  ])('%s', (_name, input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  it('property: the result has no control, bidi or zero-width character, and printable text is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        // eslint-disable-next-line no-control-regex
        expect(printable(s).replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc=:/ .-0123'), maxLength: 80 }), (s) => {
      expect(printable(s)).toBe(s);
    }));
  });
});
