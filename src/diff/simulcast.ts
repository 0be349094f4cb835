import type { Simulcast } from '../parser/model/attributes/simulcast.js';
import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';

/*
 * Simulcast (RFC 8853) and rids (RFC 8851).
 * RFC 8853 §5.3: the answer reverses the directions: what the offer lists
 * under `send` the answer lists under `recv`, and the other way round. The
 * answerer may remove streams or alternatives and may pause them (`~`); it
 * may not add rids. Only the rids on the answer's a=simulcast line are used:
 * an answer a=rid that the line leaves out sends nothing.
 *
 * Declined simulcast does not mean "no video": the offerer still sends one
 * stream, its first encoding. RFC 8853 §5.3 and RFC 8829 §3.7 (an answer
 * without a=simulcast: one stream per m-section); the W3C webrtc-pc rules for
 * applying an answer keep only the first of sendEncodings; libwebrtc
 * pc/sdp_offer_answer.cc (SimulcastIsRejected, DisableSimulcastInSender) keeps
 * encodings[0] and removes the others. Older libwebrtc treated an answer with
 * a=simulcast but without the rtp-stream-id header extension (RFC 8852) the
 * same way; Chromium now rejects such an answer in setRemoteDescription
 * (checked in test/diff/simulcast.browser.e2e.test.ts). Browsers write the send list in
 * sendEncodings order, so the first encoding is the first rid of the offer's
 * send list: the classic "why is my video tiny" when that rid is the smallest.
 */

/** The RTP header extension that carries rids (RFC 8852 §3.1). */
const RID_EXTENSION = 'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id';

export type RidDirection = 'send' | 'recv';

export interface SimulcastRidOutcome {
  rid: string;
  /** The offerer's direction for this layer: `send` = the offerer sends it. */
  direction: RidDirection;
  /** The answer lists it in the reverse direction (or, declined, it is the one stream left). */
  accepted: boolean;
  /** What happens to the layer: sent, negotiated but paused (`~` in either description), or not used. */
  outcome: 'sent' | 'paused' | 'dropped';
  pausedInOffer: boolean;
  pausedInAnswer: boolean;
  /** 1-based line of its a=rid in the offer (else of a=simulcast). */
  offerLine?: number;
  answerLine?: number;
}

export interface SimulcastDiff {
  offer?: Simulcast;
  answer?: Simulcast;
  offerLine?: number;
  answerLine?: number;
  /**
   * Rids of the layers the offerer will send, in offered order: offer send ∩
   * answer recv, not paused; declined, the first encoding only.
   */
  offererSends: string[];
  /** Rids of the layers the offerer will receive (offer recv ∩ answer send), not paused. */
  offererReceives: string[];
  /** Negotiated rids that start paused (`~` in the offer or the answer), either direction. */
  paused: string[];
  rids: SimulcastRidOutcome[];
  /** Offered rids that are not used. */
  dropped: string[];
  /** Answer rids not offered in the reverse direction (invalid). */
  notOffered: { rid: string; direction: RidDirection; line?: number }[];
  /**
   * The offer proposed simulcast and the answer declines it: it has no
   * a=simulcast, or (the offerer sending) no a=extmap for the rtp-stream-id
   * header extension.
   */
  declined: boolean;
  /** Why it is declined. */
  declinedBy?: 'no-simulcast' | 'no-rid-extension';
}

function reverse(d: RidDirection): RidDirection {
  return d === 'send' ? 'recv' : 'send';
}

function idsOf(s: Simulcast | undefined, direction: RidDirection): { rid: string; paused: boolean }[] {
  return s?.directions.find((d) => d.direction === direction)?.streams.flat() ?? [];
}

