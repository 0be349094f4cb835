import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDescriptions } from '../../src/extract/index.js';
import { FILES, foreignAddresses, missingSteps, type InternalsDump } from '../../scripts/fixtures-dumps-scenario.js';

/*
 * Real Chromium downloads of chrome://webrtc-internals (test/fixtures/dumps/,
 * made by `npm run fixtures:dumps`; the scenario is in its README). These
 * checks hold for any run of the scenario: the expected numbers come from
 * what the scenario did, not from what the extractor returned once.
 */

const dir = new URL('../fixtures/dumps/', import.meta.url);
const bytes = (name: string): Buffer => readFileSync(new URL(name, dir));
const plainText = bytes(FILES.plain).toString('utf8');
const gzipText = gunzipSync(bytes(FILES.gzip)).toString('utf8');
const plain = JSON.parse(plainText) as InternalsDump;
const gzip = JSON.parse(gzipText) as InternalsDump;

/** [event, type] of the descriptions of one PC, in log order, as the scenario made them. */
const A_DESCRIPTIONS = [
  // negotiation 1: A offers, B answers
  ['createOfferOnSuccess', 'offer'],
  ['setLocalDescription', 'offer'],
  ['setRemoteDescription', 'answer'],
  // negotiation 2: B re-offers (it added a track), A answers
  ['setRemoteDescription', 'offer'],
  ['createAnswerOnSuccess', 'answer'],
  ['setLocalDescription', 'answer'],
  // negotiation 3: ICE restart from A
  ['createOfferOnSuccess', 'offer'],
  ['setLocalDescription', 'offer'],
  ['setRemoteDescription', 'answer'],
  // negotiation 4: A's offer munged (VP9 removed), B's answer munged
  ['createOfferOnSuccess', 'offer'],
  ['setLocalDescription', 'offer'],
  ['setRemoteDescription', 'answer'],
  // B's abandoned offer with mids longer than 16 characters: rejected
  ['setRemoteDescription', 'offer'],
];
const B_DESCRIPTIONS = [
  ['setRemoteDescription', 'offer'],
  ['createAnswerOnSuccess', 'answer'],
  ['setLocalDescription', 'answer'],
  ['createOfferOnSuccess', 'offer'],
  ['setLocalDescription', 'offer'],
  ['setRemoteDescription', 'answer'],
  ['setRemoteDescription', 'offer'],
  ['createAnswerOnSuccess', 'answer'],
  ['setLocalDescription', 'answer'],
  ['setRemoteDescription', 'offer'],
  ['createAnswerOnSuccess', 'answer'],
  ['setLocalDescription', 'answer'],
  // the rollback: createOffer, setLocalDescription(offer), setLocalDescription(rollback)
  ['createOfferOnSuccess', 'offer'],
  ['setLocalDescription', 'offer'],
  ['setLocalDescription', 'rollback'],
];

