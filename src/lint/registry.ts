import type { Rule } from './rule.js';
import { rule as iceCredentialsMissing } from './rules/ice-credentials-missing.js';
import { rule as iceUfragLength } from './rules/ice-ufrag-length.js';
import { rule as icePwdLength } from './rules/ice-pwd-length.js';
import { rule as bundleIceCredentialsDiffer } from './rules/bundle-ice-credentials-differ.js';
import { rule as candidateAfterEndOfCandidates } from './rules/candidate-after-end-of-candidates.js';
import { rule as candidateHostRaddr } from './rules/candidate-host-raddr.js';
import { rule as candidatePriorityComponent } from './rules/candidate-priority-component.js';
import { rule as dtlsFingerprintMissing } from './rules/dtls-fingerprint-missing.js';
import { rule as dtlsFingerprintWeakHash } from './rules/dtls-fingerprint-weak-hash.js';
import { rule as dtlsSetupMissing } from './rules/dtls-setup-missing.js';
import { rule as dtlsSetupOfferNotActpass } from './rules/dtls-setup-offer-not-actpass.js';
import { rule as dtlsSetupAnswerActpass } from './rules/dtls-setup-answer-actpass.js';
import { rule as dtlsSetupHoldconn } from './rules/dtls-setup-holdconn.js';
import { rule as rtpmapMissing } from './rules/rtpmap-missing.js';
import { rule as rtpmapUnlistedPayloadType } from './rules/rtpmap-unlisted-payload-type.js';
import { rule as fmtpUnlistedPayloadType } from './rules/fmtp-unlisted-payload-type.js';
import { rule as rtcpFbUnlistedPayloadType } from './rules/rtcp-fb-unlisted-payload-type.js';
import { rule as payloadTypeDuplicate } from './rules/payload-type-duplicate.js';
import { rule as rtpmapConflict } from './rules/rtpmap-conflict.js';
import { rule as rtxAptUnknown } from './rules/rtx-apt-unknown.js';
import { rule as payloadTypeRtcpConflict } from './rules/payload-type-rtcp-conflict.js';
import { rule as extmapIdRange } from './rules/extmap-id-range.js';
import { rule as extmapIdDuplicate } from './rules/extmap-id-duplicate.js';
import { rule as bundleExtmapIdConflict } from './rules/bundle-extmap-id-conflict.js';
import { rule as bundleExtmapUriIdsDiffer } from './rules/bundle-extmap-uri-ids-differ.js';
import { rule as bundlePayloadTypeConflict } from './rules/bundle-payload-type-conflict.js';
import { rule as bundleWithoutRtcpMux } from './rules/bundle-without-rtcp-mux.js';
import { rule as groupUnknownMid } from './rules/group-unknown-mid.js';
import { rule as midDuplicate } from './rules/mid-duplicate.js';
import { rule as bundleOnlyWithoutBundle } from './rules/bundle-only-without-bundle.js';
import { rule as midTooLong } from './rules/mid-too-long.js';
import { rule as simulcastRidUndeclared } from './rules/simulcast-rid-undeclared.js';
import { rule as ridPayloadTypeUnlisted } from './rules/rid-payload-type-unlisted.js';
import { rule as msidMalformed } from './rules/msid-malformed.js';
import { rule as ssrcGroupUnknownSsrc } from './rules/ssrc-group-unknown-ssrc.js';
import { rule as sctpPortMissing } from './rules/sctp-port-missing.js';
import { rule as sctpmapLegacy } from './rules/sctpmap-legacy.js';
import { rule as chromeRejectsLine } from './rules/chrome-rejects-line.js';
import { rule as chromePlanB } from './rules/chrome-plan-b.js';
import { rule as chromeExtmapMixedLevels } from './rules/chrome-extmap-mixed-levels.js';
import { rule as chromeSsrcGroupSize } from './rules/chrome-ssrc-group-size.js';
import { rule as firefoxForbiddenPayloadType } from './rules/firefox-forbidden-payload-type.js';
import { rule as firefoxExtmapIdAbove14 } from './rules/firefox-extmap-id-above-14.js';
import { rule as answerMediaCount } from './rules/answer-media-count.js';
import { rule as answerMediaKind } from './rules/answer-media-kind.js';
import { rule as answerMidMismatch } from './rules/answer-mid-mismatch.js';
import { rule as answerAcceptsRejected } from './rules/answer-accepts-rejected.js';
import { rule as answerDirection } from './rules/answer-direction.js';
import { rule as answerCodecNotOffered } from './rules/answer-codec-not-offered.js';
import { rule as answerBundleNotSubset } from './rules/answer-bundle-not-subset.js';
import { rule as answerExtmapMismatch } from './rules/answer-extmap-mismatch.js';
import { rule as dtlsSetupSameRole } from './rules/dtls-setup-same-role.js';
import { rule as invisibleCharacters } from './rules/invisible-characters.js';

/**
 * Every lint rule, in the order of docs/rules.md: hidden characters, ICE, DTLS, RTP, BUNDLE and
 * mid, simulcast, msid/ssrc, data channels, browser compatibility, then the
 * offer/answer pair rules. Adding a rule = one file in rules/ (exporting `rule`) plus one line here.
 */
export const rules: readonly Rule[] = [
  invisibleCharacters,
  iceCredentialsMissing,
  iceUfragLength,
  icePwdLength,
  bundleIceCredentialsDiffer,
  candidateAfterEndOfCandidates,
  candidateHostRaddr,
  candidatePriorityComponent,
  dtlsFingerprintMissing,
  dtlsFingerprintWeakHash,
  dtlsSetupMissing,
  dtlsSetupOfferNotActpass,
  dtlsSetupAnswerActpass,
  dtlsSetupHoldconn,
  rtpmapMissing,
  rtpmapUnlistedPayloadType,
  fmtpUnlistedPayloadType,
  rtcpFbUnlistedPayloadType,
  payloadTypeDuplicate,
  rtpmapConflict,
  rtxAptUnknown,
  payloadTypeRtcpConflict,
  extmapIdRange,
  extmapIdDuplicate,
  bundleExtmapIdConflict,
  bundleExtmapUriIdsDiffer,
  bundlePayloadTypeConflict,
  bundleWithoutRtcpMux,
  groupUnknownMid,
  midDuplicate,
  bundleOnlyWithoutBundle,
  midTooLong,
  simulcastRidUndeclared,
  ridPayloadTypeUnlisted,
  msidMalformed,
  ssrcGroupUnknownSsrc,
  sctpPortMissing,
  sctpmapLegacy,
  chromeRejectsLine,
  chromePlanB,
  chromeExtmapMixedLevels,
  chromeSsrcGroupSize,
  firefoxForbiddenPayloadType,
  firefoxExtmapIdAbove14,
  answerMediaCount,
  answerMediaKind,
  answerMidMismatch,
  answerAcceptsRejected,
  answerDirection,
  answerCodecNotOffered,
  answerBundleNotSubset,
  answerExtmapMismatch,
  dtlsSetupSameRole,
];

/** The rules by id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
