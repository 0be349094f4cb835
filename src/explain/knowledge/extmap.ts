import { lookup } from './lookup.js';

/**
 * RTP header extensions (a=extmap, RFC 8285), keyed by URI. URIs are compared
 * exactly: a near miss (other case, other draft number) is a different
 * extension to the peer, so it is reported unknown here too.
 */
export interface HeaderExtensionInfo {
  /** Short name for the label, e.g. "audio level". */
  readonly name: string;
  readonly kind: 'audio' | 'video' | 'any';
  readonly description: string;
  readonly details?: string;
  readonly ref: string;
  /** Where the specification lives, when it is not an RFC. */
  readonly link?: string;
}

const WEBRTC_DOCS = 'https://webrtc.googlesource.com/src/+/refs/heads/main/docs/native-code/rtp-hdrext';
const TWCC_DETAILS =
  'Every packet of every stream on the transport gets one sequence number; the receiver reports arrival times in transport-cc RTCP feedback and the sender estimates bandwidth (send-side BWE). Needs `a=rtcp-fb:* transport-cc` to be useful.';

export const headerExtensions: Readonly<Record<string, HeaderExtensionInfo>> = {
  'urn:ietf:params:rtp-hdrext:ssrc-audio-level': {
    name: 'audio level',
    kind: 'audio',
    description: 'the level of the audio in each packet (0 to −127 dBov) and a voice activity flag, so an SFU can pick active speakers without decoding',
    details: 'Client-to-mixer audio level. The optional `vad=on|off` attribute says whether the voice activity bit is used (RFC 6464 §4). Encrypted with the packet only if negotiated with RFC 6904/9335.',
    ref: 'RFC 6464',
  },
  'urn:ietf:params:rtp-hdrext:csrc-audio-level': {
    name: 'mixer audio levels',
    kind: 'audio',
    description: 'the level of each contributing source mixed into the packet, in CSRC order, sent by a mixer to its clients',
    ref: 'RFC 6465',
  },
  'urn:ietf:params:rtp-hdrext:toffset': {
    name: 'transmission time offset',
    kind: 'any',
    description: 'the offset between the RTP timestamp and the actual send time of the packet, in RTP clock units, so jitter is not mistaken for network delay',
    ref: 'RFC 5450',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time': {
    name: 'absolute send time',
    kind: 'any',
    description: 'the send time of each packet (6.18 fixed point seconds, 24 bits), used by receive-side bandwidth estimation (REMB)',
    details: 'With transport-cc negotiated, Chrome estimates on the sender side and abs-send-time matters only to REMB peers.',
    ref: 'webrtc.org abs-send-time',
    link: `${WEBRTC_DOCS}/abs-send-time`,
  },
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01': {
    name: 'transport-wide CC sequence number',
    kind: 'any',
    description: 'a sequence number shared by all RTP streams of the transport, for transport-wide congestion control feedback',
    details: TWCC_DETAILS,
    ref: 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §2',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/transport-wide-cc-02': {
    name: 'transport-wide CC sequence number (v2)',
    kind: 'any',
    description: 'version 2 of the transport-wide sequence number: the sender may also ask for immediate feedback, or for feedback on a range of packets',
    details: `${TWCC_DETAILS} Version 02 adds an optional feedback request so the sender controls the feedback rate.`,
    ref: 'webrtc.org transport-wide-cc-02',
    link: `${WEBRTC_DOCS}/transport-wide-cc-02`,
  },
  'urn:ietf:params:rtp-hdrext:sdes:mid': {
    name: 'MID',
    kind: 'any',
    description: 'the mid of the m-section the packet belongs to, so a BUNDLE receiver can route packets from an SSRC it does not know yet',
    details: 'Needed for BUNDLE without signalled SSRCs (RFC 9143); browsers send it until the receiver has seen an RTCP packet.',
    ref: 'RFC 9143 §15.2',
  },
  'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id': {
    name: 'RTP stream id (rid)',
    kind: 'any',
    description: 'the rid of the stream (as in a=rid), so a receiver can tell simulcast layers apart without signalled SSRCs',
    ref: 'RFC 8852 §3.3',
  },
  'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id': {
    name: 'repaired RTP stream id',
    kind: 'any',
    description: 'on a repair stream (rtx, FEC), the rid of the stream it repairs',
    ref: 'RFC 8852 §3.3',
  },
  'urn:3gpp:video-orientation': {
    name: 'video orientation (CVO)',
    kind: 'video',
    description: 'the rotation (0, 90, 180, 270°) and flip of the picture, so a phone can send unrotated frames and let the receiver rotate them',
    details: 'Chrome applies the rotation to the frames itself when the extension is not negotiated.',
    ref: '3GPP TS 26.114 §7.4.5',
  },
  'urn:3gpp:video-orientation:6': {
    name: 'video orientation (CVO, 6 bits)',
    kind: 'video',
    description: 'the rotation and flip of the picture with a finer 6-bit rotation field',
    ref: '3GPP TS 26.114 §7.4.5',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay': {
    name: 'playout delay',
    kind: 'video',
    description: 'the minimum and maximum playout delay the sender wants the receiver to use (in 10 ms steps): 0/0 means render as soon as possible, for game or desktop streaming',
    ref: 'webrtc.org playout-delay',
    link: `${WEBRTC_DOCS}/playout-delay`,
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type': {
    name: 'video content type',
    kind: 'video',
    description: 'whether the video is camera or screen content, so receivers and SFUs can tune jitter buffers and statistics',
    ref: 'webrtc.org video-content-type',
    link: `${WEBRTC_DOCS}/video-content-type`,
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/video-timing': {
    name: 'video timing',
    kind: 'video',
    description: 'timestamps of the stages a frame went through (capture, encode, packetization, pacer), for end-to-end delay statistics',
    ref: 'webrtc.org video-timing',
    link: `${WEBRTC_DOCS}/video-timing`,
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/color-space': {
    name: 'color space',
    kind: 'video',
    description: 'the color primaries, transfer function, matrix and range of the video, with optional HDR metadata',
    ref: 'webrtc.org color-space',
    link: `${WEBRTC_DOCS}/color-space`,
  },
  'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension': {
    name: 'dependency descriptor',
    kind: 'video',
    description: 'the frame dependency structure (spatial and temporal layers, decode targets, chains) of a scalable stream, so an SFU can forward layers without parsing the codec',
    details: 'Defined by the AV1 RTP specification but codec-independent: Chrome uses it for AV1 and for VP8/VP9/H264 SVC and simulcast.',
    ref: 'AV1 RTP Appendix A',
    link: 'https://aomediacodec.github.io/av1-rtp-spec/#appendix-a-dependency-descriptor-rtp-header-extension',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time': {
    name: 'absolute capture time',
    kind: 'any',
    description: 'the NTP time the media was captured at, and the clock offset to the capturer, kept across mixers and SFUs for end-to-end sync and delay measurement',
    ref: 'webrtc.org abs-capture-time',
    link: `${WEBRTC_DOCS}/abs-capture-time`,
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00': {
    name: 'video layers allocation',
    kind: 'video',
    description: 'the spatial and temporal layers of each simulcast stream with their target bit rates, resolutions and frame rates, so an SFU can choose layers',
    ref: 'webrtc.org video-layers-allocation00',
    link: `${WEBRTC_DOCS}/video-layers-allocation00`,
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/generic-frame-descriptor-00': {
    name: 'generic frame descriptor',
    kind: 'video',
    description: "libwebrtc's earlier codec-independent frame dependency description, replaced by the dependency descriptor",
    ref: 'libwebrtc generic-frame-descriptor-00',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/video-frame-tracking-id': {
    name: 'video frame tracking id',
    kind: 'video',
    description: 'a per-frame id for testing and quality analysis tools',
    ref: 'libwebrtc video-frame-tracking-id',
  },
  'http://www.webrtc.org/experiments/rtp-hdrext/inband-cn': {
    name: 'in-band comfort noise',
    kind: 'audio',
    description: 'marks packets that carry comfort noise in the audio codec itself, with its level',
    ref: 'webrtc.org inband-cn',
    link: `${WEBRTC_DOCS}/inband-cn`,
  },
  'urn:ietf:params:rtp-hdrext:framemarking': {
    name: 'frame marking',
    kind: 'video',
    description: 'frame-level information (start/end of frame, independent, discardable, layer ids) readable without decrypting the payload',
    ref: 'draft-ietf-avtext-framemarking',
  },
  'urn:ietf:params:rtp-hdrext:ntp-64': {
    name: 'NTP timestamp (64-bit)',
    kind: 'any',
    description: 'the full NTP time of the packet, for rapid synchronization without waiting for an RTCP sender report',
    ref: 'RFC 6051',
  },
  'urn:ietf:params:rtp-hdrext:ntp-56': {
    name: 'NTP timestamp (56-bit)',
    kind: 'any',
    description: 'a shortened NTP time of the packet, for rapid synchronization',
    ref: 'RFC 6051',
  },
  'urn:ietf:params:rtp-hdrext:encrypt': {
    name: 'encrypted header extension',
    kind: 'any',
    description: 'the extension named after this URI is sent encrypted with SRTP (its URI follows as the extmap attribute)',
    ref: 'RFC 6904',
  },
};

export function headerExtensionInfo(uri: string): HeaderExtensionInfo | undefined {
  return lookup(headerExtensions, uri);
}
