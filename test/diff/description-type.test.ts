import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDescriptionType } from '../../src/index.js';

const read = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');

describe('detectDescriptionType', () => {
  it('calls the Chrome example an offer because of a=setup:actpass', () => {
    expect(detectDescriptionType(read('chrome-offer.sdp'))).toMatchObject({ type: 'offer', line: 20 });
  });
  it('calls the Firefox example an answer because of a=setup:active', () => {
    const g = detectDescriptionType(read('firefox-answer.sdp'));
    expect(g.type).toBe('answer');
    expect(g.evidence).toContain('a=setup:active');
  });
  it('says nothing without a=setup', () => {
    expect(detectDescriptionType('v=0\r\nm=audio 9 RTP/AVP 0\r\n').type).toBeUndefined();
  });
  it('prefers actpass anywhere over active elsewhere', () => {
    expect(detectDescriptionType('v=0\r\na=setup:active\r\nm=audio 9 RTP/AVP 0\r\na=setup:actpass\r\n').type).toBe('offer');
  });
});
