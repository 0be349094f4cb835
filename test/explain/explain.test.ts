import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, explainLine } from '../../src/explain/index.js';
import type { LineExplanation } from '../../src/explain/index.js';
import { parse } from '../../src/index.js';

const chrome = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const firefox = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');
const chromeLines = explain(chrome);
const firefoxLines = explain(firefox);

/** The explanation of the first line whose text is exactly `text`. */
function lineOf(explained: LineExplanation[], text: string): LineExplanation {
  const hit = explained.find((e) => e.text === text);
  if (hit === undefined) throw new Error(`no line ${text}`);
  return hit;
}

function fieldOf(e: LineExplanation, name: string): { name: string; value: string; meaning: string } {
  const f = e.fields.find((x) => x.name === name);
  if (f === undefined) throw new Error(`no field ${name} in ${e.text}: ${e.fields.map((x) => x.name).join(', ')}`);
  return f;
}

/** Explains `line` inside a minimal m-section whose rtpmaps name the payload types. */
function inVideo(line: string, rtpmaps: string[] = ['a=rtpmap:96 H264/90000']): LineExplanation {
  const pts = rtpmaps.map((r) => /a=rtpmap:(\d+)/.exec(r)?.[1] ?? '').join(' ');
  const text = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 't=0 0', `m=video 9 UDP/TLS/RTP/SAVPF ${pts}`, 'c=IN IP4 0.0.0.0', 'a=mid:0', ...rtpmaps, line, ''].join('\r\n');
  return lineOf(explain(text), line);
}

