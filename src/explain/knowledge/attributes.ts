import { HASH_BYTES } from '../../parser/model/attributes/dtls.js';
import { lookup } from './lookup.js';

/**
 * SDP attributes (a=<name>) sdpkit explains: every name the parser types, the
 * raw ones it knows the level of, and common ones seen in WebRTC. Value
 * tables for enumerated values follow (group semantics, setup roles, …).
 */
export interface AttributeInfo {
  /** Short label, e.g. "ICE username fragment". */
  readonly label: string;
  /** One sentence: what the attribute says. */
  readonly summary: string;
  /** Why it matters in WebRTC, browser habits, pitfalls. */
  readonly details?: string;
  /** What the value is, for attributes kept as raw text. */
  readonly value?: string;
  readonly ref: string;
}

export const attributes: Readonly<Record<string, AttributeInfo>> = {
  // RFC 8866 §6 and codec description
  rtpmap: { label: 'Codec', summary: 'Maps a payload type to an encoding name, clock rate and channel count.', ref: 'RFC 8866 §6.6' },
  fmtp: { label: 'Codec parameters', summary: 'Format-specific parameters of one payload type.', ref: 'RFC 8866 §6.15' },
  ptime: {
    label: 'Packet time',
    summary: 'The length of media, in milliseconds, the receiver prefers in one packet.',
    details: 'A hint for audio: 20 ms is usual; Opus also signals it with its own fmtp parameters.',
    ref: 'RFC 8866 §6.4',
  },
  maxptime: { label: 'Maximum packet time', summary: 'The longest media duration, in milliseconds, the receiver accepts in one packet.', ref: 'RFC 8866 §6.5' },
  framerate: { label: 'Frame rate', summary: 'The maximum video frame rate, in frames per second.', ref: 'RFC 8866 §6.13' },
  sendrecv: { label: 'Direction: send and receive', summary: 'This side sends and receives media.', ref: 'RFC 8866 §6.7.2' },
  sendonly: { label: 'Direction: send only', summary: 'This side only sends media.', ref: 'RFC 8866 §6.7.3' },
  recvonly: { label: 'Direction: receive only', summary: 'This side only receives media.', ref: 'RFC 8866 §6.7.1' },
  inactive: { label: 'Direction: inactive', summary: 'No media flows either way (RTCP still does).', ref: 'RFC 8866 §6.7.4' },
  cat: { label: 'Category', summary: 'A dot-separated category of the session, for filtering announcements.', value: 'category', ref: 'RFC 8866 §6.1' },
  keywds: { label: 'Keywords', summary: 'Keywords describing the session.', value: 'keywords', ref: 'RFC 8866 §6.2' },
  tool: { label: 'Tool', summary: 'The name and version of the tool that created the description.', value: 'tool name and version', ref: 'RFC 8866 §6.3' },
  orient: { label: 'Orientation', summary: 'The orientation of a whiteboard (portrait, landscape, seascape).', value: 'orientation', ref: 'RFC 8866 §6.8' },
  type: { label: 'Conference type', summary: 'The type of conference (broadcast, meeting, moderated, test, H332).', value: 'conference type', ref: 'RFC 8866 §6.9' },
  charset: { label: 'Character set', summary: 'The character set of the session name and information.', value: 'charset name', ref: 'RFC 8866 §6.10' },
  sdplang: { label: 'Description language', summary: 'The language of the description itself.', value: 'language tag', ref: 'RFC 8866 §6.11' },
  lang: { label: 'Language', summary: 'The language of the session or media.', value: 'language tag', ref: 'RFC 8866 §6.12' },
  quality: { label: 'Quality', summary: 'A suggested encoding quality from 0 (worst) to 10 (best).', value: 'quality 0–10', ref: 'RFC 8866 §6.14' },

  // RTP/RTCP
  'rtcp-fb': { label: 'RTCP feedback', summary: 'An RTCP feedback message the receiver can send for a payload type.', ref: 'RFC 4585 §4.2' },
  extmap: { label: 'Header extension', summary: 'Maps an RTP header extension URI to the id used in packets.', ref: 'RFC 8285 §8' },
  'extmap-allow-mixed': {
    label: 'Mixed header extensions',
    summary: 'One-byte and two-byte header extension forms may be mixed in one stream.',
    details: 'Needed for extension ids 15–255 or values over 16 bytes (the dependency descriptor often is). Chrome always offers it.',
    ref: 'RFC 8285 §6',
  },
  rtcp: {
    label: 'RTCP address',
    summary: 'The port (and address) for RTCP when it does not use the RTP port + 1.',
    details: 'Browsers write `a=rtcp:9 IN IP4 0.0.0.0`: a placeholder, since with rtcp-mux RTCP shares the RTP port and ICE picks the address.',
    ref: 'RFC 3605 §2.1',
  },
  'rtcp-mux': {
    label: 'RTCP multiplexing',
    summary: 'RTP and RTCP share one port (and one ICE component).',
    details: 'Required by WebRTC (RFC 8834 §4.5); without it ICE needs a second component for RTCP. Payload types 64–95 clash with RTCP packet types under rtcp-mux and should not be used (RFC 5761 §4).',
    ref: 'RFC 5761 §5.1.1',
  },
  'rtcp-mux-only': {
    label: 'RTCP multiplexing only',
    summary: 'The offerer will only use RTP/RTCP multiplexing: no fallback to a separate RTCP port.',
    details: 'JSEP asks for it under `rtcpMuxPolicy: "require"`, the default (RFC 8829 §5.2.1): no candidates for component 2 are gathered. Chrome does not write it.',
    ref: 'RFC 8858 §3',
  },
  'rtcp-rsize': {
    label: 'Reduced-size RTCP',
    summary: 'RTCP packets may be sent without a report block first (reduced size), so feedback such as NACK or PLI goes out at once.',
    ref: 'RFC 5506 §5',
  },
  'rtcp-xr': { label: 'RTCP extended reports', summary: 'Which RTCP extended report blocks may be used.', value: 'list of report block types', ref: 'RFC 3611 §5.1' },
  ssrc: { label: 'SSRC', summary: 'A source attribute of one RTP stream (SSRC).', ref: 'RFC 5576 §4.1' },
  'ssrc-group': { label: 'SSRC group', summary: 'Ties several SSRCs together with a meaning (retransmission, FEC, simulcast).', ref: 'RFC 5576 §4.2' },
  rid: { label: 'RTP stream id (rid)', summary: 'Names one RTP stream of the section and may restrict its codecs and size.', ref: 'RFC 8851 §10' },
  simulcast: { label: 'Simulcast', summary: 'Lists the simulcast streams (by rid) sent or received in this section.', ref: 'RFC 8853 §5.1' },
  imageattr: { label: 'Image attributes', summary: 'The picture sizes the sender can send and the receiver wants, per payload type.', ref: 'RFC 6236 §3.1' },
  'fec-repair-flow': { label: 'FEC repair flow', summary: 'Describes a forward error correction repair flow.', value: 'FEC parameters', ref: 'RFC 6364' },
  'repair-window': { label: 'Repair window', summary: 'The time span a FEC repair flow protects.', value: 'duration', ref: 'RFC 6364' },
  mediaclk: { label: 'Media clock', summary: 'How the RTP timestamps relate to the reference clock (offset, rate).', value: 'media clock source', ref: 'RFC 7273' },
  'ts-refclk': { label: 'Reference clock', summary: 'The reference clock the RTP timestamps follow (NTP, PTP, GPS, local).', value: 'clock source', ref: 'RFC 7273' },
  'source-filter': { label: 'Source filter', summary: 'Includes or excludes source addresses of a (multicast) stream.', value: 'filter mode and addresses', ref: 'RFC 4570' },
  label: { label: 'Media label', summary: 'An opaque label for the media stream, referred to by other protocols.', value: 'label', ref: 'RFC 4574 §4' },
  content: { label: 'Content', summary: 'What the media shows (slides, speaker, main, alt, sl).', value: 'content values', ref: 'RFC 4796' },

  // ICE (RFC 8839 §5)
  candidate: { label: 'ICE candidate', summary: 'One transport address where this agent may receive media.', ref: 'RFC 8839 §5.1' },
  'remote-candidates': {
    label: 'Remote candidates',
    summary: 'The remote candidates the controlling agent selected, sent in a subsequent offer.',
    details: 'Only needed when the peer might not have learned the selected pair; browsers do not send it.',
    ref: 'RFC 8839 §5.2',
  },
  'end-of-candidates': {
    label: 'End of candidates',
    summary: 'No more candidates will follow for this section (trickle ICE).',
    details: 'Lets the peer conclude ICE failed once all checks fail, instead of waiting for more candidates.',
    ref: 'RFC 8840 §8.2',
  },
  'ice-ufrag': { label: 'ICE username fragment', summary: 'The username fragment of this agent for ICE connectivity checks.', ref: 'RFC 8839 §5.4' },
  'ice-pwd': { label: 'ICE password', summary: 'The password that protects the ICE connectivity checks sent to this agent.', ref: 'RFC 8839 §5.4' },
  'ice-options': { label: 'ICE options', summary: 'ICE extensions this agent supports.', ref: 'RFC 8839 §5.6' },
  'ice-lite': {
    label: 'ICE lite',
    summary: 'This agent implements ICE lite: it only has host candidates, answers checks and never starts them.',
    details: 'Typical of servers with a public address (SFUs, gateways). The full agent on the other side always takes the controlling role (RFC 8445 §6.1.1).',
    ref: 'RFC 8839 §5.3',
  },
  'ice-mismatch': {
    label: 'ICE mismatch',
    summary: 'The answerer saw that the default candidate in the offer was not one of the offered candidates (a middlebox rewrote it).',
    ref: 'RFC 8839 §5.3',
  },
  'ice-pacing': { label: 'ICE pacing', summary: 'The interval, in milliseconds, between connectivity checks this agent wants (Ta, default 50 ms).', value: 'milliseconds', ref: 'RFC 8839 §5.5' },

  // DTLS, keys, identity
  fingerprint: { label: 'DTLS fingerprint', summary: 'The hash of the certificate this side will present in the DTLS handshake.', ref: 'RFC 8122 §5' },
  setup: { label: 'DTLS role', summary: 'Which side starts the DTLS handshake (the client) and which waits for it.', ref: 'RFC 4145 §4' },
  connection: { label: 'Connection reuse', summary: 'Whether an existing TCP/DTLS connection is reused (existing) or a new one is made (new).', value: 'new or existing', ref: 'RFC 4145 §5' },
  'tls-id': {
    label: 'DTLS association id',
    summary: 'Identifies the DTLS association: a new value asks for a new DTLS handshake, the same value keeps the current one.',
    ref: 'RFC 8842 §5',
  },
  'dtls-id': {
    label: 'DTLS association id (old name)',
    summary: 'The draft spelling of a=tls-id: identifies the DTLS association.',
    value: 'identifier',
    ref: 'draft-ietf-mmusic-dtls-sdp (RFC 8842 §5 a=tls-id)',
  },
  crypto: {
    label: 'SDES key',
    summary: 'An SRTP crypto suite and its key, sent in the description itself (SDES).',
    details: 'WebRTC forbids SDES: keys must come from DTLS-SRTP so signaling servers never see them (RFC 8827 §6.5). Seen with SIP gateways.',
    ref: 'RFC 4568 §9.1',
  },
  identity: {
    label: 'Identity assertion',
    summary: 'A signed identity assertion from an identity provider, binding a user identity to the DTLS fingerprint.',
    ref: 'RFC 8827 §5',
  },

  // BUNDLE, streams
  group: { label: 'Group', summary: 'Groups m-sections by their mid with a semantics such as BUNDLE or LS.', ref: 'RFC 5888 §5' },
  mid: { label: 'Media id', summary: 'The identification tag of this m-section, used by groups, the MID header extension and the RTCP SDES MID item.', ref: 'RFC 5888 §4' },
  'bundle-only': {
    label: 'BUNDLE only',
    summary: 'This m-section may only be used within a BUNDLE group: it has port 0 and shares the transport of the group.',
    details: 'JSEP marks every bundled section but the first with it under `bundlePolicy: "max-bundle"` (RFC 8829 §5.2.1); Firefox does, Chrome sends full sections with port 9 instead.',
    ref: 'RFC 9143 §6',
  },
  msid: { label: 'Media stream id', summary: 'Ties the track of this section to a MediaStream and names the track.', ref: 'RFC 8830 §2' },
  'msid-semantic': {
    label: 'MSID semantics',
    summary: 'Declares that the description uses msid for WebRTC media streams (WMS).',
    details: 'From draft-ietf-mmusic-msid; RFC 8830 dropped it, but libwebrtc still writes and sometimes expects it.',
    ref: 'draft-ietf-mmusic-msid-05 §3',
  },

  // Data channels
  'sctp-port': { label: 'SCTP port', summary: 'The SCTP port of the data channel association (carried over DTLS, not a UDP port).', ref: 'RFC 8841 §5.1' },
  'max-message-size': { label: 'Max message size', summary: 'The largest message, in bytes, this side can receive on a data channel.', ref: 'RFC 8841 §6.1' },
  sctpmap: {
    label: 'SCTP map (old syntax)',
    summary: 'The old way to give the SCTP port, protocol and stream count of a data channel.',
    details: 'Pairs with the `DTLS/SCTP` protocol and the SCTP port as the m= format; replaced by a=sctp-port with `UDP/DTLS/SCTP` (RFC 8841).',
    ref: 'draft-ietf-mmusic-sctp-sdp-05 §5',
  },

  // RTSP, BFCP and other protocols found in the wild
  control: { label: 'RTSP control', summary: 'The RTSP URL that controls this session or stream.', value: 'URL', ref: 'RFC 2326 Appendix C.1.1' },
  floorctrl: { label: 'BFCP floor control role', summary: 'Which floor control role this side takes (client, server).', value: 'roles', ref: 'RFC 8856' },
  confid: { label: 'BFCP conference id', summary: 'The BFCP conference id.', value: 'conference id', ref: 'RFC 8856' },
  userid: { label: 'BFCP user id', summary: 'The BFCP user id.', value: 'user id', ref: 'RFC 8856' },
  floorid: { label: 'BFCP floor id', summary: 'A BFCP floor id and the streams it controls.', value: 'floor id and labels', ref: 'RFC 8856' },

  // libwebrtc
  'x-google-flag': {
    label: 'libwebrtc flag',
    summary: 'A libwebrtc-specific flag; `conference` turns on screen-share simulcast (conference mode).',
    value: 'flag',
    ref: 'libwebrtc pc/webrtc_sdp.cc',
  },
};

