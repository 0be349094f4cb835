import type { Rid } from '../parser/model/attributes/rid.js';
import type { Simulcast } from '../parser/model/attributes/simulcast.js';
import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';

/*
 * Simulcast (RFC 8853) and rids (RFC 8851).
 * RFC 8853 §5.3: the answer reverses the directions: what the offer lists
 * under `send` the answer lists under `recv`, and the other way round. The
 * answerer may remove streams or alternatives and may pause them (`~`); it
 * may not add rids. Without a=simulcast in the answer, simulcast is declined
 * and one stream is sent. RFC 8851 §6: each answered a=rid reverses the
 * offered direction as well.
 */

export type RidDirection = 'send' | 'recv';

export interface SimulcastRidOutcome {
  rid: string;
  /** The offerer's direction for this layer: `send` = the offerer sends it. */
  direction: RidDirection;
  /** The answer lists it in the reverse direction. */
  accepted: boolean;
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
  /** Rids of the layers the offerer will send (offer send ∩ answer recv), in offered order. */
  offererSends: string[];
  /** Rids of the layers the offerer will receive (offer recv ∩ answer send). */
  offererReceives: string[];
  rids: SimulcastRidOutcome[];
  /** Offered rids the answer removed. */
  dropped: string[];
  /** Answer rids not offered in the reverse direction (invalid). */
  notOffered: { rid: string; direction: RidDirection; line?: number }[];
  /** The offer proposed simulcast and the answer has no a=simulcast. */
  declined: boolean;
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
  const out: SimulcastDiff = { offererSends: [], offererReceives: [], rids: [], dropped: [], notOffered: [], declined: false };
  setIfDefined(out, 'offer', om.simulcast);
  setIfDefined(out, 'answer', am.simulcast);
  setIfDefined(out, 'offerLine', lineNumber(findAttribute(om.lines, 'simulcast')));
  setIfDefined(out, 'answerLine', lineNumber(findAttribute(am.lines, 'simulcast')));
  // rid id → the line of its first a=rid, per side, so no rid searches the section's lines.
  const ridLines = new Map<Media, Map<string, number | undefined>>();
  const ridLine = (m: Media, rid: string): number | undefined => {
    let lines = ridLines.get(m);
    if (lines === undefined) {
      lines = new Map();
      for (const line of m.lines) {
        const v = line.type === 'a' && line.name === 'rid' ? (line.value as Rid | undefined) : undefined;
        if (v !== undefined && !lines.has(v.id)) lines.set(v.id, lineNumber(line));
      }
      ridLines.set(m, lines);
    }
    return lines.get(rid);
  };

  if (om.simulcast !== undefined) {
    out.declined = am.simulcast === undefined;
    for (const direction of ['send', 'recv'] as const) {
      const answered = new Map(idsOf(am.simulcast, reverse(direction)).map((x) => [x.rid, x]));
      for (const id of idsOf(om.simulcast, direction)) {
        const a = answered.get(id.rid);
        const r: SimulcastRidOutcome = { rid: id.rid, direction, accepted: a !== undefined, pausedInOffer: id.paused, pausedInAnswer: a?.paused ?? false };
        setIfDefined(r, 'offerLine', ridLine(om, id.rid) ?? out.offerLine);
        if (a !== undefined) setIfDefined(r, 'answerLine', ridLine(am, id.rid) ?? out.answerLine);
        out.rids.push(r);
        if (a !== undefined) {
          (direction === 'send' ? out.offererSends : out.offererReceives).push(id.rid);
          if (a.paused && !id.paused) {
            ctx.findings.push(diffFinding('simulcast-rid-paused', `the answer pauses rid ${id.rid} (${direction === 'send' ? 'sent' : 'received'} by the offerer)`, { side: 'answer', line: out.answerLine, ...where }));
          }
        } else {
          out.dropped.push(id.rid);
          if (!out.declined) {
            ctx.findings.push(diffFinding(
              'simulcast-rid-dropped',
              `the answer removed simulcast rid ${id.rid}: the offerer ${direction === 'send' ? 'will not send' : 'will not receive'} that layer`,
              { side: 'offer', line: r.offerLine, ...where },
            ));
          }
        }
      }
    }
    if (out.declined) {
      ctx.findings.push(diffFinding('simulcast-declined', `the offer proposed simulcast (${out.dropped.join(', ')}) and the answer has no a=simulcast: one stream is used`, {
        side: 'offer', line: out.offerLine, ...where,
      }));
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

  const offeredRids = new Map<string, Rid>();
  for (const r of om.rids) if (!offeredRids.has(r.id)) offeredRids.set(r.id, r);
  for (const ar of am.rids) {
    const or = offeredRids.get(ar.id);
    if (or === undefined || or.direction !== ar.direction) continue;
    ctx.findings.push(diffFinding(
      'rid-direction-not-reversed',
      `a=rid:${ar.id} is ${ar.direction} in both offer and answer; the answer should say ${reverse(or.direction)}`,
      { side: 'answer', line: ridLine(am, ar.id), ...where },
    ));
  }
  return out;
}
