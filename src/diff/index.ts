/**
 * sdpkit diff: what an offer/answer exchange negotiated, section by section
 * (RFC 3264 §6, RFC 9429 §5.3/§5.10). Pure functions over parsed documents;
 * the result is plain data (JSON-serialisable) with a one-line summary per
 * section and a verdict.
 */
import { parse } from '../parser/index.js';
import { DIRECTIONS } from '../parser/model/attributes/extmap.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { Media } from '../parser/model/media.js';
import { bundledMids, diffBundle, type BundleDiff, type SectionBundle } from './bundle.js';
import { diffCodecs, type CodecsDiff } from './codecs.js';
import { diffDataChannel, isDataChannel, type DataChannelDiff } from './datachannel.js';
import { directionOutcome, describeFlow, type DirectionOutcome } from './direction.js';
import { diffExtensions, type ExtensionsDiff } from './extensions.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { flagLine, lineNumber, setIfDefined } from './lines.js';
import { matchSections, type MatchedBy, type UnmatchedSection } from './match.js';
import { renegotiation, type Renegotiation } from './reoffer.js';
import { iceRestart, iceRoles, type IceRestartDiff, type IceRestartSection, type IceRoles } from './session.js';
import { diffSimulcast, type SimulcastDiff } from './simulcast.js';
import { sectionName, summarizeSection, type SectionStatus } from './summary.js';
import { diffRtcpMux, diffTransport, forgetGroupHeads, type RtcpMuxDiff, type TransportDiff } from './transport.js';

export type DescriptionInput = SdpDocument | string;

export interface DiffOptions {
  /**
   * The previous exchange of the same session, to detect ICE restarts (RFC 8839 §4.4.1.1.1):
   * `offer` is the previous description of the party that makes this offer
   * (its previous offer, or its answer when the other side offered last time),
   * `answer` the previous one of the party that answers.
   */
  previous?: { offer: DescriptionInput; answer: DescriptionInput };
}

export type VerdictStatus = 'ok' | 'degraded' | 'failed';

export interface Verdict {
  /**
   * - failed: nothing (or not what is needed) can flow: every section rejected,
   *   no common codec, an invalid direction, a DTLS role conflict, sections
   *   added or missing, …
   * - degraded: something the offer wanted was dropped: a rejected section, an
   *   inactive or one-way section, simulcast layers, an unanswered ICE restart, …
   */
  status: VerdictStatus;
  /** The messages of the findings that decided it, failures first. */
  reasons: string[];
}

export interface SectionDiff {
  /** 0-based position of the offered m-section. */
  index: number;
  answerIndex?: number;
  matchedBy?: MatchedBy;
  mid?: string;
  /** The answer's mid, when it differs from the offered one. */
  answerMid?: string;
  kind: string;
  answerKind?: string;
  protocol: { offer: string; answer?: string };
  port: { offer: number; answer?: number };
  /** 1-based lines of the m= lines. */
  offerLine?: number;
  answerLine?: number;
  status: SectionStatus;
  /** Offered and answered direction and who sends (present when answered). */
  direction?: DirectionOutcome;
  /** RTP sections that are accepted. */
  codecs?: CodecsDiff;
  extensions?: ExtensionsDiff;
  rtcpMux?: RtcpMuxDiff;
  /** ICE and DTLS of the transport the section uses (accepted sections). */
  transport?: TransportDiff;
  bundle: SectionBundle;
  simulcast?: SimulcastDiff;
  dataChannel?: DataChannelDiff;
  /** Present when a previous exchange was given. */
  iceRestart?: IceRestartSection;
  findings: DiffFinding[];
  /** One line, e.g. "audio mid 0: sendrecv ↔ sendrecv, opus/48000/2 + 4 more accepted, 3 dropped, BUNDLE on mid 0, DTLS client: answerer". */
  summary: string;
}

export interface OfferAnswerDiff {
  /** One entry per offered m-section, in offer order. */
  sections: SectionDiff[];
  /** Answer m-sections that answer no offered one. */
  extraAnswerSections: UnmatchedSection[];
  bundle: BundleDiff;
  ice: { roles: IceRoles; restart?: IceRestartDiff };
  /** Whether the offer is a re-offer and restarts ICE: exact with `options.previous`, else hints in the pair. */
  renegotiation: Renegotiation;
  /** Every finding (session and sections), in the order found. */
  findings: DiffFinding[];
  verdict: Verdict;
}

