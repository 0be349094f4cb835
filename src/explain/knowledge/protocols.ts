import { lookup } from './lookup.js';

/** m= transport protocols (RFC 8866 §5.14 and the "proto" registry). */
export interface ProtocolInfo {
  readonly description: string;
  /** What WebRTC makes of it. */
  readonly webrtc?: string;
  readonly ref: string;
  /** Formats are RTP payload types. */
  readonly rtp: boolean;
}

const SRTP_ONLY = 'WebRTC requires SRTP keyed by DTLS (RFC 8827 §6.5): a browser rejects a section with this protocol.';

export const protocols: Readonly<Record<string, ProtocolInfo>> = {
  'UDP/TLS/RTP/SAVPF': {
    description: 'SRTP with RTCP feedback over UDP, keys from DTLS (DTLS-SRTP)',
    webrtc: 'What browsers send for audio and video (RFC 8829 §5.1.2); they also accept RTP/SAVPF and the TCP forms in answers.',
    ref: 'RFC 5764 §8; RFC 5124',
    rtp: true,
  },
  'UDP/TLS/RTP/SAVP': { description: 'SRTP over UDP, keys from DTLS, without the feedback profile', ref: 'RFC 5764 §8', rtp: true },
  'TCP/DTLS/RTP/SAVPF': { description: 'DTLS-SRTP with RTCP feedback over TCP (ICE-TCP)', webrtc: 'Browsers accept it as a synonym of UDP/TLS/RTP/SAVPF (RFC 8829 §5.1.2).', ref: 'RFC 7850 §3', rtp: true },
  'TCP/DTLS/RTP/SAVP': { description: 'DTLS-SRTP over TCP', ref: 'RFC 7850 §3', rtp: true },
  'TCP/TLS/RTP/SAVPF': { description: 'SRTP with feedback over TLS over TCP', ref: 'RFC 7850 §3', rtp: true },
  'RTP/SAVPF': {
    description: 'SRTP with RTCP feedback (the secure AVPF profile)',
    webrtc: 'Older WebRTC stacks and SIP gateways write it; browsers accept it in place of UDP/TLS/RTP/SAVPF.',
    ref: 'RFC 5124',
    rtp: true,
  },
  'RTP/SAVP': { description: 'SRTP without the feedback profile', webrtc: 'Usually keyed with SDES (a=crypto), which WebRTC forbids.', ref: 'RFC 3711 §12', rtp: true },
  'RTP/AVPF': { description: 'plain RTP with RTCP feedback (NACK, PLI, …)', webrtc: SRTP_ONLY, ref: 'RFC 4585', rtp: true },
  'RTP/AVP': { description: 'plain RTP, the audio/video profile', webrtc: SRTP_ONLY, ref: 'RFC 3551', rtp: true },
  'TCP/RTP/AVP': { description: 'plain RTP over TCP', webrtc: SRTP_ONLY, ref: 'RFC 4571', rtp: true },
  'UDP/DTLS/SCTP': {
    description: 'SCTP over DTLS over UDP: WebRTC data channels',
    webrtc: 'The format is `webrtc-datachannel` and the SCTP port is in a=sctp-port (RFC 8841 §5).',
    ref: 'RFC 8841 §4.1',
    rtp: false,
  },
  'TCP/DTLS/SCTP': { description: 'SCTP over DTLS over TCP: data channels on ICE-TCP', ref: 'RFC 8841 §4.1', rtp: false },
  'DTLS/SCTP': {
    description: 'SCTP over DTLS, the old data channel syntax',
    webrtc: 'From draft-ietf-mmusic-sctp-sdp-05: the format is the SCTP port and a=sctpmap gives the protocol. Old Chrome and some servers still send it; current stacks answer in the old syntax to it.',
    ref: 'draft-ietf-mmusic-sctp-sdp-05',
    rtp: false,
  },
  UDP: { description: 'plain UDP; the formats are media types', ref: 'RFC 8866 §5.14', rtp: false },
  TCP: { description: 'plain TCP (a=setup and a=connection say who connects)', ref: 'RFC 4145', rtp: false },
  'TCP/MSRP': { description: 'MSRP instant messaging over TCP', ref: 'RFC 4975 §8.1', rtp: false },
  'TCP/TLS/MSRP': { description: 'MSRP over TLS', ref: 'RFC 4975 §8.1', rtp: false },
  'UDP/BFCP': { description: 'BFCP floor control over UDP', ref: 'RFC 8856', rtp: false },
  'TCP/BFCP': { description: 'BFCP floor control over TCP', ref: 'RFC 8856', rtp: false },
  'TCP/TLS/BFCP': { description: 'BFCP floor control over TLS', ref: 'RFC 8856', rtp: false },
  'TCP/MRCPv2': { description: 'MRCPv2 speech resource control over TCP', ref: 'RFC 6787', rtp: false },
  'TCP/TLS/MRCPv2': { description: 'MRCPv2 over TLS', ref: 'RFC 6787', rtp: false },
  udptl: { description: 'UDPTL, the T.38 fax transport', ref: 'ITU-T T.38 Annex D', rtp: false },
  'UDP/FEC': { description: 'a FEC framework repair flow over UDP', ref: 'RFC 6364', rtp: false },
};

/** The entry of a protocol string; `proto` tokens are case-sensitive but stacks vary, so fall back to upper case. */
export function protocolInfo(protocol: string): ProtocolInfo | undefined {
  return lookup(protocols, protocol) ?? lookup(protocols, protocol.toUpperCase());
}
