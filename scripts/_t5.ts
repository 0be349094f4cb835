import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { redactDump, extractDescriptions, unredactedValues } from '../src/index.js';
const t = readFileSync('test/fixtures/dumps/chromium-internals.json', 'utf8').replaceAll('127.0.0.1', '10.20.30.40');
const r = redactDump(t).text!;
function shape(v: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => shape(x, `${path}[${i}]`, out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) shape(x, `${path}.${k}`, out);
  else out.push(`${path}:${typeof v}`);
  return out;
}
const a = shape(JSON.parse(t)), b = shape(JSON.parse(r));
for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.log(a[i], '|', b[i]); break; }
const r2 = redactDump(r).text!;
const la = r.split('\n'), lb = r2.split('\n');
let n = 0; for (let i = 0; i < la.length && n < 3; i++) if (la[i] !== lb[i]) { console.log(la[i]!.slice(0,200), '\n=>', lb[i]!.slice(0,200)); n++; }
const rt = redactDump(gunzipSync(readFileSync('test/fixtures/dumps/chromium-rtcstats.gz')).toString().replaceAll('127.0.0.1','10.20.30.40')).text!;
for (const d of extractDescriptions(rt).descriptions) { const u = unredactedValues(d.sdp); if (u.length) console.log('UNRED', u); }
