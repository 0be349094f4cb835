import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parser/index.js';
import { codecMatrices, codecMatrix, diffOfferAnswer, type CodecMatrix, type MatrixChip, type MatrixCodec } from '../../src/diff/index.js';
import { sdpLikeText } from '../arbitraries/sdp.js';
import { corpusDir, corpusFiles, hasCorpus } from '../helpers/corpus.js';
import { example, pair, sdp, section } from './helpers.js';

const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');

const matrixOf = (o: string, a: string, i = 0): CodecMatrix => codecMatrix(diffOfferAnswer(o, a).sections[i]!)!;
/** A row or column as [PT, label, rtpmap line, fmtp line, chip texts]. */
const codecRow = (c: MatrixCodec) => [c.payloadType, c.label, c.rtpmapLine ?? null, c.fmtpLine ?? null, c.chips.map((x) => x.text)];
const cellRow = (m: CodecMatrix) => m.cells.map((c) => [c.kind, c.row ?? null, c.column ?? null, c.offer?.payloadType ?? null, c.answer?.payloadType ?? null, c.remapped]);
const chipLines = (c: MatrixChip) => [c.role, c.outcome, c.offer?.rtpmapLine ?? null, c.offer?.fmtpLine ?? null, c.answer?.rtpmapLine ?? null, c.answer?.fmtpLine ?? null];

