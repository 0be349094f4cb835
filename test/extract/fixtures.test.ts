import { describe, expect, it } from 'vitest';
import { extractDescriptions, type ExtractResult } from '../../src/extract/index.js';
import { parse } from '../../src/parser/index.js';
import { codes, expectOriginsPointAtLines, fixture, offsetOf } from './helpers.js';

/*
 * Hand-built fixtures in the real formats (see the comments at the top of
 * src/extract/webrtc-internals.ts and about-webrtc.ts for the sources of each
 * fact). Addresses are documentation ranges (RFC 5737).
 */

function extract(name: string): { input: string; r: ExtractResult } {
  const input = fixture(name);
  return { input, r: extractDescriptions(input) };
}

function expectSound(input: string, r: ExtractResult): void {
  for (const d of r.descriptions) {
    expectOriginsPointAtLines(input, d);
    // Every recovered description is one the parser reads without an error.
    if (d.type !== 'rollback') expect(parse(d.sdp).diagnostics.filter((x) => x.severity === 'error'), d.label).toEqual([]);
  }
}

describe('webrtc-internals dump, older format (time strings, "type: …, sdp: …" values)', () => {
  const { input, r } = extract('webrtc-internals-two-pcs.json');

  it('finds both peer connections and their descriptions in log order', () => {
    expect(r.format).toBe('webrtc-internals');
    expect(r.userAgent).toMatch(/Chrome\/124/);
    expect(r.peerConnections?.map((pc) => [pc.id, pc.label, pc.descriptions])).toEqual([
      ['16512-1', 'PC 1 (https://meet.example.com)', [0, 1, 2, 3, 4, 5]],
      ['16512-2', 'PC 2 (https://meet.example.com)', [6, 7, 8]],
    ]);
    expect(r.descriptions.map((d) => [d.event, d.type, d.side, d.stage])).toEqual([
      ['createOfferOnSuccess', 'offer', 'local', 'created'],
      ['setLocalDescription', 'offer', 'local', 'applied'],
      ['setRemoteDescription', 'answer', 'remote', 'applied'],
      ['createOfferOnSuccess', 'offer', 'local', 'created'],
      ['setLocalDescription', 'offer', 'local', 'applied'],
      ['setRemoteDescription', 'answer', 'remote', 'applied'],
      ['setRemoteDescription', 'offer', 'remote', 'applied'],
      ['createAnswerOnSuccess', 'answer', 'local', 'created'],
      ['setLocalDescription', 'answer', 'local', 'applied'],
    ]);
    expect(r.descriptions.every((d) => d.source === 'webrtc-internals' && d.sdp.startsWith('v=0\r\n') && d.sdp.endsWith('\r\n'))).toBe(true);
    expect(r.descriptions[1]!.label).toBe('PC 1 (https://meet.example.com) · setLocalDescription offer · 5/14/2024, 12:03:07 PM (munged)');
    expect(r.descriptions[1]!.timestamp).toBe('5/14/2024, 12:03:07 PM');
    expect(r.peerConnections![0]!.configuration).toMatch(/^\{ iceServers: \[stun:stun\.example\.net:3478/);
  });

  it('recovers the offer/answer pairs: a renegotiation on PC 1, a remote offer on PC 2', () => {
    const [pc1, pc2] = r.peerConnections!;
    expect(pc1!.negotiations.map((n) => [n.number, n.initiator, n.offer, n.answer, n.complete, n.label])).toEqual([
      [1, 'local', 1, 2, true, 'negotiation 1: local offer → remote answer'],
      [2, 'local', 4, 5, true, 'negotiation 2: local offer → remote answer'],
    ]);
    expect(pc2!.negotiations.map((n) => [n.initiator, n.offer, n.answer, n.complete])).toEqual([['remote', 6, 8, true]]);
    // "PC 2, the last negotiation": the pair to inspect.
    const last = pc2!.negotiations.at(-1)!;
    expect(r.descriptions[last.offer!]!.sdp).toMatch(/^o=mozilla\.\.\.THIS_IS_SDPARTA/m);
    expect(r.descriptions[last.answer!]!.sdp).toMatch(/a=setup:active/);
  });

  it('flags the munged offer and shows what changed, line by line', () => {
    const applied = r.descriptions[1]!;
    const m = applied.munged!;
    expect(m.created).toBe(0);
    expect([m.added, m.removed, m.eolChanged]).toEqual([2, 1, false]);
    expect(m.changes.filter((c) => c.kind !== 'same')).toEqual([
      { kind: 'removed', line: 27, text: 'a=fmtp:111 minptime=10;useinbandfec=1', createdLine: 27 },
      { kind: 'added', line: 27, text: 'a=fmtp:111 minptime=10;useinbandfec=1;stereo=1;maxaveragebitrate=510000', appliedLine: 27 },
      { kind: 'added', line: 40, text: 'b=AS:2500', appliedLine: 40 },
    ]);
    // All lines of both are there, in order.
    expect(m.changes.filter((c) => c.kind !== 'added').map((c) => c.text).join('\r\n') + '\r\n').toBe(r.descriptions[0]!.sdp);
    expect(m.changes.filter((c) => c.kind !== 'removed').map((c) => c.text).join('\r\n') + '\r\n').toBe(applied.sdp);
    const d = applied.diagnostics.find((x) => x.code === 'extract-munged')!;
    expect(d.severity).toBe('warning');
    expect(d.message).toBe(
      'the local offer passed to setLocalDescription differs from the one createOffer returned: 2 lines added, 1 removed; first change `-a=fmtp:111 minptime=10;useinbandfec=1` (line 27)',
    );
    // Points at the setLocalDescription value in the dump.
    expect(input.slice(offsetOf(input, d), offsetOf(input, d) + 5)).toBe('v=0\\r');
    // The renegotiation and PC 2's answer were applied as created.
    expect(r.descriptions.filter((x) => x.munged !== undefined).map((x) => x.index)).toEqual([1]);
  });

  it('maps every SDP line back to the dump', () => expectSound(input, r));
});

describe('webrtc-internals dump, newer format (timestamps, JSON values, implicit setLocalDescription)', () => {
  const { input, r } = extract('webrtc-internals-implicit.json');

  it('takes the generated description from setLocalDescriptionOnSuccess and labels with the time', () => {
    expect(r.format).toBe('webrtc-internals');
    const answer = r.descriptions[1]!;
    expect([answer.event, answer.type, answer.side, answer.timestamp, answer.time]).toEqual([
      'setLocalDescriptionOnSuccess',
      'answer',
      'local',
      '2024-05-14T12:03:07.142Z',
      Date.UTC(2024, 4, 14, 12, 3, 7, 142),
    ]);
    expect(r.descriptions[0]!.label).toBe('PC 1 (https://call.example.org) · setRemoteDescription offer · 12:03:07.125');
    expect(r.descriptions[7]!.event).toBe('createOfferOnSuccess');
    expect(r.descriptions[8]!.munged).toBeUndefined();
  });

  it('marks the failed setRemoteDescription and leaves it out of the pairs', () => {
    const failed = r.descriptions[2]!;
    expect(failed.failed).toMatch(/^Failed to set remote offer sdp: The order of m-lines/);
    expect(codes(failed)).toEqual(['extract-apply-failed']);
    const pc1 = r.peerConnections![0]!;
    expect(pc1.negotiations.map((n) => [n.initiator, n.offer, n.answer, n.complete, n.rolledBack ?? false])).toEqual([
      ['remote', 0, 1, true, false],
      ['remote', 3, 4, true, false],
      ['local', 5, undefined, false, true],
    ]);
    expect(pc1.negotiations[2]!.label).toBe('negotiation 3: local offer → remote answer (rolled back)');
    expect(r.descriptions[6]).toMatchObject({ type: 'rollback', sdp: '', event: 'setLocalDescription' });
    expect(r.peerConnections![1]!.negotiations.map((n) => [n.offer, n.answer, n.complete])).toEqual([[8, 9, true]]);
  });

  it('maps every SDP line back to the dump', () => expectSound(input, r));
});

describe('about:webrtc', () => {
  it('reads a copied report: sdpHistory with sides, types from a=setup, the pcid URL', () => {
    const { input, r } = extract('about-webrtc-report.json');
    expect(r.format).toBe('about-webrtc');
    expect(r.peerConnections).toHaveLength(1);
    expect(r.peerConnections![0]).toMatchObject({ label: 'PC 1 (https://meet.example.com)', url: 'https://meet.example.com/abc-defg-hij', closed: false, descriptions: [0, 1] });
    expect(r.descriptions.map((d) => [d.side, d.type, d.label])).toEqual([
      ['local', 'offer', 'PC 1 (https://meet.example.com) · local offer · 12:10:02.480'],
      ['remote', 'answer', 'PC 1 (https://meet.example.com) · remote answer · 12:10:02.692'],
    ]);
    const inferred = r.descriptions[0]!.diagnostics.find((d) => d.code === 'extract-type-inferred')!;
    expect(inferred.message).toMatch(/read as offer: a=setup:actpass/);
    expect(r.peerConnections![0]!.negotiations.map((n) => [n.initiator, n.offer, n.answer, n.complete])).toEqual([['local', 0, 1, true]]);
    expectSound(input, r);
  });

  it('reads a report history: entries kept once, in time order, with Firefox\'s parsing errors on their line', () => {
    const { input, r } = extract('about-webrtc-history.json');
    expect(r.descriptions).toHaveLength(4);
    expect(r.descriptions.map((d) => d.time! - r.descriptions[0]!.time!)).toEqual([0, 212, 30_500, 30_690]);
    expect(r.peerConnections![0]!.negotiations.map((n) => [n.offer, n.answer])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const err = r.descriptions[3]!.diagnostics.find((d) => d.code === 'extract-source-errors')!;
    expect(err.message).toBe('Firefox reported an SDP error on line 45: Unknown attribute x-google-flag (ignored)');
    expect(input.slice(offsetOf(input, err), offsetOf(input, err) + 16)).toBe('a=x-google-flag:');
    expectSound(input, r);
  });

  it('reads the SDP section copy (lines joined with CRLF)', () => {
    const { input, r } = extract('about-webrtc-sdp-copy.json');
    expect(r.descriptions.map((d) => [d.type, d.side, d.label])).toEqual([
      ['offer', 'remote', 'about:webrtc SDP copy · remote offer'],
      ['answer', 'local', 'about:webrtc SDP copy · local answer'],
    ]);
    expect(r.descriptions[0]!.sdp).toMatch(/^v=0\r\no=- 4611731400430051336 2 IN IP4 127\.0\.0\.1\r\n[^]*\r\n$/);
    expect(codes(r.descriptions[0]!)).toEqual(['extract-lines-joined']);
    expectSound(input, r);
  });

  it('reads a saved page: <pre> blocks, entities decoded, CRLF back, duplicates once', () => {
    const { input, r } = extract('about-webrtc-page.html');
    expect(r.format).toBe('about-webrtc');
    expect(r.descriptions.map((d) => [d.type, d.side])).toEqual([
      ['answer', 'remote'],
      ['offer', 'local'],
    ]);
    const report = extractDescriptions(fixture('about-webrtc-report.json'));
    expect(r.descriptions[1]!.sdp).toBe(report.descriptions[0]!.sdp);
    expect(r.descriptions[0]!.sdp).toBe(report.descriptions[1]!.sdp);
    expect(codes(r.descriptions[0]!)).toEqual(['extract-lf-to-crlf', 'extract-duplicate']);
    expectSound(input, r);
  });
});

describe('logs', () => {
  it('a console copy: a prefix on the first line only, LF kept, a JSON message on another line', () => {
    const { input, r } = extract('log-console.txt');
    expect(r.format).toBe('mixed');
    expect(r.descriptions.map((d) => [d.source, d.type, d.label])).toEqual([
      ['log', undefined, 'log · line 2'],
      ['json', 'answer', 'JSON $.sdp · answer · line 90'],
    ]);
    const offer = r.descriptions[0]!;
    expect(offer.sdp).toMatch(/^v=0\no=- 4611731400430051336 2 IN IP4 127\.0\.0\.1\n/);
    expect(offer.sdp).not.toMatch(/\r/);
    expect(offer.diagnostics.map((d) => d.message)).toEqual(['stripped `VM412:9 local offer ` before `v=0`; the following lines had no prefix']);
    expect(r.descriptions[1]!.sdp).toMatch(/\r\n$/);
    expectSound(input, r);
  });

  it('a server log: prefixes stripped, lost CRs restored, an escaped literal, a second SDP with LF only', () => {
    const { input, r } = extract('log-server.txt');
    expect(r.descriptions.map((d) => d.source)).toEqual(['log', 'escaped', 'log']);
    const [pc1, answer, pc2] = r.descriptions;
    expect(pc1!.sdp).toBe(extractDescriptions(fixture('signalling-offer.json')).descriptions[0]!.sdp);
    expect(pc1!.diagnostics.map((d) => d.message)).toEqual([
      'stripped the log prefix `2024-05-14T12:03:07.102Z DEBUG [pc1] ` from 88 lines',
      '17 of 88 lines ended with LF while the others kept CRLF: CRLF restored',
    ]);
    expect(answer!.sdp).toMatch(/^v=0\r\no=- 8817266314922371049 1 IN IP4 198\.51\.100\.23\r\n/);
    expect(codes(answer!)).toEqual(['extract-unescaped']);
    // No evidence of CRLF in pc2's lines: they stay LF.
    expect(pc2!.sdp).toMatch(/^v=0\no=mozilla/);
    expect(codes(pc2!)).toEqual(['extract-prefix-stripped']);
    expectSound(input, r);
  });
});

describe('signalling JSON', () => {
  it('a {type, sdp} message', () => {
    const { input, r } = extract('signalling-offer.json');
    expect(r.descriptions.map((d) => [d.source, d.type, d.event, d.label])).toEqual([['json', 'offer', '$.sdp', 'JSON $.sdp · offer · line 3']]);
    expect(r.descriptions[0]!.diagnostics).toEqual([]);
    expectSound(input, r);
  });

  it('messages: nested descriptions, a double-encoded payload, an unknown type', () => {
    const { input, r } = extract('signalling-messages.json');
    expect(r.descriptions.map((d) => [d.event, d.type, d.side])).toEqual([
      ['$[1].data.description.sdp', 'offer', undefined],
      ['$[3].payload → $.sdp', 'answer', undefined],
      ['$[4].localDescription.sdp', undefined, 'local'],
    ]);
    expect(codes(r.descriptions[1]!)).toEqual(['extract-nested-json']);
    const unknown = r.descriptions[2]!.diagnostics[0]!;
    expect([unknown.code, unknown.severity, unknown.message]).toEqual([
      'extract-unknown-type',
      'warning',
      'unknown description type `OFFER`: expected offer, answer, pranswer or rollback',
    ]);
    expect(input.slice(offsetOf(input, unknown), offsetOf(input, unknown) + 5)).toBe('OFFER');
    expectSound(input, r);
  });
});
