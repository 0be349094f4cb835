import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';
import { tableTest } from '../helpers/table.js';

/*
 * rtpmap-missing: lines 1 v=0, 2 o=, 3 s=-, 4 t=0 0, 5 m=audio with the given
 * formats, 6 c=, 7 a=mid:0, then the given lines. `m=audio 9 UDP/TLS/RTP/SAVPF `
 * is 28 characters, so the first format starts at column 29.
 */
const doc = (formats: string, lines: readonly string[]): string =>
  ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', `m=audio 9 UDP/TLS/RTP/SAVPF ${formats}`, 'c=IN IP4 0.0.0.0', 'a=mid:0', ...lines].map((l) => `${l}\r\n`).join('');
const run = (text: string) => lint(text).filter((d) => d.code === 'rtpmap-missing');

tableTest('rtpmap-missing', run, {
  valid: [
    { name: 'every dynamic payload type mapped', input: doc('111 0', ['a=rtpmap:111 opus/48000/2']) },
    { name: 'an a=rtpmap whose clock rate is out of range still maps its payload type', input: doc('111', ['a=rtpmap:111 opus/0/2']) },
  ],
  invalid: [
    { name: 'no a=rtpmap', input: doc('111 96', ['a=rtpmap:111 opus/48000/2']), errors: ['rtpmap-missing 5:33-35'] },
    { name: 'named by a=fmtp', input: doc('111 96', ['a=rtpmap:111 opus/48000/2', 'a=fmtp:96 apt=111']), errors: ['rtpmap-missing 5:33-35'] },
    { name: 'named by a=rtcp-fb', input: doc('96', ['a=rtcp-fb:96 nack']), errors: ['rtpmap-missing 5:29-31'] },
  ],
});

describe('rtpmap-missing with Chromium as the target', () => {
  it('is an error only when an a=fmtp or a=rtcp-fb names the payload type ("Failed to parse codecs correctly.")', () => {
    const sev = (text: string) => lint(text, { targets: ['chromium'] }).filter((d) => d.code === 'rtpmap-missing').map((d) => d.severity);
    expect(sev(doc('111 96', ['a=rtpmap:111 opus/48000/2']))).toEqual(['warning']);
    expect(sev(doc('111 96', ['a=rtpmap:111 opus/48000/2', 'a=fmtp:96 apt=111']))).toEqual(['error']);
    expect(sev(doc('96', ['a=rtcp-fb:96 nack']))).toEqual(['error']);
    expect(sev(doc('96', ['a=rtcp-fb:* nack']))).toEqual(['warning']);
  });
});
