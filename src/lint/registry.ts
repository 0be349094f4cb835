import type { Rule } from './rule.js';
import { rule as iceCredentialsMissing } from './rules/ice-credentials-missing.js';
import { rule as iceUfragLength } from './rules/ice-ufrag-length.js';
import { rule as icePwdLength } from './rules/ice-pwd-length.js';
import { rule as iceCredentialsChars } from './rules/ice-credentials-chars.js';
import { rule as bundleIceCredentialsDiffer } from './rules/bundle-ice-credentials-differ.js';
import { rule as candidateAfterEndOfCandidates } from './rules/candidate-after-end-of-candidates.js';
import { rule as candidateHostRaddr } from './rules/candidate-host-raddr.js';
import { rule as candidatePriorityComponent } from './rules/candidate-priority-component.js';
import { rule as addressInvalid } from './rules/address-invalid.js';
import { rule as dtlsFingerprintMissing } from './rules/dtls-fingerprint-missing.js';
import { rule as dtlsFingerprintWeakHash } from './rules/dtls-fingerprint-weak-hash.js';
import { rule as dtlsFingerprintHashUnknown } from './rules/dtls-fingerprint-hash-unknown.js';
import { rule as sdesOnly } from './rules/sdes-only.js';
import { rule as dtlsSetupMissing } from './rules/dtls-setup-missing.js';
import { rule as dtlsSetupOfferNotActpass } from './rules/dtls-setup-offer-not-actpass.js';
import { rule as dtlsSetupAnswerActpass } from './rules/dtls-setup-answer-actpass.js';
import { rule as dtlsSetupHoldconn } from './rules/dtls-setup-holdconn.js';
import { rule as mediaProtocolUnknown } from './rules/media-protocol-unknown.js';
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
import { rule as rtcpMuxMissing } from './rules/rtcp-mux-missing.js';
import { rule as bundleMidDuplicate } from './rules/bundle-mid-duplicate.js';
import { rule as groupUnknownMid } from './rules/group-unknown-mid.js';
import { rule as midDuplicate } from './rules/mid-duplicate.js';
import { rule as bundleOnlyWithoutBundle } from './rules/bundle-only-without-bundle.js';
import { rule as midTooLong } from './rules/mid-too-long.js';
import { rule as simulcastRidUndeclared } from './rules/simulcast-rid-undeclared.js';
import { rule as simulcastRidExtensionMissing } from './rules/simulcast-rid-extension-missing.js';
import { rule as ridPayloadTypeUnlisted } from './rules/rid-payload-type-unlisted.js';
import { rule as msidMalformed } from './rules/msid-malformed.js';
import { rule as ssrcGroupUnknownSsrc } from './rules/ssrc-group-unknown-ssrc.js';
import { rule as sctpPortMissing } from './rules/sctp-port-missing.js';
import { rule as sctpmapLegacy } from './rules/sctpmap-legacy.js';
import { rule as datachannelFormat } from './rules/datachannel-format.js';
import { rule as lineSyntax } from './rules/line-syntax.js';
import { rule as planBSection } from './rules/plan-b-section.js';
import { rule as extmapMixedLevels } from './rules/extmap-mixed-levels.js';
import { rule as ssrcGroupSize } from './rules/ssrc-group-size.js';
import { rule as payloadTypeReserved } from './rules/payload-type-reserved.js';
import { rule as extmapIdTwoByte } from './rules/extmap-id-two-byte.js';
import { rule as answerMediaCount } from './rules/answer-media-count.js';
import { rule as answerMediaKind } from './rules/answer-media-kind.js';
import { rule as answerMidMismatch } from './rules/answer-mid-mismatch.js';
import { rule as answerAcceptsRejected } from './rules/answer-accepts-rejected.js';
import { rule as answerDirection } from './rules/answer-direction.js';
import { rule as answerCodecNotOffered } from './rules/answer-codec-not-offered.js';
import { rule as answerBundleNotSubset } from './rules/answer-bundle-not-subset.js';
import { rule as answerBundleRejectedMid } from './rules/answer-bundle-rejected-mid.js';
import { rule as answerExtmapMismatch } from './rules/answer-extmap-mismatch.js';
import { rule as dtlsSetupSameRole } from './rules/dtls-setup-same-role.js';
import { rule as invisibleCharacters } from './rules/invisible-characters.js';

