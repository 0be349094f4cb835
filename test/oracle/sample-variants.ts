import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Variant } from './variant.js';

/*
 * A small fixed list of variants for the address guard's test (both roles,
 * accepted and rejected texts, one text kept with its original addresses,
 * which the guard must refuse). The oracle runs test/oracle/variants.ts.
 */

const EXAMPLE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../examples/chrome-offer.sdp'), 'utf8');

/** The example offer without candidates and with its connection addresses set to 0.0.0.0. */
const OFFER = EXAMPLE.split('\r\n')
  .filter((line) => !line.startsWith('a=candidate:'))
  .map((line) => line.replace(/^c=IN IP4 \S+$/, 'c=IN IP4 0.0.0.0'))
  .join('\r\n');

function without(text: string, pattern: RegExp): string {
  return text
    .split('\r\n')
    .filter((line) => !pattern.test(line))
    .join('\r\n');
}

function offer(edit: string, aims: string, description: string, sdp: string): Variant {
  return { id: `sample/chrome-offer/${edit}`, role: 'offer', aims, description, sdp };
}

function answer(edit: string, aims: string, description: string, make: (answer: string) => string): Variant {
  return { id: `sample/answer/${edit}`, role: 'answer', aims, description, make: (t) => make(t.answer) };
}

export function sampleVariants(): Variant[] {
  return [
    offer('as-is', 'benign', 'the example offer, candidates removed, c= at 0.0.0.0', OFFER),
    offer('fingerprint-broken', 'fingerprint', 'a=fingerprint values that are not hex pairs', OFFER.replace(/^(a=fingerprint:sha-256 )\S+$/gm, '$1ZZ:XX:not-a-fingerprint')),
    offer('setup-missing', 'setup', 'every a=setup line removed', without(OFFER, /^a=setup:/)),
    offer('ice-ufrag-missing', 'ice-credentials', 'every a=ice-ufrag line removed', without(OFFER, /^a=ice-ufrag:/)),
    offer('loopback-candidate', 'benign', 'one host candidate on 127.0.0.1 in the audio section', OFFER.replace('a=ice-ufrag:EsAw\r\n', 'a=candidate:1 1 udp 2122260223 127.0.0.1 51372 typ host generation 0\r\na=ice-ufrag:EsAw\r\n')),
    offer('private-candidates', 'guard', 'the example exactly as it is, private and public candidate addresses included (the guard must refuse it)', EXAMPLE),
    answer('as-is', 'benign', 'the engine\'s own answer unchanged', (a) => a),
    answer('ice-ufrag-missing', 'ice-credentials', 'every a=ice-ufrag line removed from the answer', (a) => without(a, /^a=ice-ufrag:/)),
    answer('mid-changed', 'mid', 'the first a=mid of the answer renamed to one the offer does not have', (a) => a.replace(/^a=mid:\S+$/m, 'a=mid:changed')),
    answer('setup-actpass', 'setup', 'a=setup:actpass in the answer (only an offer may leave the role open)', (a) => a.replace(/^a=setup:\S+$/gm, 'a=setup:actpass')),
  ];
}
