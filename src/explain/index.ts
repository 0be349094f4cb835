/**
 * sdpkit explain: what each line of a session description means, with the
 * RFC section, the meaning of every field, and what the rest of the
 * description tells about it. Plain data out; no Node-only imports.
 */
export { explain, explainLine, lineExplainer } from './explain.js';
export type { ExplainOptions, ExplanationField, LineExplanation, LineKind } from './types.js';

// The one place candidate explanations come from (today: src/ice's describeCandidate).
export { candidateFacts } from './candidate.js';
export type { CandidateFacts } from './candidate.js';

import { attributes, groupSemantics, hashFunctions, iceOptions, ridRestrictions, setupRoles, ssrcAttributes, ssrcGroupSemantics } from './knowledge/attributes.js';
import { codecs } from './knowledge/codecs.js';
import { headerExtensions } from './knowledge/extmap.js';
import { commonFmtp, fmtpByCodec } from './knowledge/fmtp.js';
import { bandwidthTypes, lineTypes, mediaKinds } from './knowledge/lines.js';
import { protocols } from './knowledge/protocols.js';
import { rtcpFeedback } from './knowledge/rtcp-fb.js';

/** The knowledge tables, as plain data (for glossaries in the faces, and for tests). */
export const knowledge = {
  codecs,
  fmtp: fmtpByCodec,
  commonFmtp,
  rtcpFeedback,
  headerExtensions,
  attributes,
  groupSemantics,
  ssrcGroupSemantics,
  ssrcAttributes,
  iceOptions,
  setupRoles,
  hashFunctions,
  ridRestrictions,
  lineTypes,
  bandwidthTypes,
  mediaKinds,
  protocols,
} as const;

// Lookups into the tables.
export { codecInfo } from './knowledge/codecs.js';
export type { CodecInfo, CodecRole as CodecKnowledgeRole } from './knowledge/codecs.js';
export { codecFmtp, fmtpParameter, fmtpDecoders, h264Profile as h264ProfileName, h264Level } from './knowledge/fmtp.js';
export type { CodecFmtpInfo, Decoded as FmtpDecoded, FmtpDecodeContext, FmtpDecoderId, FmtpParameterInfo } from './knowledge/fmtp.js';
export { rtcpFbInfo } from './knowledge/rtcp-fb.js';
export type { RtcpFbInfo } from './knowledge/rtcp-fb.js';
export { headerExtensionInfo } from './knowledge/extmap.js';
export type { HeaderExtensionInfo } from './knowledge/extmap.js';
export { attributeInfo as attributeKnowledge } from './knowledge/attributes.js';
export type { AttributeInfo as AttributeKnowledge } from './knowledge/attributes.js';
export { lineTypeInfo } from './knowledge/lines.js';
export type { LineTypeInfo } from './knowledge/lines.js';
export { protocolInfo } from './knowledge/protocols.js';
export type { ProtocolInfo } from './knowledge/protocols.js';
