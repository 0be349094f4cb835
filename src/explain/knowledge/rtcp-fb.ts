import { lookup } from './lookup.js';

/**
 * RTCP feedback (a=rtcp-fb, RFC 4585 §4.2), keyed by `type` or `type subtype`.
 * `message` names the RTCP packet that carries it (PT 205 RTPFB, 206 PSFB, with its FMT).
 */
export interface RtcpFbInfo {
  /** Short name for the label, e.g. "NACK", "PLI". */
  readonly name: string;
  readonly description: string;
  readonly details?: string;
  readonly message?: string;
  readonly ref: string;
}

const REMB_AND_TCC =
  'libwebrtc offers both goog-remb and transport-cc: with transport-cc (and the transport-wide-cc header extension) the sender estimates bandwidth from per-packet arrival times (send-side BWE); goog-remb is the older scheme where the receiver estimates and reports a bit rate. When both are negotiated Chrome uses transport-cc; REMB stays for peers and SFUs without it.';

export const rtcpFeedback: Readonly<Record<string, RtcpFbInfo>> = {
  nack: {
    name: 'NACK',
    description: 'generic negative acknowledgement: the receiver reports lost RTP packets by sequence number so the sender can retransmit them',
    details: 'Retransmissions go on the rtx payload type when one is negotiated for this codec (RFC 4588), else in the original stream. Browsers always offer it for video; for audio, losses are usually concealed instead (Opus FEC, RED).',
    message: 'RTPFB (205) FMT 1',
    ref: 'RFC 4585 §6.2.1',
  },
  'nack pli': {
    name: 'PLI',
    description: 'picture loss indication: the receiver lost (part of) a picture and asks for a new key frame',
    details: 'Sent when decoding cannot continue, e.g. after losses NACK could not repair. libwebrtc sends PLI when both are negotiated, and FIR only when PLI is not.',
    message: 'PSFB (206) FMT 1',
    ref: 'RFC 4585 §6.3.1',
  },
  'nack sli': {
    name: 'SLI',
    description: 'slice loss indication: the receiver reports lost macroblocks of a picture',
    message: 'PSFB (206) FMT 2',
    ref: 'RFC 4585 §6.3.2',
  },
  'nack rpsi': {
    name: 'RPSI',
    description: 'reference picture selection indication: the receiver tells which decoded picture the encoder may use as reference',
    message: 'PSFB (206) FMT 3',
    ref: 'RFC 4585 §6.3.3',
  },
  'nack app': {
    name: 'application NACK',
    description: 'application-layer feedback carried as a negative acknowledgement',
    message: 'PSFB (206) FMT 15',
    ref: 'RFC 4585 §6.4',
  },
  ack: {
    name: 'ACK',
    description: 'positive acknowledgement of received packets (only defined for point-to-point sessions)',
    ref: 'RFC 4585 §4.2',
  },
  'ack rpsi': {
    name: 'ACK RPSI',
    description: 'positive acknowledgement with a reference picture selection indication',
    message: 'PSFB (206) FMT 3',
    ref: 'RFC 4585 §4.2',
  },
  'ack app': {
    name: 'application ACK',
    description: 'application-layer feedback carried as a positive acknowledgement',
    message: 'PSFB (206) FMT 15',
    ref: 'RFC 4585 §4.2',
  },
  'ccm fir': {
    name: 'FIR',
    description: 'full intra request: the receiver asks for a decoder refresh point (a key frame), for example when a participant joins a conference',
    details: 'Unlike PLI, FIR is not a loss report: an SFU sends it when a new receiver needs a key frame. Its sequence number lets the sender ignore repeats.',
    message: 'PSFB (206) FMT 4',
    ref: 'RFC 5104 §3.5.1',
  },
  'ccm tmmbr': {
    name: 'TMMBR',
    description: 'temporary maximum media stream bit rate request: the receiver caps the bit rate of a stream, answered by TMMBN',
    message: 'RTPFB (205) FMT 3',
    ref: 'RFC 5104 §3.5.4',
  },
  'ccm tstr': {
    name: 'TSTR',
    description: 'temporal-spatial trade-off request: the receiver asks for smoother motion or sharper pictures',
    message: 'PSFB (206) FMT 5',
    ref: 'RFC 5104 §3.5.2',
  },
  'ccm vbcm': {
    name: 'VBCM',
    description: 'H.271 video back-channel message',
    message: 'PSFB (206) FMT 7',
    ref: 'RFC 5104 §3.5.3',
  },
  'ccm pause': {
    name: 'PAUSE/RESUME',
    description: 'the receiver may ask the sender to pause and resume a stream',
    ref: 'RFC 7728',
  },
  ccm: {
    name: 'CCM',
    description: 'codec control messages (RFC 5104) without a named message',
    ref: 'RFC 5104 §7.1',
  },
  'goog-remb': {
    name: 'REMB',
    description: 'receiver estimated maximum bitrate: the receiver estimates the available bandwidth and reports it to the sender',
    details: REMB_AND_TCC,
    message: 'PSFB (206) FMT 15, identifier "REMB"',
    ref: 'draft-alvestrand-rmcat-remb-03',
  },
  'transport-cc': {
    name: 'transport-wide CC',
    description: 'transport-wide congestion control feedback: the receiver reports the arrival time of every packet, numbered by the transport-wide-cc header extension, and the sender estimates bandwidth',
    details: REMB_AND_TCC,
    message: 'RTPFB (205) FMT 15',
    ref: 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1',
  },
  'goog-lntf': {
    name: 'loss notification',
    description: 'libwebrtc loss notification: the receiver tells which frames were lost and whether the decodable chain is broken, so the encoder can avoid a key frame',
    message: 'PSFB (206) FMT 15, identifier "LNTF"',
    ref: 'libwebrtc modules/rtp_rtcp/source/rtcp_packet/loss_notification.h',
  },
  'trr-int': {
    name: 'minimum RTCP interval',
    description: 'the minimum interval between regular (non-feedback) RTCP reports, in milliseconds; 0 means none',
    ref: 'RFC 4585 §4.2',
  },
};

/** Feedback families, for the `type` field when a subtype names the message. */
export const rtcpFbFamilies: Readonly<Record<string, string>> = {
  ack: 'positive acknowledgements (RFC 4585 §4.2)',
  nack: 'negative acknowledgements and loss indications (RFC 4585 §4.2)',
  ccm: 'codec control messages (RFC 5104 §7.1)',
  app: 'application-layer feedback (RFC 4585 §6.4)',
};

/** The entry for a type and subtype, falling back to the type alone for an unknown subtype. */
export function rtcpFbInfo(type: string, subtype: string | undefined): { info: RtcpFbInfo; exact: boolean } | undefined {
  const t = type.toLowerCase();
  if (subtype !== undefined && t !== 'trr-int') {
    const exact = lookup(rtcpFeedback, `${t} ${subtype.toLowerCase()}`);
    if (exact !== undefined) return { info: exact, exact: true };
    const base = lookup(rtcpFeedback, t);
    return base === undefined ? undefined : { info: base, exact: false };
  }
  const info = lookup(rtcpFeedback, t);
  return info === undefined ? undefined : { info, exact: true };
}
