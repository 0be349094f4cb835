import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countEols, dominantEol, eolCountsOf, eolLabel, restoreEols, toAreaValue, type Eol } from '../../src/web/line-endings.js';

/** Text made of SDP-ish characters and every kind of line ending. */
const piece = fc.constantFrom('a', 'v=0', ' ', 'é', '\r\n', '\n', '\r', 'x\r', '\r\r\n');
const anyText = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
const eol = fc.constantFrom<Eol>('\r\n', '\n', '\r');
const lineText = fc.stringMatching(/^[a-z0-9=: ]{0,8}$/);
/** A text whose lines all end with `eol` (the last may have none). */
const uniform = fc.tuple(fc.array(lineText, { maxLength: 12 }), eol, fc.boolean()).map(([lines, e, last]) => ({ e, text: lines.join(e) + (last && lines.length > 0 ? e : '') }));

/** Where a textarea offset (LF value) falls in the exact text. */
function exactOffset(text: string, at: number): number {
  let v = 0;
  let i = 0;
  while (v < at) {
    i += text.startsWith('\r\n', i) ? 2 : 1;
    v++;
  }
  return i;
}

describe('line endings of a box (text ↔ textarea value)', () => {
  it('the textarea value has LF only', () => {
    expect(toAreaValue('a\r\nb\rc\nd\r\r\n')).toBe('a\nb\nc\nd\n\n');
  });

  it('an unchanged value gives back the exact text, whatever its endings (mixed too)', () => {
    fc.assert(fc.property(anyText, eol, (x, fallback) => restoreEols(x, toAreaValue(x), fallback) === x));
  });

  it('a uniform text comes back from its LF form even from an empty box that remembers the style', () => {
    fc.assert(fc.property(uniform, ({ e, text }) => restoreEols('', toAreaValue(text), e) === text));
  });

  it('only endings change: the textarea keeps showing what the user typed', () => {
    fc.assert(
      fc.property(anyText, fc.string(), fc.nat(), fc.nat(), eol, (x, typed, a, b, fallback) => {
        const v = toAreaValue(x);
        const [s, t] = [a % (v.length + 1), b % (v.length + 1)].sort((p, q) => p - q) as [number, number];
        const edited = v.slice(0, s) + toAreaValue(typed) + v.slice(t);
        return toAreaValue(restoreEols(x, edited, fallback)) === edited;
      }),
    );
  });

  it('typing one character keeps every other byte, endings included (mixed text too)', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.constantFrom('x', '=', ' ', 'é'), (x, a, c) => {
        const v = toAreaValue(x);
        const at = a % (v.length + 1);
        const k = exactOffset(x, at);
        // Typing right after a CR that ends a line (not a CRLF) lands after it too.
        return restoreEols(x, v.slice(0, at) + c + v.slice(at)) === x.slice(0, k) + c + x.slice(k);
      }),
    );
  });

  it('Enter in a CRLF text makes a CRLF line; no lone LF appears', () => {
    fc.assert(
      fc.property(uniform.filter((u) => u.e === '\r\n'), fc.nat(), fc.constantFrom('\n', 'x\n', '\nx', '\n\n'), ({ text }, a, typed) => {
        const v = toAreaValue(text);
        const at = a % (v.length + 1);
        const out = restoreEols(text, v.slice(0, at) + typed + v.slice(at), '\r\n');
        return !/(^|[^\r])\n/.test(out) && !/\r(?!\n)/.test(out);
      }),
    );
  });

  it('deleting a line break keeps the ending of the joined line', () => {
    expect(restoreEols('a\r\nb\nc', 'ab\nc')).toBe('ab\nc');
    expect(restoreEols('a\nb\r\nc', 'ab\nc')).toBe('ab\r\nc');
  });

  it('a line typed at the end of a CRLF text with no final ending gets CRLF', () => {
    expect(restoreEols('v=0\r\ns=-', 'v=0\ns=-\nt=0 0')).toBe('v=0\r\ns=-\r\nt=0 0');
  });

  it('a cleared box types with the style it remembers', () => {
    expect(restoreEols('', 'v=0\n', '\r\n')).toBe('v=0\r\n');
    expect(restoreEols('', 'v=0\n')).toBe('v=0\n');
  });

  it('counts and labels', () => {
    expect(eolCountsOf('a\r\nb\nc\rd\r\n')).toEqual({ crlf: 2, lf: 1, cr: 1 });
    fc.assert(fc.property(anyText, (x) => JSON.stringify(eolCountsOf(x)) === JSON.stringify(countEols(x.match(/\r\n|\r|\n/g) ?? []))));
    expect(eolLabel({ crlf: 5, lf: 0, cr: 0 })).toBe('CRLF');
    expect(eolLabel({ crlf: 0, lf: 2, cr: 0 })).toBe('LF');
    expect(eolLabel({ crlf: 0, lf: 0, cr: 1 })).toBe('CR');
    expect(eolLabel({ crlf: 3, lf: 1, cr: 0 })).toBe('mixed: 3 CRLF, 1 LF');
    expect(eolLabel({ crlf: 0, lf: 0, cr: 0 })).toBe('no line ending');
    expect(dominantEol({ crlf: 1, lf: 1, cr: 0 })).toBe('\r\n');
    expect(dominantEol({ crlf: 1, lf: 2, cr: 0 })).toBe('\n');
    expect(dominantEol({ crlf: 0, lf: 0, cr: 0 })).toBeUndefined();
  });
});

