import { describe, expect, it } from 'vitest';
import { useIsolatedChromium } from '../helpers/chromium.js';
import { diffOfferAnswer } from '../../src/index.js';

/*
 * Browser proof for what the diff says about simulcast answers: Chromium
 * offers three encodings (q, h, f: quarter, half, full size), takes an
 * answer (its own, or that answer edited the way SFUs and munging code
 * change it), and its sender's encodings afterwards must be what the diff
 * says the offerer sends (active) and pauses (inactive). The browser runs in
 * a network namespace of its own with only loopback up, with `iceServers: []`,
 * and the descriptions it is handed carry no candidates.
 */

const browser = useIsolatedChromium('simulcast');

/** Chromium's simulcast offer and its own answer to it; the offerer waits in the page for the answer to apply. */
async function offerAndAnswer(): Promise<{ offer: string; answer: string }> {
  return browser.page.evaluate(async () => {
    const a = new RTCPeerConnection({ iceServers: [] });
    a.addTransceiver('video', { direction: 'sendonly', sendEncodings: [{ rid: 'q', scaleResolutionDownBy: 4 }, { rid: 'h', scaleResolutionDownBy: 2 }, { rid: 'f' }] });
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    const b = new RTCPeerConnection({ iceServers: [] });
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    b.close();
    (window as unknown as { offerer: RTCPeerConnection }).offerer = a;
    return { offer: offer.sdp ?? '', answer: answer.sdp ?? '' };
  });
}

/** Applies the answer; the sender's encodings after it: rid and whether it is active. */
async function encodingsAfter(answer: string): Promise<{ rid: string; active: boolean | undefined }[] | string> {
  return browser.page.evaluate(async (text) => {
    const a = (window as unknown as { offerer: RTCPeerConnection }).offerer;
    try {
      await a.setRemoteDescription({ type: 'answer', sdp: text });
      return a.getSenders()[0]!.getParameters().encodings.map((e) => ({ rid: e.rid ?? '', active: e.active }));
    } catch (e) {
      return String(e);
    } finally {
      a.close();
    }
  }, answer);
}

const withoutLines = (sdp: string, re: RegExp): string => sdp.split('\r\n').filter((l) => !re.test(l)).join('\r\n');
/** What an SFU answers: Chromium's answer (which, as RFC 8829 §3.7 says of JSEP, has no a=simulcast) plus rids and a=simulcast:recv. */
const sfu = (answer: string, list = 'q;h;f'): string => answer.replace('a=recvonly\r\n', `a=recvonly\r\na=rid:q recv\r\na=rid:h recv\r\na=rid:f recv\r\na=simulcast:recv ${list}\r\n`);

/** `sent` = the rids the diff says the offerer sends, or the browser's error when it refuses the answer. */
const edits: [string, (answer: string) => string, string[] | RegExp][] = [
  ["Chromium's own answer: no a=simulcast, declined, q still sent", (a) => a, ['q']],
  ['an SFU answer with recv q;h;f: all three', (a) => sfu(a), ['q', 'h', 'f']],
  ['the SFU answer without the rtp-stream-id extension: Chromium refuses it', (a) => withoutLines(sfu(a), /^a=extmap:\d+ urn:ietf:params:rtp-hdrext:sdes:(repaired-)?rtp-stream-id/), /does not negotiate the RID RTP header extension/],
  ['a subset: recv q;f', (a) => sfu(a, 'q;f'), ['q', 'f']],
  ['h paused: recv q;~h;f', (a) => sfu(a, 'q;~h;f'), ['q', 'f']],
];

describe('Chromium sends what the diff says it sends', () => {
  it.each(edits)('%s', async (_name, edit, sent) => {
    const pair = await offerAndAnswer();
    expect(pair.offer).toMatch(/^a=simulcast:send q;h;f$/m);
    const answer = edit(pair.answer);
    const d = diffOfferAnswer(pair.offer, answer);
    const sc = d.sections[0]!.simulcast!;
    const encodings = await encodingsAfter(answer);
    if (sent instanceof RegExp) {
      expect(encodings).toMatch(sent);
      expect(d.findings.map((f) => f.code)).toContain('simulcast-rid-extension-missing');
      expect(d.verdict.status).toBe('failed');
      return;
    }
    expect(typeof encodings, String(encodings)).toBe('object');
    const list = encodings as { rid: string; active: boolean | undefined }[];
    expect(sc.offererSends).toEqual(sent);
    expect(list.filter((e) => e.active !== false).map((e) => e.rid)).toEqual(sc.offererSends);
    expect(list.filter((e) => e.active === false).map((e) => e.rid)).toEqual(sc.paused);
  });
});
