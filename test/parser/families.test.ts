import { describe, expect, it } from 'vitest';
import { format, parse } from '../../src/index.js';
import type { SdpLine } from '../../src/index.js';
import { attributeLevels } from '../../src/parser/model/attributes/index.js';
import { hasCorpus, readCorpus } from '../helpers/corpus.js';

/*
 * Table tests of real lines, one table per family (in the style of pion's
 * table tests). Each row is a line as a browser or a stack writes it, the
 * exact typed value the parser must give, and, when the line comes from the
 * shared corpus, the file that holds it (checked, so the table stays real).
 *
 * Every line is parsed inside a minimal valid document, at a level where it
 * is allowed, so a row also asserts that the line causes no diagnostic but
 * the ones listed. `formatted` is how `format` writes the typed value back
 * (the line itself when omitted).
 */

interface Row {
  line: string;
  value: unknown;
  /** Corpus file that holds this exact line. */
  source?: string;
  formatted?: string;
  /** Diagnostic codes expected on this line (none when omitted). */
  diagnostics?: string[];
}
type Table = Record<string, Row>;

const HEAD = ['v=0', 'o=- 4611731400430051336 2 IN IP4 127.0.0.1', 's=-', 't=0 0'];
const MEDIA = ['m=audio 9 UDP/TLS/RTP/SAVPF 111', 'c=IN IP4 0.0.0.0'];

/** A minimal valid document holding `line` where RFC 8866 §5 allows it; returns the text and the line's index. */
function documentWith(line: string): { text: string; index: number } {
  const type = line[0]!;
  let lines: string[];
  let index: number;
  const replace = (list: string[], i: number): string[] => list.map((l, j) => (j === i ? line : l));
  switch (type) {
    case 'v': case 'o': case 's': case 't': {
      const i = 'vost'.indexOf(type);
      lines = [...replace(HEAD, i), ...MEDIA];
      index = i;
      break;
    }
    case 'u': case 'e': case 'p':
      lines = [...HEAD.slice(0, 3), line, ...HEAD.slice(3), ...MEDIA];
      index = 3;
      break;
    case 'r': case 'z':
      lines = [...HEAD, line, ...MEDIA];
      index = HEAD.length;
      break;
    case 'm':
      lines = [...HEAD, line, MEDIA[1]!];
      index = HEAD.length;
      break;
    case 'i': case 'c':
      lines = [...HEAD, MEDIA[0]!, line, MEDIA[1]!];
      index = HEAD.length + 1;
      break;
    case 'b': case 'k':
      lines = [...HEAD, ...MEDIA, line];
      index = HEAD.length + MEDIA.length;
      break;
    default: {
      const name = /^a=([^:]+)/.exec(line)?.[1] ?? '';
      if (attributeLevels(name)?.includes('media') ?? true) {
        lines = [...HEAD, ...MEDIA, line];
        index = HEAD.length + MEDIA.length;
      } else {
        lines = [...HEAD, line, ...MEDIA];
        index = HEAD.length;
      }
    }
  }
  return { text: lines.map((l) => `${l}\r\n`).join(''), index };
}

const corpusLines = new Map<string, Set<string>>();
function corpusHas(file: string, line: string): boolean {
  let set = corpusLines.get(file);
  if (set === undefined) {
    set = new Set(readCorpus(file).split(/\r\n|\n|\r/));
    corpusLines.set(file, set);
  }
  return set.has(line);
}

