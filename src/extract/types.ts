import type { Diagnostic } from '../parser/diagnostics/diagnostic.js';

/*
 * The plain data `extractDescriptions` returns. No class, no function: the CLI
 * prints it, the web page renders it, tests compare it.
 */

/** Where a description was found. */
export type ExtractSource = 'raw' | 'json' | 'escaped' | 'webrtc-internals' | 'rtcstats' | 'about-webrtc' | 'log';

/** RTCSdpType (W3C webrtc-pc §4.6.1): what the source said the description is. */
export type SdpType = 'offer' | 'answer' | 'pranswer' | 'rollback';

/** Which end of the peer connection the description belongs to. */
export type DescriptionSide = 'local' | 'remote';

/**
 * `created`: returned by createOffer/createAnswer (webrtc-internals
 * `createOfferOnSuccess`, `createAnswerOnSuccess`); `applied`: passed to
 * setLocalDescription/setRemoteDescription (or reported as set by about:webrtc).
 */
export type DescriptionStage = 'created' | 'applied';

/** A 1-based position in the input text (columns count UTF-16 code units). */
export interface InputPosition {
  line: number;
  column: number;
}

/** A 1-based, end-exclusive range in the input text, as in a Diagnostic. */
export interface InputRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One line of a line-by-line diff between the created and the applied description. */
export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  /** The line number in the applied description (added, same) or in the created one (removed). */
  line: number;
  /** The line without its end-of-line. */
  text: string;
  /** The line number in the created description (removed, same). */
  createdLine?: number;
  /** The line number in the applied description (added, same). */
  appliedLine?: number;
}

/** How the app changed a description between createOffer/createAnswer and setLocalDescription. */
export interface Munging {
  /** 0-based index (in `descriptions`) of the description createOffer/createAnswer returned. */
  created: number;
  /** Every line of both, in order: `same`, `removed` (only in the created one), `added` (only in the applied one). */
  changes: DiffLine[];
  added: number;
  removed: number;
  /** True when the line texts are equal but the end-of-line bytes differ (e.g. CRLF turned into LF). */
  eolChanged: boolean;
  /** One sentence, e.g. "2 lines added, 1 removed: first change `-a=fmtp:111 minptime=10`". */
  summary: string;
}

export interface ExtractedDescription {
  /** 0-based position in `ExtractResult.descriptions` (for code). */
  index: number;
  /** 1-based, `index + 1`: what people see (`#2`) and what `sdp … --pick 2` takes. */
  number: number;
  /** The description, byte for byte as recovered (see `diagnostics` for every repair made). */
  sdp: string;
  /** What the source said (a `type` field, a webrtc-internals `type: offer, sdp:` value), or what was inferred (with an info diagnostic). */
  type?: SdpType;
  source: ExtractSource;
  /** For people: "PC 2 (https://meet.example.com) · setLocalDescription offer · 12:03:07.120". */
  label: string;
  /** `ExtractedPeerConnection.id` of the peer connection it belongs to. */
  peerConnection?: string;
  /** The time as the source wrote it, or ISO 8601 (UTC) when the source gave milliseconds since 1970. */
  timestamp?: string;
  /** Milliseconds since 1970 when the source gave a number. */
  time?: number;
  /** The webrtc-internals update type (`setLocalDescription`, `createOfferOnSuccess`, …), about:webrtc `sdpHistory`, or a JSON path. */
  event?: string;
  side?: DescriptionSide;
  stage?: DescriptionStage;
  /** The error message when the browser reported that applying it failed. */
  failed?: string;
  /** Set on an applied local description that differs from the one created before it. */
  munged?: Munging;
  /** Where the description (or the string that held it) is in the input. */
  range: InputRange;
  /** Where each line of `sdp` starts in the input: entry k is line k + 1. Maps parser diagnostics back to the input. */
  lineOrigins: InputPosition[];
  /** What had to be repaired or guessed to recover it, with positions in the input. */
  diagnostics: Diagnostic[];
}

