import type { SdpLine } from '../parser/model/line.js';
import type { Codec, Media } from '../parser/model/media.js';
import {
  baseKey, codecLabel, codecRole, codecVariant, describeLevel, h264Profile, identityKey, parameter,
  redPayloadTypes, rtxPayloadType, type CodecRole,
} from './codec-identity.js';
import { diffFeedback, type FeedbackDiff } from './feedback.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';

/*
 * Codecs offered, accepted, dropped and added (RFC 3264 §6.1).
 *
 * Codecs are matched by identity (codec-identity.ts), never by payload type
 * alone: the answer may use its own numbers. Associated payload types follow
 * their primary codec: rtx by apt (RFC 4588 §8.6), audio red by the payload
 * types it carries (RFC 2198 §5). Matching runs in that order: primary codecs
 * (including video red, ulpfec, flexfec, CN, telephone-event, matched by
 * name, clock and channels), then audio red, then rtx.
 */

export interface CodecRef {
  payloadType: number;
  name: string;
  clockRate: number;
  channels?: number;
  /** `name/clock[/channels]` as written, e.g. "opus/48000/2". */
  label: string;
  /** The identifying fmtp parameters in words, e.g. "Constrained Baseline (42e0), packetization-mode 1". */
  variant?: string;
  role: CodecRole;
  /** All fmtp parameters as written. */
  parameters: Record<string, string>;
  /** 1-based line of its a=rtpmap (of the m= line for a static payload type without one). */
  line?: number;
  /** 1-based line of its a=fmtp, when it has one. */
  fmtpLine?: number;
  /** 0-based place among the side's codecs, in m= line order (the preference order, RFC 3264 §6.1). */
  position: number;
}

export interface AcceptedCodec {
  role: CodecRole;
  offer: CodecRef;
  answer: CodecRef;
  /** The answer uses another payload type number (RFC 3264 §6.1 allows it). */
  remapped: boolean;
  /** For rtx (apt) and audio red: the payload types of the codecs it carries, on each side. */
  carries?: { offer: number[]; answer: number[] };
  feedback: FeedbackDiff;
  /** Differences that do not break the match, e.g. an H.264 level change. */
  notes: string[];
}

export interface DroppedCodec {
  role: CodecRole;
  offer: CodecRef;
  /** Why, in words: "not in the answer", "H264 packetization-mode 0 answered only as 1", … */
  reason: string;
  /** For rtx and audio red: the offered payload types it carries. */
  carries?: number[];
}

export interface AddedCodec {
  role: CodecRole;
  answer: CodecRef;
}

export interface PayloadTypeRemap {
  label: string;
  offer: number;
  answer: number;
}

export interface CodecsDiff {
  accepted: AcceptedCodec[];
  dropped: DroppedCodec[];
  /** Answer codecs that match no offered one. */
  added: AddedCodec[];
  remapped: PayloadTypeRemap[];
  /** At least one media codec (not rtx, red, FEC, CN or telephone-event) is accepted. */
  hasCommonCodec: boolean;
}