function check(row: Row): void {
  if (row.source !== undefined && hasCorpus) expect(corpusHas(row.source, row.line), `line not found in ${row.source}`).toBe(true);
  const { text, index } = documentWith(row.line);
  const { document, diagnostics } = parse(text);
  const line = document.lines[index]!;
  expect(line.source?.text).toBe(row.line);
  expect(line.value).toStrictEqual(row.value);
  expect(diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual((row.diagnostics ?? []).map((c) => `${c}@${index + 1}`));
  expect(format({ lines: [line] })).toBe(`${row.formatted ?? row.line}\r\n`);
}

function table(title: string, rows: Table): void {
  describe(title, () => {
    it.each(Object.entries(rows))('%s', (_name, row) => check(row));
  });
}

// ---------------------------------------------------------------------------
// Lines other than a=
// ---------------------------------------------------------------------------

table('v= (RFC 8866 §5.1)', {
  'the only version, 0': { line: 'v=0', value: 0 },
});

table('o= (RFC 8866 §5.2)', {
  'Chrome: 19-digit session id kept digit for digit': {
    line: 'o=- 3836772544440436510 2 IN IP4 127.0.0.1',
    source: 'webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp',
    value: { username: '-', sessionId: '3836772544440436510', sessionVersion: '2', netType: 'IN', addressType: 'IP4', address: '127.0.0.1' },
  },
  'Firefox: 20-digit session id (a u64, past 2^53) kept exactly': {
    line: 'o=mozilla...THIS_IS_SDPARTA-99.0 18129193424637573451 0 IN IP4 0.0.0.0',
    value: { username: 'mozilla...THIS_IS_SDPARTA-99.0', sessionId: '18129193424637573451', sessionVersion: '0', netType: 'IN', addressType: 'IP4', address: '0.0.0.0' },
  },
  'largest u64 session id and version': {
    line: 'o=- 18446744073709551615 18446744073709551615 IN IP4 127.0.0.1',
    value: { username: '-', sessionId: '18446744073709551615', sessionVersion: '18446744073709551615', netType: 'IN', addressType: 'IP4', address: '127.0.0.1' },
  },
  'RFC 8866 example with a user name and NTP-style ids': {
    line: 'o=jdoe 3724394400 3724394405 IN IP4 198.51.100.1',
    value: { username: 'jdoe', sessionId: '3724394400', sessionVersion: '3724394405', netType: 'IN', addressType: 'IP4', address: '198.51.100.1' },
  },
  'IPv6 origin': {
    line: 'o=- 1 1 IN IP6 2001:db8::1',
    value: { username: '-', sessionId: '1', sessionVersion: '1', netType: 'IN', addressType: 'IP6', address: '2001:db8::1' },
  },
});

table('s= i= u= e= p= (RFC 8866 §5.3–5.6)', {
  'libwebrtc session name `-`': { line: 's=-', value: '-' },
  'a lone space (Firefox tests), kept as written': { line: 's= ', value: ' ', source: 'webrtc-sdp/07.sdp' },
  'non-ASCII session name (UTF-8 text is allowed)': { line: 's=Réunion 会议', value: 'Réunion 会议' },
  'media title': { line: 'i=A Seminar on the session description protocol', value: 'A Seminar on the session description protocol' },
  URI: { line: 'u=http://www.example.com/seminars/sdp.pdf', value: 'http://www.example.com/seminars/sdp.pdf' },
  'email with a display name': { line: 'e=j.doe@example.com (Jane Doe)', value: 'j.doe@example.com (Jane Doe)' },
  'phone with spaces': { line: 'p=+1 617 555-6011', value: '+1 617 555-6011' },
});

table('c= (RFC 8866 §5.7)', {
  'browser placeholder 0.0.0.0': { line: 'c=IN IP4 0.0.0.0', value: { netType: 'IN', addressType: 'IP4', address: '0.0.0.0' } },
  'IP4 multicast with TTL and address count': {
    line: 'c=IN IP4 224.2.1.1/127/3',
    value: { netType: 'IN', addressType: 'IP4', address: '224.2.1.1', ttl: 127, count: 3 },
  },
  'IP4 multicast with TTL only (pion corpus)': {
    line: 'c=IN IP4 224.2.17.12/127',
    source: 'pion-sdp/SessionConnectionInformationSDP.sdp',
    value: { netType: 'IN', addressType: 'IP4', address: '224.2.17.12', ttl: 127 },
  },
  'IP6 multicast with an address count (no TTL in IPv6)': {
    line: 'c=IN IP6 FF15::101/3',
    value: { netType: 'IN', addressType: 'IP6', address: 'FF15::101', count: 3 },
  },
  'IP4 with a host name': { line: 'c=IN IP4 host.example.com', value: { netType: 'IN', addressType: 'IP4', address: 'host.example.com' } },
});

table('b= (RFC 8866 §5.8, RFC 3890)', {
  'TIAS in bits per second': { line: 'b=TIAS:128000', value: { type: 'TIAS', bandwidth: 128000 } },
  'AS in kilobits per second (Chrome video)': { line: 'b=AS:30', value: { type: 'AS', bandwidth: 30 } },
  'CT (pion corpus)': { line: 'b=CT:1000', value: { type: 'CT', bandwidth: 1000 } },
  'RR = 0 disables RTCP receiver reports (RFC 3556)': { line: 'b=RR:0', value: { type: 'RR', bandwidth: 0 } },
});

table('t= r= z= (RFC 8866 §5.9–5.11)', {
  'unbounded session': { line: 't=0 0', value: { start: '0', stop: '0' } },
  'NTP start and stop times': { line: 't=2873397496 2873404696', value: { start: '2873397496', stop: '2873404696' } },
  'repeat in seconds (pion corpus)': {
    line: 'r=604800 3600 0 90000',
    source: 'pion-sdp/RepeatTimesSDPExpected.sdp',
    value: { interval: '604800', duration: '3600', offsets: ['0', '90000'] },
  },
  'repeat with typed times (RFC 8866 example)': { line: 'r=7d 1h 0 25h', value: { interval: '7d', duration: '1h', offsets: ['0', '25h'] } },
  'zone adjustments with a negative typed offset': {
    line: 'z=2882844526 -1h 2898848070 0',
    value: { adjustments: [{ time: '2882844526', offset: '-1h' }, { time: '2898848070', offset: '0' }] },
  },
});

table('k= (RFC 8866 §5.12)', {
  'prompt (pion corpus)': { line: 'k=prompt', source: 'pion-sdp/MediaEncryptionKeySDP.sdp', value: { method: 'prompt' } },
  'clear key': { line: 'k=clear:secret', value: { method: 'clear', key: 'secret' } },
  'uri with its own colons': { line: 'k=uri:https://example.com/key', value: { method: 'uri', key: 'https://example.com/key' } },
});

table('m= (RFC 8866 §5.14)', {
  'Chrome audio: payload types stay strings in order': {
    line: 'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
    value: { kind: 'audio', port: 9, protocol: 'UDP/TLS/RTP/SAVPF', formats: ['111', '63', '9', '0', '8', '13', '110', '126'] },
  },
  'port with a port count (RFC 8866 §5.14)': {
    line: 'm=audio 49170/2 RTP/AVP 0',
    value: { kind: 'audio', port: 49170, portCount: 2, protocol: 'RTP/AVP', formats: ['0'] },
  },
  'data channel: a non-numeric format': {
    line: 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
    value: { kind: 'application', port: 9, protocol: 'UDP/DTLS/SCTP', formats: ['webrtc-datachannel'] },
  },
  'rejected section (port 0)': {
    line: 'm=video 0 UDP/TLS/RTP/SAVPF 96',
    value: { kind: 'video', port: 0, protocol: 'UDP/TLS/RTP/SAVPF', formats: ['96'] },
  },
  'BFCP over TCP with `*`': { line: 'm=application 50324 TCP/BFCP *', value: { kind: 'application', port: 50324, protocol: 'TCP/BFCP', formats: ['*'] } },
});

// ---------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------

table('a=rtpmap (RFC 8866 §6.6)', {
  'Chrome opus with channels': { line: 'a=rtpmap:111 opus/48000/2', value: { payloadType: 111, encodingName: 'opus', clockRate: 48000, channels: 2 } },
  'VP8 without channels': { line: 'a=rtpmap:96 VP8/90000', value: { payloadType: 96, encodingName: 'VP8', clockRate: 90000 } },
  'static PCMU mapped explicitly': { line: 'a=rtpmap:0 PCMU/8000', value: { payloadType: 0, encodingName: 'PCMU', clockRate: 8000 } },
  'telephone-event at 48 kHz (Chrome)': { line: 'a=rtpmap:110 telephone-event/48000', value: { payloadType: 110, encodingName: 'telephone-event', clockRate: 48000 } },
  'red for audio with channels (Chrome)': { line: 'a=rtpmap:63 red/48000/2', value: { payloadType: 63, encodingName: 'red', clockRate: 48000, channels: 2 } },
  'AV1 (Chrome, Safari)': { line: 'a=rtpmap:45 AV1/90000', value: { payloadType: 45, encodingName: 'AV1', clockRate: 90000 } },
});

table('a=fmtp (RFC 8866 §6.15)', {
  'Chrome opus parameters': {
    line: 'a=fmtp:111 minptime=10;useinbandfec=1',
    value: { format: '111', parameters: [{ key: 'minptime', value: '10' }, { key: 'useinbandfec', value: '1' }] },
  },
  'telephone-event events `0-15` (RFC 4733), a piece without `=`': { line: 'a=fmtp:126 0-15', value: { format: '126', parameters: [{ key: '0-15' }] } },
  'red `111/111` (RFC 2198), a piece without `=`': { line: 'a=fmtp:63 111/111', value: { format: '63', parameters: [{ key: '111/111' }] } },
  'rtx apt': { line: 'a=fmtp:97 apt=96', value: { format: '97', parameters: [{ key: 'apt', value: '96' }] } },
  'H264 with base64 `=` padding inside a value (sdp-transform corpus)': {
    line: 'a=fmtp:97 profile-level-id=4d0028;packetization-mode=1;sprop-parameter-sets=Z0IAH5WoFAFuQA==,aM48gA==',
    source: 'sdp-transform/normal.sdp',
    value: {
      format: '97',
      parameters: [
        { key: 'profile-level-id', value: '4d0028' },
        { key: 'packetization-mode', value: '1' },
        { key: 'sprop-parameter-sets', value: 'Z0IAH5WoFAFuQA==,aM48gA==' },
      ],
    },
  },
  'space after `;` is tolerated and not kept (sdp-transform corpus)': {
    line: 'a=fmtp:98 minptime=10; useinbandfec=1',
    source: 'sdp-transform/normal.sdp',
    value: { format: '98', parameters: [{ key: 'minptime', value: '10' }, { key: 'useinbandfec', value: '1' }] },
    formatted: 'a=fmtp:98 minptime=10;useinbandfec=1',
  },
  'Firefox telephone-event list': { line: 'a=fmtp:101 0-15,66,67', source: 'webrtc-sdp/09.sdp', value: { format: '101', parameters: [{ key: '0-15,66,67' }] } },
  'Safari H265': {
    line: 'a=fmtp:98 level-id=93;profile-id=1;tier-flag=0;tx-mode=SRST',
    value: { format: '98', parameters: [{ key: 'level-id', value: '93' }, { key: 'profile-id', value: '1' }, { key: 'tier-flag', value: '0' }, { key: 'tx-mode', value: 'SRST' }] },
  },
});

table('a=ptime a=maxptime a=framerate (RFC 8866 §6.3–6.5)', {
  'ptime 20 ms': { line: 'a=ptime:20', value: 20 },
  'fractional ptime (sdp-transform corpus)': { line: 'a=ptime:0.125', source: 'sdp-transform/hacky.sdp', value: 0.125 },
  'maxptime 120 ms (opus)': { line: 'a=maxptime:120', value: 120 },
  'NTSC frame rate (sdp-transform corpus)': { line: 'a=framerate:29.97', source: 'sdp-transform/hacky.sdp', value: 29.97 },
});

table('a=rtcp-fb (RFC 4585 §4.2)', {
  'Chrome goog-remb': { line: 'a=rtcp-fb:96 goog-remb', value: { payloadType: 96, type: 'goog-remb' } },
  'Chrome transport-cc': { line: 'a=rtcp-fb:111 transport-cc', value: { payloadType: 111, type: 'transport-cc' } },
  'nack pli': { line: 'a=rtcp-fb:96 nack pli', value: { payloadType: 96, type: 'nack', subtype: 'pli' } },
  'wildcard payload type `*` with ccm fir': { line: 'a=rtcp-fb:* ccm fir', value: { payloadType: '*', type: 'ccm', subtype: 'fir' } },
  'wildcard nack (sdp-transform corpus)': { line: 'a=rtcp-fb:* nack', source: 'sdp-transform/normal.sdp', value: { payloadType: '*', type: 'nack' } },
  'trr-int with its interval in ms (sdp-transform corpus)': {
    line: 'a=rtcp-fb:98 trr-int 100',
    source: 'sdp-transform/normal.sdp',
    value: { payloadType: 98, type: 'trr-int', subtype: '100' },
  },
  'wildcard trr-int (sdp-transform corpus)': { line: 'a=rtcp-fb:* trr-int 5', source: 'sdp-transform/rtcp-fb.sdp', value: { payloadType: '*', type: 'trr-int', subtype: '5' } },
  'ccm tmmbr with a parameter (RFC 5104)': {
    line: 'a=rtcp-fb:98 ccm tmmbr smaxpr=120',
    value: { payloadType: 98, type: 'ccm', subtype: 'tmmbr', parameters: 'smaxpr=120' },
  },
});

table('a=extmap (RFC 8285 §8)', {
  'Chrome audio level': { line: 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', value: { id: 1, uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level' } },
  'abs-send-time (an http URI)': {
    line: 'a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
    value: { id: 2, uri: 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time' },
  },
  'direction after the id (sdp-transform corpus)': {
    line: 'a=extmap:2/recvonly URI-gps-string',
    source: 'sdp-transform/normal.sdp',
    value: { id: 2, direction: 'recvonly', uri: 'URI-gps-string' },
  },
  'Firefox csrc-audio-level recvonly': {
    line: 'a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level',
    value: { id: 2, direction: 'recvonly', uri: 'urn:ietf:params:rtp-hdrext:csrc-audio-level' },
  },
  'direction and extension attributes (RFC 6464 vad=on)': {
    line: 'a=extmap:1/sendonly urn:ietf:params:rtp-hdrext:ssrc-audio-level vad=on',
    value: { id: 1, direction: 'sendonly', uri: 'urn:ietf:params:rtp-hdrext:ssrc-audio-level', attributes: 'vad=on' },
  },
  'encrypt with a direction: the encrypted URI is the attribute (sdp-transform corpus)': {
    line: 'a=extmap:4/recvonly urn:ietf:params:rtp-hdrext:encrypt URI-gps-string',
    source: 'sdp-transform/extmap-encrypt.sdp',
    value: { id: 4, direction: 'recvonly', uri: 'urn:ietf:params:rtp-hdrext:encrypt', attributes: 'URI-gps-string' },
  },
  'attributes with several words kept verbatim (sdp-transform corpus)': {
    line: 'a=extmap:3 urn:ietf:params:rtp-hdrext:encrypt urn:ietf:params:rtp-hdrext:smpte-tc 25@600/24',
    source: 'sdp-transform/extmap-encrypt.sdp',
    value: { id: 3, uri: 'urn:ietf:params:rtp-hdrext:encrypt', attributes: 'urn:ietf:params:rtp-hdrext:smpte-tc 25@600/24' },
  },
  'two-byte header id (RFC 8285 §5)': { line: 'a=extmap:200 urn:ietf:params:rtp-hdrext:sdes:mid', value: { id: 200, uri: 'urn:ietf:params:rtp-hdrext:sdes:mid' } },
});

table('a=group a=mid (RFC 5888, RFC 9143)', {
  'BUNDLE of numeric mids': { line: 'a=group:BUNDLE 0 1 2', value: { semantics: 'BUNDLE', mids: ['0', '1', '2'] } },
  'BUNDLE of named mids (Chrome, older)': {
    line: 'a=group:BUNDLE audio video',
    source: 'webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp',
    value: { semantics: 'BUNDLE', mids: ['audio', 'video'] },
  },
  'lip sync group': { line: 'a=group:LS 1 2', value: { semantics: 'LS', mids: ['1', '2'] } },
  'BUNDLE without mids (everything rejected)': { line: 'a=group:BUNDLE', value: { semantics: 'BUNDLE', mids: [] } },
  'numeric mid stays a string': { line: 'a=mid:0', value: '0' },
  'Firefox mid': { line: 'a=mid:sdparta_0', source: 'webrtc-sdp/tests_parse_firefox_simulcast_offer.sdp', value: 'sdparta_0' },
});

table('a=candidate (RFC 8839 §5.1)', {
  'Chrome host with generation, network-id, network-cost': {
    line: 'a=candidate:1467250027 1 udp 2122260223 192.168.0.196 46243 typ host generation 0 network-id 1 network-cost 10',
    value: {
      foundation: '1467250027', component: 1, transport: 'udp', priority: 2122260223, address: '192.168.0.196', port: 46243, type: 'host',
      extensions: [['generation', '0'], ['network-id', '1'], ['network-cost', '10']],
    },
  },
  'Chrome srflx with raddr/rport and ufrag': {
    line: 'a=candidate:842163049 1 udp 1677729535 203.0.113.7 61665 typ srflx raddr 192.168.1.2 rport 61665 generation 0 ufrag F7gI network-id 1 network-cost 10',
    value: {
      foundation: '842163049', component: 1, transport: 'udp', priority: 1677729535, address: '203.0.113.7', port: 61665, type: 'srflx',
      relatedAddress: '192.168.1.2', relatedPort: 61665,
      extensions: [['generation', '0'], ['ufrag', 'F7gI'], ['network-id', '1'], ['network-cost', '10']],
    },
  },
  'Chrome mDNS host candidate': {
    line: 'a=candidate:3079573421 1 udp 2113937151 5d8a2ae4-3c1b-4bbe-a8dc-2b1a85b4e35d.local 54321 typ host generation 0 network-cost 999',
    value: {
      foundation: '3079573421', component: 1, transport: 'udp', priority: 2113937151, address: '5d8a2ae4-3c1b-4bbe-a8dc-2b1a85b4e35d.local', port: 54321, type: 'host',
      extensions: [['generation', '0'], ['network-cost', '999']],
    },
  },
  'TCP active host with port 9 (sdp-transform corpus)': {
    line: 'a=candidate:229815620 1 tcp 1518280447 0.0.0.0 0 typ host tcptype active generation 0',
    source: 'sdp-transform/hacky.sdp',
    value: { foundation: '229815620', component: 1, transport: 'tcp', priority: 1518280447, address: '0.0.0.0', port: 0, type: 'host', tcpType: 'active', extensions: [['generation', '0']] },
  },
  'TCP srflx: tcptype after raddr/rport (sdp-transform corpus)': {
    line: 'a=candidate:5 1 TCP 1684013055 192.0.2.3 45664 typ srflx raddr 10.0.1.1 rport 8998 tcptype passive generation 5',
    source: 'sdp-transform/hacky.sdp',
    value: {
      foundation: '5', component: 1, transport: 'TCP', priority: 1684013055, address: '192.0.2.3', port: 45664, type: 'srflx',
      relatedAddress: '10.0.1.1', relatedPort: 8998, tcpType: 'passive', extensions: [['generation', '5']],
    },
  },
  'Firefox relay, upper-case UDP, no extensions': {
    line: 'a=candidate:4 1 UDP 8265471 198.51.100.10 50000 typ relay raddr 203.0.113.7 rport 61665',
    value: { foundation: '4', component: 1, transport: 'UDP', priority: 8265471, address: '198.51.100.10', port: 50000, type: 'relay', relatedAddress: '203.0.113.7', relatedPort: 61665, extensions: [] },
  },
  'RTCP component 2 (sdp-transform corpus)': {
    line: 'a=candidate:1 2 UDP 2113667326 203.0.113.1 54401 typ host',
    source: 'sdp-transform/normal.sdp',
    value: { foundation: '1', component: 2, transport: 'UDP', priority: 2113667326, address: '203.0.113.1', port: 54401, type: 'host', extensions: [] },
  },
  'Google server: empty foundation, IPv6 (warning, value kept)': {
    line: 'a=candidate: 1 udp 2113939711 2607:f8b0:400e:c03::7f 19305 typ host generation 0',
    source: 'werift/issue_141_offer.sdp',
    value: { foundation: '', component: 1, transport: 'udp', priority: 2113939711, address: '2607:f8b0:400e:c03::7f', port: 19305, type: 'host', extensions: [['generation', '0']] },
    diagnostics: ['empty-foundation'],
  },
  'Google server: empty foundation with tcptype': {
    line: 'a=candidate: 1 tcp 2113939710 2607:f8b0:400e:c03::7f 19305 typ host tcptype passive generation 0',
    source: 'werift/issue_141_offer.sdp',
    value: { foundation: '', component: 1, transport: 'tcp', priority: 2113939710, address: '2607:f8b0:400e:c03::7f', port: 19305, type: 'host', tcpType: 'passive', extensions: [['generation', '0']] },
    diagnostics: ['empty-foundation'],
  },
  'Google server: ssltcp transport token': {
    line: 'a=candidate: 1 ssltcp 2113932029 74.125.197.127 443 typ host generation 0',
    source: 'werift/issue_141_offer.sdp',
    value: { foundation: '', component: 1, transport: 'ssltcp', priority: 2113932029, address: '74.125.197.127', port: 443, type: 'host', extensions: [['generation', '0']] },
    diagnostics: ['empty-foundation'],
  },
});

table('a=remote-candidates (RFC 8839 §5.2)', {
  'one remote candidate': { line: 'a=remote-candidates:1 192.0.2.3 45664', value: [{ component: 1, address: '192.0.2.3', port: 45664 }] },
  'RTP and RTCP components': {
    line: 'a=remote-candidates:1 192.0.2.3 45664 2 192.0.2.3 45665',
    value: [{ component: 1, address: '192.0.2.3', port: 45664 }, { component: 2, address: '192.0.2.3', port: 45665 }],
  },
});

table('a=ice-ufrag a=ice-pwd a=ice-options (RFC 8839 §5.4, §5.6)', {
  'four-character ufrag (sdp-transform corpus)': { line: 'a=ice-ufrag:F7gI', source: 'sdp-transform/normal.sdp', value: 'F7gI' },
  'ufrag with `/` and `+` (sdp-transform corpus)': { line: 'a=ice-ufrag:lat6xwB1/flm+VwG', source: 'sdp-transform/hacky.sdp', value: 'lat6xwB1/flm+VwG' },
  'password (sdp-transform corpus)': { line: 'a=ice-pwd:x9cml/YzichV2+XlhiMu8g', source: 'sdp-transform/normal.sdp', value: 'x9cml/YzichV2+XlhiMu8g' },
  'trickle': { line: 'a=ice-options:trickle', value: ['trickle'] },
  'Chrome trickle with renomination': { line: 'a=ice-options:trickle renomination', value: ['trickle', 'renomination'] },
  'old Chrome google-ice (sdp-transform corpus)': { line: 'a=ice-options:google-ice', source: 'sdp-transform/hacky.sdp', value: ['google-ice'] },
});

table('a=fingerprint a=setup a=tls-id (RFC 8122, RFC 4145, RFC 8842)', {
  'sha-256, 32 upper-case bytes (Chrome)': {
    line: 'a=fingerprint:sha-256 15:B0:92:1F:C7:40:EE:22:A6:AF:26:EF:EA:FF:37:1D:B3:EF:11:0B:8B:73:4F:01:7D:C9:AE:26:4F:87:E0:95',
    source: 'webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp',
    value: { hashFunction: 'sha-256', fingerprint: '15:B0:92:1F:C7:40:EE:22:A6:AF:26:EF:EA:FF:37:1D:B3:EF:11:0B:8B:73:4F:01:7D:C9:AE:26:4F:87:E0:95' },
  },
  'sha-1, 20 lower-case bytes (sdp-transform corpus)': {
    line: 'a=fingerprint:sha-1 42:89:c5:c6:55:9d:6e:c8:e8:83:55:2a:39:f9:b6:eb:e9:a3:a9:e7',
    source: 'sdp-transform/normal.sdp',
    value: { hashFunction: 'sha-1', fingerprint: '42:89:c5:c6:55:9d:6e:c8:e8:83:55:2a:39:f9:b6:eb:e9:a3:a9:e7' },
  },
  'offerer actpass': { line: 'a=setup:actpass', value: 'actpass' },
  'answerer active': { line: 'a=setup:active', value: 'active' },
  'tls-id of 20 characters (RFC 8842 example)': { line: 'a=tls-id:abc3de65cddef001be82', value: 'abc3de65cddef001be82' },
});

table('a=rtcp (RFC 3605)', {
  'Chrome placeholder with address': { line: 'a=rtcp:9 IN IP4 0.0.0.0', value: { port: 9, netType: 'IN', addressType: 'IP4', address: '0.0.0.0' } },
  'port only (sdp-transform corpus)': { line: 'a=rtcp:12312', source: 'sdp-transform/hacky.sdp', value: { port: 12312 } },
});

table('a=msid a=msid-semantic (RFC 8830, draft-ietf-mmusic-msid)', {
  'Chrome: `-` stream and a track id (sdp-transform corpus)': {
    line: 'a=msid:- f83006c5-a0ff-4e0a-9ed9-d3e6747be7d9',
    source: 'sdp-transform/jsep.sdp',
    value: { streamId: '-', trackId: 'f83006c5-a0ff-4e0a-9ed9-d3e6747be7d9' },
  },
  'Firefox braces ids': {
    line: 'a=msid:{5a990edd-0568-ac40-8d97-310fc33f3411} {218cfa1c-617d-2249-9997-60929ce4c405}',
    source: 'webrtc-sdp/tests_parse_firefox_audio_offer.sdp',
    value: { streamId: '{5a990edd-0568-ac40-8d97-310fc33f3411}', trackId: '{218cfa1c-617d-2249-9997-60929ce4c405}' },
  },
  'stream id only': { line: 'a=msid:stream', value: { streamId: 'stream' } },
  'Chrome `msid-semantic: WMS` with a space and no id': { line: 'a=msid-semantic: WMS', value: { semantic: 'WMS', identifiers: [] } },
  'old `msid-semantic:WMS` without the space (written in Chrome spelling)': {
    line: 'a=msid-semantic:WMS',
    value: { semantic: 'WMS', identifiers: [] },
    formatted: 'a=msid-semantic: WMS',
  },
  'Chrome WMS with a stream id (webrtc-sdp corpus)': {
    line: 'a=msid-semantic: WMS HWpbmTmXleVSnlssQd80bPuw9cxQFroDkkBP',
    source: 'webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp',
    value: { semantic: 'WMS', identifiers: ['HWpbmTmXleVSnlssQd80bPuw9cxQFroDkkBP'] },
  },
  'Firefox `WMS *`': { line: 'a=msid-semantic:WMS *', value: { semantic: 'WMS', identifiers: ['*'] }, formatted: 'a=msid-semantic: WMS *' },
});

table('a=ssrc a=ssrc-group (RFC 5576)', {
  'cname': { line: 'a=ssrc:123 cname:x', value: { ssrc: 123, attribute: 'cname', value: 'x' } },
  'Chrome cname with `+` (webrtc-sdp corpus)': {
    line: 'a=ssrc:162559313 cname:qPTZ+BI+42mgbOi+',
    source: 'webrtc-sdp/tests_parse_chrome_audio_video_offer.sdp',
    value: { ssrc: 162559313, attribute: 'cname', value: 'qPTZ+BI+42mgbOi+' },
  },
  'legacy msid with a space inside the value (sdp-transform corpus)': {
    line: 'a=ssrc:2754920552 msid:Jvlam5X3SX1OP6pn20zWogvaKJz5Hjf9OnlV Jvlam5X3SX1OP6pn20zWogvaKJz5Hjf9OnlVa0',
    source: 'sdp-transform/hacky.sdp',
    value: { ssrc: 2754920552, attribute: 'msid', value: 'Jvlam5X3SX1OP6pn20zWogvaKJz5Hjf9OnlV Jvlam5X3SX1OP6pn20zWogvaKJz5Hjf9OnlVa0' },
  },
  'attribute without a value (sdp-transform corpus)': { line: 'a=ssrc:1399694169 baz', source: 'sdp-transform/normal.sdp', value: { ssrc: 1399694169, attribute: 'baz' } },
  'largest SSRC, 2^32-1': { line: 'a=ssrc:4294967295 cname:x', value: { ssrc: 4294967295, attribute: 'cname', value: 'x' } },
  'FID pair': { line: 'a=ssrc-group:FID 1 2', value: { semantics: 'FID', ssrcs: [1, 2] } },
  'Chrome FID pair (sdp-transform corpus)': {
    line: 'a=ssrc-group:FID 1366781083 1366781084',
    source: 'sdp-transform/jsep.sdp',
    value: { semantics: 'FID', ssrcs: [1366781083, 1366781084] },
  },
  'libwebrtc SIM group': { line: 'a=ssrc-group:SIM 1 2 3', value: { semantics: 'SIM', ssrcs: [1, 2, 3] } },
});

table('a=rid (RFC 8851)', {
  'payload types and restrictions': {
    line: 'a=rid:h send pt=96,97;max-width=1280;max-height=720',
    value: { id: 'h', direction: 'send', payloadTypes: ['96', '97'], restrictions: [{ key: 'max-width', value: '1280' }, { key: 'max-height', value: '720' }] },
  },
  'sdp-transform corpus, with max-fps': {
    line: 'a=rid:1 send pt=97;max-width=1280;max-height=720;max-fps=30',
    source: 'sdp-transform/simulcast.sdp',
    value: {
      id: '1', direction: 'send', payloadTypes: ['97'],
      restrictions: [{ key: 'max-width', value: '1280' }, { key: 'max-height', value: '720' }, { key: 'max-fps', value: '30' }],
    },
  },
  'recv without restrictions (Firefox simulcast answer)': { line: 'a=rid:bar recv', source: 'webrtc-sdp/tests_parse_firefox_simulcast_answer.sdp', value: { id: 'bar', direction: 'recv', restrictions: [] } },
  'recv with a payload type only (sdp-transform corpus)': { line: 'a=rid:c recv pt=97', source: 'sdp-transform/simulcast.sdp', value: { id: 'c', direction: 'recv', payloadTypes: ['97'], restrictions: [] } },
});

const sid = (rid: string, paused = false): { rid: string; paused: boolean } => ({ rid, paused });
table('a=simulcast (RFC 8853)', {
  'send three layers, the middle one paused, recv one': {
    line: 'a=simulcast:send h;~m;l recv x',
    value: { directions: [{ direction: 'send', streams: [[sid('h')], [sid('m', true)], [sid('l')]] }, { direction: 'recv', streams: [[sid('x')]] }] },
  },
  'alternatives with `,` (sdp-transform corpus)': {
    line: 'a=simulcast:send 1,~4;2;3 recv c',
    source: 'sdp-transform/simulcast.sdp',
    value: { directions: [{ direction: 'send', streams: [[sid('1'), sid('4', true)], [sid('2')], [sid('3')]] }, { direction: 'recv', streams: [[sid('c')]] }] },
  },
  'recv first': { line: 'a=simulcast:recv a;b', value: { directions: [{ direction: 'recv', streams: [[sid('a')], [sid('b')]] }] } },
  'legacy draft `rid=` with `paused=` (warning, written in RFC form)': {
    line: 'a=simulcast: send rid=1,4;2;3 paused=4',
    value: { directions: [{ direction: 'send', streams: [[sid('1'), sid('4', true)], [sid('2')], [sid('3')]] }] },
    formatted: 'a=simulcast:send 1,~4;2;3',
    diagnostics: ['deprecated-syntax'],
  },
  'legacy draft for both directions (sdp-transform corpus)': {
    line: 'a=simulcast: send rid=1,4;2;3 paused=4 recv rid=c',
    source: 'sdp-transform/simulcast.sdp',
    value: { directions: [{ direction: 'send', streams: [[sid('1'), sid('4', true)], [sid('2')], [sid('3')]] }, { direction: 'recv', streams: [[sid('c')]] }] },
    formatted: 'a=simulcast:send 1,~4;2;3 recv c',
    diagnostics: ['deprecated-syntax', 'deprecated-syntax'],
  },
});

table('a=sctp-port a=max-message-size a=sctpmap (RFC 8841, draft sctp-sdp-05)', {
  'sctp-port 5000': { line: 'a=sctp-port:5000', value: 5000 },
  'Chrome max-message-size': { line: 'a=max-message-size:262144', value: 262144 },
  'Firefox max-message-size': { line: 'a=max-message-size:1073741823', value: 1073741823 },
  'old sctpmap with streams (sdp-transform corpus)': {
    line: 'a=sctpmap:5000 webrtc-datachannel 1024',
    source: 'sdp-transform/hacky.sdp',
    value: { port: 5000, protocol: 'webrtc-datachannel', streams: 1024 },
  },
});

table('a=crypto (RFC 4568)', {
  'SDES key (sdp-transform corpus)': {
    line: 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:8QVQSHJ2AM8gIumHpYRRdWHyZ5NkLhaTD1AENOWx',
    source: 'sdp-transform/hacky.sdp',
    value: { tag: 1, suite: 'AES_CM_128_HMAC_SHA1_80', keyParams: 'inline:8QVQSHJ2AM8gIumHpYRRdWHyZ5NkLhaTD1AENOWx', sessionParams: [] },
  },
  'key with lifetime and MKI (sdp-transform corpus)': {
    line: 'a=crypto:1 AES_CM_128_HMAC_SHA1_32 inline:keNcG3HezSNID7LmfDa9J4lfdUL8W1F7TNJKcbuy|2^20|1:32',
    source: 'sdp-transform/normal.sdp',
    value: { tag: 1, suite: 'AES_CM_128_HMAC_SHA1_32', keyParams: 'inline:keNcG3HezSNID7LmfDa9J4lfdUL8W1F7TNJKcbuy|2^20|1:32', sessionParams: [] },
  },
  'session parameters': {
    line: 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32 KDR=1 UNENCRYPTED_SRTCP',
    value: { tag: 1, suite: 'AES_CM_128_HMAC_SHA1_80', keyParams: 'inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32', sessionParams: ['KDR=1', 'UNENCRYPTED_SRTCP'] },
  },
});

const IDENTITY =
  'eyJpZHAiOnsiZG9tYWluIjoiZXhhbXBsZS5vcmciLCJwcm90b2NvbCI6ImJvZ3VzIn0sImFzc2VydGlvbiI6IntcImlkZW50aXR5XCI6XCJib2JAZXhhbXBsZS5vcmdcIixcImNvbnRlbnRzXCI6XCJhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3l6XCIsXCJzaWduYXR1cmVcIjpcIjAxMDIwMzA0MDUwNlwifSJ9';
table('a=identity (RFC 8827 §5)', {
  'Firefox test assertion (webrtc-sdp corpus)': { line: `a=identity:${IDENTITY}`, source: 'webrtc-sdp/08.sdp', value: { assertion: IDENTITY, extensions: [] } },
});

table('a=imageattr (RFC 6236)', {
  'wildcard payload type and sets': { line: 'a=imageattr:* recv *', value: { payloadType: '*', sets: 'recv *' } },
  'send and recv sets (Firefox tests)': {
    line: 'a=imageattr:97 send [x=1280,y=720] recv [x=1280,y=720] [x=320,y=180] [x=160,y=90]',
    value: { payloadType: 97, sets: 'send [x=1280,y=720] recv [x=1280,y=720] [x=320,y=180] [x=160,y=90]' },
  },
  'ranges and a sar list (webrtc-sdp corpus)': {
    line: 'a=imageattr:* send [x=330,y=250,sar=[1.1,1.3,1.9],q=0.1] recv [x=800,y=[50,80,30],sar=1.1]',
    value: { payloadType: '*', sets: 'send [x=330,y=250,sar=[1.1,1.3,1.9],q=0.1] recv [x=800,y=[50,80,30],sar=1.1]' },
  },
});

// ---------------------------------------------------------------------------
// Property attributes and attributes kept untyped
// ---------------------------------------------------------------------------

describe('property attributes and unknown attributes', () => {
  const cases: [name: string, line: string, expected: Pick<SdpLine, 'type' | 'name' | 'raw'>][] = [
    ['a=rtcp-mux is a flag: a name, no raw, no value', 'a=rtcp-mux', { type: 'a', name: 'rtcp-mux' }],
    ['a=rtcp-rsize', 'a=rtcp-rsize', { type: 'a', name: 'rtcp-rsize' }],
    ['a=sendrecv', 'a=sendrecv', { type: 'a', name: 'sendrecv' }],
    ['a=recvonly', 'a=recvonly', { type: 'a', name: 'recvonly' }],
    ['a=extmap-allow-mixed (Chrome, media level too)', 'a=extmap-allow-mixed', { type: 'a', name: 'extmap-allow-mixed' }],
    ['a=end-of-candidates (Firefox)', 'a=end-of-candidates', { type: 'a', name: 'end-of-candidates' }],
    ['a=ice-lite at session level (Google servers)', 'a=ice-lite', { type: 'a', name: 'ice-lite' }],
    ['unknown attribute with a value, kept raw', 'a=x-google-flag:conference', { type: 'a', name: 'x-google-flag', raw: 'conference' }],
    ['unknown attribute with a colon inside its value', 'a=ts-refclk:ptp=IEEE1588-2008:39-A7-94-FF-FE-07-CB-D0:37', { type: 'a', name: 'ts-refclk', raw: 'ptp=IEEE1588-2008:39-A7-94-FF-FE-07-CB-D0:37' }],
    ['unknown flag', 'a=x-my-flag', { type: 'a', name: 'x-my-flag' }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    const { text: doc, index } = documentWith(text);
    const { document, diagnostics } = parse(doc);
    const line = document.lines[index]!;
    expect({ type: line.type, name: line.name, raw: line.raw, value: line.value }).toStrictEqual({ type: expected.type, name: expected.name, raw: expected.raw, value: undefined });
    expect(diagnostics).toEqual([]);
    expect(format({ lines: [line] })).toBe(`${text}\r\n`);
  });
});