/** Prefixes of vendor attributes, for names not in the table. */
export const attributePrefixes: readonly { readonly prefix: string; readonly info: AttributeInfo }[] = [
  { prefix: 'x-google-', info: { label: 'libwebrtc attribute', summary: 'A libwebrtc-specific attribute; other stacks ignore it.', value: 'libwebrtc-specific value', ref: 'libwebrtc pc/webrtc_sdp.cc' } },
  { prefix: 'goog-', info: { label: 'libwebrtc attribute', summary: 'A Google (libwebrtc) attribute; other stacks ignore it.', value: 'libwebrtc-specific value', ref: 'libwebrtc pc/webrtc_sdp.cc' } },
];

export function attributeInfo(name: string): AttributeInfo | undefined {
  return lookup(attributes, name) ?? lookup(attributes, name.toLowerCase()) ?? attributePrefixes.find((p) => name.toLowerCase().startsWith(p.prefix))?.info;
}

// ---------------------------------------------------------------------------
// Value tables
// ---------------------------------------------------------------------------

export interface ValueInfo {
  readonly meaning: string;
  readonly ref: string;
}

/** a=group semantics. */
export const groupSemantics: Readonly<Record<string, ValueInfo>> = {
  BUNDLE: { meaning: 'these m-sections share one transport (one ICE/DTLS connection, one 5-tuple); the first mid is the tagged section whose transport is used', ref: 'RFC 9143' },
  LS: { meaning: 'lip synchronization: play these m-sections in sync', ref: 'RFC 5888 §7' },
  FID: { meaning: 'flow identification: these m-sections are one flow on different transports', ref: 'RFC 5888 §8' },
  FEC: { meaning: 'one m-section carries forward error correction for the others', ref: 'RFC 5956' },
  'FEC-FR': { meaning: 'FEC framework: source and repair flows in separate m-sections', ref: 'RFC 5956' },
  DDP: { meaning: 'decoding dependency: layered coding spread over m-sections', ref: 'RFC 5583' },
  DUP: { meaning: 'duplication: the m-sections carry the same RTP streams over different paths, for hitless protection', ref: 'RFC 7104' },
};