export interface CodecContext {
  offerMedia: Media;
  answerMedia: Media;
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

function codecLine(lines: readonly SdpLine[], pt: number): number | undefined {
  return lineNumber(findAttribute(lines, 'rtpmap', (v) => v.payloadType === pt) ?? lines[0]);
}

function codecRef(codec: Codec, lines: readonly SdpLine[], position: number): CodecRef {
  const ref: CodecRef = {
    position,
    payloadType: codec.payloadType,
    name: codec.name,
    clockRate: codec.clockRate,
    label: codecLabel(codec),
    role: codecRole(codec.name),
    parameters: { ...codec.parameters },
  };
  setIfDefined(ref, 'channels', codec.channels);
  setIfDefined(ref, 'variant', codecVariant(codec)?.words);
  setIfDefined(ref, 'line', codecLine(lines, codec.payloadType));
  setIfDefined(ref, 'fmtpLine', lineNumber(findAttribute(lines, 'fmtp', (v) => v.format === String(codec.payloadType))));
  return ref;
}

/** Why an offered primary codec found no answer codec with the same identity. */
function primaryDropReason(o: Codec, answer: readonly Codec[]): string {
  const sameName = answer.filter((a) => a.name.toLowerCase() === o.name.toLowerCase());
  if (sameName.length === 0) return 'not in the answer';
  const sameBase = sameName.filter((a) => baseKey(a) === baseKey(o));
  if (sameBase.length === 0) {
    return `not in the answer (the answer has ${[...new Set(sameName.map(codecLabel))].join(', ')})`;
  }
  const ov = codecVariant(o);
  if (ov === undefined) return 'not in the answer';
  const answered = sameBase.map((a) => codecVariant(a)).filter((v): v is NonNullable<typeof v> => v !== undefined);
  // Name the first identifying part that no same-name answer codec matches,
  // among those answer codecs that agree on every earlier part.
  let candidates = answered;
  for (let i = 0; i < ov.parts.length; i++) {
    const part = ov.parts[i]!;
    const same = candidates.filter((v) => v.parts[i]?.key === part.key);
    if (same.length === 0) {
      const others = [...new Set(candidates.map((v) => v.parts[i]?.value ?? '?'))];
      return part.name === 'profile' && o.name.toLowerCase() === 'h264'
        ? `${o.name} ${part.value} not in the answer (answered: ${others.join(', ')})`
        : `${o.name} ${part.name} ${part.value} answered only as ${others.join(', ')}`;
    }
    candidates = same;
  }
  return 'not in the answer';
}

function levelNotes(o: Codec, a: Codec): string[] {
  if (o.name.toLowerCase() !== 'h264') return [];
  const lo = h264Profile(o).level;
  const la = h264Profile(a).level;
  if (lo === la || lo === 0 || la === 0) return [];
  const asymmetric = parameter(o, 'level-asymmetry-allowed') === '1' && parameter(a, 'level-asymmetry-allowed') === '1';
  const note = `H264 level ${describeLevel(lo)} offered, ${describeLevel(la)} answered`;
  // RFC 6184 §8.2.2: without level-asymmetry-allowed the answer may lower the level, not raise it.
  if (la > lo && !asymmetric) return [`${note}: above the offered level without level-asymmetry-allowed (RFC 6184 §8.2.2)`];
  return [asymmetric ? `${note} (level-asymmetry-allowed: each side receives at its own level)` : note];
}

/** Compares the codecs of one offered and answered RTP m-section. */
export function diffCodecs(ctx: CodecContext): CodecsDiff {
  const offered = ctx.offerMedia.codecs;
  const answered = ctx.answerMedia.codecs;
  const oLines = ctx.offerMedia.lines;
  const aLines = ctx.answerMedia.lines;
  const used = new Set<Codec>();
  /** offer PT → matched answer codec. */
  const matchedTo = new Map<number, Codec>();
  /** offer PT → reason it was dropped. */
  const dropReason = new Map<number, string>();
  const carries = new Map<number, { offer: number[]; answer: number[] }>();
  const offeredCarries = new Map<number, number[]>();

  const pick = (cands: Codec[], pt: number): Codec | undefined => cands.find((c) => c.payloadType === pt) ?? cands[0];
  const isRed = (c: Codec): boolean => codecRole(c.name) === 'red' && redPayloadTypes(c) !== undefined;
  const isRtx = (c: Codec): boolean => codecRole(c.name) === 'rtx';
  const byOfferPt = new Map<number, Codec>(offered.map((c) => [c.payloadType, c]));

  // 1. Primary codecs.
  const firstWithIdentity = new Map<string, number>();
  for (const o of offered) {
    if (isRed(o) || isRtx(o)) continue;
    const key = identityKey(o);
    const cands = answered.filter((a) => !used.has(a) && !isRtx(a) && !isRed(a) && identityKey(a) === key);
    const a = pick(cands, o.payloadType);
    if (a !== undefined) {
      used.add(a);
      matchedTo.set(o.payloadType, a);
      if (!firstWithIdentity.has(key)) firstWithIdentity.set(key, o.payloadType);
      continue;
    }
    const first = firstWithIdentity.get(key);
    dropReason.set(o.payloadType, first !== undefined
      ? `same codec as PT ${first}, which the answer already accepted`
      : primaryDropReason(o, answered.filter((x) => !isRtx(x) && !isRed(x))));
  }

  const primaryWords = (pt: number): string => {
    const c = byOfferPt.get(pt);
    return c === undefined ? `PT ${pt}` : `${codecLabel(c)} (PT ${pt})`;
  };

  // 2. Audio red: accepted when every codec it carries is accepted and the answer has red too.
  for (const o of offered) {
    if (!isRed(o)) continue;
    const list = redPayloadTypes(o)!;
    offeredCarries.set(o.payloadType, list);
    const missing = [...new Set(list.filter((pt) => !matchedTo.has(pt)))];
    if (missing.length > 0) {
      dropReason.set(o.payloadType, `carries ${missing.map(primaryWords).join(', ')}, which the answer dropped`);
      continue;
    }
    const mapped = list.map((pt) => matchedTo.get(pt)!.payloadType);
    const cands = answered.filter((a) => !used.has(a) && codecRole(a.name) === 'red' && baseKey(a) === baseKey(o));
    const exact = cands.filter((a) => (redPayloadTypes(a) ?? []).join('/') === mapped.join('/'));
    const a = pick(exact.length > 0 ? exact : cands, o.payloadType);
    if (a === undefined) {
      dropReason.set(o.payloadType, 'not in the answer');
      continue;
    }
    used.add(a);
    matchedTo.set(o.payloadType, a);
    carries.set(o.payloadType, { offer: list, answer: redPayloadTypes(a) ?? [] });
  }

  // 3. rtx, after everything it may repair.
  for (const o of offered) {
    if (!isRtx(o)) continue;
    const apt = rtxPayloadType(o);
    if (apt === undefined || !byOfferPt.has(apt)) {
      dropReason.set(o.payloadType, apt === undefined ? 'no apt= names the codec it repairs' : `its apt=${apt} names no offered codec`);
      if (apt !== undefined) offeredCarries.set(o.payloadType, [apt]);
      continue;
    }
    offeredCarries.set(o.payloadType, [apt]);
    const primary = matchedTo.get(apt);
    if (primary === undefined) {
      dropReason.set(o.payloadType, `its primary codec ${primaryWords(apt)} was dropped`);
      continue;
    }
    const cands = answered.filter((a) => !used.has(a) && isRtx(a) && a.clockRate === o.clockRate && rtxPayloadType(a) === primary.payloadType);
    const a = pick(cands, o.payloadType);
    if (a === undefined) {
      dropReason.set(o.payloadType, `no rtx for ${primaryWords(apt)} in the answer`);
      continue;
    }
    used.add(a);
    matchedTo.set(o.payloadType, a);
    carries.set(o.payloadType, { offer: [apt], answer: [primary.payloadType] });
  }

  const out: CodecsDiff = { accepted: [], dropped: [], added: [], remapped: [], hasCommonCodec: false };
  const fbCtx = { offerLines: oLines, answerLines: aLines, section: ctx.section, mid: ctx.mid, findings: ctx.findings };
  const answerPosition = new Map<Codec, number>(answered.map((a, i) => [a, i]));
  offered.forEach((o, position) => {
    const a = matchedTo.get(o.payloadType);
    const oRef = codecRef(o, oLines, position);
    if (a === undefined) {
      const dropped: DroppedCodec = { role: oRef.role, offer: oRef, reason: dropReason.get(o.payloadType) ?? 'not in the answer' };
      setIfDefined(dropped, 'carries', offeredCarries.get(o.payloadType));
      out.dropped.push(dropped);
      return;
    }
    const aRef = codecRef(a, aLines, answerPosition.get(a)!);
    const accepted: AcceptedCodec = {
      role: oRef.role,
      offer: oRef,
      answer: aRef,
      remapped: o.payloadType !== a.payloadType,
      feedback: diffFeedback(o, a, fbCtx),
      notes: levelNotes(o, a),
    };
    setIfDefined(accepted, 'carries', carries.get(o.payloadType));
    out.accepted.push(accepted);
    if (accepted.role === 'media') out.hasCommonCodec = true;
    if (accepted.remapped) {
      out.remapped.push({ label: oRef.label, offer: o.payloadType, answer: a.payloadType });
      const clash = byOfferPt.get(a.payloadType);
      const place = { side: 'answer' as const, line: aRef.line, section: ctx.section, mid: ctx.mid };
      ctx.findings.push(diffFinding('payload-type-remapped', `${oRef.label} is PT ${o.payloadType} in the offer and PT ${a.payloadType} in the answer`, place));
      if (clash !== undefined && clash !== o) {
        ctx.findings.push(diffFinding(
          'payload-type-conflict',
          `the answer uses PT ${a.payloadType} for ${aRef.label}, but PT ${a.payloadType} is ${codecLabel(clash)} in the offer`,
          place,
        ));
      }
    }
  });
  answered.forEach((a, position) => {
    if (used.has(a)) return;
    const aRef = codecRef(a, aLines, position);
    out.added.push({ role: aRef.role, answer: aRef });
    const clash = byOfferPt.get(a.payloadType);
    ctx.findings.push(diffFinding(
      'codec-not-offered',
      `the answer lists PT ${a.payloadType} ${aRef.label}${aRef.variant !== undefined ? ` (${aRef.variant})` : ''}, which matches no offered codec${clash !== undefined ? ` (PT ${a.payloadType} is ${codecLabel(clash)} in the offer)` : ''}`,
      { side: 'answer', line: aRef.line, section: ctx.section, mid: ctx.mid },
    ));
  });
  return out;
}
