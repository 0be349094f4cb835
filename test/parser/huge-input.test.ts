import { describe, expect, it } from 'vitest';
import { decodeInput, extractDescriptions, lint, lintPair, parse } from '../../src/index.js';

/*
 * Inputs far larger than any SDP (a binary opened by mistake, a runaway
 * generator) must still give diagnostics, never an exception: no recursion
 * per line and no `push(...items)` or `Math.max(...items)` over a list whose
 * length the input decides (each argument takes stack; a few hundred
 * thousand overflow it).
 */

const HEAD = 'v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\n';

describe('huge inputs', () => {
  it('an a=ice-options line with 500,000 tokens is parsed, not an internal error', () => {
    const text = `${HEAD}a=ice-options:${'x '.repeat(500_000)}x\r\nm=audio 9 RTP/AVP 0\r\na=ice-options:${'y '.repeat(500_000)}y\r\n`;
    const { document, diagnostics } = parse(text);
    expect(diagnostics.map((d) => d.code)).not.toContain('internal-error');
    expect(document.session.ice.options.length).toBe(500_001);
    expect(document.media[0]?.ice.options.length).toBe(500_001);
  });

  it('lintPair with 200,000 findings of one pair rule returns them', () => {
    const offer = `${HEAD}m=audio 9 RTP/AVP 0\r\na=mid:0\r\n`;
    const extmaps = Array.from({ length: 200_000 }, (_, i) => `a=extmap:${(i % 14) + 1} urn:x:${i}\r\n`).join('');
    const answer = `${HEAD}m=audio 9 RTP/AVP 0\r\na=mid:0\r\n${extmaps}`;
    const r = lintPair(offer, answer);
    expect(r.pair.length).toBeGreaterThan(150_000);
  });

  it('extractDescriptions over 200,000 `v=0` lines reports, not an internal error', () => {
    const r = extractDescriptions('v=0\r\n'.repeat(200_000));
    expect(r.diagnostics.map((d) => d.code)).not.toContain('extract-internal-error');
  });

  it('16 MB of a binary read as Latin-1 gives diagnostics from parse, lint and extractDescriptions', () => {
    // Junk with neither NUL nor control bytes (so decodeInput lets it through, as Latin-1), a line break every 5,000 bytes.
    const bytes = new Uint8Array(16 * 1024 * 1024);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = i % 5000 === 4999 ? 0x0a : 0x20 + ((seed >>> 24) % 224);
    }
    const decoded = decodeInput(bytes);
    expect(decoded.encoding).toBe('latin1');
    const text = decoded.text;
    expect(() => parse(text)).not.toThrow();
    expect(lint(text).length).toBeGreaterThan(0);
    expect(() => extractDescriptions(text)).not.toThrow();
  });
});
