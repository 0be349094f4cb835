import type { Setup } from '../parser/model/attributes/dtls.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { Media } from '../parser/model/media.js';
import { bundleGroups } from './bundle.js';
import { diffFinding, type DiffFinding, type Side } from './findings.js';
import { attributeLine, flagLine, lineNumber, setIfDefined } from './lines.js';

/*
 * The transport of a section: ICE credentials and options (RFC 8839 §5.4,
 * §5.6), DTLS roles and fingerprints (RFC 4145 §4, RFC 5763 §5, RFC 8842,
 * RFC 8122 §5) and RTCP multiplexing (RFC 5761 §5.1.1, RFC 8858).
 *
 * In a BUNDLE group the transport of the answerer-tagged section is the
 * transport of every section of the group (RFC 9143 §7.3.1, §7.4), so a
 * bundled section reports the tag's values and only the tag (or an unbundled
 * section) produces findings. A section that omits a transport attribute on
 * one side takes it from the first section of its BUNDLE group on that side.
 */

export interface IceParameters {
  ufrag?: string;
  pwd?: string;
  options: string[];
  ufragLine?: number;
  pwdLine?: number;
  optionsLine?: number;
}

export interface IceSectionDiff {
  offer: IceParameters;
  answer: IceParameters;
  /** ICE options both sides list (RFC 8839 §5.6), e.g. trickle. */
  commonOptions: string[];
  /** Both sides support trickle ICE (RFC 8840 §4.1.1). */
  trickle: boolean;
}

export type Party = 'offerer' | 'answerer';

export interface DtlsDiff {
  offerSetup?: Setup;
  answerSetup?: Setup;
  offerLine?: number;
  answerLine?: number;
  /** The DTLS client (the `active` side, which sends ClientHello), when the roles resolve. */
  client?: Party;
  /** The DTLS server (the `passive` side). */
  server?: Party;
  /** The roles resolve to one client and one server. */
  valid: boolean;
  /** A side said holdconn: no DTLS connection for now. */
  holdconn: boolean;
  /** Fingerprint hash algorithms per side, e.g. ["sha-256"]. */
  fingerprints: { offer: string[]; answer: string[] };
  fingerprintLines: { offer?: number; answer?: number };
}

export interface RtcpMuxDiff {
  offer: boolean;
  /** The offer said rtcp-mux-only (RFC 8858 §4): muxing is required. */
  offerOnly: boolean;
  answer: boolean;
  /** RTP and RTCP share one port. */
  muxed: boolean;
  offerLine?: number;
  answerLine?: number;
}

export interface TransportDiff {
  /** The mid whose transport the section uses (the BUNDLE tag, or its own mid). */
  mid?: string;
  /** The values come from another section (the BUNDLE tag). */
  inherited: boolean;
  ice: IceSectionDiff;
  /** Present for DTLS protocols, or when a side has a=setup. */
  dtls?: DtlsDiff;
}

/**
 * mid → the first section of the first BUNDLE group naming it that exists,
 * per document: looked up for every section and every transport attribute,
 * a search through the groups and sections each time made diff quadratic.
 * diffOfferAnswer drops it before each diff (documents are snapshots).
 */
const heads = new WeakMap<SdpDocument, Map<string, Media | undefined>>();

export function forgetGroupHeads(doc: SdpDocument): void {
  heads.delete(doc);
}

/** The section whose transport attributes stand in for a missing one on that side. */
function groupHead(doc: SdpDocument, media: Media): Media | undefined {
  if (media.mid === undefined) return undefined;
  let byMid = heads.get(doc);
  if (byMid === undefined) {
    const first = new Map<string, Media>();
    for (const m of doc.media) if (m.mid !== undefined && !first.has(m.mid)) first.set(m.mid, m);
    byMid = new Map();
    for (const g of bundleGroups(doc.session)) {
      const headMid = g.mids.find((mid) => first.has(mid));
      const head = headMid === undefined ? undefined : first.get(headMid);
      for (const mid of g.mids) if (!byMid.has(mid)) byMid.set(mid, head);
    }
    heads.set(doc, byMid);
  }
  return byMid.get(media.mid);
}

interface Resolved {
  media: Media;
  ufrag?: string;
  pwd?: string;
  options: string[];
  setup?: Setup;
  fingerprints: string[];
  /** The sections the setup and fingerprints were taken from (the media itself, or its group's first section). */
  setupFrom: Media;
  fingerprintsFrom: Media;
}

