/**
 * Findings of the offer/answer diff. One table, below, holds every code with
 * its severity, its effect on the verdict, a summary and the RFC section the
 * rule comes from. Messages quote the values involved (mids, payload types,
 * roles), and a finding that comes from a line names the side and the 1-based
 * line, so a UI can jump to it.
 *
 * - `severity` says how wrong the answer is: `error` = it breaks a MUST,
 *   `warning` = allowed but likely a problem, `info` = worth knowing.
 * - `impact` says what it does to the verdict: `fails` = nothing (or not what
 *   is needed) can flow, `degrades` = something the offer wanted was dropped.
 *   The two are independent: a remapped payload type is notable but harmless.
 */
export type DiffSeverity = 'error' | 'warning' | 'info';
export type DiffImpact = 'fails' | 'degrades';
export type Side = 'offer' | 'answer';

export interface DiffFinding {
  /** Stable kebab-case code, one of {@link diffFindingCodes}. */
  code: DiffFindingCode;
  severity: DiffSeverity;
  /** Present when the finding changes the verdict. */
  impact?: DiffImpact;
  /** One sentence that quotes the values involved. */
  message: string;
  /** The description the line belongs to. */
  side?: Side;
  /** 1-based line in that description. */
  line?: number;
  /** 0-based position of the offered m-section the finding is about. */
  section?: number;
  /** The mid of that m-section, when it has one. */
  mid?: string;
  /** RFC section the rule comes from, e.g. "RFC 3264 §6.1". */
  ref: string;
}

export interface DiffFindingInfo {
  readonly severity: DiffSeverity;
  readonly impact?: DiffImpact;
  readonly summary: string;
  readonly ref: string;
}

