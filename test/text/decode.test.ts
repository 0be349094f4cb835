import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeInput, encodeOutput, unencodableAt } from '../../src/index.js';

const scale = Number(process.env['FC_NUM_RUNS_SCALE'] ?? '1');
const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(n * scale)) });

const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeInput', () => {
  it.each([
    ['plain ASCII SDP', utf8('v=0\r\ns=-\r\n'), 'utf-8', false, 'v=0\r\ns=-\r\n'],
    ['UTF-8 with é and an emoji', utf8('s=Café 😀\r\n'), 'utf-8', false, 's=Café 😀\r\n'],
    ['a UTF-8 byte-order mark, taken off the text', bytesOf([0xef, 0xbb, 0xbf], 'v=0\r\n'), 'utf-8', true, 'v=0\r\n'],
    ['Latin-1 é and ï (not UTF-8)', bytesOf('s=Caf', [0xe9], ' na', [0xef], 've\r\n'), 'latin1', false, 's=Café naïve\r\n'],
    ['an overlong UTF-8 slash (C0 AF) is not UTF-8', bytesOf('a=', [0xc0, 0xaf]), 'latin1', false, 'a=\u00c0\u00af'],
    ['an encoded surrogate (ED A0 80) is not UTF-8', bytesOf('a=', [0xed, 0xa0, 0x80]), 'latin1', false, 'a=\u00ed\u00a0\u0080'],
    ['a truncated UTF-8 sequence at the end is not UTF-8', bytesOf('s=', [0xc3]), 'latin1', false, 's=\u00c3'],
    ['UTF-16LE with its byte-order mark', bytesOf([0xff, 0xfe], 'v\0=\0' + '0\0\r\0\n\0'), 'utf-16le', true, 'v=0\r\n'],
    ['UTF-16BE with its byte-order mark', bytesOf([0xfe, 0xff], '\0v\0=\0é'), 'utf-16be', true, 'v=é'],
    ['ANSI colours in a log are text', utf8('\u001b[32mINFO\u001b[0m offer v=0\n'), 'utf-8', false, '\u001b[32mINFO\u001b[0m offer v=0\n'],
    ['empty input', new Uint8Array(0), 'utf-8', false, ''],
  ])('%s', (_name, bytes, encoding, bom, text) => {
    const d = decodeInput(bytes);
    expect(d.binary).toBeUndefined();
    expect({ encoding: d.encoding, bom: d.bom, text: d.text }).toEqual({ encoding, bom, text });
    expect(encodeOutput(d.text, d)).toEqual(bytes);
  });

  it.each([
    ['an ELF header', bytesOf([0x7f], 'ELF', [2, 1, 1, 0]), 7, 'NUL byte at offset 7'],
    ['a NUL inside SDP', bytesOf('v=0\r\ns=a', [0], 'b\r\n'), 8, 'NUL byte at offset 8'],
    ['UTF-16 without a byte-order mark', bytesOf('v\0=\0' + '0\0\r\0\n\0s\0=\0-\0'), 1, 'NUL byte at offset 1; it looks like UTF-16 text without a byte-order mark'],
    ['a NUL code unit in UTF-16', bytesOf([0xff, 0xfe], 'v\0\0\0'), 4, 'NUL byte at offset 4'],
    ['control bytes without a NUL', bytesOf('ab', [1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f], 'cd'), 2, '71% control bytes in the first 14 bytes (the first at offset 2)'],
  ])('binary: %s', (_name, bytes, offset, reason) => {
    const d = decodeInput(bytes);
    expect(d.binary).toEqual({ offset, reason });
    expect(d.text).toBe('');
  });

  it('a few stray control bytes in a long SDP are text (the parser reports them)', () => {
    const bytes = utf8(`v=0\r\n${'a=x\u0001\r\n'.repeat(3)}${'a=rtcp-mux\r\n'.repeat(50)}`);
    expect(decodeInput(bytes).binary).toBeUndefined();
  });

  it('reads a 20 MB input without overflowing the stack', () => {
    const bytes = new Uint8Array(20 * 1024 * 1024).fill(0xe9);
    const d = decodeInput(bytes);
    expect(d.encoding).toBe('latin1');
    expect(d.text.length).toBe(bytes.length);
  });

  it('property: bytes that are not binary encode back to themselves', () => {
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300, min: 0x09, max: 0xff }),
      fc.string({ unit: 'binary', maxLength: 100 }).map(utf8),
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 100, min: 1 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
    );
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const d = decodeInput(bytes);
        if (d.binary !== undefined) return;
        expect(encodeOutput(d.text, d)).toEqual(bytes);
      }),
      runs(600),
    );
  });

  it('property: valid UTF-8 stays UTF-8 and decodes as Node does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => !/[\0-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]/.test(s)), (s) => {
        const d = decodeInput(utf8(s));
        expect(d.encoding).toBe('utf-8');
        expect(d.text).toBe(s.startsWith('\ufeff') ? s.slice(1) : s);
        expect(d.bom).toBe(s.startsWith('\ufeff'));
      }),
      runs(1000),
    );
  });

  it('Latin-1 cannot write a character above U+00FF, and says where', () => {
    expect(unencodableAt('s=café', 'latin1')).toBeUndefined();
    expect(unencodableAt('s=caf€', 'latin1')).toBe(5);
    expect(unencodableAt('s=caf€', 'utf-8')).toBeUndefined();
  });
});