function toDocument(input: DescriptionInput): SdpDocument {
  return typeof input === 'string' ? parse(input).document : input;
}

function isRtp(m: Media): boolean {
  return /RTP/i.test(m.protocol);
}

/**
 * Compares an offer and its answer. Accepts parsed documents or SDP text
 * (parsed with `parse`, whose diagnostics are not repeated here). Never
 * throws for parsed input.
 */
export function diffOfferAnswer(offerInput: DescriptionInput, answerInput: DescriptionInput, options: DiffOptions = {}): OfferAnswerDiff {
  const offer = toDocument(offerInput);
  const answer = toDocument(answerInput);
  forgetGroupHeads(offer);
  forgetGroupHeads(answer);
  const findings: DiffFinding[] = [];

  const match = matchSections(offer.media, answer.media);
  findings.push(...match.findings);

  // Status per offered section: rejection needs the answer's BUNDLE groups,
  // since a bundled section may have port 0 without being rejected (RFC 9143).
  const answerBundled = bundledMids(answer.session);
  const statuses: SectionStatus[] = match.pairs.map((p) => {
    const o = offer.media[p.offerIndex]!;
    if (p.answerIndex === undefined) return 'missing';
    const a = answer.media[p.answerIndex]!;
    if (o.port === 0 && !o.bundleOnly) return 'disabled';
    if (a.port === 0 && !(a.mid !== undefined && answerBundled.has(a.mid))) return 'rejected';
    return 'accepted';
  });
  const rejected = statuses.map((s) => s !== 'accepted');

  const { bundle, sections: bundles } = diffBundle({ offer, answer, pairs: match.pairs, rejected, findings });
  const roles = iceRoles(offer, answer, findings);
  const report = match.pairs.map((p, i) => statuses[i] === 'accepted' && (!bundles[i]!.bundled || bundles[i]!.isTag || bundles[i]!.tagSection === undefined) && p.answerIndex !== undefined);

  const sections: SectionDiff[] = match.pairs.map((pair, i) => {
    const om = offer.media[i]!;
    const am = pair.answerIndex === undefined ? undefined : answer.media[pair.answerIndex];
    const status = statuses[i]!;
    const mid = om.mid;
    const where = { section: i, mid };
    const s: SectionDiff = {
      index: i,
      kind: om.kind,
      protocol: { offer: om.protocol },
      port: { offer: om.port },
      status,
      bundle: bundles[i]!,
      findings: [],
      summary: '',
    };
    setIfDefined(s, 'mid', mid);
    setIfDefined(s, 'offerLine', lineNumber(om.lines[0]));
    if (am === undefined) return s;
    s.answerIndex = am.index;
    setIfDefined(s, 'matchedBy', pair.matchedBy);
    if (am.mid !== mid) setIfDefined(s, 'answerMid', am.mid);
    if (am.kind !== om.kind) s.answerKind = am.kind;
    s.protocol.answer = am.protocol;
    s.port.answer = am.port;
    setIfDefined(s, 'answerLine', lineNumber(am.lines[0]));
    const name = sectionName(om.kind, mid, i);

    if (am.kind !== om.kind) {
      findings.push(diffFinding('kind-mismatch', `${name} is ${om.kind} in the offer but ${am.kind} in the answer`, { side: 'answer', line: s.answerLine, ...where }));
    }
    if (am.protocol.toUpperCase() !== om.protocol.toUpperCase()) {
      findings.push(diffFinding('protocol-mismatch', `${name} uses ${om.protocol} in the offer but ${am.protocol} in the answer`, { side: 'answer', line: s.answerLine, ...where }));
    }

    const directionLine = (m: Media, doc: SdpDocument): number | undefined =>
      flagLine(m.lines, DIRECTIONS) ?? flagLine(doc.session.lines, DIRECTIONS);
    const direction = directionOutcome(om.direction, am.direction, status !== 'accepted');
    setIfDefined(direction, 'offerLine', directionLine(om, offer));
    setIfDefined(direction, 'answerLine', directionLine(am, answer));
    s.direction = direction;

    if (status === 'disabled') {
      if (am.port !== 0) {
        findings.push(diffFinding('disabled-section-accepted', `the offer disabled ${name} with port 0 but the answer gives it port ${am.port}`, { side: 'answer', line: s.answerLine, ...where }));
      } else {
        findings.push(diffFinding('section-disabled-in-offer', `the offer disabled ${name} with port 0`, { side: 'offer', line: s.offerLine, ...where }));
      }
    }
    if (status === 'rejected') {
      findings.push(diffFinding('section-rejected', `the answer rejected ${name} (port 0)`, { side: 'answer', line: s.answerLine, ...where }));
    }
    if (status !== 'accepted') return s;

    const rtp = isRtp(om);
    if (rtp) {
      if (!direction.valid) {
        findings.push(diffFinding(
          'direction-invalid',
          `${name}: the offer says ${om.direction} and the answer ${am.direction}; RFC 3264 §6.1 allows ${direction.allowed.join(', ')}`,
          { side: 'answer', line: direction.answerLine ?? s.answerLine, ...where },
        ));
      } else if (direction.negotiated === 'inactive' && om.direction !== 'inactive') {
        findings.push(diffFinding('direction-inactive', `${name} is inactive: offered ${om.direction}, answered ${am.direction}`, { side: 'answer', line: direction.answerLine ?? s.answerLine, ...where }));
      } else if (om.direction === 'sendrecv' && direction.negotiated !== 'sendrecv') {
        findings.push(diffFinding(
          'direction-narrowed',
          `${name}: offered sendrecv, answered ${am.direction}: the offerer ${describeFlow(direction.offerer)}`,
          { side: 'answer', line: direction.answerLine ?? s.answerLine, ...where },
        ));
      }
      s.codecs = diffCodecs({ offerMedia: om, answerMedia: am, section: i, mid, findings });
      // An offer without any named codec (e.g. dynamic payload types without a=rtpmap) is lint's business.
      if (!s.codecs.hasCommonCodec && om.codecs.length > 0 && direction.negotiated !== 'inactive') {
        findings.push(diffFinding(
          'no-common-codec',
          `${name} is accepted but no offered media codec is in the answer (${s.codecs.dropped.length} dropped${s.codecs.added.length > 0 ? `, ${s.codecs.added.length} not offered` : ''})`,
          { side: 'answer', line: s.answerLine, ...where },
        ));
      }
      s.extensions = diffExtensions({ offerMedia: om, answerMedia: am, offerSessionLines: offer.session.lines, answerSessionLines: answer.session.lines, section: i, mid, findings });
      s.rtcpMux = diffRtcpMux(om, am, { section: i, mid, findings });
      const sc = diffSimulcast({ offerMedia: om, answerMedia: am, section: i, mid, findings });
      if (sc !== undefined) s.simulcast = sc;
    }
    if (isDataChannel(om)) s.dataChannel = diffDataChannel({ offerMedia: om, answerMedia: am, section: i, mid, findings });

    // The transport is the BUNDLE tag's when the section is bundled (RFC 9143 §7.3.1).
    const tagPair = s.bundle.bundled && s.bundle.tagSection !== undefined ? match.pairs[s.bundle.tagSection] : undefined;
    const tOffer = tagPair === undefined ? om : offer.media[tagPair.offerIndex]!;
    const tAnswer = tagPair?.answerIndex === undefined ? am : answer.media[tagPair.answerIndex]!;
    s.transport = diffTransport({
      offerDoc: offer,
      answerDoc: answer,
      offerMedia: tOffer,
      answerMedia: tAnswer,
      report: report[i] === true,
      inherited: tOffer !== om,
      section: i,
      mid,
      findings,
    });
    return s;
  });

  let restart: IceRestartDiff | undefined;
  let previous: { offer: SdpDocument; answer: SdpDocument; restart: IceRestartDiff } | undefined;
  if (options.previous !== undefined) {
    const previousOffer = toDocument(options.previous.offer);
    const previousAnswer = toDocument(options.previous.answer);
    restart = iceRestart({
      offer,
      answer,
      previousOffer,
      previousAnswer,
      pairs: match.pairs,
      report,
      rejected,
      findings,
    });
    for (const r of restart.sections) sections[r.section]!.iceRestart = r;
    previous = { offer: previousOffer, answer: previousAnswer, restart };
  }
  const renegotiated = renegotiation(previous === undefined ? { offer, answer, pairs: match.pairs, report } : { offer, answer, pairs: match.pairs, report, previous });

  if (offer.media.length > 0 && statuses.every((x) => x !== 'accepted')) {
    findings.push(diffFinding('all-sections-rejected', `none of the ${offer.media.length} offered m-sections is accepted`, { side: 'answer' }));
  }

  // Each finding to its section in one pass (a filter per section was quadratic).
  const bySection = new Map<number, DiffFinding[]>();
  for (const f of findings) {
    if (f.section === undefined) continue;
    const list = bySection.get(f.section);
    if (list === undefined) bySection.set(f.section, [f]);
    else list.push(f);
  }
  for (const s of sections) {
    s.findings = bySection.get(s.index) ?? [];
    s.summary = summarizeSection(s);
  }

  const ice: OfferAnswerDiff['ice'] = { roles };
  if (restart !== undefined) ice.restart = restart;
  return { sections, extraAnswerSections: match.extraAnswerSections, bundle, ice, renegotiation: renegotiated, findings, verdict: verdictOf(findings) };
}