function resolve(doc: SdpDocument, media: Media): Resolved {
  const head = groupHead(doc, media);
  const pick = <T>(get: (m: Media) => T | undefined): { value?: T; from: Media } => {
    const own = get(media);
    if (own !== undefined || head === undefined) return own === undefined ? { from: media } : { value: own, from: media };
    const v = get(head);
    return v === undefined ? { from: media } : { value: v, from: head };
  };
  const setup = pick((m) => m.setup);
  const ownFingerprints = media.fingerprints.length > 0 || head === undefined;
  const out: Resolved = {
    media,
    options: media.ice.options.length > 0 ? media.ice.options : head?.ice.options ?? [],
    fingerprints: (ownFingerprints ? media.fingerprints : head.fingerprints).map((f) => f.hashFunction.toLowerCase()),
    setupFrom: setup.from,
    fingerprintsFrom: ownFingerprints ? media : head,
  };
  setIfDefined(out, 'ufrag', pick((m) => m.ice.ufrag).value);
  setIfDefined(out, 'pwd', pick((m) => m.ice.pwd).value);
  setIfDefined(out, 'setup', setup.value);
  return out;
}

function iceParameters(doc: SdpDocument, r: Resolved): IceParameters {
  const p: IceParameters = { options: [...r.options] };
  setIfDefined(p, 'ufrag', r.ufrag);
  setIfDefined(p, 'pwd', r.pwd);
  const head = groupHead(doc, r.media);
  const find = (name: 'ice-ufrag' | 'ice-pwd' | 'ice-options'): number | undefined =>
    attributeLine(r.media.lines, doc.session.lines, name) ?? (head === undefined ? undefined : attributeLine(head.lines, doc.session.lines, name));
  if (r.ufrag !== undefined) setIfDefined(p, 'ufragLine', find('ice-ufrag'));
  if (r.pwd !== undefined) setIfDefined(p, 'pwdLine', find('ice-pwd'));
  if (r.options.length > 0) setIfDefined(p, 'optionsLine', find('ice-options'));
  return p;
}

/** A section's ICE parameters, taking missing ones from the first section of its BUNDLE group. */
export function effectiveIce(doc: SdpDocument, media: Media): IceParameters {
  return iceParameters(doc, resolve(doc, media));
}

/** A protocol that runs over DTLS (UDP/TLS/RTP/SAVPF, UDP/DTLS/SCTP, TCP/DTLS/SCTP, …). */
export function usesDtls(protocol: string): boolean {
  return /(^|\/)D?TLS(\/|$)/i.test(protocol);
}

