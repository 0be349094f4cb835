import { describe, expect, it } from 'vitest';
import { compressText, decodeFragment, decompressText, encodeFragment, shareUrl } from '../../src/web/share.js';
import { exampleAnswer, exampleOffer, hostileOffer } from './helpers.js';

describe('share links', () => {
  it('round-trips an offer and an answer through the fragment', async () => {
    const fragment = await encodeFragment({ offer: exampleOffer, answer: exampleAnswer });
    expect(fragment).toMatch(/^#o=[A-Za-z0-9_-]+&a=[A-Za-z0-9_-]+$/);
    expect(await decodeFragment(fragment)).toEqual({ offer: exampleOffer, answer: exampleAnswer });
    // Compressed: far shorter than the text.
    expect(fragment.length).toBeLessThan((exampleOffer.length + exampleAnswer.length) / 2);
  });

  it('keeps every byte: CR, LF, Unicode, a 1 MB line', async () => {
    for (const text of ['a=x:é ✓ 𝄞\n\r\nz', hostileOffer, '\r\n']) {
      expect(await decompressText(await compressText(text))).toBe(text);
    }
  });

  it('leaves out an empty side', async () => {
    const fragment = await encodeFragment({ offer: '', answer: exampleAnswer });
    expect(fragment.startsWith('#a=')).toBe(true);
    expect(await decodeFragment(fragment)).toEqual({ offer: '', answer: exampleAnswer });
  });

  it('reads no SDP from other fragments and throws on a broken one', async () => {
    expect(await decodeFragment('')).toBeUndefined();
    expect(await decodeFragment('#section-2')).toBeUndefined();
    await expect(decodeFragment('#o=not-deflate-data')).rejects.toThrow();
  });

  it('builds the link from the page URL, replacing any fragment', () => {
    expect(shareUrl({ href: 'http://127.0.0.1:5173/', hash: '' }, '#o=x')).toBe('http://127.0.0.1:5173/#o=x');
    expect(shareUrl({ href: 'http://127.0.0.1:5173/index.html#o=old', hash: '#o=old' }, '#o=new')).toBe('http://127.0.0.1:5173/index.html#o=new');
  });
});