/**
 * The other accepted sections that share the transport of offered section
 * `index` (by mid, `#<position>` without one), in offer order: what a
 * section's `bundle.transport` points at, less the section itself.
 */
export function sharedWith(diff: OfferAnswerDiff, index: number): string[] {
  const k = diff.sections[index]?.bundle.transport;
  const t = k === undefined ? undefined : diff.bundle.transports[k];
  if (t === undefined) return [];
  return t.sections.filter((i) => i !== index).map((i) => diff.sections[i]?.mid ?? `#${i + 1}`);
}

function verdictOf(findings: readonly DiffFinding[]): Verdict {
  const unique = (xs: string[]): string[] => [...new Set(xs)];
  const fails = unique(findings.filter((f) => f.impact === 'fails').map((f) => f.message));
  const degrades = unique(findings.filter((f) => f.impact === 'degrades').map((f) => f.message));
  if (fails.length > 0) return { status: 'failed', reasons: [...fails, ...degrades] };
  if (degrades.length > 0) return { status: 'degraded', reasons: degrades };
  return { status: 'ok', reasons: [] };
}

export { diffFinding, diffFindingCodes } from './findings.js';
export type { DiffFinding, DiffFindingCode, DiffFindingInfo, DiffImpact, DiffSeverity, Side } from './findings.js';
export { matchSections } from './match.js';
export type { MatchedBy, SectionMatch, SectionPair, UnmatchedSection } from './match.js';
export { allowedAnswers, directionOutcome, reverseDirection } from './direction.js';
export type { DirectionOutcome, Flow } from './direction.js';
export { codecRole, codecVariant, h264Profile, identityKey } from './codec-identity.js';
export type { CodecRole, H264Profile, Variant } from './codec-identity.js';
export type { AcceptedCodec, AddedCodec, CodecRef, CodecsDiff, DroppedCodec, PayloadTypeRemap } from './codecs.js';
export type { FeedbackDiff, FeedbackItem } from './feedback.js';
export type { ExtensionsDiff, KeptExtension, OneSidedExtension } from './extensions.js';
export type { DtlsDiff, IceParameters, IceSectionDiff, Party, RtcpMuxDiff, TransportDiff } from './transport.js';
export type { BundleDiff, BundleGroupDiff, SectionBundle, Transport } from './bundle.js';
export type { RidDirection, SimulcastDiff, SimulcastRidOutcome } from './simulcast.js';
export { DEFAULT_MAX_MESSAGE_SIZE } from './datachannel.js';
export type { DataChannelDiff } from './datachannel.js';
export type { CredentialStep, Renegotiation, RenegotiationAnswer, RenegotiationEvidence, RenegotiationFact } from './reoffer.js';
export type { CredentialChange, IceRestartDiff, IceRestartSection, IceRoles } from './session.js';
export type { SectionStatus } from './summary.js';

export { LADDER_OUTCOMES, negotiationLadder } from './ladder.js';
export type { LadderBracket, LadderDtls, LadderEnd, LadderIce, LadderLayer, LadderLine, LadderOutcome, LadderRow, LadderSimulcast, LadderTransport, NegotiationLadder } from './ladder.js';
export { codecMatrices, codecMatrix } from './codec-matrix.js';
export type { ChipOutcome, ChipRole, CodecMatrix, FmtpChange, FmtpComparison, FmtpParameterDiff, MatrixCell, MatrixCellKind, MatrixChip, MatrixCodec, MatrixEnd } from './codec-matrix.js';
export { detectDescriptionType } from './description-type.js';
export type { DescriptionTypeGuess } from './description-type.js';
export { exchangeCheckLists } from './check-lists.js';
export type { CandidateAt, CheckListOptions as ExchangeCheckListOptions, TransportCheckList } from './check-lists.js';
export { describeFlow } from './direction.js';
export { describeSize } from './datachannel.js';
