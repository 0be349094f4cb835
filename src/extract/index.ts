/**
 * Extraction: session descriptions out of whatever people have (raw SDP,
 * JSON, escaped strings, logs, chrome://webrtc-internals dumps, Firefox
 * about:webrtc reports), with where each came from.
 */
export { extractDescriptions } from './extract.js';
export { diffLines, compareDescriptions } from './munge.js';
export type { MungeReport } from './munge.js';
export { isRollback, pairDescriptions } from './pairs.js';
export type { AppliedDescription, Pairing } from './pairs.js';
export { extractCodes } from './codes.js';
export type { ExtractCode } from './codes.js';
export type {
  DescriptionSide,
  DescriptionStage,
  SdpType,
  DiffLine,
  ExtractedDescription,
  ExtractedPeerConnection,
  ExtractResult,
  ExtractSource,
  InputPosition,
  InputRange,
  Munging,
  Negotiation,
  PcEvent,
  PcEventKind,
  StateMachine,
  TrickledCandidate,
  IceStats,
  CandidatePairStats,
  CandidateStats,
  TransportStats,
  StatsChange,
} from './types.js';
export { defaultSelection, labelWithin } from './choose.js';
export type { DefaultSelection } from './choose.js';
