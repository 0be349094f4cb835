import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDescriptions, diffLines, extractDescriptions } from '../../src/extract/index.js';

const created = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 9 0',
  'c=IN IP4 0.0.0.0',
  'a=mid:0',
  'a=rtpmap:111 opus/48000/2',
  'a=fmtp:111 minptime=10;useinbandfec=1',
  'a=rtpmap:9 G722/8000',
  'a=rtpmap:0 PCMU/8000',
  '',
].join('\r\n');
// The usual munging: stereo Opus, G722 dropped, a bandwidth limit.
const applied = [
  'v=0',
  'o=- 4611731400430051336 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 0',
  'c=IN IP4 0.0.0.0',
  'b=AS:64',
  'a=mid:0',
  'a=rtpmap:111 opus/48000/2',
  'a=fmtp:111 minptime=10;useinbandfec=1;stereo=1',
  'a=rtpmap:0 PCMU/8000',
  '',
].join('\r\n');

describe('diffLines', () => {
  it('shows a crafted munging line by line, removed before added', () => {
    expect(diffLines(created, applied).filter((c) => c.kind !== 'same')).toEqual([
      { kind: 'removed', line: 6, text: 'm=audio 9 UDP/TLS/RTP/SAVPF 111 9 0', createdLine: 6 },
      { kind: 'added', line: 6, text: 'm=audio 9 UDP/TLS/RTP/SAVPF 111 0', appliedLine: 6 },
      { kind: 'added', line: 8, text: 'b=AS:64', appliedLine: 8 },
      { kind: 'removed', line: 10, text: 'a=fmtp:111 minptime=10;useinbandfec=1', createdLine: 10 },
      { kind: 'removed', line: 11, text: 'a=rtpmap:9 G722/8000', createdLine: 11 },
      { kind: 'added', line: 11, text: 'a=fmtp:111 minptime=10;useinbandfec=1;stereo=1', appliedLine: 11 },
    ]);
    expect(diffLines(created, applied).find((c) => c.text === 'a=mid:0')).toEqual({ kind: 'same', line: 9, text: 'a=mid:0', createdLine: 8, appliedLine: 9 });
  });

  it('summarizes, and tells a line-end-only change apart', () => {
    expect(compareDescriptions(created, applied)).toMatchObject({
      added: 3,
      removed: 3,
      eolChanged: false,
      summary: '3 lines added, 3 removed; first change `-m=audio 9 UDP/TLS/RTP/SAVPF 111 9 0` (line 6)',
    });
    expect(compareDescriptions(created, created)).toBeUndefined();
    expect(compareDescriptions(created, created.replaceAll('\r\n', '\n'))).toMatchObject({ added: 0, removed: 0, eolChanged: true, summary: 'same lines, different line ends' });
  });

  it('is found in a webrtc-internals dump and reported on the applied description', () => {
    const value = (type: string, sdp: string): string => `type: offer, sdp: ${sdp}`.replace('offer', type);
    const dump = {
      PeerConnections: {
        '1-1': {
          url: 'https://meet.example.com/x',
          updateLog: [
            { time: '1', type: 'createOfferOnSuccess', value: value('offer', created) },
            { time: '2', type: 'setLocalDescription', value: value('offer', applied) },
          ],
        },
      },
    };
    const r = extractDescriptions(JSON.stringify(dump));
    expect(r.descriptions[1]!.munged).toMatchObject({ created: 0, added: 3, removed: 3 });
    expect(r.descriptions[1]!.label).toBe('PC 1 (https://meet.example.com) · setLocalDescription offer · 2 (munged)');
  });

  it('a rollback forgets the created offer (as webrtc-internals does)', () => {
    const dump = {
      PeerConnections: {
        '1-1': {
          updateLog: [
            { type: 'createOfferOnSuccess', value: `type: offer, sdp: ${created}` },
            { type: 'setLocalDescription', value: 'type: rollback, sdp: ' },
            { type: 'setLocalDescription', value: `type: offer, sdp: ${applied}` },
          ],
        },
      },
    };
    const r = extractDescriptions(JSON.stringify(dump));
    expect(r.descriptions.map((d) => [d.type, d.munged === undefined])).toEqual([
      ['offer', true],
      ['rollback', true],
      ['offer', true],
    ]);
  });

  const lines = fc.array(fc.constantFrom('a=mid:0', 'a=rtcp-mux', 'a=sendrecv', 'm=audio 9 RTP/AVP 0', 'c=IN IP4 0.0.0.0', 'b=AS:64', ''), { maxLength: 30 });
  const lcs = (a: string[], b: string[]): number => {
    const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    return t[0]![0]!;
  };

  it('keeps every line of both sides, in order, and aligns as many as possible', () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const text = (l: string[]): string => l.map((x) => `${x}\r\n`).join('');
        const d = diffLines(text(a), text(b));
        expect(d.filter((c) => c.kind !== 'added').map((c) => c.text)).toEqual(a);
        expect(d.filter((c) => c.kind !== 'removed').map((c) => c.text)).toEqual(b);
        expect(d.filter((c) => c.kind === 'same')).toHaveLength(lcs(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear in memory for very long descriptions (no alignment past 16M cells)', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a=x-old:${i}\r\n`).join('');
    const b = Array.from({ length: 5000 }, (_, i) => `a=x-new:${i}\r\n`).join('');
    const d = diffLines(`v=0\r\n${a}`, `v=0\r\n${b}`);
    expect(d).toHaveLength(10_001);
    expect(d.filter((c) => c.kind === 'same')).toHaveLength(1);
  });
});