/** One offer/answer exchange, in the order it happened. `offer`, `answer` and `pranswers` are 0-based indexes into `descriptions`. */
export interface Negotiation {
  /** 1-based, per peer connection: the K of `--pick P:K`. */
  number: number;
  /** The side that made the offer. */
  initiator: DescriptionSide;
  offer?: number;
  answer?: number;
  /** Provisional answers applied before the final one. */
  pranswers: number[];
  /** True when both an offer and a final answer were applied. */
  complete: boolean;
  /** True when the offer was rolled back. */
  rolledBack?: boolean;
  /** "negotiation 2: local offer → remote answer". */
  label: string;
}

export interface ExtractedPeerConnection {
  /** The dump's own id: webrtc-internals `<pid>-<lid>` / `<rid>-<lid>`, about:webrtc `pcid`. */
  id: string;
  /** 1-based, in input order. */
  number: number;
  /** "PC 2 (https://meet.example.com)". */
  label: string;
  source: 'webrtc-internals' | 'rtcstats' | 'about-webrtc';
  url?: string;
  /** The RTCConfiguration as the dump shows it (webrtc-internals `rtcConfiguration`). */
  configuration?: string;
  /** about:webrtc `closed`. */
  closed?: boolean;
  /** 0-based indexes into `descriptions`, in order. */
  descriptions: number[];
  negotiations: Negotiation[];
  /** Everything the dump logged for it, in order: the timeline. */
  events: PcEvent[];
  /** Candidates that arrived outside the descriptions (trickle ICE), in order. */
  candidates: TrickledCandidate[];
  /** What getStats said over the call, when the dump has it. */
  stats?: IceStats;
  diagnostics: Diagnostic[];
}

/**
 * What kind of thing happened. `description`: an offer/answer was created or
 * applied; `rollback`; `set-failed` / `create-failed`: the browser refused a
 * call; `candidate` / `end-of-candidates`: trickle ICE (local from
 * onicecandidate, remote through addIceCandidate); `candidate-failed`:
 * addIceCandidate refused one; `state`: a state machine moved; `ice-restart`:
 * an applied offer with new ICE credentials; `other`: anything else the dump
 * logged (transceivers, negotiationneeded, data channels, …).
 */
export type PcEventKind =
  | 'description'
  | 'rollback'
  | 'set-failed'
  | 'create-failed'
  | 'candidate'
  | 'end-of-candidates'
  | 'candidate-failed'
  | 'state'
  | 'ice-restart'
  | 'other';

/** The state machines of RTCPeerConnection (W3C webrtc-pc §4.3.2–4.3.3) and of the DTLS transport. */
export type StateMachine = 'signaling' | 'ice-gathering' | 'ice-connection' | 'connection' | 'dtls';

export interface PcEvent {
  /** 0-based position in `events`. */
  index: number;
  kind: PcEventKind;
  /** The dump's own name for it: `setLocalDescription`, `icecandidate`, `iceconnectionstatechange`, … */
  event: string;
  /** For people: "setRemoteDescription answer", "ICE connection: failed", "addIceCandidate 127.0.0.1:50000 udp host". */
  text: string;
  side?: DescriptionSide;
  /** The negotiation (`Negotiation.number`) in progress or last finished when it happened. */
  negotiation?: number;
  /** 0-based index into `descriptions` of the description it carries or concerns. */
  description?: number;
  state?: { machine: StateMachine; value: string };
  /** The browser's error text for a refused call. */
  error?: string;
  /** 0-based index into `candidates` for candidate events. */
  candidate?: number;
  timestamp?: string;
  time?: number;
  range: InputRange;
}