/** Rules grouped by what they protect; docs/rules.md follows this order. */
export interface RuleGroup {
  readonly title: string;
  /** What breaks when these rules are ignored. */
  readonly protects: string;
  readonly rules: readonly Rule[];
}

/**
 * Adding a rule = one file in rules/ (exporting `rule`) plus one line in its
 * group here. A browser's behaviour is a property of each finding
 * (src/lint/knowledge.ts), never a group or a rule id.
 */
export const ruleGroups: readonly RuleGroup[] = [
  {
    title: 'Text and syntax',
    protects: 'that the description can be read at all, as every engine reads it',
    rules: [lineSyntax, invisibleCharacters, mediaProtocolUnknown],
  },
  {
    title: 'ICE',
    protects: 'connectivity: credentials and candidates the agents can use',
    rules: [iceCredentialsMissing, iceUfragLength, icePwdLength, iceCredentialsChars, bundleIceCredentialsDiffer, candidateAfterEndOfCandidates, candidateHostRaddr, candidatePriorityComponent, addressInvalid],
  },
  {
    title: 'DTLS',
    protects: 'the DTLS handshake: fingerprints and roles',
    rules: [dtlsFingerprintMissing, dtlsFingerprintWeakHash, dtlsFingerprintHashUnknown, dtlsSetupMissing, dtlsSetupOfferNotActpass, dtlsSetupAnswerActpass, dtlsSetupHoldconn, sdesOnly],
  },
  {
    title: 'RTP payload types and codecs',
    protects: 'that each payload type means one codec both sides agree on',
    rules: [rtpmapMissing, rtpmapUnlistedPayloadType, fmtpUnlistedPayloadType, rtcpFbUnlistedPayloadType, payloadTypeDuplicate, rtpmapConflict, rtxAptUnknown, payloadTypeRtcpConflict, payloadTypeReserved],
  },
  {
    title: 'RTP header extensions',
    protects: 'that header extension ids mean one URI and fit the header form in use',
    rules: [extmapIdRange, extmapIdTwoByte, extmapIdDuplicate, extmapMixedLevels, bundleExtmapIdConflict, bundleExtmapUriIdsDiffer],
  },
  {
    title: 'BUNDLE and mid',
    protects: 'demultiplexing: sections identified by mid, sharing one transport',
    rules: [bundlePayloadTypeConflict, bundleWithoutRtcpMux, rtcpMuxMissing, bundleMidDuplicate, groupUnknownMid, midDuplicate, bundleOnlyWithoutBundle, midTooLong],
  },
  {
    title: 'Simulcast and RID',
    protects: 'that every simulcast layer is declared and can be sent',
    rules: [simulcastRidUndeclared, simulcastRidExtensionMissing, ridPayloadTypeUnlisted],
  },
  {
    title: 'Tracks and SSRCs',
    protects: 'one track per m-section and SSRC signalling that matches it',
    rules: [msidMalformed, ssrcGroupUnknownSsrc, ssrcGroupSize, planBSection],
  },
  {
    title: 'Data channels',
    protects: 'the SCTP association that carries data channels',
    rules: [sctpPortMissing, sctpmapLegacy, datachannelFormat],
  },
  {
    title: 'Offer and answer',
    protects: 'that the answer answers the offer (RFC 3264): same sections, allowed directions, offered codecs and roles',
    rules: [answerMediaCount, answerMediaKind, answerMidMismatch, answerAcceptsRejected, answerDirection, answerCodecNotOffered, answerBundleNotSubset, answerBundleRejectedMid, answerExtmapMismatch, dtlsSetupSameRole],
  },
];

/** Every lint rule, group by group. */
export const rules: readonly Rule[] = ruleGroups.flatMap((g) => g.rules);

/** The rules by id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
