/*
 * `npm run oracle:report`: where lint and the recorded browser verdicts
 * disagree, grouped, for whoever changes a rule or the knowledge table.
 * The agreement test asserts the same figures; this prints them in full.
 *   npm run oracle:report [-- <id-prefix>]
 */
import { agreement, join, loadFixture, ratio } from './agreement.js';
import { variants } from './variants.js';

// Piped into head: stop quietly when the reader goes away.
process.stdout.on('error', () => process.exit(0));

const prefix = process.argv[2] ?? '';
const fixture = loadFixture();
const joined = join(fixture, variants().filter((v) => v.id.startsWith(prefix)));
if (joined.stale.length > 0) console.log(`stale (run npm run oracle): ${joined.stale.length}\n  ${joined.stale.slice(0, 10).join('\n  ')}`);
const r = agreement(joined.applied.filter((a) => a.variant.id.startsWith(prefix)));
console.log(`${r.total} variants, ${r.bothAccepted} accepted by both`);
for (const e of ['chromium', 'firefox'] as const) console.log(`${e}: errors on ${ratio(r.engines[e])} of what it rejects; ${r.engines[e].named} name ${e} in rejectedBy`);
const byCode = new Map<string, string[]>();
for (const f of r.falseErrors) {
  for (const err of f.errors) {
    const code = err.split(' ')[1]!.replace(/:$/, '');
    byCode.set(code, [...(byCode.get(code) ?? []), `${f.id}  ${err}`]);
  }
}
console.log(`\nerrors on variants both accept: ${r.falseErrors.length}`);
for (const [code, list] of [...byCode].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${code} (${list.length})`);
  for (const l of list) console.log(`    ${l.slice(0, 400)}`);
}
for (const e of ['chromium', 'firefox'] as const) {
  console.log(`\n${e} rejects, lint gives no error with target ${e}: ${r.engines[e].misses.length}`);
  for (const m of r.engines[e].misses) console.log(`  ${m.id} [${m.aims}]\n      ${m.error.replace(/\n/g, ' | ').slice(0, 400)}`);
}
for (const e of ['chromium', 'firefox'] as const) {
  console.log(`\n${e}: lint quotes an error text ${e} did not say: ${r.engines[e].wrongText.length}`);
  for (const w of r.engines[e].wrongText) console.log(`  ${w.id}\n      quoted: ${w.quoted.join(' / ')}\n      said:   ${w.said.replace(/\n/g, ' | ').slice(0, 300)}`);
}
