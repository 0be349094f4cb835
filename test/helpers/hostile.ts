import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths, not file: URLs: jsdom replaces URL in the page tests that use these too.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const example = (name: string): { text: string } => ({ text: readFileSync(resolve(root, 'examples', name), 'utf8') });

/*
 * Descriptions with what an attacker would put in them: ESC[2J (clear the
 * screen), an OSC 0 title ended by BEL, an OSC 8 hyperlink, a C1 CSI, DEL, a
 * right-to-left override in a candidate address, zero-width spaces in a codec
 * name and a mid, and a file name with a title sequence in it.
 */

export const CLEAR = '\u001b[2J';
export const TITLE = '\u001b]0;pwned-title\u0007';
export const LINK = '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\';
export const RLO = '\u202e';
export const ZWSP = '\u200b';

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the example has no ${from}`);
  return text.replace(from, to);
}

export const hostileOffer = [
  ['s=-', `s=${CLEAR}${TITLE}\u009b2J\u007f`],
  ['a=rtcp-mux\r\n', `a=rtcp-mux\r\na=x-link:${LINK}\r\n`],
  ['192.168.1.23 51372 typ host generation 0 network-id 1', `${RLO}1.2.0.291 51372 typ host generation 0 network-id 1`],
  ['a=rtpmap:111 opus/48000/2', `a=rtpmap:111 opus${ZWSP}/48000/2`],
].reduce((t, [from, to]) => replaceOnce(t, from!, to!), example('chrome-offer.sdp').text);

export const hostileAnswer = [
  ['s=-', `s=${TITLE}`],
  ['a=mid:0', `a=mid:0${ZWSP}`],
  ['a=rtpmap:9 G722/8000/1', `a=rtpmap:9 ${RLO}1/0008/227G`],
].reduce((t, [from, to]) => replaceOnce(t, from!, to!), example('firefox-answer.sdp').text);

export const EVIL_NAME = `evil${TITLE}${RLO}.sdp`;

/**
 * What must never reach a terminal: C0 but TAB and LF, a CR outside CRLF, DEL, C1, bidi controls,
 * zero-width characters, lone surrogates. Written out here, not taken from the library, so that
 * a gap in the library's list shows up.
 */
// eslint-disable-next-line no-control-regex
export const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\r(?!\n)|[\ud800-\udfff]/u;