export interface TransportInput {
  offerDoc: SdpDocument;
  answerDoc: SdpDocument;
  /** The sections whose transport is used (the BUNDLE tag pair, or the section itself). */
  offerMedia: Media;
  answerMedia: Media;
  /** False for bundled sections that are not the tag: their findings belong to the tag. */
  report: boolean;
  inherited: boolean;
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

export function diffTransport(input: TransportInput): TransportDiff {
  const { offerDoc, answerDoc, offerMedia, answerMedia, section, mid } = input;
  const findings: DiffFinding[] = input.report ? input.findings : [];
  const o = resolve(offerDoc, offerMedia);
  const a = resolve(answerDoc, answerMedia);
  const ice: IceSectionDiff = {
    offer: iceParameters(offerDoc, o),
    answer: iceParameters(answerDoc, a),
    commonOptions: o.options.filter((x, i) => a.options.includes(x) && o.options.indexOf(x) === i),
    trickle: o.options.includes('trickle') && a.options.includes('trickle'),
  };
  const out: TransportDiff = { inherited: input.inherited, ice };
  setIfDefined(out, 'mid', offerMedia.mid);
  const place = (side: Side, line: number | undefined): { side: Side; line: number | undefined; section: number; mid: string | undefined } => ({ side, line, section, mid });

  if (o.ufrag !== undefined && o.pwd !== undefined && (a.ufrag === undefined || a.pwd === undefined)) {
    const missing = [a.ufrag === undefined ? 'ice-ufrag' : '', a.pwd === undefined ? 'ice-pwd' : ''].filter((x) => x !== '').join(' and ');
    findings.push(diffFinding('ice-credentials-missing', `the offer uses ICE for mid ${mid ?? `#${section + 1}`} but the answer has no ${missing}`, place('answer', lineNumber(answerMedia.lines[0]))));
  }

  const dtlsProtocol = usesDtls(offerMedia.protocol) || usesDtls(answerMedia.protocol);
  if (dtlsProtocol || o.setup !== undefined || a.setup !== undefined) {
    out.dtls = diffDtls(o, a, offerDoc, answerDoc, dtlsProtocol, findings, place);
  }
  return out;
}

function diffDtls(
  o: Resolved,
  a: Resolved,
  offerDoc: SdpDocument,
  answerDoc: SdpDocument,
  dtlsProtocol: boolean,
  findings: DiffFinding[],
  place: (side: Side, line: number | undefined) => { side: Side; line: number | undefined; section: number; mid: string | undefined },
): DtlsDiff {
  const d: DtlsDiff = {
    valid: false,
    holdconn: false,
    fingerprints: { offer: [...new Set(o.fingerprints)], answer: [...new Set(a.fingerprints)] },
    fingerprintLines: {},
  };
  setIfDefined(d, 'offerSetup', o.setup);
  setIfDefined(d, 'answerSetup', a.setup);
  setIfDefined(d, 'offerLine', o.setup === undefined ? undefined : attributeLine(o.setupFrom.lines, offerDoc.session.lines, 'setup'));
  setIfDefined(d, 'answerLine', a.setup === undefined ? undefined : attributeLine(a.setupFrom.lines, answerDoc.session.lines, 'setup'));
  setIfDefined(d.fingerprintLines, 'offer', attributeLine(o.fingerprintsFrom.lines, offerDoc.session.lines, 'fingerprint'));
  setIfDefined(d.fingerprintLines, 'answer', attributeLine(a.fingerprintsFrom.lines, answerDoc.session.lines, 'fingerprint'));

  // RFC 4145 §4.1: without a=setup an offer means active and an answer passive.
  const os: Setup = o.setup ?? 'active';
  const as: Setup = a.setup ?? 'passive';
  if (o.setup === undefined) {
    findings.push(diffFinding('dtls-setup-missing', 'the offer has no a=setup: RFC 4145 makes it active', place('offer', lineNumber(o.media.lines[0]))));
  } else if (os !== 'actpass' && os !== 'holdconn') {
    findings.push(diffFinding('dtls-offer-not-actpass', `the offer says setup:${os}, not actpass: it chooses the DTLS roles itself`, place('offer', d.offerLine)));
  }
  if (a.setup === undefined) findings.push(diffFinding('dtls-setup-missing', 'the answer has no a=setup: RFC 4145 makes it passive', place('answer', lineNumber(a.media.lines[0]))));

  if (as === 'actpass') {
    findings.push(diffFinding('dtls-answer-actpass', 'the answer says setup:actpass; an answer must say active or passive', place('answer', d.answerLine)));
  } else if (os === 'holdconn' || as === 'holdconn') {
    d.holdconn = true;
    d.valid = true;
    const side: Side = os === 'holdconn' ? 'offer' : 'answer';
    findings.push(diffFinding('dtls-holdconn', `the ${side} says setup:holdconn: the DTLS connection is not set up for now`, place(side, side === 'offer' ? d.offerLine : d.answerLine)));
  } else if (os === as) {
    findings.push(diffFinding('dtls-role-conflict', `both sides say setup:${as}: ${as === 'active' ? 'both would be DTLS clients' : 'both would wait as DTLS servers'}`, place('answer', d.answerLine)));
  } else {
    // actpass/passive against active, or active against passive.
    d.valid = true;
    d.client = as === 'active' ? 'answerer' : 'offerer';
    d.server = d.client === 'answerer' ? 'offerer' : 'answerer';
  }

  if (dtlsProtocol) {
    if (d.fingerprints.offer.length === 0) findings.push(diffFinding('fingerprint-missing', 'the offer has no a=fingerprint for this DTLS section', place('offer', lineNumber(o.media.lines[0]))));
    if (d.fingerprints.answer.length === 0) findings.push(diffFinding('fingerprint-missing', 'the answer has no a=fingerprint for this DTLS section', place('answer', lineNumber(a.media.lines[0]))));
  }
  return d;
}

/** RTCP multiplexing for an RTP section (RFC 5761 §5.1.1, RFC 8858 §4). */
export function diffRtcpMux(
  offer: Media,
  answer: Media,
  ctx: { section: number; mid?: string | undefined; findings: DiffFinding[] },
): RtcpMuxDiff {
  const r: RtcpMuxDiff = {
    offer: offer.rtcpMux || offer.rtcpMuxOnly,
    offerOnly: offer.rtcpMuxOnly,
    answer: answer.rtcpMux,
    muxed: (offer.rtcpMux || offer.rtcpMuxOnly) && answer.rtcpMux,
  };
  setIfDefined(r, 'offerLine', flagLine(offer.lines, ['rtcp-mux-only', 'rtcp-mux']));
  setIfDefined(r, 'answerLine', flagLine(answer.lines, ['rtcp-mux']));
  const where = { section: ctx.section, mid: ctx.mid };
  const name = ctx.mid ?? `#${ctx.section + 1}`;
  if (r.offer && !r.answer) {
    ctx.findings.push(r.offerOnly
      ? diffFinding('rtcp-mux-required', `the offer requires rtcp-mux for mid ${name} (a=rtcp-mux-only) and the answer lacks a=rtcp-mux`, { side: 'offer', line: r.offerLine, ...where })
      : diffFinding('rtcp-mux-declined', `the answer does not accept rtcp-mux for mid ${name}: RTCP goes to its own port`, { side: 'offer', line: r.offerLine, ...where }));
  } else if (!r.offer && r.answer) {
    ctx.findings.push(diffFinding('rtcp-mux-not-offered', `the answer has a=rtcp-mux for mid ${name}, which the offer did not propose`, { side: 'answer', line: r.answerLine, ...where }));
  }
  return r;
}