/** a=ssrc-group semantics. */
export const ssrcGroupSemantics: Readonly<Record<string, ValueInfo & { readonly roles?: readonly string[]; readonly details?: string }>> = {
  FID: {
    meaning: 'flow identification: the first SSRC carries the media, the second its retransmissions (rtx)',
    roles: ['media', 'retransmission (rtx)'],
    details: 'RTX sends repaired packets on their own SSRC (RFC 4588 §5); this pairing tells the receiver which stream they repair. Browsers signal it for every video track when rtx is negotiated.',
    ref: 'RFC 5576 §4.2; RFC 4588',
  },
  SIM: {
    meaning: 'simulcast (libwebrtc, Plan B style): each SSRC is one encoding of the same source, lowest resolution first',
    details: 'Plan B style simulcast, still used by some SFUs with munged SDP; each encoding usually has its own FID group for rtx. Unified Plan browsers signal simulcast with a=rid and a=simulcast instead.',
    ref: 'libwebrtc (no RFC; RFC 8853 uses rids instead)',
  },
  'FEC-FR': { meaning: 'FEC framework: the first SSRC is the source stream, the second its FlexFEC repair stream', roles: ['source', 'repair (FEC)'], ref: 'RFC 5956' },
  FEC: { meaning: 'the second SSRC carries forward error correction for the first (deprecated by FEC-FR)', roles: ['source', 'FEC'], ref: 'RFC 5576 §4.2' },
  DUP: { meaning: 'duplicated streams: each SSRC carries the same packets, over different paths or times', ref: 'RFC 7104' },
};

