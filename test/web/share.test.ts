import { describe, expect, it } from 'vitest';
import { redactDescriptions } from '../../src/index.js';
import { compressText, decodeFragment, decompressText, encodeFragment, shareUrl, unredactedInPair } from '../../src/web/share.js';
import { exampleAnswer, exampleOffer, hostileOffer } from './helpers.js';

describe('the share warning', () => {
  const mdns = '3b9d5c3e-4f1a-4c8e-9d2b-1a2b3c4d5e6f.local';
  const offer = `v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\nc=IN IP4 0.0.0.0\r\na=candidate:1 1 udp 2122194687 ${mdns} 50002 typ host\r\na=candidate:2 1 udp 2122260223 2a02:8109:9c0:1d00::17 50003 typ host\r\n`;

  it('lists the real addresses of a pair, each once', () => {
    expect(unredactedInPair({ offer, answer: offer })).toEqual([mdns, '2a02:8109:9c0:1d00::17']);
    expect(unredactedInPair({ offer: exampleOffer, answer: exampleAnswer })).toContain('192.168.1.23');
  });

  it('counts no stand-in after Redact: mDNS, IPv6 and IPv4 stand-ins are not addresses to warn about', () => {
    const [o, a] = redactDescriptions([offer, exampleAnswer]).texts as [string, string];
    expect(o).toContain('00000000-0000-4000-8000-000000000001.local');
    expect(unredactedInPair({ offer: o, answer: a })).toEqual([]);
    const [eo, ea] = redactDescriptions([exampleOffer, exampleAnswer]).texts as [string, string];
    expect(unredactedInPair({ offer: eo, answer: ea })).toEqual([]);
  });
});

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
