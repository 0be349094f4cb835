import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressionOf, decompress } from '../../src/index.js';

const text = new TextEncoder().encode('{"PeerConnections":{},"UserAgent":"x"}\n'.repeat(50));

describe('compressed input', () => {
  it('recognises gzip and zlib by their first bytes, and nothing else', () => {
    expect(compressionOf(gzipSync(text))).toBe('gzip');
    expect(compressionOf(deflateSync(text))).toBe('deflate');
    expect(compressionOf(deflateSync(text, { level: 1 }))).toBe('deflate');
    expect(compressionOf(text)).toBeUndefined();
    expect(compressionOf(new TextEncoder().encode('v=0\r\n'))).toBeUndefined();
    expect(compressionOf(new Uint8Array([0x1f, 0x8b]))).toBeUndefined();
    expect(compressionOf(new Uint8Array([]))).toBeUndefined();
  });

  it('passes any text through unchanged, even text whose first two characters pass zlib\'s header check (`x^`)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 40 }), async (s) => {
      const b = new TextEncoder().encode(s);
      expect(await decompress(b)).toEqual({ ok: true, bytes: b, format: undefined });
    }));
    const hat = new TextEncoder().encode('x^2 + 1');
    expect(compressionOf(hat)).toBe('deflate');
    expect(await decompress(hat)).toEqual({ ok: true, bytes: hat, format: undefined });
  });

  it('unpacks gzip and deflate to the original bytes, and passes other bytes through', async () => {
    for (const packed of [gzipSync(text), deflateSync(text)]) {
      const r = await decompress(new Uint8Array(packed));
      expect(r.ok && Buffer.from(r.bytes).equals(Buffer.from(text))).toBe(true);
    }
    const plain = await decompress(text);
    expect(plain).toEqual({ ok: true, bytes: text, format: undefined });
  });

  it('says so, without throwing, for a truncated download and for output beyond the cap', async () => {
    const gz = gzipSync(text);
    const cut = await decompress(new Uint8Array(gz.subarray(0, gz.length - 20)));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.error).toMatch(/^the input starts like gzip data but does not unpack \(.+\): a truncated or damaged download\?$/);
    const big = await decompress(new Uint8Array(gzipSync(new Uint8Array(3 * 1024 * 1024))), { maxBytes: 1024 * 1024 });
    expect(big).toEqual({ ok: false, format: 'gzip', error: 'the gzip data unpacks to more than 1 MB: not a dump this tool reads' });
  });
});