/** a=ssrc source attributes. */
export const ssrcAttributes: Readonly<Record<string, ValueInfo>> = {
  cname: {
    meaning: 'the canonical name of the endpoint: every stream with the same CNAME is played in sync (lip sync); browsers use one random CNAME per peer connection',
    ref: 'RFC 5576 §6.1; RFC 7022',
  },
  msid: { meaning: 'the media stream and track of this SSRC (the source-level form of a=msid, from early msid drafts)', ref: 'draft-ietf-mmusic-msid-05' },
  mslabel: { meaning: 'the MediaStream id (Plan B, libwebrtc only; replaced by msid)', ref: 'libwebrtc (Plan B)' },
  label: { meaning: 'the track id (Plan B, libwebrtc only; replaced by msid)', ref: 'libwebrtc (Plan B)' },
  'previous-ssrc': { meaning: 'the SSRCs this source used before a change (collision or restart)', ref: 'RFC 5576 §6.2' },
  fmtp: { meaning: 'format parameters for this source only', ref: 'RFC 5576 §6.3' },
};

/** a=ice-options option tags. */
export const iceOptions: Readonly<Record<string, ValueInfo>> = {
  trickle: { meaning: 'trickle ICE: candidates may be sent after the description, one by one (and the description may have none)', ref: 'RFC 8838 §3' },
  ice2: { meaning: 'the agent follows RFC 8445 (not the older RFC 5245)', ref: 'RFC 8445 §10' },
  renomination: { meaning: 'the controlling agent may nominate another pair later (libwebrtc, continual gathering)', ref: 'draft-thatcher-ice-renomination' },
  'google-ice': { meaning: "Google's pre-standard ICE (very old libwebrtc)", ref: 'libwebrtc (obsolete)' },
  'rtp+ecn': { meaning: 'ECN path testing for RTP over UDP', ref: 'RFC 6679' },
};

