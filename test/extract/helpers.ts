import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ExtractedDescription, InputPosition } from '../../src/extract/index.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** Offset of a 1-based position, counting CRLF, LF and lone CR as line ends (as the extractor does). */
export function offsetOf(text: string, p: InputPosition): number {
  let line = 1;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
    i++;
  }
  return i + p.column - 1;
}

/** Every line origin points at the input character the SDP line starts with. */
export function expectOriginsPointAtLines(input: string, d: ExtractedDescription): void {
  const lines = d.sdp.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  expect(d.lineOrigins).toHaveLength(lines.length);
  lines.forEach((line, k) => {
    const first = line[0];
    if (first === undefined || !/[a-zA-Z]/.test(first)) return;
    const at = offsetOf(input, d.lineOrigins[k]!);
    expect(input[at], `line ${k + 1} of description ${d.index} (${d.label})`).toBe(first);
  });
}

export function codes(d: { diagnostics: { code: string }[] }): string[] {
  return d.diagnostics.map((x) => x.code);
}
