import { describe, expect, it } from 'vitest';
import { useIsolatedChromium } from '../helpers/chromium.js';
import { applyRecipes, parse } from '../../src/index.js';
import type { Recipe } from '../../src/index.js';

/*
 * Browser proof for the munging recipes: real Chromium takes each recipe's
 * output, as a remote offer (setRemoteDescription, then createAnswer) and as
 * a remote answer. The browser runs in a network namespace of its own with
 * only loopback up, every RTCPeerConnection has `iceServers: []`, and the
 * descriptions it is handed carry no candidates (they are created without
 * gathering), so nothing can send a packet anywhere.
 */

const browser = useIsolatedChromium('browser');

/** An offer from Chromium itself (audio, video, a data channel), made without gathering: no candidates. */
async function browserOffer(): Promise<string> {
  return browser.page.evaluate(async () => {
    const pc = new RTCPeerConnection({ iceServers: [] });
    pc.addTransceiver('audio');
    pc.addTransceiver('video');
    pc.createDataChannel('d');
    const offer = await pc.createOffer();
    pc.close();
    return offer.sdp ?? '';
  });
}

/** The browser's verdict on a remote offer: '' when accepted, else its error. */
async function acceptsOffer(sdp: string): Promise<string> {
  return browser.page.evaluate(async (text) => {
    const pc = new RTCPeerConnection({ iceServers: [] });
    try {
      await pc.setRemoteDescription({ type: 'offer', sdp: text });
      await pc.createAnswer();
      return '';
    } catch (e) {
      return String(e);
    } finally {
      pc.close();
    }
  }, sdp);
}

/**
 * An answer from Chromium to Chromium's own offer (the offerer keeps its
 * local offer open in the page), made without gathering on the answering
 * side: no candidates.
 */
async function browserAnswer(): Promise<string> {
  return browser.page.evaluate(async () => {
    const a = new RTCPeerConnection({ iceServers: [] });
    a.addTransceiver('audio');
    a.addTransceiver('video');
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    const b = new RTCPeerConnection({ iceServers: [] });
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    b.close();
    (window as unknown as { offerer: RTCPeerConnection }).offerer = a;
    return answer.sdp ?? '';
  });
}

/** The offerer's verdict on an (edited) answer: '' when accepted, else its error. */
async function acceptsAnswer(sdp: string): Promise<string> {
  return browser.page.evaluate(async (text) => {
    const a = (window as unknown as { offerer: RTCPeerConnection }).offerer;
    try {
      await a.setRemoteDescription({ type: 'answer', sdp: text });
      return '';
    } catch (e) {
      return String(e);
    } finally {
      a.close();
    }
  }, sdp);
}

const offerRecipes: [string, Recipe][] = [
  ['remove VP8 from video', { kind: 'remove-codec', section: 'video', codec: 'VP8' }],
  ['keep only opus in audio', { kind: 'keep-codec', section: 'audio', codec: 'opus' }],
  ['prefer H264 in video', { kind: 'prefer-codec', section: 'video', codec: 'H264' }],
  ['b=AS:500 on video', { kind: 'bitrate', section: 'video', type: 'AS', value: 500 }],
  ['b=TIAS on the session', { kind: 'bitrate', section: 'session', type: 'TIAS', value: 1_000_000 }],
  ['recvonly audio', { kind: 'direction', section: 'audio', direction: 'recvonly' }],
  ['inactive video', { kind: 'direction', section: 'video', direction: 'inactive' }],
  ['remove the abs-send-time extension', { kind: 'remove-extmap', uri: 'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time' }],
  ['new ICE credentials', { kind: 'ice-credentials', ufrag: 'R3st', pwd: 'a1b2c3d4e5f6a7b8c9d0e1f2' }],
  ['a=setup:active in an offer (RFC 5763 allows it)', { kind: 'setup', role: 'active' }],
  ['opus stereo, a bitrate cap and DTX', { kind: 'fmtp', section: 'audio', codec: 'opus', parameters: { stereo: 1, maxaveragebitrate: 64000, usedtx: 1 } }],
  ['x-google-max-bitrate on VP8', { kind: 'fmtp', section: 'video', codec: 'VP8', parameters: { 'x-google-max-bitrate': 2500 } }],
  ['reject the data channel section', { kind: 'reject', section: 'application' }],
  ['simulcast h;m;l on video', { kind: 'simulcast', section: 'video', rids: ['h', 'm', 'l'] }],
];

const answerRecipes: [string, Recipe][] = [
  ['remove VP8 from video', { kind: 'remove-codec', section: 'video', codec: 'VP8' }],
  ['prefer H264 in video', { kind: 'prefer-codec', section: 'video', codec: 'H264' }],
  ['b=AS:300 on audio', { kind: 'bitrate', section: 'audio', type: 'AS', value: 300 }],
  ['inactive video', { kind: 'direction', section: 'video', direction: 'inactive' }],
  ['a=setup:passive', { kind: 'setup', role: 'passive' }],
  ['opus stereo', { kind: 'fmtp', section: 'audio', codec: 'opus', parameters: { stereo: 1 } }],
  ['reject video', { kind: 'reject', section: 'video' }],
];

describe('Chromium accepts every recipe\'s output', () => {
  it.each(offerRecipes)('as a remote offer: %s', async (_name, recipe) => {
    const offer = await browserOffer();
    expect(offer).toContain('m=video');
    expect(offer).not.toContain('a=candidate');
    const edited = applyRecipes(parse(offer).document, [recipe]).text;
    expect(edited).not.toBe(offer);
    expect(await acceptsOffer(edited)).toBe('');
  });

  it.each(answerRecipes)('as a remote answer: %s', async (_name, recipe) => {
    const answer = await browserAnswer();
    expect(answer).not.toContain('a=candidate');
    const edited = applyRecipes(parse(answer).document, [recipe]).text;
    expect(edited).not.toBe(answer);
    expect(await acceptsAnswer(edited)).toBe('');
  });

  it('an edit that breaks the description is refused by Chromium, so the check above can fail', async () => {
    const offer = await browserOffer();
    expect(await acceptsOffer(offer.replace(/a=ice-ufrag:.*\r\n/g, ''))).toMatch(/ice|ufrag|Failed/i);
  });
});
