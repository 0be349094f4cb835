import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLiteral, decodeRun, parseJson, type JsonValue } from '../../src/extract/json-value.js';

function plain(v: JsonValue): unknown {
  switch (v.kind) {
    case 'object':
      return Object.fromEntries(v.entries.map((e) => [e.key, plain(e.value)]));
    case 'array':
      return v.items.map(plain);
    default:
      return v.value;
  }
}

function everyNode(v: JsonValue, f: (n: JsonValue) => void): void {
  f(v);
  if (v.kind === 'object') v.entries.forEach((e) => everyNode(e.value, f));
  if (v.kind === 'array') v.items.forEach((i) => everyNode(i, f));
}

describe('parseJson', () => {
  it('reads what JSON.parse reads, and every node spans its own text', () => {
    fc.assert(
      fc.property(fc.json(), fc.constantFrom(undefined, 1, 2), (json, indent) => {
        const text = JSON.stringify(JSON.parse(json), null, indent);
        const r = parseJson(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(plain(r.value)).toEqual(JSON.parse(text));
        everyNode(r.value, (n) => expect(JSON.parse(text.slice(n.start, n.end))).toEqual(plain(n)));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws: errors come back with their offset', () => {
    expect(parseJson('{"a":1,}')).toEqual({ ok: false, error: 'expected `"` to start a member name, found `}`', offset: 7 });
    expect(parseJson('[1 2]')).toEqual({ ok: false, error: 'expected `,` or `]` after an element, found `2`', offset: 3 });
    expect(parseJson('"abc')).toEqual({ ok: false, error: 'unterminated string', offset: 0 });
    expect(parseJson('{} x')).toEqual({ ok: false, error: 'unexpected `x` after the JSON value', offset: 3 });
    expect(parseJson('['.repeat(100_000)).ok).toBe(false);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (s) => void parseJson(s)));
  });

  it('reads one value and stops when asked to', () => {
    const r = parseJson('log {"a":[1]} tail', 4, false);
    expect(r).toMatchObject({ ok: true, end: 13 });
  });
});

describe('decoding with the source offset of every character', () => {
  it('maps each decoded character to the escape that produced it', () => {
    const text = 'x "a\\r\\nb\\u00e9" y';
    const d = decodeLiteral(text, 2)!;
    expect(d.value).toBe('a\r\nb\u00e9');
    expect(d.map).toEqual([3, 4, 6, 8, 9, 15]);
    expect(d.end).toBe(16);
    expect(decodeLiteral('"a\nb"', 0, true)).toBeUndefined();
  });

  it('decodes a run without quotes and keeps a stray backslash', () => {
    expect(decodeRun('v=0\\r\\n\\q', 0, 9).value).toBe('v=0\r\n\\q');
  });

  it('inverts JSON.stringify on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const lit = JSON.stringify(s);
        expect(decodeLiteral(lit, 0)!.value).toBe(s);
        expect(decodeRun(lit, 1, lit.length - 1).value).toBe(s);
      }),
    );
  });
});