export const diffFindingCodes = {
  // Matching m-sections (match.ts)
  'section-missing': { severity: 'error', impact: 'fails', summary: 'An offered m-section has no counterpart in the answer.', ref: 'RFC 3264 §6' },
  'section-added': { severity: 'error', impact: 'fails', summary: 'The answer has an m-section that matches no offered one.', ref: 'RFC 3264 §6' },
  'section-out-of-order': { severity: 'error', impact: 'fails', summary: 'The answer section with this mid is not at the offered position.', ref: 'RFC 3264 §6' },
  'mid-mismatch': { severity: 'error', impact: 'fails', summary: 'The answer section at this position has another mid than the offered one.', ref: 'RFC 5888 §9.1' },
  'kind-mismatch': { severity: 'error', impact: 'fails', summary: 'The answer section has another media type than the offered one.', ref: 'RFC 3264 §6' },
  'protocol-mismatch': { severity: 'warning', summary: 'The answer section has another transport protocol than the offered one.', ref: 'RFC 3264 §6' },
  // Rejection (index.ts)
  'section-rejected': { severity: 'warning', impact: 'degrades', summary: 'The answerer rejected the section with port 0.', ref: 'RFC 3264 §6' },
  'section-disabled-in-offer': { severity: 'info', summary: 'The offer itself disabled the section with port 0.', ref: 'RFC 3264 §8.2' },
  'disabled-section-accepted': { severity: 'error', impact: 'fails', summary: 'The offer disabled the section with port 0 but the answer gives it a port.', ref: 'RFC 3264 §6' },
  'all-sections-rejected': { severity: 'error', impact: 'fails', summary: 'No m-section is accepted: no media and no data can flow.', ref: 'RFC 3264 §6' },
  // Direction (direction.ts)
  'direction-invalid': { severity: 'error', impact: 'fails', summary: 'The answered direction is not allowed for the offered one.', ref: 'RFC 3264 §6.1' },
  'direction-inactive': { severity: 'warning', impact: 'degrades', summary: 'The section is inactive: no media flows either way.', ref: 'RFC 3264 §6.1' },
  'direction-narrowed': { severity: 'info', impact: 'degrades', summary: 'One direction of an offered two-way section was declined.', ref: 'RFC 3264 §6.1' },
  // Codecs (codecs.ts, feedback.ts)
  'no-common-codec': { severity: 'error', impact: 'fails', summary: 'An accepted RTP section has no codec in common with the offer.', ref: 'RFC 3264 §6.1' },
  'payload-type-remapped': { severity: 'info', summary: 'The answer uses another payload type for an offered codec (allowed, but notable).', ref: 'RFC 3264 §6.1' },
  'payload-type-conflict': { severity: 'warning', summary: 'The answer uses an offered payload type number for a different codec.', ref: 'RFC 3264 §6.1' },
  'codec-not-offered': { severity: 'warning', summary: 'The answer lists a codec the offer did not: it cannot be used in this exchange, and a JSEP answer must not add codecs.', ref: 'RFC 9429 §5.3.1' },
  'feedback-not-offered': { severity: 'warning', summary: 'The answer lists an rtcp-fb type that was not offered for that codec.', ref: 'RFC 4585 §4.2' },
  // Header extensions (extensions.ts)
  'extension-id-changed': { severity: 'warning', summary: 'The answer maps an offered header extension to another id.', ref: 'RFC 8285 §6' },
  'extension-not-offered': { severity: 'warning', summary: 'The answer lists a header extension the offer did not.', ref: 'RFC 8285 §6' },
  // RTCP multiplexing (transport.ts)
  'rtcp-mux-declined': { severity: 'info', summary: 'The offer proposed rtcp-mux and the answer did not accept it: RTCP uses its own port.', ref: 'RFC 5761 §5.1.1' },
  'rtcp-mux-required': { severity: 'error', impact: 'fails', summary: 'The offer required rtcp-mux (rtcp-mux-only) and the answer did not accept it.', ref: 'RFC 8858 §4' },
  'rtcp-mux-not-offered': { severity: 'warning', summary: 'The answer has rtcp-mux but the offer did not propose it.', ref: 'RFC 5761 §5.1.1' },
  // ICE (transport.ts, session.ts)
  'ice-credentials-missing': { severity: 'error', impact: 'fails', summary: 'The offer uses ICE but the answer gives no ice-ufrag/ice-pwd for the section.', ref: 'RFC 8839 §5.4' },
  'ice-both-lite': { severity: 'warning', summary: 'Both sides are ICE lite: neither runs connectivity checks as a full agent would.', ref: 'RFC 8445 §6.1.1' },
  'ice-restart-not-answered': { severity: 'warning', impact: 'degrades', summary: 'The offer restarted ICE (new credentials) but the answer kept its old ones.', ref: 'RFC 8839 §4.4.1.1.1' },
  'ice-restart-partial': { severity: 'warning', summary: 'Only one of ice-ufrag and ice-pwd changed: a restart changes both.', ref: 'RFC 8839 §4.4.1.1.1' },
  'ice-restart-unrequested': { severity: 'info', summary: 'The answer changed its ICE credentials although the offer did not restart ICE.', ref: 'RFC 8839 §4.4.1.1.1' },
  // DTLS (transport.ts)
  'dtls-answer-actpass': { severity: 'error', impact: 'fails', summary: 'The answer says setup:actpass: it must pick active or passive.', ref: 'RFC 5763 §5' },
  'dtls-role-conflict': { severity: 'error', impact: 'fails', summary: 'Both sides take the same DTLS role, so no DTLS handshake can start.', ref: 'RFC 4145 §4.1' },
  'dtls-holdconn': { severity: 'warning', impact: 'degrades', summary: 'A side says setup:holdconn: the DTLS connection is not set up for now.', ref: 'RFC 4145 §4' },
  'dtls-setup-missing': { severity: 'info', summary: 'No a=setup: the RFC 4145 default applies (active in an offer, passive in an answer).', ref: 'RFC 4145 §4.1' },
  'dtls-offer-not-actpass': { severity: 'info', summary: 'The offer does not say setup:actpass, so it fixes the DTLS roles itself.', ref: 'RFC 8842 §5.2' },
  'fingerprint-missing': { severity: 'error', impact: 'fails', summary: 'A DTLS section has no a=fingerprint: the peer certificate cannot be verified.', ref: 'RFC 8122 §5' },
  // BUNDLE (bundle.ts)
  'bundle-declined': { severity: 'warning', summary: 'The offer proposed a BUNDLE group and the answer has none: each section uses its own transport.', ref: 'RFC 9143 §7.3' },
  'bundle-not-offered': { severity: 'error', impact: 'fails', summary: 'The answer puts a mid in a BUNDLE group that the offer did not put there.', ref: 'RFC 9143 §7.3' },
  'bundle-section-removed': { severity: 'info', summary: 'The answer moved an accepted section out of the BUNDLE group: it uses its own transport.', ref: 'RFC 9143 §7.3.2' },
  'bundle-tag-port-zero': { severity: 'error', impact: 'fails', summary: 'The answerer-tagged section (first mid of the answer group) has port 0: it must carry the BUNDLE transport.', ref: 'RFC 9143 §7.3.1' },
  'bundle-unknown-mid': { severity: 'warning', summary: 'A BUNDLE group names a mid that no m-section of that description has.', ref: 'RFC 5888 §5' },
  // Simulcast (simulcast.ts)
  'simulcast-declined': { severity: 'warning', impact: 'degrades', summary: 'The answer has no a=simulcast: simulcast is declined and the offerer sends only its first encoding.', ref: 'RFC 8853 §5.3; RFC 8829 §3.7' },
  'simulcast-rid-extension-missing': { severity: 'error', impact: 'fails', summary: 'The answer accepts simulcast without the rtp-stream-id header extension: Chromium rejects the answer.', ref: 'RFC 8852 §3.1; RFC 8853 §5.3' },
  'simulcast-rid-dropped': { severity: 'info', impact: 'degrades', summary: 'The answer removed an offered simulcast stream.', ref: 'RFC 8853 §5.3' },
  'simulcast-rid-paused': { severity: 'info', summary: 'The answer marked a simulcast stream as paused (~).', ref: 'RFC 8853 §5.3' },
  'simulcast-rid-not-offered': { severity: 'error', summary: 'The answer lists a simulcast rid the offer did not list in the reverse direction.', ref: 'RFC 8853 §5.3' },
  'rid-direction-not-reversed': { severity: 'warning', summary: 'An answer a=rid keeps the offered direction instead of reversing it.', ref: 'RFC 8851 §6' },
  // Data channel (datachannel.ts)
  'sctp-port-missing': { severity: 'info', summary: 'No a=sctp-port: the default 5000 applies.', ref: 'RFC 8841 §5.1' },
} as const satisfies Record<string, DiffFindingInfo>;

export type DiffFindingCode = keyof typeof diffFindingCodes;

/** Where a finding points: the side and line it comes from, and the section it is about. */
export interface FindingPlace {
  side?: Side | undefined;
  line?: number | undefined;
  section?: number | undefined;
  mid?: string | undefined;
}

/** Builds a finding from the table, leaving out the place fields that are unknown. */
export function diffFinding(code: DiffFindingCode, message: string, place: FindingPlace = {}): DiffFinding {
  const info: DiffFindingInfo = diffFindingCodes[code];
  const f: DiffFinding = { code, severity: info.severity, message, ref: info.ref };
  if (info.impact !== undefined) f.impact = info.impact;
  if (place.side !== undefined) f.side = place.side;
  if (place.line !== undefined) f.line = place.line;
  if (place.section !== undefined) f.section = place.section;
  if (place.mid !== undefined) f.mid = place.mid;
  return f;
}