export interface SimulcastContext {
  offerMedia: Media;
  answerMedia: Media;
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

export function diffSimulcast(ctx: SimulcastContext): SimulcastDiff | undefined {
  const { offerMedia: om, answerMedia: am } = ctx;
  if (om.simulcast === undefined && am.simulcast === undefined && om.rids.length === 0 && am.rids.length === 0) return undefined;
  const where = { section: ctx.section, mid: ctx.mid };
  const out: SimulcastDiff = { offererSends: [], offererReceives: [], paused: [], rids: [], dropped: [], notOffered: [], declined: false };
  setIfDefined(out, 'offer', om.simulcast);
  setIfDefined(out, 'answer', am.simulcast);
  setIfDefined(out, 'offerLine', lineNumber(findAttribute(om.lines, 'simulcast')));
  setIfDefined(out, 'answerLine', lineNumber(findAttribute(am.lines, 'simulcast')));
  const ridLine = (m: Media, rid: string): number | undefined => lineNumber(findAttribute(m.lines, 'rid', (v) => v.id === rid));

  if (om.simulcast !== undefined) {
    const offerSends = idsOf(om.simulcast, 'send');
    const noRidExtension = am.simulcast !== undefined && offerSends.length > 0 && !am.extmaps.some((e) => e.uri === RID_EXTENSION);
    const declinedBy = am.simulcast === undefined ? 'no-simulcast' : noRidExtension ? 'no-rid-extension' : undefined;
    out.declined = declinedBy !== undefined;
    if (declinedBy !== undefined) out.declinedBy = declinedBy;
    // Declined, the one stream left is the first encoding of the offerer's send list.
    const firstSent = out.declined ? offerSends[0] : undefined;
    const answerRids = new Set(am.rids.map((r) => r.id));
    for (const direction of ['send', 'recv'] as const) {
      const answered = new Map((out.declined ? [] : idsOf(am.simulcast, reverse(direction))).map((x) => [x.rid, x]));
      for (const id of idsOf(om.simulcast, direction)) {
        const a = answered.get(id.rid);
        const kept = a !== undefined || (direction === 'send' && id.rid === firstSent?.rid);
        const paused = kept && (id.paused || (a?.paused ?? false));
        const r: SimulcastRidOutcome = {
          rid: id.rid, direction, accepted: kept, outcome: !kept ? 'dropped' : paused ? 'paused' : 'sent', pausedInOffer: id.paused, pausedInAnswer: a?.paused ?? false,
        };
        setIfDefined(r, 'offerLine', ridLine(om, id.rid) ?? out.offerLine);
        if (a !== undefined) setIfDefined(r, 'answerLine', ridLine(am, id.rid) ?? out.answerLine);
        out.rids.push(r);
        if (kept) {
          if (paused) out.paused.push(id.rid);
          else (direction === 'send' ? out.offererSends : out.offererReceives).push(id.rid);
          if (a !== undefined && a.paused && !id.paused) {
            ctx.findings.push(diffFinding(
              'simulcast-rid-paused',
              `the answer pauses rid ${id.rid} (~): the ${direction === 'send' ? 'offerer' : 'answerer'} does not send that layer until it is resumed`,
              { side: 'answer', line: out.answerLine, ...where },
            ));
          }
        } else {
          out.dropped.push(id.rid);
          if (!out.declined) {
            const keptRid = answerRids.has(id.rid) ? ` (the answer keeps a=rid:${id.rid}, but only the rids on its a=simulcast line are used)` : '';
            ctx.findings.push(diffFinding(
              'simulcast-rid-dropped',
              `the answer removed simulcast rid ${id.rid}${keptRid}: the ${direction === 'send' ? 'offerer' : 'answerer'} will not send that layer`,
              { side: 'offer', line: r.offerLine, ...where },
            ));
          }
        }
      }
    }
    if (declinedBy !== undefined) {
      const why = declinedBy === 'no-simulcast'
        ? 'the answer has no a=simulcast, so simulcast is declined'
        : `the answer has a=simulcast but no a=extmap for ${RID_EXTENSION}: Chromium rejects the answer ("negotiates simulcast but does not negotiate the RID RTP header extension"); a stack that accepts it cannot tell the layers apart`;
      const offerRecvs = idsOf(om.simulcast, 'recv').map((x) => x.rid);
      const others = offerSends.filter((x) => x.rid !== firstSent?.rid).map((x) => x.rid);
      const consequences: string[] = [];
      if (firstSent !== undefined) {
        consequences.push(`the offerer sends one stream, its first encoding (rid ${firstSent.rid}${firstSent.paused ? ', paused in the offer' : ''})${others.length > 0 ? `, not ${others.join(', ')}` : ''}`);
      }
      if (offerRecvs.length > 0) consequences.push(`the answerer sends one stream without rids instead of ${offerRecvs.join(', ')}`);
      const message = consequences.length > 0 ? `${why}: ${consequences.join('; ')}` : why;
      ctx.findings.push(diffFinding(declinedBy === 'no-simulcast' ? 'simulcast-declined' : 'simulcast-rid-extension-missing', message, { side: declinedBy === 'no-simulcast' ? 'offer' : 'answer', line: declinedBy === 'no-simulcast' ? out.offerLine : out.answerLine, ...where }));
    }
  }

  if (am.simulcast !== undefined) {
    for (const direction of ['send', 'recv'] as const) {
      const offered = new Set(idsOf(om.simulcast, reverse(direction)).map((x) => x.rid));
      for (const id of idsOf(am.simulcast, direction)) {
        if (offered.has(id.rid)) continue;
        const entry: { rid: string; direction: RidDirection; line?: number } = { rid: id.rid, direction };
        setIfDefined(entry, 'line', ridLine(am, id.rid) ?? out.answerLine);
        out.notOffered.push(entry);
        ctx.findings.push(diffFinding(
          'simulcast-rid-not-offered',
          `the answer lists rid ${id.rid} under ${direction}, but the offer did not list it under ${reverse(direction)}`,
          { side: 'answer', line: entry.line, ...where },
        ));
      }
    }
  }

  for (const ar of am.rids) {
    const or = om.rids.find((r) => r.id === ar.id);
    if (or === undefined || or.direction !== ar.direction) continue;
    ctx.findings.push(diffFinding(
      'rid-direction-not-reversed',
      `a=rid:${ar.id} is ${ar.direction} in both offer and answer; the answer should say ${reverse(or.direction)}`,
      { side: 'answer', line: ridLine(am, ar.id), ...where },
    ));
  }
  return out;
}
