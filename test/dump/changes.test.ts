import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { descriptionChange, extractDescriptions, type ExtractResult } from '../../src/index.js';

// A real Chromium webrtc-internals download (test/fixtures/dumps/README.md: the scenario, per peer connection).
const result = extractDescriptions(readFileSync(new URL('../fixtures/dumps/chromium-internals.json', import.meta.url), 'utf8'));
const [pc1, pc2] = result.peerConnections!;

const added = (r: ReturnType<typeof descriptionChange>): string[] => r?.report?.changes.filter((c) => c.kind === 'added').map((c) => c.text) ?? [];
const removed = (r: ReturnType<typeof descriptionChange>): string[] => r?.report?.changes.filter((c) => c.kind === 'removed').map((c) => c.text) ?? [];

describe('descriptionChange: the diff to the description of the same side in effect before', () => {
  it('compares a local description with the last applied local one, skipping created ones', () => {
    // PC 1: #1 createOffer, #2 setLocal offer (n1), #5 createAnswer, #6 setLocal answer (n2), #7 createOffer, #8 setLocal offer (n3, ICE restart).
    const e = pc1!.events.find((x) => x.kind === 'description' && x.negotiation === 3 && x.event === 'setLocalDescription')!;
    const change = descriptionChange(result, pc1!, e.description!);
    expect(change?.previous).toBe(5);
    expect(result.descriptions[5]!.event).toBe('setLocalDescription');
    // The restart: new credentials.
    expect(removed(change).some((l) => l.startsWith('a=ice-ufrag:'))).toBe(true);
    expect(added(change).some((l) => l.startsWith('a=ice-ufrag:'))).toBe(true);
    // The created offer of the same negotiation is compared with the same applied answer.
    expect(descriptionChange(result, pc1!, 6)?.previous).toBe(5);
  });

  it('compares the refused remote offer with the last remote description that was applied', () => {
    const failed = pc1!.events.find((x) => x.kind === 'set-failed')!;
    const d = failed.description!;
    expect(result.descriptions[d]!.failed).toMatch(/MID attribute exceeds/);
    const change = descriptionChange(result, pc1!, d);
    expect(change?.previous).toBe(11);
    expect(added(change).filter((l) => /^a=mid:.{17,}/.test(l)).length).toBeGreaterThan(0);
  });

  it('has nothing to compare for the first description of a side, a rollback, or another peer connection’s description', () => {
    expect(descriptionChange(result, pc1!, 0)).toBeUndefined();
    expect(descriptionChange(result, pc1!, 1)).toBeUndefined();
    expect(descriptionChange(result, pc1!, 2)).toBeUndefined();
    const rollback = pc2!.events.find((x) => x.kind === 'rollback')!;
    expect(descriptionChange(result, pc2!, rollback.description!)).toBeUndefined();
    expect(descriptionChange(result, pc1!, pc2!.descriptions[0]!)).toBeUndefined();
  });

  it('skips a refused description: the one before it stays in effect', () => {
    // The remote answer of negotiation 4 again, after the refused offer: compared with #12, not the refused #13.
    const again = { ...result.descriptions[11]!, index: result.descriptions.length, number: result.descriptions.length + 1 };
    const r: ExtractResult = { ...result, descriptions: [...result.descriptions, again] };
    const pc = { ...pc1!, descriptions: [...pc1!.descriptions, again.index] };
    expect(descriptionChange(r, pc, again.index)).toEqual({ previous: 11 });
  });
});