describe('codecMatrix: the example Chrome offer and Firefox answer', () => {
  const [audio, video, ...rest] = codecMatrices(diffOfferAnswer(offer, answer));

  it('has one matrix per accepted RTP section (the data channel has none)', () => {
    expect(rest).toEqual([]);
    expect([audio!.label, audio!.offerLine, audio!.answerLine, video!.label, video!.offerLine, video!.answerLine]).toEqual(['audio mid 0', 8, 9, 'video mid 1', 43, 32]);
  });

  it('audio: offered rows in m= order, red a chip on opus, CN and telephone-event rows; answered columns', () => {
    expect(audio!.rows.map(codecRow)).toEqual([
      [111, 'opus/48000/2', 30, 32, ['red PT 63 carrying PT 111/111 (dropped: not in the answer)']],
      [9, 'G722/8000', 35, null, []],
      [0, 'PCMU/8000', 36, null, []],
      [8, 'PCMA/8000', 37, null, []],
      [13, 'CN/8000', 38, null, []],
      [110, 'telephone-event/48000', 39, null, []],
      [126, 'telephone-event/8000', 40, null, []],
    ]);
    expect(audio!.rows.map((r) => r.role)).toEqual(['media', 'media', 'media', 'media', 'cn', 'dtmf', 'dtmf']);
    expect(audio!.columns.map(codecRow)).toEqual([
      [111, 'opus/48000/2', 25, 18, []],
      [9, 'G722/8000/1', 26, null, []],
      [0, 'PCMU/8000', 27, null, []],
      [8, 'PCMA/8000', 28, null, []],
      [126, 'telephone-event/8000', 29, 19, []],
    ]);
    expect(chipLines(audio!.rows[0]!.chips[0]!)).toEqual(['red', 'dropped', 33, 34, null, null]);
    expect(audio!.shared).toEqual([]);
  });

  it('audio cells: five matched on the diagonal, CN and telephone-event/48000 dropped with the reason', () => {
    expect(cellRow(audio!)).toEqual([
      ['matched', 0, 0, 111, 111, false],
      ['matched', 1, 1, 9, 9, false],
      ['matched', 2, 2, 0, 0, false],
      ['matched', 3, 3, 8, 8, false],
      ['dropped', 4, null, 13, null, false],
      ['dropped', 5, null, 110, null, false],
      ['matched', 6, 4, 126, 126, false],
    ]);
    expect(audio!.cells[5]!.reason).toBe('not in the answer (the answer has telephone-event/8000)');
    expect(audio!.rows.map((r) => r.cell)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(audio!.columns.map((c) => c.cell)).toEqual([0, 1, 2, 3, 6]);
  });

  it('opus fmtp compared parameter by parameter, in words from the knowledge tables', () => {
    const fmtp = audio!.cells[0]!.fmtp!;
    expect(fmtp.parameters.map((p) => [p.key, p.change, p.offer ?? null, p.answer ?? null, p.sameAsDefault])).toEqual([
      ['minptime', 'offer-only', '10', null, false],
      ['useinbandfec', 'same', '1', '1', false],
      ['maxplaybackrate', 'answer-only', null, '48000', true],
      ['stereo', 'answer-only', null, '1', false],
    ]);
    expect(fmtp.differs).toBe(true);
    expect(fmtp.parameters[3]!.text).toBe('stereo: answer only: 1 = stereo (whether the receiver prefers stereo)');
    expect(fmtp.parameters[2]!.text).toContain('the default when absent, so no difference in effect');
    expect(fmtp.parameters[1]!.answerWords).toBe('in-band FEC');
    expect([audio!.cells[0]!.offer!.fmtpLine, audio!.cells[0]!.answer!.fmtpLine]).toEqual([32, 18]);
    // telephone-event's fmtp is a list, compared as one value.
    expect(audio!.cells[6]!.fmtp!.parameters.map((p) => [p.key, p.change, p.answer, p.answerWords])).toEqual([['(list)', 'answer-only', '0-15', 'DTMF digits 0–9, *, #, A, B, C, D']]);
  });

  it('video: rtx chips by apt on their codecs (accepted on both sides), red/rtx-for-red/ulpfec for the whole section', () => {
    expect(video!.rows.map((r) => [r.payloadType, r.variant ?? null, r.chips.map((c) => `${c.offer!.payloadType}:${c.outcome}`)])).toEqual([
      [96, null, ['97:accepted']],
      [102, 'Baseline (4200), packetization-mode 1', ['103:accepted']],
      [104, 'Baseline (4200), packetization-mode 0', ['105:dropped']],
      [106, 'Constrained Baseline (42e0), packetization-mode 1', ['107:dropped']],
      [108, 'Constrained Baseline (42e0), packetization-mode 0', ['109:dropped']],
      [127, 'Main (4d00), packetization-mode 1', ['125:dropped']],
      [39, 'Main (4d00), packetization-mode 0', ['40:dropped']],
      [45, 'profile 0', ['46:dropped']],
      [98, 'profile-id 0', ['99:accepted']],
      [100, 'profile-id 2', ['101:dropped']],
      [112, 'High (6400), packetization-mode 1', ['113:dropped']],
    ]);
    expect(video!.columns.map(codecRow)).toEqual([
      [96, 'VP8/90000', 67, 41, ['rtx PT 97 → 97 for PT 96 (accepted)']],
      [102, 'H264/90000', 69, 40, ['rtx PT 103 → 103 for PT 102 (accepted)']],
      [98, 'VP9/90000', 71, 44, ['rtx PT 99 → 99 for PT 98 (accepted)']],
    ]);
    // The same chip object on its row and its column, with both sides' lines.
    expect(video!.rows[0]!.chips[0]).toBe(video!.columns[0]!.chips[0]);
    expect(chipLines(video!.rows[0]!.chips[0]!)).toEqual(['rtx', 'accepted', 73, 74, 68, 42]);
    expect(video!.shared.map((c) => c.text)).toEqual([
      'red PT 116 for every codec (dropped: not in the answer)',
      'rtx PT 117 for PT 116 (dropped: its primary codec red/90000 (PT 116) was dropped)',
      'ulpfec PT 118 for every codec (dropped: not in the answer)',
    ]);
  });

  it('video cells: VP8, H264 42001f and VP9 profile 0 matched; each dropped H264 with the part that failed', () => {
    expect(cellRow(video!).filter((c) => c[0] === 'matched')).toEqual([
      ['matched', 0, 0, 96, 96, false],
      ['matched', 1, 1, 102, 102, false],
      ['matched', 8, 2, 98, 98, false],
    ]);
    expect(video!.cells.filter((c) => c.kind === 'dropped').map((c) => [c.offer!.payloadType, c.reason])).toEqual([
      [104, 'H264 packetization-mode 0 answered only as 1'],
      [106, 'H264 Constrained Baseline (42e0) not in the answer (answered: Baseline (4200))'],
      [108, 'H264 Constrained Baseline (42e0) not in the answer (answered: Baseline (4200))'],
      [127, 'H264 Main (4d00) not in the answer (answered: Baseline (4200))'],
      [39, 'H264 Main (4d00) not in the answer (answered: Baseline (4200))'],
      [45, 'not in the answer'],
      [100, 'VP9 profile-id 2 answered only as 0'],
      [112, 'H264 High (6400) not in the answer (answered: Baseline (4200))'],
    ]);
    // H264: the same fmtp in another order is no difference; VP9: profile-id=0 written only in the offer is its default.
    expect(video!.cells[1]!.fmtp!.differs).toBe(false);
    expect(video!.cells[1]!.fmtp!.parameters.find((p) => p.key === 'profile-level-id')!.offerWords).toBe('Baseline (4200), level 3.1');
    const vp9 = video!.cells[8]!.fmtp!;
    expect(vp9.parameters.map((p) => [p.key, p.change, p.sameAsDefault])).toEqual([
      ['profile-id', 'offer-only', true],
      ['max-fs', 'answer-only', false],
      ['max-fr', 'answer-only', false],
    ]);
    expect(vp9.parameters[0]!.offerWords).toBe('profile 0 (8-bit 4:2:0)');
    expect(vp9.parameters[2]!.text).toBe('max-fr: answer only: 60 = 60 frames per second (the highest frame rate the receiver can decode)');
  });

  it('says the grid in words', () => {
    expect(video!.description).toBe(
      'video mid 1: 11 offered codecs, 3 answered codecs. Matched: VP8/90000: PT 96 → 96; fmtp differs: max-fs, max-fr; H264/90000: PT 102 → 102; VP9/90000: PT 98 → 98; fmtp differs: max-fs, max-fr. 8 dropped. 2 matched pairs with fmtp differences. 14 rtx/red chips on their codecs. For the whole section: red PT 116 for every codec (dropped: not in the answer); rtx PT 117 for PT 116 (dropped: its primary codec red/90000 (PT 116) was dropped); ulpfec PT 118 for every codec (dropped: not in the answer).',
    );
  });
});

describe('codecMatrix: remapped payload types and fmtp differences (pairs built from real Chrome lines)', () => {
  // Session v/o/s/t = lines 1–4; m= 5, c= 6, ice 7–8, fingerprint 9, setup 10, mid 11, rtcp-mux 12; codecs from 13.
  it('H264 offered as 102 and answered as 120 (rtx 103 → 121 follows by apt), a level raised with level-asymmetry-allowed', () => {
    const [o, a] = pair(
      { kind: 'video', codecs: ['102 H264/90000 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f', '103 rtx/90000 apt=102', '96 VP8/90000', '97 rtx/90000 apt=96'] },
      { kind: 'video', codecs: ['120 H264/90000 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e034', '96 VP8/90000', '121 rtx/90000 apt=120', '97 rtx/90000 apt=96'] },
    );
    const m = matrixOf(o, a);
    expect(m.rows.map(codecRow)).toEqual([
      [102, 'H264/90000', 13, 14, ['rtx PT 103 → 121 for PT 102 (accepted, remapped)']],
      [96, 'VP8/90000', 17, null, ['rtx PT 97 → 97 for PT 96 (accepted)']],
    ]);
    expect(m.columns.map(codecRow)).toEqual([
      [120, 'H264/90000', 13, 14, ['rtx PT 103 → 121 for PT 102 (accepted, remapped)']],
      [96, 'VP8/90000', 15, null, ['rtx PT 97 → 97 for PT 96 (accepted)']],
    ]);
    expect(chipLines(m.rows[0]!.chips[0]!)).toEqual(['rtx', 'accepted', 15, 16, 16, 17]);
    expect(cellRow(m)).toEqual([
      ['matched', 0, 0, 102, 120, true],
      ['matched', 1, 1, 96, 96, false],
    ]);
    expect(m.cells[0]!.text).toBe('H264/90000: PT 102 → 120 (remapped); fmtp differs: profile-level-id');
    const plid = m.cells[0]!.fmtp!.parameters.find((p) => p.key === 'profile-level-id')!;
    expect(plid.text).toBe(
      'profile-level-id: 42e01f = Constrained Baseline (42e0), level 3.1 offered, 42e034 = Constrained Baseline (42e0), level 5.2 answered (profile_idc, profile-iop (constraint flags) and level_idc, three bytes in hex)',
    );
    expect(m.cells[0]!.fmtp!.notes).toEqual(['H264 level 3.1 offered, 5.2 answered (level-asymmetry-allowed: each side receives at its own level)']);
  });

  it('VP9 profile-id and AV1 profile/level-idx in words', () => {
    const [o, a] = pair(
      { kind: 'video', codecs: ['98 VP9/90000 profile-id=2', '45 AV1/90000 level-idx=5;profile=0;tier=0'] },
      { kind: 'video', codecs: ['100 VP9/90000 profile-id=2;max-fr=30', '45 AV1/90000 level-idx=8;profile=0'] },
    );
    const m = matrixOf(o, a);
    expect(cellRow(m)).toEqual([
      ['matched', 0, 0, 98, 100, true],
      ['matched', 1, 1, 45, 45, false],
    ]);
    expect(m.cells[0]!.fmtp!.parameters.map((p) => [p.key, p.change, p.offerWords ?? null, p.answerWords ?? null])).toEqual([
      ['profile-id', 'same', 'profile 2 (10/12-bit 4:2:0)', 'profile 2 (10/12-bit 4:2:0)'],
      ['max-fr', 'answer-only', null, '30 frames per second'],
    ]);
    expect(m.cells[1]!.fmtp!.parameters.map((p) => [p.key, p.change, p.offerWords ?? null, p.answerWords ?? null, p.sameAsDefault])).toEqual([
      ['level-idx', 'changed', 'level 3.1', 'level 4.0', false],
      ['profile', 'same', 'Main profile', 'Main profile', false],
      ['tier', 'offer-only', 'Main tier', null, true],
    ]);
    expect(m.cells[1]!.fmtp!.differs).toBe(true);
  });

  it('opus stereo, sprop-stereo, maxaveragebitrate, usedtx and minptime; audio red remapped as a chip on opus', () => {
    const [o, a] = pair(
      { codecs: ['111 opus/48000/2 minptime=10;useinbandfec=1;stereo=1;sprop-stereo=1;maxaveragebitrate=510000', '63 red/48000/2 111/111'] },
      { codecs: ['109 opus/48000/2 useinbandfec=1;stereo=0;usedtx=1;maxaveragebitrate=64000', '120 red/48000/2 109/109'] },
    );
    const m = matrixOf(o, a);
    expect(m.rows.map(codecRow)).toEqual([[111, 'opus/48000/2', 13, 14, ['red PT 63 → 120 carrying PT 111/111 (accepted, remapped)']]]);
    expect(m.columns[0]!.chips[0]).toBe(m.rows[0]!.chips[0]);
    expect(m.cells[0]!.fmtp!.parameters.map((p) => p.text)).toEqual([
      'minptime: offer only: 10 = 10 ms (the shortest packet duration the sender will use; not an RFC 7587 parameter, libwebrtc writes 10 because Opus frames can be 10 ms)',
      'useinbandfec: 1 = in-band FEC on both sides (whether the receiver can use Opus in-band forward error correction)',
      'stereo: 1 = stereo offered, 0 = no, mono answered (whether the receiver prefers stereo)',
      'sprop-stereo: offer only: 1 = yes, stereo is likely (whether the sender is likely to send stereo)',
      'maxaveragebitrate: 510000 = 510000 bit/s offered, 64000 = 64000 bit/s answered (the highest average bit rate the receiver wants to get)',
      'usedtx: answer only: 1 = DTX (whether the receiver prefers discontinuous transmission)',
    ]);
  });

  it('an answer-only codec is a column with an added cell; its rtx a chip on it', () => {
    const [o, a] = pair({ kind: 'video', codecs: ['96 VP8/90000'] }, { kind: 'video', codecs: ['96 VP8/90000', '100 VP9/90000 profile-id=2', '101 rtx/90000 apt=100'] });
    const m = matrixOf(o, a);
    expect(cellRow(m)).toEqual([
      ['matched', 0, 0, 96, 96, false],
      ['added', null, 1, null, 100, false],
    ]);
    expect(m.columns[1]!.chips.map((c) => [c.text, ...chipLines(c)])).toEqual([['rtx PT 101 for PT 100 (added by the answer)', 'rtx', 'added', null, null, 16, 17]]);
    expect(m.cells[1]!.text).toBe('VP9/90000 PT 100 added by the answer (not offered)');
  });

  it('an rtx whose apt names no codec is a section chip, not lost', () => {
    const [o, a] = pair({ kind: 'video', codecs: ['96 VP8/90000', '97 rtx/90000 apt=99'] }, { kind: 'video', codecs: ['96 VP8/90000'] });
    const m = matrixOf(o, a);
    expect(m.rows.map(codecRow)).toEqual([[96, 'VP8/90000', 13, null, []]]);
    expect(m.shared.map((c) => c.text)).toEqual(['rtx PT 97 for PT 99 (dropped: its apt=99 names no offered codec)']);
  });

  it('none for a rejected section', () => {
    const [o, a] = pair({ kind: 'video', codecs: ['96 VP8/90000'] }, { kind: 'video', port: 0, codecs: ['96 VP8/90000'] });
    expect(codecMatrix(diffOfferAnswer(o, a).sections[0]!)).toBeUndefined();
  });
});

describe.skipIf(!hasCorpus)('codecMatrix: corpus files', () => {
  const corpus = (f: string) => readFileSync(`${corpusDir}/${f}`, 'utf8');

  it('Chrome with flexfec-03 and ulpfec (sdp-transform ssrc.sdp): FEC protects the section, rtx on its codecs', () => {
    const text = corpus('sdp-transform/ssrc.sdp');
    const m = codecMatrices(diffOfferAnswer(text, text)).find((x) => x.kind === 'video')!;
    expect(m.shared.map((c) => [c.role, c.offer!.label, c.outcome])).toEqual([
      ['red', 'red/90000', 'accepted'],
      ['fec', 'ulpfec/90000', 'accepted'],
      ['fec', 'flexfec-03/90000', 'accepted'],
      ['rtx', 'rtx/90000', 'accepted'],
    ]);
    expect(m.shared[2]!.offer!.fmtpLine).toBe(80);
    expect(m.rows.every((r) => r.role === 'media')).toBe(true);
  });

  it('Firefox video offer answered with remapped H264 (webrtc-sdp firefox_video_offer)', () => {
    const text = corpus('webrtc-sdp/tests_parse_firefox_video_offer.sdp');
    const answered = text.replace(/\b126\b/g, '110');
    const m = codecMatrices(diffOfferAnswer(text, answered))[0]!;
    const remapped = m.cells.filter((c) => c.remapped).map((c) => [c.offer!.payloadType, c.answer!.payloadType, c.offer!.fmtpLine, c.answer!.fmtpLine]);
    expect(remapped).toEqual([[126, 110, 14, 14]]);
  });
});

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/** Every offered codec is exactly one row or one chip; every answered one exactly one column or chip; cells point both ways; PTs exist in the rtpmaps. */
function checkMatrix(offerText: string, answerText: string): void {
  const diff = diffOfferAnswer(offerText, answerText);
  const o = parse(offerText).document;
  const a = parse(answerText).document;
  const matrices = codecMatrices(diff);
  expect(JSON.parse(JSON.stringify(matrices))).toStrictEqual(matrices);
  expect(structuredClone(matrices)).toStrictEqual(matrices);
  for (const m of matrices) {
    const s = diff.sections[m.section]!;
    const offered = o.media[m.section]!.codecs.map((c) => c.payloadType);
    const answered = a.media[s.answerIndex!]!.codecs.map((c) => c.payloadType);
    const chipPts = (side: 'offer' | 'answer', list: readonly MatrixCodec[]) => [
      ...list.flatMap((r) => r.chips.flatMap((c) => (c[side] === undefined ? [] : [c[side].payloadType]))),
      ...m.shared.flatMap((c) => (c[side] === undefined ? [] : [c[side].payloadType])),
    ];
    const rowSide = [...m.rows.map((r) => r.payloadType), ...chipPts('offer', m.rows)];
    const columnSide = [...m.columns.map((r) => r.payloadType), ...chipPts('answer', m.columns)];
    expect([...rowSide].sort((x, y) => x - y), `${m.label} offer`).toEqual([...offered].sort((x, y) => x - y));
    expect([...columnSide].sort((x, y) => x - y), `${m.label} answer`).toEqual([...answered].sort((x, y) => x - y));
    m.rows.forEach((r, i) => expect(m.cells[r.cell]!.row).toBe(i));
    m.columns.forEach((c, i) => expect(m.cells[c.cell]!.column).toBe(i));
    for (const c of m.cells) {
      if (c.offer !== undefined) expect(offered).toContain(c.offer.payloadType);
      if (c.answer !== undefined) expect(answered).toContain(c.answer.payloadType);
      expect(c.kind === 'matched').toBe(c.row !== undefined && c.column !== undefined);
    }
    // An rtx chip sits on the codec its apt names, on each side.
    for (const [list, side] of [[m.rows, 'offer'], [m.columns, 'answer']] as const) {
      for (const r of list) {
        for (const chip of r.chips) {
          if (chip.role !== 'rtx' || chip[side] === undefined) continue;
          const doc = side === 'offer' ? o.media[m.section]! : a.media[s.answerIndex!]!;
          const rtx = doc.codecs.find((c) => c.payloadType === chip[side]!.payloadType)!;
          const apt = Number(rtx.parameters.apt);
          const target = r.payloadType === apt || r.chips.some((x) => x.role === 'red' && x[side]?.payloadType === apt);
          expect(target, `${m.label}: ${chip.text} on ${side} PT ${r.payloadType}`).toBe(true);
        }
      }
      // …and an rtx whose apt names a row (column) is never left to the section.
      const doc = side === 'offer' ? o.media[m.section]! : a.media[s.answerIndex!]!;
      for (const chip of m.shared) {
        if (chip.role !== 'rtx' || chip[side] === undefined) continue;
        const apt = Number(doc.codecs.find((c) => c.payloadType === chip[side]!.payloadType)!.parameters.apt);
        expect(list.map((r) => r.payloadType), `${m.label}: ${chip.text} left to the section`).not.toContain(apt);
      }
    }
  }
}

const CATALOGUE = [
  'VP8/90000',
  'VP9/90000 profile-id=0',
  'VP9/90000 profile-id=2',
  'H264/90000 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f',
  'H264/90000 level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42001f',
  'AV1/90000 level-idx=5;profile=0;tier=0',
  'red/90000',
  'ulpfec/90000',
  'flexfec-03/90000 repair-window=10000000',
];
const PTS = Array.from({ length: 32 }, (_, i) => 96 + i);

/** An offer of distinct codecs with rtx, an answer keeping some under other numbers, in another order, plus codecs of its own. */
const negotiation = fc
  .uniqueArray(fc.record({ codec: fc.nat(CATALOGUE.length - 1), rtx: fc.boolean(), keep: fc.boolean(), keepRtx: fc.boolean(), answerOnly: fc.boolean() }), {
    minLength: 1,
    maxLength: CATALOGUE.length,
    selector: (e) => e.codec,
  })
  .chain((entries) =>
    fc.record({
      entries: fc.constant(entries),
      offerPts: fc.shuffledSubarray(PTS, { minLength: 2 * entries.length, maxLength: 2 * entries.length }),
      answerPts: fc.shuffledSubarray(PTS, { minLength: 2 * entries.length, maxLength: 2 * entries.length }),
      order: fc.shuffledSubarray([...Array(2 * entries.length).keys()], { minLength: 2 * entries.length, maxLength: 2 * entries.length }),
    }),
  );

describe('codecMatrix: properties', () => {
  it('derived answers: every codec once as a row/column or chip, cells consistent, rtx on its apt', () => {
    fc.assert(
      fc.property(negotiation, ({ entries, offerPts, answerPts, order }) => {
        const offerCodecs: string[] = [];
        const answerCodecs: string[] = [];
        entries.forEach((e, i) => {
          const c = CATALOGUE[e.codec]!;
          const [op, ox, ap, ax] = [offerPts[2 * i]!, offerPts[2 * i + 1]!, answerPts[2 * i]!, answerPts[2 * i + 1]!];
          if (!e.answerOnly) offerCodecs.push(`${op} ${c}`);
          if (!e.answerOnly && e.rtx) offerCodecs.push(`${ox} rtx/90000 apt=${op}`);
          if (e.keep || e.answerOnly) {
            answerCodecs.push(`${ap} ${c}`);
            if (e.rtx && e.keepRtx) answerCodecs.push(`${ax} rtx/90000 apt=${ap}`);
          }
        });
        fc.pre(offerCodecs.length > 0 && answerCodecs.length > 0);
        const shuffled = order.filter((k) => k < answerCodecs.length).map((k) => answerCodecs[k]!);
        checkMatrix(sdp([], section('offer', { kind: 'video', codecs: offerCodecs })), sdp([], section('answer', { kind: 'video', codecs: shuffled })));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on SDP-like text', () => {
    fc.assert(fc.property(sdpLikeText, sdpLikeText, (o, a) => checkMatrix(o, a)), { numRuns: 200 });
  });

  it('holds for the example pair and pairs of shared-corpus files', () => {
    checkMatrix(offer, answer);
    const files = corpusFiles();
    for (let i = 0; i < files.length; i++) {
      checkMatrix(files[i]!.text, files[i]!.text);
      checkMatrix(files[i]!.text, files[(i + 1) % files.length]!.text);
    }
  });
});