/** a=setup roles (RFC 4145 §4, with the DTLS-SRTP rules of RFC 5763 §5). */
export const setupRoles: Readonly<Record<string, ValueInfo & { readonly offer: string; readonly answer: string }>> = {
  actpass: {
    meaning: 'either role: the answerer chooses',
    offer: 'the offerer lets the answerer choose; browsers always offer actpass (RFC 8842 §5.2)',
    answer: 'not allowed in an answer: the answerer must choose active or passive (RFC 5763 §5)',
    ref: 'RFC 5763 §5',
  },
  active: {
    meaning: 'this side is the DTLS client: it sends the ClientHello',
    offer: 'the offerer wants to be the DTLS client (browsers never offer it first)',
    answer: 'the answerer will be the DTLS client; browsers answer active, so the offerer waits for the ClientHello',
    ref: 'RFC 4145 §4',
  },
  passive: {
    meaning: 'this side is the DTLS server: it waits for the ClientHello',
    offer: 'the offerer wants to be the DTLS server',
    answer: 'the answerer will be the DTLS server: the offerer must start the handshake',
    ref: 'RFC 4145 §4',
  },
  holdconn: {
    meaning: 'no connection now: hold the existing one, or do not connect yet',
    offer: 'the offerer does not want a connection yet',
    answer: 'the answerer does not want a connection yet',
    ref: 'RFC 4145 §4',
  },
};

