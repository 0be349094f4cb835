import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, h264Profile } from '../../src/diff/index.js';
import { h264Level } from '../../src/explain/index.js';
import type { Codec } from '../../src/index.js';
import { pair } from './helpers.js';

function video(offer: string[], answer: string[], lines: { offer?: string[]; answer?: string[] } = {}) {
  const [o, a] = pair(
    { kind: 'video', codecs: offer, ...(lines.offer !== undefined ? { lines: lines.offer } : {}) },
    { kind: 'video', codecs: answer, ...(lines.answer !== undefined ? { lines: lines.answer } : {}) },
  );
  return diffOfferAnswer(o, a);
}

const codec = (parameters: Record<string, string>): Codec => ({ payloadType: 96, name: 'H264', clockRate: 90000, parameters, feedback: [], static: false });

/*
 * Level 1b (H.264 A.3.1, RFC 6184 §8.1): level_idc 11 means 1b only with
 * constraint_set3_flag (profile-iop 0x10) in Baseline, Main or Extended; in
 * the High profiles 1b is level_idc 9. Each other constraint bit alone must
 * leave level_idc 11 as level 1.1. The diff (level numbers, 9 = 1b) and
 * explain (level names) read the same decoder.
 */
describe('H.264 level 1b: constraint_set3 and the profile decide', () => {
  it.each([
    ['42100b', 9, '1b', 'Baseline with set3 only'],
    ['42f00b', 9, '1b', 'Constrained Baseline with set0–3'],
    ['4d100b', 9, '1b', 'Main with set3'],
    ['58100b', 9, '1b', 'Extended with set3'],
    ['42e00b', 11, '1.1', 'set0, set1, set2 without set3'],
    ['42800b', 11, '1.1', 'set0 alone'],
    ['42400b', 11, '1.1', 'set1 alone'],
    ['42200b', 11, '1.1', 'set2 alone'],
    ['42080b', 11, '1.1', 'set4 alone'],
    ['42040b', 11, '1.1', 'set5 alone'],
    ['64100b', 11, '1.1', 'High with set3: not 1b (High writes 1b as 9)'],
    ['640009', 9, '1b', 'High level_idc 9'],
    ['42100c', 12, '1.2', 'set3 with level_idc 12'],
    ['42F00B', 9, '1b', 'upper-case hex'],
  ])('%s → level %s (%s, %s)', (plid, level, name) => {
    expect(h264Profile(codec({ 'profile-level-id': plid })).level).toBe(level);
    const n = Number.parseInt(plid, 16);
    expect(h264Level(n >> 16, (n >> 8) & 0xff, n & 0xff)).toBe(name);
  });

  it.each(['42e01f00', 'x42e01f', '42e01', '42e0g1', ''])('%j is not a profile-level-id: no level, the text kept as written', (plid) => {
    expect(h264Profile(codec({ 'profile-level-id': plid }))).toEqual({ hex: plid.toLowerCase(), level: 0 });
  });

  it('names 1b in the diff when the answer lowers 1.1 to 1b', () => {
    const d = video(['96 H264/90000 packetization-mode=1;profile-level-id=42e00b'], ['96 H264/90000 packetization-mode=1;profile-level-id=42f00b']);
    expect(d.sections[0]!.codecs!.accepted[0]!.notes).toEqual(['H264 level 1.1 offered, 1b answered']);
  });
});

describe('H.264 profile-level-id (RFC 6184 §8.1, libwebrtc profile table)', () => {
  it.each([
    ['42e01f', 'Constrained Baseline', '42e0', 31],
    ['42c01f', 'Constrained Baseline', '42c0', 31],
    ['4d401f', 'Main', '4d40', 31], // iop 0x40 = 01000000 fits Main's 0x0x0000, not Constrained Baseline's 1xxx0000
    ['4d801f', 'Constrained Baseline', '4d80', 31],
    ['42001f', 'Baseline', '4200', 31],
    ['4d001f', 'Main', '4d00', 31],
    ['640c34', 'Constrained High', '640c', 52],
    ['640034', 'High', '6400', 52],
    ['f4001f', 'High 4:4:4 Predictive', 'f400', 31],
    ['42f00b', 'Constrained Baseline', '42f0', 9], // level 1b: level_idc 11 with constraint_set3
  ])('%s is %s', (plid, name, hex, level) => {
    expect(h264Profile(codec({ 'profile-level-id': plid }))).toEqual({ hex, name, level });
  });

  it('absent profile-level-id is Baseline level 1.0 (42000a)', () => {
    expect(h264Profile(codec({}))).toEqual({ hex: '4200', name: 'Baseline', level: 10 });
  });

  it('an unknown profile keeps its hex', () => {
    expect(h264Profile(codec({ 'profile-level-id': '7a001f' }))).toEqual({ hex: '7a00', level: 31 });
  });
});

