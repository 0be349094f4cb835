import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { chromium, type Download, type Page } from 'playwright-core';
import { redactDump } from '../src/index.js';
import { assertLoopbackOnly, LOOPBACK_CHROMIUM_ARGS, reexecInLoopbackNamespace } from './netns.js';
import { FILES, PAGE_HTML, foreignAddresses, missingSteps, type InternalsDump } from './fixtures-dumps-scenario.js';

/*
 * Real chrome://webrtc-internals downloads for the tests (test/fixtures/dumps/):
 *
 *   npm run fixtures:dumps
 *
 * Debian's Chromium plays the scenario of fixtures-dumps-scenario.ts (two peer
 * connections in one page: four negotiations, one of them an ICE restart and
 * one with a munged offer and answer, a rollback, a rejected
 * setRemoteDescription) while chrome://webrtc-internals is open in a second
 * tab of the same browser, opened before the page. Then the script presses the
 * page's own download buttons, as a person would:
 *
 *   chromium-internals.json      "Download the webrtc-internals dump", "Compress result" unticked
 *   chromium-internals.json.gz   the same button with "Compress result" ticked (the default), bytes as downloaded
 *   chromium-rtcstats.gz         "Download the rtcstats dump" (always gzipped by the page)
 *
 * Safety: the script re-executes itself inside a network namespace of its own
 * (`unshare --net`) with only loopback up and refuses to launch the browser
 * otherwise; both peer connections have `iceServers: []`; the page is served
 * from 127.0.0.1 in that namespace. Chromium gathers on loopback only with
 * --allow-loopback-in-peer-connection, and with the mDNS obfuscation of host
 * candidates switched off (WebRtcHideLocalIpsWithMdns) its candidates are
 * plain 127.0.0.1 rather than random .local names. Before a
 * file is written, every address in the three downloads is checked to be
 * loopback, unspecified or an mDNS name, and the webrtc-internals dump is
 * checked to hold every step of the scenario.
 */

const CHROMIUM = '/usr/bin/chromium';
const NETNS_ENV = 'SDPKIT_FIXTURES_NETNS';
/** Fixed: the namespace is new, so the port is free, and the dump's `url` stays the same from run to run. */
const PORT = 8080;
const PAGE_URL = `http://127.0.0.1:${PORT}/`;
const OUT_DIR = resolve(fileURLToPath(new URL('../test/fixtures/dumps/', import.meta.url)));
/** After the last step: a few more getStats polls of webrtc-internals (it polls about once a second). */
const SETTLE_MS = 2500;

interface ScenarioResult {
  steps: string[];
  problems: string[];
  candidates: Record<string, { sent: number; added: number; ends: number }>;
  waiting: Record<string, number>;
}

async function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(PORT, '127.0.0.1', ok);
  });
  return server;
}

async function download(page: Page, selector: string, to: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const d: Download = file;
  await d.saveAs(to);
  return d.suggestedFilename();
}

async function main(): Promise<void> {
  reexecInLoopbackNamespace(NETNS_ENV);
  assertLoopbackOnly();
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'sdpkit-dumps-'));
  let keep = false;
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...LOOPBACK_CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    // webrtc-internals first, so it sees the peer connections from their creation on.
    const internals = await context.newPage();
    await internals.goto('chrome://webrtc-internals');
    await internals.waitForSelector('#dump-click-target', { state: 'attached' });
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    const result = (await page.evaluate('run()')) as ScenarioResult;
    for (const s of result.steps) console.log(`  ${s}`);
    console.log(`  candidates: ${JSON.stringify(result.candidates)}, still waiting: ${JSON.stringify(result.waiting)}`);
    if (result.problems.length > 0) throw new Error(`the scenario went wrong:\n${result.problems.join('\n')}`);
    await page.waitForTimeout(SETTLE_MS);

    // The controls sit in the first <details> ("Create a WebRTC-Internals dump"): open it as a person would.
    await internals.click('details.peer-connection-dump-root:has(#dump-click-target) > summary');
    await internals.setChecked('#dump-checkbox', false);
    const plainName = await download(internals, '#dump-click-target', join(work, FILES.plain));
    await internals.setChecked('#dump-checkbox', true);
    const gzipName = await download(internals, '#dump-click-target', join(work, FILES.gzip));
    const rtcName = await download(internals, '#dump-click-target-rtcstats', join(work, FILES.rtcstats));
    console.log(`  downloaded: ${plainName}, ${gzipName}, ${rtcName}`);

    const plain = readFileSync(join(work, FILES.plain), 'utf8');
    const gzipped = gunzipSync(readFileSync(join(work, FILES.gzip))).toString('utf8');
    const rtcstats = gunzipSync(readFileSync(join(work, FILES.rtcstats))).toString('utf8');
    const problems: string[] = [];
    const rtcLines = rtcstats.split('\n').slice(1).map((line) => JSON.parse(line) as unknown);
    for (const [name, text, values] of [[FILES.plain, plain, [JSON.parse(plain)]], [FILES.gzip, gzipped, [JSON.parse(gzipped)]], [FILES.rtcstats, rtcstats, rtcLines]] as const) {
      for (const a of foreignAddresses(text, values)) problems.push(`${name}: address that is not loopback: ${a}`);
    }
    for (const [name, text] of [[FILES.plain, plain], [FILES.gzip, gzipped]] as const) {
      for (const m of missingSteps(JSON.parse(text) as InternalsDump)) problems.push(`${name}: ${m}`);
    }
    if (!rtcstats.startsWith('RTCStatsDump\n')) problems.push(`${FILES.rtcstats}: does not start with RTCStatsDump`);
    if (problems.length > 0) {
      keep = true;
      throw new Error(`not writing the fixtures (the downloads are kept in ${work} for a look):\n${problems.join('\n')}`);
    }

    // Redacted with sdpkit before they are kept: one mapping per file across its descriptions, candidates and stats.
    // (Loopback addresses stay; ufrags, passwords, fingerprints, certificates, SSRCs, track ids and the page path do not.)
    mkdirSync(OUT_DIR, { recursive: true });
    for (const [name, text] of [[FILES.plain, plain], [FILES.gzip, gzipped], [FILES.rtcstats, rtcstats]] as const) {
      const r = redactDump(text);
      if (r.text === undefined || r.leaks.length > 0) throw new Error(`${name}: redaction failed (${r.text === undefined ? 'not JSON' : `${r.leaks.length} values left`})`);
      writeFileSync(join(OUT_DIR, name), name.endsWith('.gz') ? gzipSync(r.text) : r.text);
      console.log(`  wrote test/fixtures/dumps/${name} (${statSync(join(OUT_DIR, name)).size} bytes, redacted)`);
    }
    const dump = JSON.parse(plain) as InternalsDump;
    for (const [id, pc] of Object.entries(dump.PeerConnections)) {
      console.log(`  PC ${id}: ${pc.updateLog.length} updates, ${Object.keys(pc.stats).length} stats series`);
    }
    console.log(`  ${dump.UserAgent}; ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    server.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