/** A candidate given outside the SDP: RTCIceCandidate's fields as the dump logged them (W3C webrtc-pc §4.8.1). */
export interface TrickledCandidate {
  /** 0-based position in `candidates`. */
  index: number;
  /** `local`: the browser gathered it (onicecandidate); `remote`: the app added it (addIceCandidate). */
  side: DescriptionSide;
  /** The candidate attribute as given, e.g. "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host"; empty for end-of-candidates. */
  candidate: string;
  endOfCandidates: boolean;
  sdpMid?: string;
  sdpMLineIndex?: number;
  /** The ICE username fragment it belongs to: RTCIceCandidate.usernameFragment, or the `ufrag` extension of the candidate line. */
  usernameFragment?: string;
  /** The STUN/TURN server URL it was gathered from (onicecandidate `url`). */
  url?: string;
  /** addIceCandidate's error text when the browser refused it. */
  failed?: string;
  /** The negotiation (`Negotiation.number`) in progress or last finished when it arrived. */
  negotiation?: number;
  /** 0-based index into `events`. */
  event: number;
  timestamp?: string;
  time?: number;
  range: InputRange;
}

/** A value of a stats series at a time (milliseconds since 1970 when the dump says when). */
export interface StatsChange<T> {
  value: T;
  time?: number;
}

/** An RTCIceCandidateStats (W3C webrtc-stats §6.14) as the dump last reported it. */
export interface CandidateStats {
  id: string;
  remote: boolean;
  transportId?: string;
  address?: string;
  port?: number;
  protocol?: string;
  candidateType?: string;
  priority?: number;
  foundation?: string;
  usernameFragment?: string;
  url?: string;
  relayProtocol?: string;
  networkType?: string;
  tcpType?: string;
}

/** An RTCIceCandidatePairStats (W3C webrtc-stats §6.15): the last values and how the state changed. */
export interface CandidatePairStats {
  id: string;
  transportId?: string;
  localCandidateId?: string;
  remoteCandidateId?: string;
  state?: string;
  /** Every state it was seen in, in order (consecutive repeats folded). */
  states: StatsChange<string>[];
  nominated?: boolean;
  /** True when a transport reported it as its selected pair at the end of the dump. */
  selected: boolean;
  /** True when a transport reported it as selected at any time. */
  everSelected: boolean;
  currentRoundTripTime?: number;
  totalRoundTripTime?: number;
  requestsSent?: number;
  requestsReceived?: number;
  responsesSent?: number;
  responsesReceived?: number;
  consentRequestsSent?: number;
  bytesSent?: number;
  bytesReceived?: number;
  packetsSent?: number;
  packetsReceived?: number;
  lastPacketSentTimestamp?: number;
  lastPacketReceivedTimestamp?: number;
}

/** An RTCTransportStats (W3C webrtc-stats §6.17): ICE and DTLS of one transport over the call. */
export interface TransportStats {
  id: string;
  iceRole?: string;
  iceRoles: StatsChange<string>[];
  iceState?: string;
  iceStates: StatsChange<string>[];
  dtlsState?: string;
  dtlsStates: StatsChange<string>[];
  dtlsRole?: string;
  iceLocalUsernameFragment?: string;
  selectedCandidatePairId?: string;
  /** The selected pair over time (consecutive repeats folded). */
  selectedPairs: StatsChange<string>[];
  selectedCandidatePairChanges?: number;
  bytesSent?: number;
  bytesReceived?: number;
  dtlsCipher?: string;
  srtpCipher?: string;
  tlsVersion?: string;
}

/** What getStats reported for a peer connection over the call. */
export interface IceStats {
  /** `webrtc-internals`: the dump's stats series; `rtcstats`: getstats events; `about-webrtc`: Firefox's report. */
  source: 'webrtc-internals' | 'rtcstats' | 'about-webrtc';
  transports: TransportStats[];
  pairs: CandidatePairStats[];
  candidates: CandidateStats[];
  /** First and last sample time (milliseconds since 1970) when known. */
  start?: number;
  end?: number;
}

export interface ExtractResult {
  /** The format of the input: one source, `mixed` when several kinds were found, `none` when nothing was. */
  format: ExtractSource | 'mixed' | 'none';
  descriptions: ExtractedDescription[];
  /** Present for webrtc-internals and about:webrtc input. */
  peerConnections?: ExtractedPeerConnection[];
  /** webrtc-internals `UserAgent`. */
  userAgent?: string;
  /** Findings about the input as a whole (per-description ones are on each description). */
  diagnostics: Diagnostic[];
}
