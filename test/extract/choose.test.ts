import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultSelection, extractDescriptions } from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');

describe('defaultSelection', () => {
  it('picks the only description of a signalling message', () => {
    expect(defaultSelection(extractDescriptions(fixture('signalling-offer.json')))).toEqual({ kind: 'description', description: 0 });
  });
  it('pairs an offer followed by an answer', () => {
    const text = JSON.stringify([{ type: 'offer', sdp: offer }, { type: 'answer', sdp: answer }]);
    expect(defaultSelection(extractDescriptions(text))).toEqual({ kind: 'pair', offer: 0, answer: 1 });
  });
  it('asks (undefined) when a dump holds several complete negotiations', () => {
    const result = extractDescriptions(fixture('webrtc-internals-two-pcs.json'));
    const complete = (result.peerConnections ?? []).flatMap((pc) => pc.negotiations.filter((n) => n.offer !== undefined && n.answer !== undefined));
    expect(complete.length).toBeGreaterThan(1);
    expect(defaultSelection(result)).toBeUndefined();
  });
  it('asks when two descriptions are not an offer then an answer', () => {
    const text = JSON.stringify([{ type: 'answer', sdp: answer }, { type: 'offer', sdp: offer }]);
    expect(defaultSelection(extractDescriptions(text))).toBeUndefined();
  });
});