describe('codec matching', () => {
  it('H264: same profile and packetization-mode match across payload types; level may differ', () => {
    const d = video(
      ['102 H264/90000 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f', '104 H264/90000 packetization-mode=0;profile-level-id=42e01f'],
      ['120 H264/90000 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e034'],
    );
    const c = d.sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.answer.payloadType, x.remapped])).toEqual([[102, 120, true]]);
    expect(c.accepted[0]!.notes).toEqual(['H264 level 3.1 offered, 5.2 answered (level-asymmetry-allowed: each side receives at its own level)']);
    expect(c.dropped.map((x) => [x.offer.payloadType, x.reason])).toEqual([[104, 'H264 packetization-mode 0 answered only as 1']]);
    expect(c.remapped).toEqual([{ label: 'H264/90000', offer: 102, answer: 120 }]);
    expect(d.findings.map((f) => [f.code, f.side, f.line])).toEqual([['payload-type-remapped', 'answer', 13]]);
    expect(d.verdict.status).toBe('ok');
    expect(d.sections[0]!.summary).toBe('video mid 0: sendrecv ↔ sendrecv, H264/90000 accepted, 1 dropped, 1 payload type remapped, DTLS client: answerer');
  });

  it('H264: a raised level without level-asymmetry-allowed is noted', () => {
    const d = video(['96 H264/90000 packetization-mode=1;profile-level-id=42e01f'], ['96 H264/90000 packetization-mode=1;profile-level-id=42e034']);
    expect(d.sections[0]!.codecs!.accepted[0]!.notes).toEqual(['H264 level 3.1 offered, 5.2 answered: above the offered level without level-asymmetry-allowed (RFC 6184 §8.2.2)']);
  });

  it('H264: a different profile does not match even on the same payload type', () => {
    const d = video(['96 H264/90000 packetization-mode=1;profile-level-id=640c1f'], ['96 H264/90000 packetization-mode=1;profile-level-id=42e01f']);
    const c = d.sections[0]!.codecs!;
    expect(c.accepted).toEqual([]);
    expect(c.dropped[0]!.reason).toBe('H264 Constrained High (640c) not in the answer (answered: Constrained Baseline (42e0))');
    expect(c.added.map((x) => x.answer.variant)).toEqual(['Constrained Baseline (42e0), packetization-mode 1']);
    expect(d.findings.map((f) => f.code)).toEqual(['codec-not-offered', 'no-common-codec']);
    expect(d.findings[0]!.message).toBe('the answer lists PT 96 H264/90000 (Constrained Baseline (42e0), packetization-mode 1), which matches no offered codec (PT 96 is H264/90000 in the offer)');
    expect(d.verdict.status).toBe('failed');
  });

  it('packetization-mode defaults to 0', () => {
    const d = video(['96 H264/90000 profile-level-id=42e01f'], ['97 H264/90000 profile-level-id=42e01f;packetization-mode=0']);
    expect(d.sections[0]!.codecs!.accepted).toHaveLength(1);
  });

  it('VP9 profile-id (default 0), AV1 profile (default 0), H265 profile-id (default 1)', () => {
    const d = video(
      ['98 VP9/90000 profile-id=0', '100 VP9/90000 profile-id=2', '45 AV1/90000 profile=0', '47 AV1/90000 profile=1', '49 H265/90000 profile-id=1', '51 H265/90000 profile-id=2'],
      ['98 VP9/90000', '100 VP9/90000 profile-id=1', '45 AV1/90000', '49 H265/90000', '51 H265/90000 profile-id=1'],
    );
    const c = d.sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.answer.payloadType])).toEqual([[98, 98], [45, 45], [49, 49]]);
    expect(c.dropped.map((x) => [x.offer.payloadType, x.reason])).toEqual([
      [100, 'VP9 profile-id 2 answered only as 0, 1'],
      [47, 'AV1 profile 1 answered only as 0'],
      [51, 'H265 profile-id 2 answered only as 1'],
    ]);
    // The answer's 100 (VP9 profile 1) and 51 (a second H265 profile 1) match nothing offered.
    expect(c.added.map((x) => x.answer.payloadType)).toEqual([100, 51]);
  });

  it('names compare case-insensitively and audio channels default to 1', () => {
    const [o, a] = pair({ codecs: ['9 G722/8000', '96 OPUS/48000/2'] }, { codecs: ['9 G722/8000/1', '111 opus/48000/2'] });
    const c = diffOfferAnswer(o, a).sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.label, x.answer.label])).toEqual([['G722/8000', 'G722/8000/1'], ['OPUS/48000/2', 'opus/48000/2']]);
  });

  it('a remapped payload type that reuses another offered codec\'s number is a conflict', () => {
    const d = video(['96 VP8/90000', '98 VP9/90000'], ['98 VP8/90000']);
    expect(d.findings.map((f) => f.code)).toEqual(['payload-type-remapped', 'payload-type-conflict']);
    expect(d.findings[1]!.message).toBe('the answer uses PT 98 for VP8/90000, but PT 98 is VP9/90000 in the offer');
    expect(d.sections[0]!.codecs!.dropped.map((x) => [x.offer.payloadType, x.reason])).toEqual([[98, 'not in the answer']]);
  });

  it('rtx follows its primary through remapping (apt), and is dropped with it', () => {
    const d = video(
      ['96 VP8/90000', '97 rtx/90000 apt=96', '98 VP9/90000', '99 rtx/90000 apt=98', '100 AV1/90000', '101 rtx/90000 apt=100'],
      ['120 VP8/90000', '121 rtx/90000 apt=120', '98 VP9/90000', '45 AV1/90000'],
    );
    const c = d.sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.answer.payloadType, x.carries ?? null])).toEqual([
      [96, 120, null],
      [97, 121, { offer: [96], answer: [120] }],
      [98, 98, null],
      [100, 45, null],
    ]);
    expect(c.dropped.map((x) => [x.offer.payloadType, x.reason, x.carries])).toEqual([
      [99, 'no rtx for VP9/90000 (PT 98) in the answer', [98]],
      [101, 'no rtx for AV1/90000 (PT 100) in the answer', [100]],
    ]);
  });

  it('an rtx whose apt points at another codec in the answer does not match', () => {
    const d = video(['96 VP8/90000', '97 rtx/90000 apt=96', '98 VP9/90000'], ['96 VP8/90000', '98 VP9/90000', '97 rtx/90000 apt=98']);
    const c = d.sections[0]!.codecs!;
    expect(c.dropped.map((x) => x.offer.payloadType)).toEqual([97]);
    expect(c.added.map((x) => x.answer.payloadType)).toEqual([97]);
  });

  it('audio red follows the codecs it carries (RFC 2198)', () => {
    const [o, a] = pair(
      { codecs: ['111 opus/48000/2', '63 red/48000/2 111/111'] },
      { codecs: ['109 opus/48000/2', '120 red/48000/2 109/109'] },
    );
    const c = diffOfferAnswer(o, a).sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.answer.payloadType, x.role, x.carries ?? null])).toEqual([
      [111, 109, 'media', null],
      [63, 120, 'red', { offer: [111, 111], answer: [109, 109] }],
    ]);
    const [o2, a2] = pair({ codecs: ['111 opus/48000/2', '9 G722/8000', '63 red/48000/2 111/111'] }, { codecs: ['9 G722/8000', '63 red/48000/2 111/111'] });
    const c2 = diffOfferAnswer(o2, a2).sections[0]!.codecs!;
    expect(c2.dropped.map((x) => [x.offer.payloadType, x.reason])).toEqual([
      [111, 'not in the answer'],
      [63, 'carries opus/48000/2 (PT 111), which the answer dropped'],
    ]);
  });

  it('only rtx, red, FEC, CN or telephone-event in common is no common codec', () => {
    const [o, a] = pair({ codecs: ['111 opus/48000/2', '126 telephone-event/8000'] }, { codecs: ['0 PCMU/8000', '126 telephone-event/8000'] });
    const d = diffOfferAnswer(o, a);
    expect(d.sections[0]!.codecs!.hasCommonCodec).toBe(false);
    expect(d.verdict).toEqual({
      status: 'failed',
      reasons: ['audio mid 0 is accepted but no offered media codec is in the answer (1 dropped, 1 not offered)'],
    });
  });

  it('a static payload type without rtpmap is named from RFC 3551', () => {
    const [o, a] = pair({ codecs: ['0 PCMU/8000', '8 PCMA/8000'] }, { codecs: [] });
    // Build an answer whose m= line lists 8 without any rtpmap.
    const answer = a.replace('m=audio 9 UDP/TLS/RTP/SAVPF ', 'm=audio 9 UDP/TLS/RTP/SAVPF 8');
    const c = diffOfferAnswer(o, answer).sections[0]!.codecs!;
    expect(c.accepted.map((x) => [x.offer.label, x.answer.payloadType])).toEqual([['PCMA/8000', 8]]);
  });
});

describe('rtcp-fb per codec (RFC 4585 §4.2)', () => {
  it('kept, dropped and added feedback, on each side\'s payload type, including `*`', () => {
    const d = video(['96 VP8/90000'], ['100 VP8/90000'], {
      offer: ['a=rtcp-fb:96 nack', 'a=rtcp-fb:96 nack pli', 'a=rtcp-fb:* ccm fir', 'a=rtcp-fb:96 goog-remb'],
      answer: ['a=rtcp-fb:100 nack', 'a=rtcp-fb:* ccm fir', 'a=rtcp-fb:100 transport-cc'],
    });
    const fb = d.sections[0]!.codecs!.accepted[0]!.feedback;
    expect(fb).toEqual({
      kept: [{ value: 'nack', offerLine: 14, answerLine: 14 }, { value: 'ccm fir', offerLine: 16, answerLine: 15 }],
      dropped: [{ value: 'nack pli', offerLine: 15 }, { value: 'goog-remb', offerLine: 17 }],
      added: [{ value: 'transport-cc', answerLine: 16 }],
    });
    expect(d.findings.map((f) => [f.code, f.line])).toContainEqual(['feedback-not-offered', 16]);
  });
});
