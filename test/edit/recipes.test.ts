import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addCodec, addEndOfCandidates, addSimulcast, setIceOptions, setMsid, dropCandidates, keepCodecs, lint, parse, preferCodecs, rejectSection, removeCodecs, removeExtmap, removeSimulcast,
  setBandwidth, setDirection, setFmtpParameters, setIceCredentials, setSetup,
} from '../../src/index.js';
import type { EditResult, SdpDocument } from '../../src/index.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';
import { changed as lineChanges, textLines } from '../helpers/line-diff.js';

/*
 * Each recipe on the real Chrome offer and Firefox answer of examples/, with
 * the exact lines it changes (the goal is the fewest), and over every corpus
 * file: no new lint error, and applying it twice changes nothing more.
 */
const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');
const doc = (text: string): SdpDocument => parse(text).document;
const changed = (before: string, after: string): { added: string[]; removed: string[] } => lineChanges(before, after, true);

describe('codec recipes', () => {
  it('removeCodecs VP8 from video: its format, rtpmap, rtcp-fb lines and its rtx (97, apt=96) go; nothing else', () => {
    const { text, document } = removeCodecs(doc(offer), 'video', 'VP8');
    const { added, removed } = changed(offer, text);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^m=video 9 UDP\/TLS\/RTP\/SAVPF 102 103 /);
    expect(removed.filter((l) => !l.startsWith('m='))).toEqual([
      'a=rtpmap:96 VP8/90000',
      'a=rtcp-fb:96 goog-remb',
      'a=rtcp-fb:96 transport-cc',
      'a=rtcp-fb:96 ccm fir',
      'a=rtcp-fb:96 nack',
      'a=rtcp-fb:96 nack pli',
      'a=rtpmap:97 rtx/90000',
      'a=fmtp:97 apt=96',
    ]);
    expect(document.media[1]!.codecs.map((c) => c.payloadType)).not.toContain(97);
  });

  it('removeCodecs opus from audio also removes the RED that only carried opus (fmtp 111/111)', () => {
    const { text } = removeCodecs(doc(offer), 'audio', 'opus');
    const { removed } = changed(offer, text);
    expect(removed).toContain('a=rtpmap:63 red/48000/2');
    expect(removed).toContain('a=fmtp:63 111/111');
    expect(doc(text).media[0]!.formats).toEqual(['9', '0', '8', '13', '110', '126']);
  });

  it('removeCodecs by name and fmtp: only the H264 with that profile-level-id', () => {
    const before = doc(offer).media[1]!.codecs.filter((c) => c.name === 'H264');
    const target = before[0]!;
    const { document } = removeCodecs(doc(offer), 'video', { name: 'h264', parameters: { 'profile-level-id': target.parameters['profile-level-id']! , 'packetization-mode': target.parameters['packetization-mode'] ?? '' } });
    const after = document.media[1]!.codecs.filter((c) => c.name === 'H264');
    expect(after.length).toBeLessThan(before.length);
    expect(after.map((c) => c.payloadType)).not.toContain(target.payloadType);
  });

  it('preferCodecs changes one line: the m= line, with the codec first', () => {
    const { text } = preferCodecs(doc(offer), 'video', 'H264');
    const { added, removed } = changed(offer, text);
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(doc(text).media[1]!.formats[0]).toBe(String(doc(offer).media[1]!.codecs.find((c) => c.name === 'H264')!.payloadType));
  });

  it('keepCodecs opus: audio keeps opus only (RED of opus too), the m= line lists them', () => {
    const { document } = keepCodecs(doc(offer), 'audio', 'opus');
    expect(document.media[0]!.codecs.map((c) => c.name)).toEqual(['opus', 'red']);
  });

  it('removing every codec of a section is refused (a section needs a format; reject it instead)', () => {
    const only = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n';
    expect(() => removeCodecs(doc(only), 'audio', 'opus')).toThrow(/without a format/);
  });
});