describe('real Chromium webrtc-internals downloads (test/fixtures/dumps)', () => {
  it('has the three downloads, the plain one a webrtc-internals JSON dump', () => {
    for (const name of Object.values(FILES)) expect(existsSync(new URL(name, dir)), name).toBe(true);
    expect(Object.keys(plain)).toEqual(expect.arrayContaining(['PeerConnections', 'getUserMedia', 'UserAgent']));
    // Both gzip files are gzip as downloaded (magic bytes 1f 8b), not re-packed text.
    expect([...bytes(FILES.gzip).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect([...bytes(FILES.rtcstats).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('the compressed download unpacks to the same peer connections and the same updates up to the first download', () => {
    // Two downloads a moment apart: the stats may have grown, the update log only by later events.
    expect(Object.keys(gzip.PeerConnections)).toEqual(Object.keys(plain.PeerConnections));
    for (const [id, pc] of Object.entries(plain.PeerConnections)) {
      const later = gzip.PeerConnections[id]!;
      expect(later.url).toBe(pc.url);
      expect(later.updateLog.slice(0, pc.updateLog.length)).toEqual(pc.updateLog);
    }
    expect(gzip.getUserMedia).toEqual(plain.getUserMedia);
  });

  it('shows every step of the scenario and only loopback addresses', () => {
    expect(missingSteps(plain)).toEqual([]);
    expect(missingSteps(gzip)).toEqual([]);
    expect(foreignAddresses(plainText, [plain])).toEqual([]);
  });

  it('the rtcstats dump is line-delimited JSON after its two header lines, with only loopback addresses', () => {
    const text = gunzipSync(bytes(FILES.rtcstats)).toString('utf8');
    const [magic, format, ...rest] = text.split('\n');
    expect(magic).toBe('RTCStatsDump');
    expect(JSON.parse(format!)).toEqual({ fileFormat: 3 });
    const events = rest.map((line) => JSON.parse(line) as unknown[]);
    const names = new Set(events.map((e) => e[0]));
    for (const n of ['create', 'createOffer', 'setLocalDescription', 'setRemoteDescriptionOnFailure', 'onicecandidate', 'getStats']) expect(names.has(n), n).toBe(true);
    // Both peer connections by their webrtc-internals ids.
    const ids = new Set(events.map((e) => e[1]));
    for (const id of Object.keys(plain.PeerConnections)) expect(ids.has(id), id).toBe(true);
    expect(foreignAddresses(text, events)).toEqual([]);
  });

  it('extractDescriptions finds the descriptions of each peer connection as the scenario made them', () => {
    const r = extractDescriptions(plainText);
    expect(r.format).toBe('webrtc-internals');
    const [a, b] = r.peerConnections!;
    expect(r.peerConnections).toHaveLength(2);
    const of = (pc: typeof a) => pc!.descriptions.map((i) => r.descriptions[i]!);
    expect(of(a).map((d) => [d.event, d.type])).toEqual(A_DESCRIPTIONS);
    expect(of(b).map((d) => [d.event, d.type])).toEqual(B_DESCRIPTIONS);

    // The munged ones: A's offer and B's answer of negotiation 4, and nothing else.
    const munged = r.descriptions.filter((d) => d.munged !== undefined);
    expect(munged.map((d) => [d.peerConnection, d.event, d.type])).toEqual([
      [a!.id, 'setLocalDescription', 'offer'],
      [b!.id, 'setLocalDescription', 'answer'],
    ]);
    const [offer, answer] = munged;
    expect(r.descriptions[offer!.munged!.created]!.sdp).toMatch(/ VP9\/90000\r\n/);
    expect(offer!.sdp).not.toMatch(/VP9/);
    expect(r.descriptions[answer!.munged!.created]!.sdp).not.toMatch(/usedtx=1/);
    expect(answer!.sdp).toMatch(/\r\na=fmtp:111 [^\r]*usedtx=1/);

    // The rollback: B's last.
    expect(of(b).at(-1)!.type).toBe('rollback');
    expect(r.descriptions.filter((d) => d.type === 'rollback')).toHaveLength(1);

    // The rejected one: A's last, with Chromium's error text.
    const failed = r.descriptions.filter((d) => d.failed !== undefined);
    expect(failed).toEqual([of(a).at(-1)]);
    expect(failed[0]!.failed).toMatch(/MID attribute exceeds the maximum supported length of 16 characters/);
    expect(failed[0]!.sdp).toMatch(/\r\na=mid:0-is-a-very-long-mid\r\n/);
  });

  it('the ICE restart changes both sides\' ufrags, and the initiators of the negotiations are A, B, A, A', () => {
    const r = extractDescriptions(plainText);
    const [a, b] = r.peerConnections!;
    const ufrag = (i: number | undefined): string => /\r\na=ice-ufrag:(\S+)/.exec(r.descriptions[i!]!.sdp)![1]!;
    const complete = a!.negotiations.filter((n) => n.complete);
    expect(complete.map((n) => n.initiator)).toEqual(['local', 'remote', 'local', 'local']);
    const [n1, n2, n3] = complete;
    expect(ufrag(n2!.offer)).toBe(ufrag(n1!.answer));
    expect(ufrag(n3!.offer)).not.toBe(ufrag(n1!.offer));
    expect(ufrag(n3!.answer)).not.toBe(ufrag(n1!.answer));
    expect(b!.negotiations.filter((n) => n.complete).map((n) => n.initiator)).toEqual(['remote', 'local', 'remote', 'remote']);
  });
});
