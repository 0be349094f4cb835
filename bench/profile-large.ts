import { readFileSync } from 'node:fs';
import { sdpkit } from './built.js';
const { parse } = sdpkit;
const offer = readFileSync(new URL('../examples/chrome-offer.sdp', import.meta.url), 'utf8');
let big = '';
let i = 0;
while (big.length < 5e6) { big += offer.replace(/a=mid:\S+/g, `a=mid:${i++}`); }
const end = Date.now() + 6000;
let n = 0;
while (Date.now() < end) { parse(big); n++; }
console.log('parses', n, (n * big.length / 6e6).toFixed(1), 'MB/s');