import { looksLikeAddress } from '../../src/web/components/Address.js';

describe('what the page draws as an address (never broken inside a number)', () => {
  it.each(['192.0.2.1', '192.0.2.1:5000', '2001:db8::1', '[2001:db8::1]:5000', '::1', 'fe80::1:2:3:4', '::ffff:192.0.2.1', '192.168.1.23 51372'])('%s is an address', (a) => {
    expect(looksLikeAddress(a)).toBe(true);
  });
  it.each(['111', '48000/2', 'UDP/TLS/RTP/SAVPF', 'IN', 'minptime=10', '1.2.3', 'a.b.c.d', 'sha-256 5A:0E'])('%s is not', (a) => {
    expect(looksLikeAddress(a)).toBe(false);
  });
});

describe('restoreEols on a large text (only the edited lines are mapped)', () => {
  // 70 kB of CRLF lines around the generated text: past the size where restoreEols narrows to the edit.
  const pad = 'a=candidate:1 1 udp 2122260223 10.0.0.1 5000 typ host\r\n'.repeat(1300);
  const around = (x: string): string => pad + x + '\r\n' + pad;
  const large = fc.tuple(anyText, fc.boolean()).map(([x, wrap]) => (wrap ? around(x) : pad + x));

  it('an unchanged value gives back the exact text', () => {
    fc.assert(fc.property(large, eol, (x, fallback) => restoreEols(x, toAreaValue(x), fallback) === x), { numRuns: 60 });
  });

  it('only endings change', () => {
    fc.assert(
      fc.property(large, fc.string(), fc.nat(), fc.nat(), eol, (x, typed, a, b, fallback) => {
        const v = toAreaValue(x);
        const near = pad.length - 200;
        const [s, t] = [near + (a % (v.length + 1 - near)), near + (b % (v.length + 1 - near))].sort((p, q) => p - q) as [number, number];
        const edited = v.slice(0, s) + toAreaValue(typed) + v.slice(t);
        return toAreaValue(restoreEols(x, edited, fallback)) === edited;
      }),
      { numRuns: 60 },
    );
  });

  it('typing one character keeps every other byte, endings included', () => {
    fc.assert(
      fc.property(large, fc.nat(), fc.constantFrom('x', '=', ' ', 'é'), (x, a, c) => {
        const v = toAreaValue(x);
        const at = a % (v.length + 1);
        const k = exactOffset(x, at);
        return restoreEols(x, v.slice(0, at) + c + v.slice(at)) === x.slice(0, k) + c + x.slice(k);
      }),
      { numRuns: 60 },
    );
  });

  it('Enter in a CRLF text makes a CRLF line', () => {
    const text = pad + 'v=0\r\ns=-\r\n' + pad;
    const v = toAreaValue(text);
    const at = v.indexOf('s=-') + 3;
    expect(restoreEols(text, v.slice(0, at) + '\nt=0 0' + v.slice(at), '\r\n')).toBe(pad + 'v=0\r\ns=-\r\nt=0 0\r\n' + pad);
  });
});
