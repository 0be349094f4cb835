import { describe, expect, it } from 'vitest';
import {
  attributeKnowledge,
  codecFmtp,
  codecInfo,
  fmtpParameter,
  h264Level,
  h264ProfileName as h264Profile,
  headerExtensionInfo,
  lineTypeInfo,
  protocolInfo,
  rtcpFbInfo,
} from '../../src/explain/index.js';
import { flagFamilies, valueFamilies } from '../../src/parser/model/attributes/index.js';
import { rawAttributeLevels } from '../../src/parser/model/attributes/known.js';
import { lineFamilies } from '../../src/parser/model/lines/index.js';

/*
 * Completeness of the knowledge tables: everything the issue names has an
 * entry, and every name the parser knows is explained.
 */

const CODECS = ['opus', 'red', 'G722', 'PCMU', 'PCMA', 'CN', 'telephone-event', 'VP8', 'VP9', 'H264', 'H265', 'AV1', 'rtx', 'ulpfec', 'flexfec-03'];

const EXTENSION_URIS = [
  'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
  'urn:ietf:params:rtp-hdrext:toffset',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
  'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
  'http://www.webrtc.org/experiments/rtp-hdrext/transport-wide-cc-02',
  'urn:ietf:params:rtp-hdrext:sdes:mid',
  'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
  'urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id',
  'urn:3gpp:video-orientation',
  'http://www.webrtc.org/experiments/rtp-hdrext/playout-delay',
  'http://www.webrtc.org/experiments/rtp-hdrext/video-content-type',
  'http://www.webrtc.org/experiments/rtp-hdrext/video-timing',
  'http://www.webrtc.org/experiments/rtp-hdrext/color-space',
  'https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension',
  'http://www.webrtc.org/experiments/rtp-hdrext/abs-capture-time',
  'urn:ietf:params:rtp-hdrext:csrc-audio-level',
  'http://www.webrtc.org/experiments/rtp-hdrext/video-layers-allocation00',
];

const RTCP_FEEDBACK: [string, string | undefined][] = [
  ['nack', undefined],
  ['nack', 'pli'],
  ['ccm', 'fir'],
  ['goog-remb', undefined],
  ['transport-cc', undefined],
  ['trr-int', '100'],
];

const FMTP: [string, string][] = [
  ['opus', 'minptime'],
  ['opus', 'useinbandfec'],
  ['opus', 'usedtx'],
  ['opus', 'stereo'],
  ['opus', 'maxaveragebitrate'],
  ['opus', 'maxplaybackrate'],
  ['H264', 'profile-level-id'],
  ['H264', 'packetization-mode'],
  ['H264', 'level-asymmetry-allowed'],
  ['VP9', 'profile-id'],
  ['AV1', 'profile'],
  ['AV1', 'level-idx'],
  ['AV1', 'tier'],
  ['rtx', 'apt'],
  ['rtx', 'rtx-time'],
  ['VP8', 'x-google-min-bitrate'],
  ['VP8', 'x-google-max-bitrate'],
  ['VP8', 'x-google-start-bitrate'],
];

describe('knowledge tables', () => {
  it.each(CODECS)('codec %s has an entry with an RFC or spec reference', (name) => {
    const info = codecInfo(name);
    expect(info).toBeDefined();
    expect(info?.ref).not.toBe('');
    expect(info?.description).not.toBe('');
  });

  it('codec names are case-insensitive (RFC 4855 §3)', () => {
    expect(codecInfo('OPUS')).toBe(codecInfo('opus'));
    expect(codecInfo('h264')).toBe(codecInfo('H264'));
  });

  it.each(EXTENSION_URIS)('header extension %s has an entry', (uri) => {
    const info = headerExtensionInfo(uri);
    expect(info).toBeDefined();
    expect(info?.ref).not.toBe('');
  });

  it('inherited property names are not knowledge', () => {
    expect(codecInfo('constructor')).toBeUndefined();
    expect(headerExtensionInfo('toString')).toBeUndefined();
    expect(attributeKnowledge('__proto__')).toBeUndefined();
  });

  it.each(RTCP_FEEDBACK)('rtcp-fb %s %s has an exact entry', (type, subtype) => {
    expect(rtcpFbInfo(type, subtype)?.exact).toBe(true);
  });

  it.each(FMTP)('fmtp %s %s has an entry', (codec, key) => {
    expect(fmtpParameter(codec, key)).toBeDefined();
  });

  it('red and telephone-event decode their positional fmtp', () => {
    expect(codecFmtp('red')?.positional?.decoder).toBe('red-payloads');
    expect(codecFmtp('telephone-event')?.positional?.decoder).toBe('telephone-events');
  });

  it('every attribute name the parser knows (typed, flag or raw) has an entry', () => {
    const names = [...valueFamilies.flatMap((f) => [...f.names]), ...flagFamilies.flatMap((f) => [...f.names]), ...Object.keys(rawAttributeLevels)];
    const missing = names.filter((n) => attributeKnowledge(n) === undefined);
    expect(missing).toEqual([]);
  });

  it.each(['label', 'content', 'ice-pacing', 'ice-mismatch', 'rtcp-xr', 'mediaclk', 'ts-refclk', 'x-google-flag', 'goog-anything'])('common raw attribute %s has an entry', (name) => {
    expect(attributeKnowledge(name)).toBeDefined();
  });

  it('every line type the parser knows has an entry with its fields', () => {
    for (const f of lineFamilies) {
      const info = lineTypeInfo(f.type);
      expect(info, f.type).toBeDefined();
      expect(info?.fields.length, f.type).toBeGreaterThan(0);
    }
  });

  it.each(['UDP/TLS/RTP/SAVPF', 'RTP/AVP', 'RTP/SAVPF', 'UDP/DTLS/SCTP', 'DTLS/SCTP', 'TCP/DTLS/RTP/SAVPF', 'TCP/DTLS/SCTP'])('protocol %s has an entry', (p) => {
    expect(protocolInfo(p)).toBeDefined();
  });
});

describe('H.264 profile-level-id decoding (RFC 6184 §8.1)', () => {
  it.each([
    [0x42, 0xe0, 'Constrained Baseline'],
    [0x42, 0xc0, 'Constrained Baseline'],
    [0x42, 0x40, 'Constrained Baseline'],
    [0x42, 0x00, 'Baseline'],
    [0x42, 0x80, 'Baseline'],
    [0x4d, 0x00, 'Main'],
    [0x4d, 0x80, 'Constrained Baseline'],
    [0x58, 0xc0, 'Constrained Baseline'],
    [0x58, 0x80, 'Baseline'],
    [0x64, 0x00, 'High'],
    [0x64, 0x0c, 'Constrained High'],
    [0xf4, 0x00, 'High 4:4:4 Predictive'],
  ])('profile_idc %i, iop %i → %s', (idc, iop, profile) => {
    expect(h264Profile(idc, iop)?.profile).toBe(profile);
  });

  it.each([
    [0x42, 0xe0, 31, '3.1'],
    [0x42, 0xe0, 10, '1.0'],
    [0x42, 0xf0, 11, '1b'],
    [0x42, 0xe0, 11, '1.1'],
    [0x64, 0x10, 11, '1.1'],
    [0x64, 0x00, 9, '1b'],
    [0x64, 0x00, 52, '5.2'],
    [0x42, 0xe0, 99, undefined],
  ])('level: profile_idc %i, iop %i, level_idc %i → %s', (idc, iop, level, expected) => {
    expect(h264Level(idc, iop, level)).toBe(expected);
  });
});