describe('explain: shape', () => {
  it('gives one entry per line, in order, with 1-based line numbers', () => {
    const count = chrome.split('\r\n').length - 1;
    expect(chromeLines).toHaveLength(count);
    expect(chromeLines.map((e) => e.line)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  });

  it('marks session and media lines, with the m-section index', () => {
    expect(chromeLines[0]).toMatchObject({ line: 1, text: 'v=0', kind: 'session' });
    expect(chromeLines[0]?.mediaIndex).toBeUndefined();
    const video = lineOf(chromeLines, 'a=mid:1');
    expect(video).toMatchObject({ kind: 'media', mediaIndex: 1 });
    expect(lineOf(chromeLines, 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel')).toMatchObject({ kind: 'media', mediaIndex: 2 });
  });

  it('accepts a parsed document as well as text', () => {
    expect(explain(parse(chrome).document)).toEqual(chromeLines);
  });

  it('explainLine gives the same entry as explain, by line number', () => {
    for (const n of [1, 30, 81, 135, chromeLines.length]) {
      expect(explainLine(chrome, n)).toEqual(chromeLines[n - 1]);
    }
    expect(explainLine(chrome, 0)).toBeUndefined();
    expect(explainLine(chrome, chromeLines.length + 1)).toBeUndefined();
  });
});

describe('explain: session lines', () => {
  it('o= from Chrome: dash user, session id kept whole, loopback placeholder', () => {
    const o = chromeLines[1]!;
    expect(o.label).toBe('Origin');
    expect(o.ref).toBe('RFC 8866 §5.2');
    expect(fieldOf(o, 'sess-id').value).toBe('4611731400430051336');
    expect(fieldOf(o, 'username').meaning).toMatch(/no user name/);
    expect(fieldOf(o, 'unicast-address').meaning).toMatch(/placeholder/);
  });

  it('o= from Firefox names the browser version', () => {
    expect(firefoxLines[1]?.summary).toMatch(/Firefox 99\.0/);
  });

  it('s=- is the browsers’ empty name', () => {
    expect(fieldOf(lineOf(chromeLines, 's=-'), 'session name').meaning).toMatch(/dash, how browsers write "no name"/);
  });

  it('t=0 0 is an unbounded session', () => {
    const t = lineOf(chromeLines, 't=0 0');
    expect(t.summary).toMatch(/^Unbounded session/);
    expect(t.ref).toBe('RFC 8866 §5.9');
  });

  it('c=IN IP4 0.0.0.0 means no address: ICE decides', () => {
    const c = lineOf(chromeLines, 'c=IN IP4 0.0.0.0');
    expect(fieldOf(c, 'connection-address').meaning).toMatch(/^no address: a placeholder, ICE decides/);
  });

  it('m= port 9 is the discard port and formats are named by their rtpmap', () => {
    const m = chromeLines.find((e) => e.text.startsWith('m=video'))!;
    expect(m.label).toBe('Media section 2: video');
    expect(fieldOf(m, 'port').meaning).toMatch(/discard port: a placeholder, ICE decides/);
    expect(fieldOf(m, 'proto').meaning).toMatch(/DTLS/);
    expect(m.fields.filter((f) => f.name === 'fmt').map((f) => f.meaning.split('/')[0])).toContain('AV1');
  });

  it('b=AS gives the unit of its type', () => {
    const b = inVideo('b=AS:512');
    expect(b.label).toBe('Bandwidth: AS 512 kbit/s');
  });
});

describe('explain: codecs (rtpmap)', () => {
  it.each([
    ['a=rtpmap:111 opus/48000/2', 'Codec: opus 48 kHz stereo', 'RFC 8866 §6.6; RFC 7587'],
    ['a=rtpmap:63 red/48000/2', 'Codec: red 48 kHz stereo', 'RFC 8866 §6.6; RFC 2198'],
    ['a=rtpmap:9 G722/8000', 'Codec: G722 8 kHz', 'RFC 8866 §6.6; RFC 3551 §4.5.2'],
    ['a=rtpmap:0 PCMU/8000', 'Codec: PCMU 8 kHz', 'RFC 8866 §6.6; RFC 3551 §4.5.14'],
    ['a=rtpmap:110 telephone-event/48000', 'Codec: telephone-event 48 kHz', 'RFC 8866 §6.6; RFC 4733'],
    ['a=rtpmap:97 rtx/90000', 'Codec: rtx 90 kHz for PT 96 (VP8)', 'RFC 8866 §6.6; RFC 4588'],
    ['a=rtpmap:45 AV1/90000', 'Codec: AV1 90 kHz', 'RFC 8866 §6.6; AV1 RTP §7.1'],
    ['a=rtpmap:118 ulpfec/90000', 'Codec: ulpfec 90 kHz', 'RFC 8866 §6.6; RFC 5109'],
  ])('%s → %s', (text, label, ref) => {
    const e = lineOf(chromeLines, text);
    expect(e.label).toBe(label);
    expect(e.ref).toBe(ref);
    expect(e.unknown).toBeUndefined();
  });

  it('G.722 explains its 8000 clock rate', () => {
    expect(fieldOf(lineOf(chromeLines, 'a=rtpmap:9 G722/8000'), 'clock rate').meaning).toMatch(/samples at 16 kHz/);
  });

  it('payload types 35–63 are the extra dynamic range', () => {
    expect(fieldOf(lineOf(chromeLines, 'a=rtpmap:63 red/48000/2'), 'payload type').meaning).toMatch(/35–63/);
  });

  it('telephone-event names the codec sharing its clock', () => {
    expect(lineOf(chromeLines, 'a=rtpmap:110 telephone-event/48000').details).toMatch(/goes with opus/);
  });

  it('an unknown codec is said to be unknown', () => {
    const e = inVideo('a=rtpmap:97 x-mycodec/90000', ['a=rtpmap:97 x-mycodec/90000']);
    expect(e.unknown).toBe(true);
    expect(fieldOf(e, 'encoding name').meaning).toBe('a codec sdpkit does not know');
  });
});

describe('explain: fmtp, joined with the codec of its payload type', () => {
  it.each([
    ['42e01f', 'Constrained Baseline', '3.1'],
    ['42c01f', 'Constrained Baseline', '3.1'],
    ['42001f', 'Baseline', '3.1'],
    ['4d001f', 'Main', '3.1'],
    ['64001f', 'High', '3.1'],
    ['640c1f', 'Constrained High', '3.1'],
    ['640c34', 'Constrained High', '5.2'],
    ['42e00b', 'Constrained Baseline', '1.1'],
    ['42f00b', 'Constrained Baseline', '1b'],
    ['42100b', 'Baseline', '1b'],
    ['4d100b', 'Main', '1b'],
    ['42e00a', 'Constrained Baseline', '1.0'],
    ['f4001f', 'High 4:4:4 Predictive', '3.1'],
    ['6e001f', 'High 10', '3.1'],
  ])('H264 profile-level-id=%s → %s, level %s', (pli, profile, level) => {
    const e = inVideo(`a=fmtp:96 packetization-mode=1;profile-level-id=${pli}`);
    expect(fieldOf(e, 'profile').value).toBe(profile);
    expect(fieldOf(e, 'level').value).toBe(level);
    expect(e.label).toBe(`Codec parameters: H264 ${profile} ${level}, non-interleaved`);
    expect(e.ref).toBe('RFC 8866 §6.15; RFC 6184 §8.1');
  });

  it('the Chrome H264 line reads as Constrained Baseline level 3.1', () => {
    const e = lineOf(chromeLines, 'a=fmtp:106 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f');
    expect(e.label).toBe('Codec parameters: H264 Constrained Baseline 3.1, non-interleaved');
    expect(fieldOf(e, 'profile-level-id').meaning).toMatch(/Constrained Baseline profile, level 3\.1/);
    expect(fieldOf(e, 'level').meaning).toMatch(/1280×720 at 30 fps/);
    expect(fieldOf(e, 'packetization-mode').meaning).toMatch(/non-interleaved mode/);
    expect(fieldOf(e, 'level-asymmetry-allowed').meaning).toMatch(/^whether each direction may use its own level: yes/);
  });

  it('a bad profile-level-id says so', () => {
    expect(fieldOf(inVideo('a=fmtp:96 profile-level-id=zz'), 'profile-level-id').meaning).toMatch(/not three bytes in hex/);
  });

  it.each([
    ['level-idx=5;profile=0;tier=0', '3.1', 'Main profile', 'Main tier'],
    ['level-idx=8;profile=1;tier=1', '4.0', 'High profile', 'High tier'],
    ['level-idx=0;profile=2', '2.0', 'Professional profile', undefined],
    ['level-idx=19', '6.3', undefined, undefined],
  ])('AV1 %s → level %s', (params, level, profile, tier) => {
    const e = inVideo(`a=fmtp:45 ${params}`, ['a=rtpmap:45 AV1/90000']);
    expect(fieldOf(e, 'level').value).toBe(level);
    expect(e.label).toContain(`level ${level}`);
    if (profile !== undefined) expect(e.label).toContain(profile);
    if (tier !== undefined) expect(e.label).toContain(tier);
  });

  it('AV1 from Chrome: level-idx=5 is level 3.1', () => {
    const e = lineOf(chromeLines, 'a=fmtp:45 level-idx=5;profile=0;tier=0');
    expect(fieldOf(e, 'level')).toEqual({ name: 'level', value: '3.1', meaning: 'seq_level_idx 5 = 4 × (3 − 2) + 1, about 1280×720 at 30 fps' });
  });

  it.each([
    ['0', 'profile 0 (8-bit 4:2:0)'],
    ['2', 'profile 2 (10/12-bit 4:2:0)'],
  ])('VP9 profile-id=%s', (id, short) => {
    const e = lineOf(chromeLines, `a=fmtp:${id === '0' ? 98 : 100} profile-id=${id}`);
    expect(e.label).toBe(`Codec parameters: VP9 ${short}`);
  });

  it('opus useinbandfec=1: in-band FEC, with what it does', () => {
    const e = lineOf(chromeLines, 'a=fmtp:111 minptime=10;useinbandfec=1');
    expect(e.label).toBe('Codec parameters: opus in-band FEC');
    expect(e.ref).toBe('RFC 8866 §6.15; RFC 7587 §6.1');
    expect(fieldOf(e, 'useinbandfec').meaning).toBe(
      'whether the receiver can use Opus in-band forward error correction: yes, so the sender should add a low-bit-rate copy of each frame to the next packet (LBRR) and a single lost packet is rebuilt without retransmission; default 0',
    );
    expect(fieldOf(e, 'minptime').meaning).toMatch(/not an RFC 7587 parameter.*\(libwebrtc/);
  });

  it('opus stereo and maxplaybackrate from Firefox', () => {
    const e = lineOf(firefoxLines, 'a=fmtp:111 maxplaybackrate=48000;stereo=1;useinbandfec=1');
    expect(e.label).toBe('Codec parameters: opus stereo, in-band FEC');
    expect(fieldOf(e, 'maxplaybackrate').meaning).toMatch(/48000 Hz; allowed 8000–48000 Hz; default 48000/);
  });

  it('rtx apt names the codec it retransmits', () => {
    const e = lineOf(chromeLines, 'a=fmtp:97 apt=96');
    expect(e.label).toBe('Codec parameters: rtx for PT 96 (VP8)');
    expect(fieldOf(e, 'apt').meaning).toBe('the associated payload type: retransmits payload type 96 (VP8)');
    expect(e.ref).toBe('RFC 8866 §6.15; RFC 4588 §8.6');
  });

  it('rtx-time is in milliseconds', () => {
    const e = inVideo('a=fmtp:97 apt=96;rtx-time=3000', ['a=rtpmap:96 VP8/90000', 'a=rtpmap:97 rtx/90000']);
    expect(fieldOf(e, 'rtx-time').meaning).toMatch(/3000 ms/);
  });

  it('red lists its payload types, primary first (RFC 2198)', () => {
    const e = lineOf(chromeLines, 'a=fmtp:63 111/111');
    expect(e.label).toBe('Codec parameters: red opus + 1 redundant');
    expect(e.fields[1]?.meaning).toBe('primary encoding PT 111 (opus), then 1 redundant copy: PT 111 (opus)');
  });

  it('telephone-event events are named (RFC 4733)', () => {
    const e = lineOf(firefoxLines, 'a=fmtp:126 0-15');
    expect(e.label).toBe('Codec parameters: telephone-event DTMF digits 0–9, *, #, A, B, C, D');
  });

  it('x-google parameters are libwebrtc-specific, in kbit/s', () => {
    const e = inVideo('a=fmtp:96 x-google-min-bitrate=300;x-google-max-bitrate=2500;x-google-start-bitrate=1000', ['a=rtpmap:96 VP8/90000']);
    expect(fieldOf(e, 'x-google-min-bitrate').meaning).toMatch(/^libwebrtc only: .*300 kbit\/s/);
    expect(fieldOf(e, 'x-google-start-bitrate').meaning).toMatch(/1000 kbit\/s/);
  });

  it('an unknown parameter is kept and said unknown; an fmtp without rtpmap is unknown', () => {
    expect(fieldOf(inVideo('a=fmtp:96 foo=1'), 'foo').meaning).toBe('not a parameter sdpkit knows for H264: kept as is');
    const orphan = inVideo('a=fmtp:100 apt=96', ['a=rtpmap:96 VP8/90000']);
    expect(orphan.unknown).toBe(true);
    expect(orphan.label).toBe('Codec parameters: PT 100');
  });
});

describe('explain: rtcp-fb, knowing the codec', () => {
  it.each([
    ['a=rtcp-fb:96 nack', 'RTCP feedback: NACK (VP8)', 'RFC 4585 §6.2.1'],
    ['a=rtcp-fb:96 nack pli', 'RTCP feedback: PLI (VP8)', 'RFC 4585 §6.3.1'],
    ['a=rtcp-fb:96 ccm fir', 'RTCP feedback: FIR (VP8)', 'RFC 5104 §3.5.1'],
    ['a=rtcp-fb:96 goog-remb', 'RTCP feedback: REMB (VP8)', 'draft-alvestrand-rmcat-remb-03'],
    ['a=rtcp-fb:96 transport-cc', 'RTCP feedback: transport-wide CC (VP8)', 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1'],
    ['a=rtcp-fb:111 transport-cc', 'RTCP feedback: transport-wide CC (opus)', 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1'],
  ])('%s → %s', (text, label, ref) => {
    const e = lineOf(chromeLines, text);
    expect(e.label).toBe(label);
    expect(e.ref).toBe(ref);
  });

  it('transport-cc explains why goog-remb appears too', () => {
    const e = lineOf(chromeLines, 'a=rtcp-fb:96 transport-cc');
    expect(e.details).toMatch(/offers both goog-remb and transport-cc/);
    expect(e.details).toMatch(/RTPFB \(205\) FMT 15/);
    expect(fieldOf(e, 'payload type').meaning).toBe('VP8/90000');
  });

  it('trr-int gives its interval; * means every codec', () => {
    const e = inVideo('a=rtcp-fb:* trr-int 100');
    expect(e.label).toBe('RTCP feedback: minimum RTCP interval (all codecs)');
    expect(fieldOf(e, 'interval').meaning).toMatch(/100 ms/);
  });

  it('an unknown subtype is said to be unknown', () => {
    const e = inVideo('a=rtcp-fb:96 nack foo');
    expect(e.unknown).toBe(true);
    expect(e.summary).toMatch(/^Unknown RTCP feedback `nack foo`/);
  });
});

describe('explain: header extensions', () => {
  it('every extmap URI of examples/chrome-offer.sdp is known', () => {
    const extmaps = chromeLines.filter((e) => e.text.startsWith('a=extmap:'));
    expect(extmaps.length).toBeGreaterThan(10);
    for (const e of extmaps) {
      expect(e.unknown, e.text).toBeUndefined();
      expect(e.label, e.text).not.toMatch(/unknown/);
    }
  });

  it.each([
    ['a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'Header extension 1: audio level', 'RFC 6464'],
    ['a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01', 'Header extension 3: transport-wide CC sequence number', 'draft-holmer-rmcat-transport-wide-cc-extensions-01 §2'],
    ['a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid', 'Header extension 4: MID', 'RFC 9143 §15.2'],
    ['a=extmap:13 urn:3gpp:video-orientation', 'Header extension 13: video orientation (CVO)', '3GPP TS 26.114 §7.4.5'],
  ])('%s', (text, label, ref) => {
    const e = lineOf(chromeLines, text);
    expect(e.label).toBe(label);
    expect(e.ref).toBe(ref);
  });

  it('an unknown URI is said to be unknown', () => {
    const e = inVideo('a=extmap:9 urn:example:my-extension');
    expect(e.unknown).toBe(true);
    expect(e.label).toBe('Header extension 9: unknown URI');
    expect(e.summary).toBe('Unknown header extension URI urn:example:my-extension: sdpkit does not know it and keeps it as is.');
  });

  it('ids over 14 need the two-byte form', () => {
    expect(fieldOf(inVideo('a=extmap:16 urn:ietf:params:rtp-hdrext:toffset'), 'id').meaning).toMatch(/two-byte header form/);
  });
});

describe('explain: candidates, from src/ice', () => {
  it('a Chrome srflx candidate: type in words, related address, libwebrtc', () => {
    const e = lineOf(chromeLines, 'a=candidate:842163049 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 192.168.1.23 rport 51372 generation 0 network-id 1 network-cost 10');
    expect(e.label).toBe('ICE candidate: srflx UDP 203.0.113.7:51372');
    expect(e.summary).toMatch(/^Server-reflexive UDP candidate .*for m-section 1 \(audio, mid 0\)\.$/);
    expect(fieldOf(e, 'priority').meaning).toMatch(/type preference 100/);
    expect(fieldOf(e, 'related address').meaning).toMatch(/base/);
    expect(fieldOf(e, 'network-cost').meaning).toMatch(/Wi-Fi/);
    expect(fieldOf(e, 'implementation').value).toMatch(/libwebrtc/);
    expect(e.ref).toBe('RFC 8839 §5.1');
  });

  it('a TCP active candidate shows its tcptype', () => {
    expect(lineOf(firefoxLines, 'a=candidate:1 1 TCP 2105524479 192.168.1.50 9 typ host tcptype active').label).toBe('ICE candidate: host TCP active 192.168.1.50:9');
  });
});

describe('explain: ICE, DTLS, BUNDLE, msid, ssrc, simulcast, sctp', () => {
  it('ice-ufrag must be 4+ ice-chars', () => {
    expect(lineOf(chromeLines, 'a=ice-ufrag:EsAw').fields).toEqual([{ name: 'ufrag', value: 'EsAw', meaning: '4 characters, valid' }]);
    const short = inVideo('a=ice-ufrag:ab');
    expect(short.label).toBe('ICE username fragment (invalid)');
    expect(short.details).toMatch(/shorter than the 4 RFC 8839 §5\.4 requires/);
  });

  it('setup:actpass is for offers only (RFC 5763 §5)', () => {
    const e = lineOf(chromeLines, 'a=setup:actpass');
    expect(e.label).toBe('DTLS role: actpass');
    expect(e.details).toMatch(/In an answer: not allowed in an answer/);
    const inAnswer = explain(chrome, { type: 'answer' }).find((x) => x.text === 'a=setup:actpass');
    expect(inAnswer?.label).toBe('DTLS role: actpass (not allowed in an answer)');
    expect(lineOf(firefoxLines, 'a=setup:active').summary).toMatch(/DTLS client/);
  });

  it('group BUNDLE names the m-sections of its mids', () => {
    const e = lineOf(chromeLines, 'a=group:BUNDLE 0 1 2');
    expect(e.label).toBe('Group BUNDLE: 0 1 2');
    expect(e.summary).toBe('3 m-sections share one transport: 0 → m-section 1 (audio, mid 0), 1 → m-section 2 (video, mid 1) and 2 → m-section 3 (application, mid 2).');
    expect(fieldOf(e, 'mid').meaning).toMatch(/tagged section/);
    const missing = explain(chrome.replace('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 7')).find((x) => x.text === 'a=group:BUNDLE 0 7')!;
    expect(missing.details).toMatch(/No m-section has mid 7/);
  });

  it('msid with - means no stream', () => {
    const e = inVideo('a=msid:- 5c2d7e9f');
    expect(e.label).toBe('Media stream id: no stream');
    expect(fieldOf(e, 'stream id').meaning).toMatch(/no MediaStream/);
  });

  it('ssrc-group FID pairs media and rtx', () => {
    const e = lineOf(chromeLines, 'a=ssrc-group:FID 2231627014 632943048');
    expect(e.summary).toBe('SSRC 632943048 carries the retransmissions (rtx) of SSRC 2231627014.');
    expect(e.fields.map((f) => f.meaning)).toEqual([expect.stringMatching(/flow identification/), 'media', 'retransmission (rtx)']);
    expect(lineOf(chromeLines, 'a=ssrc:632943048 cname:pJ2rQ7fY3nWx8KcL').summary).toMatch(/retransmission \(rtx\) of FID group/);
  });

  it('simulcast lists its streams and checks the rids', () => {
    const text = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 't=0 0', 'm=video 9 UDP/TLS/RTP/SAVPF 96', 'c=IN IP4 0.0.0.0', 'a=rtpmap:96 VP8/90000', 'a=rid:h send', 'a=rid:m send max-width=640', 'a=simulcast:send h;~m;l', ''].join('\r\n');
    const lines = explain(text);
    const sim = lineOf(lines, 'a=simulcast:send h;~m;l');
    expect(sim.label).toBe('Simulcast: send 3');
    expect(sim.details).toMatch(/No a=rid line in this section defines l/);
    expect(fieldOf(lineOf(lines, 'a=rid:m send max-width=640'), 'max-width').meaning).toBe('the largest width in pixels');
  });

  it('sctp-port and max-message-size', () => {
    expect(lineOf(chromeLines, 'a=sctp-port:5000').label).toBe('SCTP port: 5000');
    expect(lineOf(chromeLines, 'a=max-message-size:262144').summary).toBe('This side can receive data channel messages of up to 262144 bytes (256 KiB).');
  });

  it('raw attributes the parser keeps are known; an unknown one is said unknown', () => {
    expect(inVideo('a=label:1').label).toBe('Media label');
    const e = inVideo('a=x-foo:bar');
    expect(e).toMatchObject({ label: 'Unknown attribute a=x-foo', unknown: true, summary: 'Unknown attribute a=x-foo: sdpkit does not know it and keeps it as is.' });
    expect(inVideo('a=x-google-flag:conference').label).toBe('libwebrtc flag');
  });
});

describe('explain: blank and malformed lines say what is wrong', () => {
  const text = ['v=0', '', 'foo bar', 'o=- 1', 'x=1', 'a=rtpmap:96 VP8', 'a=mid', 'a=sendrecv:foo', '  a=rtcp-mux', ''].join('\r\n');
  const lines = explain(text);

  it('one entry per line, none thrown', () => {
    expect(lines.map((e) => e.text)).toEqual(['v=0', '', 'foo bar', 'o=- 1', 'x=1', 'a=rtpmap:96 VP8', 'a=mid', 'a=sendrecv:foo', '  a=rtcp-mux']);
  });

  it.each([
    [2, 'Blank line', /An empty line: SDP has no blank lines/],
    [3, 'Not an SDP line', /it has no `=`/],
    [4, 'Origin (unreadable)', /needs 6 fields.*found 2 fields/],
    [5, 'Unknown line type x=', /Unknown line type `x=`/],
    [6, 'Codec (unreadable)', /expected `<name>\/<clock rate>\[\/<channels>\]`/],
    [7, 'Media id (unreadable)', /a=mid needs a value/],
  ])('line %i: %s', (n, label, summary) => {
    expect(lines[n - 1]?.label).toBe(label);
    expect(lines[n - 1]?.summary).toMatch(summary);
  });

  it('flags with a value and leading white space are noted', () => {
    expect(lines[7]?.details).toMatch(/takes no value, but `:foo` follows/);
    expect(lines[8]?.details).toMatch(/starts with white space/);
  });
});

describe('explain: direction attributes in offer/answer terms (RFC 3264 §6.1)', () => {
  it.each([
    ['a=sendrecv', 'the answer may be sendrecv, sendonly, recvonly or inactive'],
    ['a=sendonly', 'the answer must be recvonly or inactive'],
    ['a=recvonly', 'the answer must be sendonly or inactive'],
    ['a=inactive', 'the answer must be inactive'],
  ])('%s: %s', (line, words) => {
    expect(inVideo(line).details).toContain(`If this is an offer, ${words}`);
  });
});