describe('other recipes', () => {
  it('setBandwidth adds b=AS after c= in video; again rewrites it; undefined removes it', () => {
    const once = setBandwidth(doc(offer), 'video', 'AS', 500);
    expect(changed(offer, once.text)).toEqual({ added: ['b=AS:500'], removed: [] });
    const twice = setBandwidth(once.document, 'video', 'AS', 800);
    expect(changed(once.text, twice.text)).toEqual({ added: ['b=AS:800'], removed: ['b=AS:500'] });
    expect(setBandwidth(twice.document, 'video', 'AS', undefined).text).toBe(offer);
  });

  it('dropCandidates tcp removes the TCP candidates only', () => {
    const { text } = dropCandidates(doc(answer), ['tcp']);
    expect(changed(answer, text)).toEqual({ added: [], removed: ['a=candidate:1 1 TCP 2105524479 192.168.1.50 9 typ host tcptype active'] });
  });

  it('addEndOfCandidates adds one line to each section with candidates and none yet', () => {
    const { text } = addEndOfCandidates(doc(offer));
    const { added, removed } = changed(offer, text);
    expect(removed).toEqual([]);
    expect(new Set(added)).toEqual(new Set(['a=end-of-candidates']));
    expect(addEndOfCandidates(doc(text)).text).toBe(text);
  });

  it('setDirection rewrites the one direction line', () => {
    const { text, document } = setDirection(doc(offer), { mid: '1' }, 'recvonly');
    expect(changed(offer, text)).toEqual({ added: ['a=recvonly'], removed: ['a=sendrecv'] });
    expect(document.media[1]!.direction).toBe('recvonly');
  });

  it('removeExtmap removes the URI in every section', () => {
    const { text } = removeExtmap(doc(offer), 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time');
    expect(changed(offer, text).removed).toEqual([
      'a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
      'a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
    ]);
  });

  it('setIceCredentials and setSetup rewrite every ufrag/pwd/setup line and nothing else', () => {
    const d = doc(offer);
    const ice = setIceCredentials(d, { ufrag: 'R3st', pwd: 'a1b2c3d4e5f6a7b8c9d0e1f2' });
    const ufrags = d.lines.filter((l) => l.name === 'ice-ufrag').length;
    expect(changed(offer, ice.text).added).toHaveLength(ufrags * 2);
    expect(ice.document.media.every((m) => m.ice.ufrag === 'R3st')).toBe(true);
    const setup = setSetup(d, 'passive');
    expect(setup.document.media.every((m) => m.setup === 'passive')).toBe(true);
  });
});

describe('fmtp, reject, simulcast', () => {
  it('setFmtpParameters: opus stereo and a bitrate cap rewrite the one fmtp line, keeping its parameters in order', () => {
    const { text } = setFmtpParameters(doc(offer), 'audio', 'opus', { stereo: 1, maxaveragebitrate: 64000 });
    expect(changed(offer, text)).toEqual({ added: ['a=fmtp:111 minptime=10;useinbandfec=1;stereo=1;maxaveragebitrate=64000'], removed: ['a=fmtp:111 minptime=10;useinbandfec=1'] });
    const off = setFmtpParameters(doc(text), 'audio', 'opus', { useinbandfec: undefined, stereo: 0 });
    expect(changed(text, off.text).added).toEqual(['a=fmtp:111 minptime=10;stereo=0;maxaveragebitrate=64000']);
  });

  it('setFmtpParameters adds an fmtp line after the codec\'s lines when it has none (x-google-max-bitrate on VP8)', () => {
    const { text } = setFmtpParameters(doc(offer), 'video', 'VP8', { 'x-google-max-bitrate': 2500 });
    const out = textLines(text).map((l) => l.trimEnd());
    expect(out[out.indexOf('a=fmtp:96 x-google-max-bitrate=2500') - 1]).toBe('a=rtcp-fb:96 nack pli');
  });

  it('rejectSection: port 0, out of the BUNDLE group, a=mid kept', () => {
    const { text, document } = rejectSection(doc(offer), 'application');
    expect(changed(offer, text)).toEqual({
      added: ['a=group:BUNDLE 0 1', 'm=application 0 UDP/DTLS/SCTP webrtc-datachannel'],
      removed: ['a=group:BUNDLE 0 1 2', 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel'],
    });
    expect(document.media[2]!.mid).toBe('2');
  });

  it('addSimulcast: rids, a=simulcast and the RID header extensions it lacks; removeSimulcast takes the rids and simulcast back out', () => {
    const added = addSimulcast(doc(answer), 'video', ['h', 'm', 'l']);
    const { added: lines, removed } = changed(answer, added.text);
    expect(removed).toEqual([]);
    expect(lines.filter((l) => l.startsWith('a=rid:'))).toEqual(['a=rid:h send', 'a=rid:m send', 'a=rid:l send']);
    expect(lines).toContain('a=simulcast:send h;m;l');
    expect(added.document.media[1]!.simulcast).toBeDefined();
    const back = removeSimulcast(added.document, 'video');
    expect(changed(answer, back.text).removed).toEqual([]);
    expect(changed(answer, back.text).added.every((l) => l.startsWith('a=extmap:'))).toBe(true);
  });
});

describe('ice-options, msid, and a codec removed then added back', () => {
  it('setIceOptions rewrites a=ice-options; setMsid the a=msid of a section', () => {
    const ice = setIceOptions(doc(answer), ['trickle', 'ice2']);
    expect(changed(answer, ice.text)).toEqual({ added: ['a=ice-options:trickle ice2'], removed: ['a=ice-options:trickle'] });
    const msid = setMsid(doc(offer), 'audio', 'stream-a');
    const { added, removed } = changed(offer, msid.text);
    expect(removed).toHaveLength(1);
    expect(added[0]).toMatch(/^a=msid:stream-a \S+$/);
  });

  it('over every corpus file: removing a codec nothing else depends on and adding it back gives the same codecs, without a new lint error', () => {
    const inputs = [offer, answer, ...(hasCorpus ? corpusFiles().map((f) => f.text) : [])];
    let checked = 0;
    for (const input of inputs) {
      const d = doc(input);
      d.media.forEach((m, k) => {
        for (const codec of m.codecs) {
          let removed: EditResult;
          try {
            removed = removeCodecs(d, { media: k }, codec.payloadType);
          } catch {
            continue; // the last codec of its section
          }
          if (removed.document.media[k]!.codecs.length !== m.codecs.length - 1) continue; // it took dependents with it
          const back = addCodec(removed.document, { media: k }, codec);
          // Equivalent: the same codecs with the same set of feedback (its order follows line order, which re-adding
          // changes, and a feedback both `*` and the codec's own line gave is written once).
          const key = (f: (typeof codec.feedback)[number]): string => `${f.type} ${f.subtype ?? ''} ${f.parameters ?? ''}`;
          const byPt = (cs: readonly (typeof codec)[]) =>
            [...cs].sort((a, b) => a.payloadType - b.payloadType).map((c) => ({ ...c, feedback: [...new Set(c.feedback.map(key))].sort() }));
          expect(byPt(back.document.media[k]!.codecs)).toEqual(byPt(m.codecs));
          const errors = (t: string): number => lint(t).filter((x) => x.severity === 'error').length;
          expect(errors(back.text)).toBeLessThanOrEqual(errors(input));
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('over the corpus: no new lint error, idempotent', () => {
  const inputs = [offer, answer, ...(hasCorpus ? corpusFiles().map((f) => f.text) : [])];
  const recipes: [string, (d: SdpDocument) => EditResult][] = [
    ['removeCodecs video VP8', (d) => removeCodecs(d, 'video', 'VP8')],
    ['preferCodecs video H264', (d) => preferCodecs(d, 'video', 'H264')],
    ['keepCodecs audio opus', (d) => keepCodecs(d, 'audio', 'opus')],
    ['setBandwidth video AS 500', (d) => setBandwidth(d, 'video', 'AS', 500)],
    ['dropCandidates tcp relay', (d) => dropCandidates(d, ['tcp', 'relay'])],
    ['addEndOfCandidates', (d) => addEndOfCandidates(d)],
    ['setDirection all recvonly', (d) => setDirection(d, 'all', 'recvonly')],
    ['removeExtmap abs-send-time', (d) => removeExtmap(d, 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time')],
    ['setFmtpParameters opus stereo', (d) => setFmtpParameters(d, 'audio', 'opus', { stereo: 1, usedtx: 1 })],
    ['rejectSection video', (d) => rejectSection(d, 'video')],
    ['addSimulcast video', (d) => addSimulcast(d, 'video', ['h', 'm', 'l'])],
    ['removeSimulcast video', (d) => removeSimulcast(d, 'all')],
  ];
  const errors = (text: string): string[] => lint(text).filter((d) => d.severity === 'error').map((d) => d.code).sort();

  it.each(recipes)('%s', (_name, recipe) => {
    let applied = 0;
    for (const input of inputs) {
      let once: EditResult;
      try {
        once = recipe(doc(input));
      } catch (error) {
        // The one refusal: a section would be left without a format.
        expect(String(error)).toMatch(/without a format/);
        continue;
      }
      if (once.text !== input) applied++;
      const before = errors(input);
      const after = errors(once.text);
      // Every error after the edit was there before (as many times or more).
      const left = [...before];
      for (const code of after) {
        const i = left.indexOf(code);
        expect(i, `${_name} added ${code}`).toBeGreaterThanOrEqual(0);
        left.splice(i, 1);
      }
      expect(recipe(once.document).text).toBe(once.text);
    }
    expect(applied).toBeGreaterThan(0);
  });
});
