/**
 * sdpkit/parser: parse, print and format, candidates, documents from plain
 * objects, and the zod schemas and types of the model. The package's
 * `sdpkit/parser` subpath; src/index.ts re-exports all of it.
 */
export { parse, parseCandidate, createDocument, safeCreateDocument, SdpDocumentInputSchema } from '../parser/index.js';
export type { ParseResult, SdpDocumentInput } from '../parser/index.js';
export { print } from '../parser/serialize/print.js';
export { format } from '../parser/serialize/format.js';

export { DiagnosticSchema, SeveritySchema } from '../parser/diagnostics/diagnostic.js';
export type { Diagnostic, Severity } from '../parser/diagnostics/diagnostic.js';
export { codes as diagnosticCodes } from '../parser/diagnostics/codes.js';
export type { DiagnosticCode } from '../parser/diagnostics/codes.js';

export { SdpDocumentSchema } from '../parser/model/document.js';
export { sectionLabel, sectionName } from '../parser/model/section-name.js';
export type { SdpDocument } from '../parser/model/document.js';
export { SdpLineSchema, LineSourceSchema, attributeValue, lineValue } from '../parser/model/line.js';
export type { SdpLine, LineSource, LineValue } from '../parser/model/line.js';
export { SessionSchema } from '../parser/model/session.js';
export type { Session } from '../parser/model/session.js';
export { MediaSchema, CodecSchema, FeedbackSchema, SsrcInfoSchema } from '../parser/model/media.js';
export type { Media, Codec, Feedback, SsrcInfo } from '../parser/model/media.js';
export type { AttributeValues, ValueAttributeName, FlagAttributeName } from '../parser/model/attributes/index.js';
export type { LineValues, LineType } from '../parser/model/lines/index.js';
export type { Level } from '../parser/model/family.js';

export { CandidateSchema, RemoteCandidateSchema } from '../parser/model/attributes/candidate.js';
export type { Candidate, RemoteCandidate } from '../parser/model/attributes/candidate.js';
export { RtpmapSchema } from '../parser/model/attributes/rtpmap.js';
export type { Rtpmap } from '../parser/model/attributes/rtpmap.js';
export { FmtpSchema, FmtpParameterSchema } from '../parser/model/attributes/fmtp.js';
export type { Fmtp, FmtpParameter } from '../parser/model/attributes/fmtp.js';
export { RtcpFbSchema } from '../parser/model/attributes/rtcp-fb.js';
export type { RtcpFb } from '../parser/model/attributes/rtcp-fb.js';
export { ExtmapSchema, DirectionSchema } from '../parser/model/attributes/extmap.js';
export type { Extmap, Direction } from '../parser/model/attributes/extmap.js';
export { GroupSchema } from '../parser/model/attributes/group.js';
export type { Group } from '../parser/model/attributes/group.js';
export { FingerprintSchema, SetupSchema } from '../parser/model/attributes/dtls.js';
export type { Fingerprint, Setup } from '../parser/model/attributes/dtls.js';
export { RtcpSchema } from '../parser/model/attributes/rtcp.js';
export type { Rtcp } from '../parser/model/attributes/rtcp.js';
export { MsidSchema, MsidSemanticSchema } from '../parser/model/attributes/msid.js';
export type { Msid, MsidSemantic } from '../parser/model/attributes/msid.js';
export { SsrcSchema, SsrcGroupSchema } from '../parser/model/attributes/ssrc.js';
export type { Ssrc, SsrcGroup } from '../parser/model/attributes/ssrc.js';
export { RidSchema } from '../parser/model/attributes/rid.js';
export type { Rid } from '../parser/model/attributes/rid.js';
export { SimulcastSchema } from '../parser/model/attributes/simulcast.js';
export type { Simulcast, SimulcastId } from '../parser/model/attributes/simulcast.js';
export { SctpmapSchema } from '../parser/model/attributes/sctp.js';
export type { Sctpmap } from '../parser/model/attributes/sctp.js';
export { CryptoSchema } from '../parser/model/attributes/crypto.js';
export type { Crypto } from '../parser/model/attributes/crypto.js';
export { IdentitySchema } from '../parser/model/attributes/identity.js';
export type { Identity } from '../parser/model/attributes/identity.js';
export { ImageattrSchema } from '../parser/model/attributes/imageattr.js';
export type { Imageattr } from '../parser/model/attributes/imageattr.js';
export { OriginSchema } from '../parser/model/lines/origin.js';
export type { Origin } from '../parser/model/lines/origin.js';
export { ConnectionSchema } from '../parser/model/lines/connection.js';
export type { Connection } from '../parser/model/lines/connection.js';
export { BandwidthSchema } from '../parser/model/lines/bandwidth.js';
export type { Bandwidth } from '../parser/model/lines/bandwidth.js';
export { TimingSchema, RepeatSchema, ZoneSchema } from '../parser/model/lines/timing.js';
export type { Timing, Repeat, Zone } from '../parser/model/lines/timing.js';
export { KeySchema } from '../parser/model/lines/key.js';
export type { Key } from '../parser/model/lines/key.js';
export { MediaLineSchema } from '../parser/model/lines/media.js';
export type { MediaLine } from '../parser/model/lines/media.js';
