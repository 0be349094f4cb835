import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { fieldSpan, textOf, tokenSpan } from '../../src/lint/span.js';

/*
 * Lines over 256 characters have their fields and words indexed once
 * (span.ts); the answers must be the ones a scan from the start gives. The
 * reference scans below are the plain definitions.
 */
function scanField(text: string, from: number, index: number): { start: number; end: number } | undefined {
  const re = /[^ ]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text)) !== null) {
    if (i++ === index) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function scanToken(text: string, needle: string, from: number): number {
  const word = (c: string): boolean => c !== '' && /[A-Za-z0-9_-]/.test(c);
  let at = from;
  while ((at = text.indexOf(needle, at)) >= 0) {
    if (!word(text.charAt(at - 1)) && !word(text.charAt(at + needle.length))) return at;
    at += 1;
  }
  return -1;
}

const LINES = [
  (pts: string[]) => `m=video 9 UDP/TLS/RTP/SAVPF ${pts.join(' ')}`,
  (pts: string[]) => `a=group:BUNDLE ${pts.join(' ')}`,
  (pts: string[]) => `a=simulcast:send ${pts.map((p) => `r${p}`).join(';')} recv ${pts.map((p) => `~r${p}`).join(',')}`,
  (pts: string[]) => `a=rid:r1 send pt=${pts.join(',')}`,
];

describe('spans on long lines equal a scan from the start', () => {
  it('fieldSpan and tokenSpan', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LINES.length - 1 }), fc.array(fc.integer({ min: 0, max: 300 }).map(String), { minLength: 140, maxLength: 200 }), fc.nat(), (which, pts, pick) => {
        const text = LINES[which]!(pts);
        const sdp = `v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n${which === 0 ? '' : 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\n'}${text}\r\n`;
        const line = parse(sdp).document.lines.find((l) => l.source?.text === text)!;
        expect(textOf(line).length).toBeGreaterThan(256);
        const valueStart = text.indexOf(which === 0 ? '=' : ':') + 1;
        for (const index of [0, 1, 3, pick % (pts.length + 5), pts.length + 10]) {
          const expected = scanField(text, valueStart, index);
          const got = fieldSpan(line, index);
          if (expected !== undefined) expect(got).toEqual(expected);
          else expect(got.end).toBe(text.length);
        }
        const needle = pick % 3 === 0 ? `r${pts[pick % pts.length]!}` : pts[pick % pts.length]!;
        const first = scanToken(text, needle, valueStart);
        // From the start, from anywhere, and from exactly where the needle first stands (and one past it).
        for (const from of [0, pick % text.length, first, first + 1]) {
          const at = scanToken(text, needle, Math.max(valueStart, from));
          const span = tokenSpan(line, needle, from);
          if (at >= 0) expect(span).toEqual({ start: at, end: at + needle.length });
          else expect(span.end).toBe(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
