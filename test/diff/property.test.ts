import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCreateDocument } from '../../src/parser/index.js';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { sdpDocument, sdpLikeText } from '../arbitraries/sdp.js';
import { corpusFiles } from '../helpers/corpus.js';
import { section, sdp } from './helpers.js';

/** Video codecs with pairwise different identities (codec-identity.ts). */
const CATALOGUE: { rtpmap: string; fmtp?: string; media: boolean }[] = [
  { rtpmap: 'VP8/90000', media: true },
  { rtpmap: 'VP9/90000', fmtp: 'profile-id=0', media: true },
  { rtpmap: 'VP9/90000', fmtp: 'profile-id=2', media: true },
  { rtpmap: 'H264/90000', fmtp: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f', media: true },
  { rtpmap: 'H264/90000', fmtp: 'level-asymmetry-allowed=1;packetization-mode=0;profile-level-id=42e01f', media: true },
  { rtpmap: 'H264/90000', fmtp: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f', media: true },
  { rtpmap: 'H264/90000', fmtp: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=4d001f', media: true },
  { rtpmap: 'H264/90000', fmtp: 'level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=640c1f', media: true },
  { rtpmap: 'AV1/90000', media: true },
  { rtpmap: 'AV1/90000', fmtp: 'profile=1', media: true },
  { rtpmap: 'H265/90000', fmtp: 'profile-id=2', media: true },
  { rtpmap: 'red/90000', media: false },
  { rtpmap: 'ulpfec/90000', media: false },
];
const DYNAMIC = Array.from({ length: 32 }, (_, i) => 96 + i);

interface Entry {
  codec: number;
  rtx: boolean;
  keep: boolean;
  keepRtx: boolean;
}

/** An offer of distinct codecs (some with rtx), and what an RFC-valid answer keeps, with its own payload types and order. */
const negotiation = fc
  .uniqueArray(
    fc.record({ codec: fc.integer({ min: 0, max: CATALOGUE.length - 1 }), rtx: fc.boolean(), keep: fc.boolean(), keepRtx: fc.boolean() }),
    { minLength: 1, maxLength: CATALOGUE.length, selector: (e) => e.codec },
  )
  .chain((entries) => {
    const n = entries.length * 2;
    return fc.record({
      entries: fc.constant(entries as Entry[]),
      offerPts: fc.shuffledSubarray(DYNAMIC, { minLength: n, maxLength: n }),
      answerPts: fc.shuffledSubarray(DYNAMIC, { minLength: n, maxLength: n }),
      answerOrder: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
      keepAll: fc.boolean(),
    });
  });

function codecLines(list: { pt: number; rtpmap: string; fmtp?: string | undefined }[]): string[] {
  return list.map((c) => `${c.pt} ${c.rtpmap}${c.fmtp !== undefined ? ` ${c.fmtp}` : ''}`);
}

describe('properties of diffOfferAnswer', () => {
  it('an answer derived from the offer: kept codecs accepted (rtx with their primary), the rest dropped, nothing added', () => {
    fc.assert(fc.property(negotiation, ({ entries, offerPts, answerPts, answerOrder, keepAll }) => {
      const offer: { pt: number; rtpmap: string; fmtp?: string | undefined }[] = [];
      const answer: { pt: number; rtpmap: string; fmtp?: string | undefined }[] = [];
      const expectedAccepted = new Map<number, number>(); // offer PT → answer PT
      const primaryOf = new Map<number, number>();
      entries.forEach((e, i) => {
        const c = CATALOGUE[e.codec]!;
        const [opt, ortx, apt, artx] = [offerPts[2 * i]!, offerPts[2 * i + 1]!, answerPts[2 * i]!, answerPts[2 * i + 1]!];
        offer.push({ pt: opt, rtpmap: c.rtpmap, fmtp: c.fmtp });
        if (e.rtx) {
          offer.push({ pt: ortx, rtpmap: 'rtx/90000', fmtp: `apt=${opt}` });
          primaryOf.set(ortx, opt);
        }
        if (keepAll || e.keep) {
          answer.push({ pt: apt, rtpmap: c.rtpmap, fmtp: c.fmtp });
          expectedAccepted.set(opt, apt);
          if (e.rtx && (keepAll || e.keepRtx)) {
            answer.push({ pt: artx, rtpmap: 'rtx/90000', fmtp: `apt=${apt}` });
            expectedAccepted.set(ortx, artx);
          }
        }
      });
      const shuffled = answerOrder.filter((k) => k < answer.length).map((k) => answer[k]!);
      const d = diffOfferAnswer(
        sdp([], section('offer', { kind: 'video', codecs: codecLines(offer) })),
        sdp([], section('answer', { kind: 'video', codecs: codecLines(shuffled) })),
      );
      const c = d.sections[0]!.codecs!;
      expect(new Map(c.accepted.map((x) => [x.offer.payloadType, x.answer.payloadType]))).toEqual(expectedAccepted);
      expect(c.dropped.map((x) => x.offer.payloadType).sort()).toEqual(offer.map((x) => x.pt).filter((pt) => !expectedAccepted.has(pt)).sort());
      expect(c.added).toEqual([]);
      for (const x of c.accepted) {
        expect(x.remapped).toBe(x.offer.payloadType !== x.answer.payloadType);
        const primary = primaryOf.get(x.offer.payloadType);
        if (primary !== undefined) expect(x.carries).toEqual({ offer: [primary], answer: [expectedAccepted.get(primary)] });
      }
      const anyMedia = entries.some((e) => (keepAll || e.keep) && CATALOGUE[e.codec]!.media);
      expect(c.hasCommonCodec).toBe(anyMedia);
      expect(d.verdict.status).toBe(anyMedia ? 'ok' : 'failed');
      if (keepAll) expect(c.dropped).toEqual([]);
    }));
  });

  it('never throws on SDP-like text, and the result is plain data', () => {
    fc.assert(fc.property(sdpLikeText, sdpLikeText, fc.boolean(), (offer, answer, withPrevious) => {
      const d = diffOfferAnswer(offer, answer, withPrevious ? { previous: { offer: answer, answer: offer } } : {});
      expect(JSON.parse(JSON.stringify(d))).toStrictEqual(d);
      for (const f of d.findings) if (f.line !== undefined) expect(f.side).toBeDefined();
    }), { numRuns: 200 });
  });

  it('never throws on generated typed documents diffed against each other', () => {
    fc.assert(fc.property(sdpDocument({ maxMedia: 3, maxAttributes: 8 }), sdpDocument({ maxMedia: 3, maxAttributes: 8 }), (o, a) => {
      // The shared arbitraries can produce values the zod schemas refuse (e.g. ptime 5e-324): not this module's concern.
      const offer = safeCreateDocument(o);
      const answer = safeCreateDocument(a);
      fc.pre(offer.success && answer.success);
      if (!offer.success || !answer.success) return;
      const d = diffOfferAnswer(offer.document, answer.document);
      expect(d.sections).toHaveLength(offer.document.media.length);
      expect(['ok', 'degraded', 'failed']).toContain(d.verdict.status);
    }), { numRuns: 100 });
  });

  it('every pair of shared-corpus files diffs without throwing, to plain data', () => {
    const files = corpusFiles();
    for (let i = 0; i < files.length; i++) {
      const offer = files[i]!;
      for (const answer of [offer, files[(i + 1) % files.length]!]) {
        const d = diffOfferAnswer(offer.text, answer.text);
        expect(JSON.parse(JSON.stringify(d)), `${offer.name} → ${answer.name}`).toStrictEqual(d);
      }
    }
  });
});