/** The digest size from the parser's table (RFC 8122 §5 registry), so both agree. */
function digestBytes(hash: string): number {
  return HASH_BYTES[hash] ?? 0;
}

/** a=fingerprint hash functions (RFC 8122 §5, the hash function textual names registry). */
export const hashFunctions: Readonly<Record<string, ValueInfo & { readonly bytes: number }>> = {
  'sha-256': { meaning: 'SHA-256, what browsers use', bytes: digestBytes('sha-256'), ref: 'RFC 8122 §5' },
  'sha-384': { meaning: 'SHA-384', bytes: digestBytes('sha-384'), ref: 'RFC 8122 §5' },
  'sha-512': { meaning: 'SHA-512', bytes: digestBytes('sha-512'), ref: 'RFC 8122 §5' },
  'sha-224': { meaning: 'SHA-224', bytes: digestBytes('sha-224'), ref: 'RFC 8122 §5' },
  'sha-1': { meaning: 'SHA-1: accepted by RFC 8122 but weak; SHA-256 is what WebRTC stacks support and send', bytes: digestBytes('sha-1'), ref: 'RFC 8122 §5' },
  md5: { meaning: 'MD5: broken, must not be used to generate fingerprints (RFC 8122 §5)', bytes: digestBytes('md5'), ref: 'RFC 8122 §5' },
  md2: { meaning: 'MD2: broken, must not be used to generate fingerprints (RFC 8122 §5)', bytes: digestBytes('md2'), ref: 'RFC 8122 §5' },
};

/** Direction attributes in offer/answer terms (RFC 3264 §6.1); what an answer may say comes from ANSWER_DIRECTIONS. */
export const directions: Readonly<Record<string, ValueInfo>> = {
  sendrecv: { meaning: 'this side sends and receives', ref: 'RFC 3264 §6.1' },
  sendonly: { meaning: 'this side only sends', ref: 'RFC 3264 §6.1' },
  recvonly: { meaning: 'this side only receives', ref: 'RFC 3264 §6.1' },
  inactive: { meaning: 'no media either way', ref: 'RFC 3264 §6.1' },
};

/** a=msid-semantic values. */
export const msidSemantics: Readonly<Record<string, ValueInfo>> = {
  WMS: { meaning: 'WebRTC MediaStreams: msid identifies MediaStreams and tracks', ref: 'draft-ietf-mmusic-msid-05 §3' },
};

/** a=rid restrictions (RFC 8851 §5). */
export const ridRestrictions: Readonly<Record<string, ValueInfo>> = {
  'max-width': { meaning: 'the largest width in pixels', ref: 'RFC 8851 §5' },
  'max-height': { meaning: 'the largest height in pixels', ref: 'RFC 8851 §5' },
  'max-fps': { meaning: 'the highest frame rate', ref: 'RFC 8851 §5' },
  'max-fs': { meaning: 'the largest frame size in pixels', ref: 'RFC 8851 §5' },
  'max-br': { meaning: 'the highest bit rate in bit/s', ref: 'RFC 8851 §5' },
  'max-pps': { meaning: 'the highest pixel rate in pixels per second', ref: 'RFC 8851 §5' },
  'max-bpp': { meaning: 'the highest number of bits per pixel', ref: 'RFC 8851 §5' },
  depend: { meaning: 'the rids this stream depends on (layered coding)', ref: 'RFC 8851 §5' },
};
