import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { diffOfferAnswer, sharedWith } from '../../src/diff/index.js';
import { example } from './helpers.js';

// examples/chrome-offer.sdp answered by examples/firefox-answer.sdp: a real-shaped pair.
const offerText = example('chrome-offer.sdp');
const answerText = example('firefox-answer.sdp');
const diff = diffOfferAnswer(offerText, answerText);
const [audio, video, data] = diff.sections;

describe('examples: Chrome offer, Firefox answer', () => {
  it('matches the three sections by mid, all accepted, verdict ok', () => {
    expect(diff.sections.map((s) => [s.kind, s.mid, s.matchedBy, s.status])).toEqual([
      ['audio', '0', 'mid', 'accepted'],
      ['video', '1', 'mid', 'accepted'],
      ['application', '2', 'mid', 'accepted'],
    ]);
    expect(diff.extraAnswerSections).toEqual([]);
    expect(diff.verdict).toEqual({ status: 'ok', reasons: [] });
    expect(diff.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('gives one summary line per section', () => {
    expect(diff.sections.map((s) => s.summary)).toEqual([
      'audio mid 0: sendrecv ↔ sendrecv, opus/48000/2 + 4 more accepted, 3 dropped, BUNDLE on mid 0, DTLS client: answerer',
      'video mid 1: sendrecv ↔ sendrecv, VP8/90000 + 5 more accepted, 19 dropped, BUNDLE on mid 0, DTLS client: answerer',
      'application mid 2: data channel, sctp-port 5000 ↔ 5000, max-message-size 256 KB, BUNDLE on mid 0, DTLS client: answerer',
    ]);
  });

  it('audio accepts opus, G722, PCMU, PCMA, telephone-event/8000 and drops red, CN, telephone-event/48000', () => {
    const c = audio!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.offer.label, x.answer.payloadType])).toEqual([
      [111, 'opus/48000/2', 111],
      [9, 'G722/8000', 9], // the answer writes G722/8000/1: one channel is the default
      [0, 'PCMU/8000', 0],
      [8, 'PCMA/8000', 8],
      [126, 'telephone-event/8000', 126],
    ]);
    expect(c.dropped.map((x) => [x.offer.payloadType, x.offer.label, x.reason])).toEqual([
      [63, 'red/48000/2', 'not in the answer'],
      [13, 'CN/8000', 'not in the answer'],
      [110, 'telephone-event/48000', 'not in the answer (the answer has telephone-event/8000)'],
    ]);
    expect(c.dropped[0]!.carries).toEqual([111, 111]);
    expect(c.added).toEqual([]);
    expect(c.remapped).toEqual([]);
    expect(c.hasCommonCodec).toBe(true);
    // transport-cc was offered for opus and not answered.
    expect(c.accepted[0]!.feedback).toEqual({ kept: [], dropped: [{ value: 'transport-cc', offerLine: 31 }], added: [] });
    // Lines point at the rtpmap lines on each side.
    expect([c.accepted[0]!.offer.line, c.accepted[0]!.answer.line]).toEqual([30, 25]);
  });

  it('video keeps VP8, H264 42001f mode 1 and VP9 profile 0 with their rtx, drops the rest with reasons', () => {
    const c = video!.codecs!;
    expect(c.accepted.map((x) => [x.offer.payloadType, x.role, x.answer.payloadType, x.carries ?? null])).toEqual([
      [96, 'media', 96, null],
      [97, 'rtx', 97, { offer: [96], answer: [96] }],
      [102, 'media', 102, null],
      [103, 'rtx', 103, { offer: [102], answer: [102] }],
      [98, 'media', 98, null], // the answer's VP9 has no profile-id: 0 is the default
      [99, 'rtx', 99, { offer: [98], answer: [98] }],
    ]);
    expect(c.accepted[2]!.offer.variant).toBe('Baseline (4200), packetization-mode 1');
    const reasons = Object.fromEntries(c.dropped.map((x) => [x.offer.payloadType, x.reason]));
    expect(reasons).toEqual({
      104: 'H264 packetization-mode 0 answered only as 1',
      105: 'its primary codec H264/90000 (PT 104) was dropped',
      106: 'H264 Constrained Baseline (42e0) not in the answer (answered: Baseline (4200))',
      107: 'its primary codec H264/90000 (PT 106) was dropped',
      108: 'H264 Constrained Baseline (42e0) not in the answer (answered: Baseline (4200))',
      109: 'its primary codec H264/90000 (PT 108) was dropped',
      127: 'H264 Main (4d00) not in the answer (answered: Baseline (4200))',
      125: 'its primary codec H264/90000 (PT 127) was dropped',
      39: 'H264 Main (4d00) not in the answer (answered: Baseline (4200))',
      40: 'its primary codec H264/90000 (PT 39) was dropped',
      45: 'not in the answer',
      46: 'its primary codec AV1/90000 (PT 45) was dropped',
      100: 'VP9 profile-id 2 answered only as 0',
      101: 'its primary codec VP9/90000 (PT 100) was dropped',
      112: 'H264 High (6400) not in the answer (answered: Baseline (4200))',
      113: 'its primary codec H264/90000 (PT 112) was dropped',
      116: 'not in the answer',
      117: 'its primary codec red/90000 (PT 116) was dropped',
      118: 'not in the answer',
    });
    // VP8 keeps its five feedback types.
    expect(c.accepted[0]!.feedback.kept.map((f) => f.value).sort()).toEqual(['ccm fir', 'goog-remb', 'nack', 'nack pli', 'transport-cc']);
    expect(c.accepted[0]!.feedback.dropped).toEqual([]);
  });

  it('video header extensions: five kept with the same ids, six dropped', () => {
    const e = video!.extensions!;
    expect(e.kept.map((k) => [k.offerId, k.answerId, k.idChanged])).toEqual([[14, 14, false], [2, 2, false], [3, 3, false], [5, 5, false], [4, 4, false]]);
    expect(e.dropped.map((d) => d.uri)).toEqual([
      'urn:3gpp:video-orientation',
      'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type',
      'http://www.webrtc.org/experiments/rtp-hdrext/video-timing',
      'http://www.webrtc.org/experiments/rtp-hdrext/color-space',
      'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
      'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id',
    ]);
    expect(e.added).toEqual([]);
  });

  it('BUNDLE 0 1 2 is accepted with mid 0 as the tag: one transport', () => {
    expect(diff.bundle.groups).toEqual([{
      offered: ['0', '1', '2'], offerLine: 5, offerTag: '0',
      accepted: ['0', '1', '2'], answerLine: 6, tag: '0',
      removed: [], notOffered: [], bundleOnly: [],
    }]);
    expect(diff.bundle.transports).toEqual([{ mid: '0', bundled: true, sections: [0, 1, 2], mids: ['0', '1', '2'] }]);
    expect(audio!.bundle).toMatchObject({ bundled: true, isTag: true, tag: '0', transport: 0 });
    expect(sharedWith(diff, audio!.index)).toEqual(['1', '2']);
    expect(video!.bundle).toMatchObject({ bundled: true, isTag: false, tag: '0', tagSection: 0 });
  });

  it('DTLS: actpass answered active, so the answerer is the DTLS client', () => {
    for (const s of diff.sections) {
      expect(s.transport!.dtls).toMatchObject({ offerSetup: 'actpass', answerSetup: 'active', client: 'answerer', server: 'offerer', valid: true });
      expect(s.transport!.dtls!.fingerprints).toEqual({ offer: ['sha-256'], answer: ['sha-256'] });
    }
    expect(audio!.transport!.dtls).toMatchObject({ offerLine: 20, answerLine: 30 });
  });

  it('ICE: credentials per side, trickle on both, offerer controlling', () => {
    expect(audio!.transport!.ice).toEqual({
      offer: { ufrag: 'EsAw', pwd: 'bP+XJMM09aR8AiX1jdukzR6Y', options: ['trickle'], ufragLine: 16, pwdLine: 17, optionsLine: 18 },
      // Firefox writes ice-options at session level (line 7).
      answer: { ufrag: 'c3a1f0e2', pwd: '6b9f0a1e2d3c4b5a69788f7e6d5c4b3a', options: ['trickle'], ufragLine: 21, pwdLine: 20, optionsLine: 7 },
      commonOptions: ['trickle'],
      trickle: true,
    });
    expect(video!.transport!.inherited).toBe(true);
    expect(diff.ice.roles).toMatchObject({ offerLite: false, answerLite: false, controlling: 'offerer', controlled: 'answerer' });
    expect(diff.ice.restart).toBeUndefined();
  });

  it('rtcp-mux on both RTP sections; directions sendrecv both ways', () => {
    expect(audio!.rtcpMux).toMatchObject({ offer: true, answer: true, muxed: true });
    expect(video!.direction).toMatchObject({ offered: 'sendrecv', answered: 'sendrecv', valid: true, negotiated: 'sendrecv', answerLine: 34 });
    expect(audio!.direction!.offerer).toEqual({ sends: true, receives: true });
  });

  it('data channel: sctp-port 5000 both sides, message limits per direction', () => {
    expect(data!.dataChannel).toEqual({
      sctpPort: { offer: 5000, answer: 5000, offerLine: 182, answerLine: 84 },
      maxMessageSize: {
        offer: 262144, answer: 1073741823, offerLine: 183, answerLine: 85,
        offererCanSend: 1073741823, answererCanSend: 262144, effective: 262144,
      },
      legacySctpmap: { offer: false, answer: false },
    });
    expect(data!.codecs).toBeUndefined();
  });

  it('gives the same result for parsed documents as for text, and is plain data', () => {
    const fromDocs = diffOfferAnswer(parse(offerText).document, parse(answerText).document);
    expect(fromDocs).toStrictEqual(diff);
    expect(JSON.parse(JSON.stringify(diff))).toStrictEqual(diff);
  });

  it('swapping the roles is not a valid exchange: the Firefox answer as an offer', () => {
    const reversed = diffOfferAnswer(answerText, offerText);
    expect(reversed.verdict.status).toBe('failed');
    expect(reversed.findings.map((f) => f.code)).toContain('dtls-answer-actpass');
  });
});
