import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { assertLoopbackOnly, reexecInLoopbackNamespace } from '../../scripts/netns.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENGINES, FIXTURE_PATH, fixtureExists, loadFixture, serializeFixture, sha16, textFor,
  type Engine, type Fixture, type RecordedVariant,
} from './fixture.js';
import { guardRefusal } from './guard.js';
import { JOB_TIMEOUT_MS, PAGE_HTML } from './page.js';
import { variants } from './variants.js';
import type { EngineVerdict, Template, Variant } from './variant.js';

/*
 * The browser oracle: applies every variant to Debian's Chromium and Firefox
 * ESR and records what each engine did (test/oracle/verdicts.json).
 *
 *   npm run oracle                      all variants, fixture rewritten
 *   npm run oracle -- --only <prefix>   variants whose id starts with prefix, merged into the fixture
 *
 * Safety: the script re-executes itself inside a network namespace of its own
 * (`unshare --net`) with only loopback up and refuses to launch a browser
 * otherwise; every RTCPeerConnection has `iceServers: []`; and a text whose
 * candidate, c= or a=rtcp addresses are not loopback, unspecified or mDNS is
 * never handed to a browser (guard.ts).
 *
 * Both engines load the same page from a local server (127.0.0.1, random
 * port, one server per engine): it long-polls for batches of jobs and posts
 * the results back. An engine's first job makes its template pair; offer
 * variants then go to setRemoteDescription on a fresh connection (and, when
 * taken, createAnswer + setLocalDescription); answer variants are made from
 * the engine's template in node and applied after setLocalDescription of a
 * fresh offer of the template's shape.
 *
 * Recorded errors of the oracle's own: `timeout` (a step did not settle in
 * 5 s), `crashed` (the page's process died on the text: Firefox ESR's content
 * process does on some valid offers) and `stalled` (the page stopped
 * answering without a crash report). After a crash or stall the browser is
 * restarted and the run goes on.
 */

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';
const NETNS_ENV = 'SDPKIT_ORACLE_NETNS';
const BATCH = 20;
/**
 * Results come back one by one; with a job in flight and none for this long
 * (a job's own timeout and then some), the page is taken to have crashed or
 * hung on that job.
 */
const STALL_MS = JOB_TIMEOUT_MS + 5_000;
/** More browser restarts than this in one run stop the run. */
const MAX_RESTARTS = 20;

type JobSpec = { kind: 'template' } | { kind: 'offer' | 'answer'; sdp: string };
type Job = JobSpec & { seq: number };

interface PageResult {
  seq: number;
  /** Progress, not the end of the job: the offer was taken and the page is now answering it. */
  accepted?: true;
  template?: Template & { userAgent: string };
  verdict?: EngineVerdict;
  failure?: string;
}

/** The error recorded for a variant the page died on: `crashed` when the browser reported a dead process, else `stalled`. */
export const CRASHED = 'crashed';
export const STALLED = 'stalled';

/**
 * One engine: its server, its browser process, its job queue. When the page
 * dies on a job (a renderer or content process crash, or a hang), that job is
 * recorded as crashed or stalled, the browser is restarted and the jobs
 * after it are handed out again.
 */
class EngineRun {
  private queue: Job[] = [];
  /** Handed to the page, in the order it runs them, without a result yet. */
  private inflight: Job[] = [];
  /** Jobs whose offer the page reported taken before their result. */
  private readonly offerTaken = new Set<number>();
  private readonly pending = new Map<number, { resolve: (r: PageResult) => void; reject: (e: Error) => void }>();
  private waiter: ServerResponse | undefined;
  private done = false;
  private restarting = false;
  private recovering: Promise<void> = Promise.resolve();
  private restarts = 0;
  private seq = 0;
  private lastProgress = Date.now();
  private readonly server: Server;
  private child: ChildProcess | undefined;
  private output = '';
  private url = '';
  private readonly dir: string;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(readonly engine: Engine) {
    this.dir = mkdtempSync(join(tmpdir(), `sdpkit-oracle-${engine}-`));
    liveDirs.add(this.dir);
    this.server = createServer((req, res) => this.handle(req, res));
  }

  async start(): Promise<void> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('the oracle server has no port');
    this.url = `http://127.0.0.1:${address.port}/`;
    this.launch();
    this.watchdog = setInterval(() => {
      if (!this.restarting && this.inflight.length > 0 && Date.now() - this.lastProgress > STALL_MS) this.recover();
    }, 1000);
  }

  private launch(): void {
    const child = this.engine === 'chromium' ? launchChromium(this.dir, this.url) : launchFirefox(this.dir, this.url);
    this.child = child;
    this.output = '';
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('exit', () => {
      if (!this.done && !this.restarting && this.child === child) this.recover();
    });
  }

  /** The page died: the job it was on gets its verdict, the browser restarts, the rest is handed out again. */
  private recover(): void {
    if (this.restarting || this.done) return;
    this.restarting = true;
    this.recovering = this.restart();
  }

  private async restart(): Promise<void> {
    const dead = this.child?.exitCode !== null || this.child?.signalCode !== null;
    const label = dead || /exited on signal|crash/i.test(this.output) ? CRASHED : STALLED;
    const culprit = this.inflight.shift();
    if (culprit !== undefined) {
      const verdict: EngineVerdict = this.offerTaken.has(culprit.seq) ? { accepted: true, answered: false, answerError: label } : { accepted: false, error: label };
      this.settle({ seq: culprit.seq, verdict });
    }
    this.queue = [...this.inflight, ...this.queue];
    this.inflight = [];
    if (++this.restarts > MAX_RESTARTS) {
      this.failAll(`${this.engine} died more than ${MAX_RESTARTS} times; its last output:\n${this.output}`);
      return;
    }
    console.log(`oracle: ${this.engine} ${label} (restart ${this.restarts}); its last output:\n${this.output.trim().split('\n').slice(-3).join('\n')}`);
    if (this.waiter !== undefined) this.waiter.destroy();
    this.waiter = undefined;
    await stopProcess(this.child);
    // The verdict above may have been the last one the run waited for: then it is stopping, not going on.
    if (!this.done) {
      this.lastProgress = Date.now();
      this.launch();
    }
    this.restarting = false;
  }

  submit(job: JobSpec): Promise<PageResult> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ ...job, seq });
      this.flush();
    });
  }

  async stop(): Promise<void> {
    this.done = true;
    await this.recovering;
    this.flush();
    if (this.watchdog !== undefined) clearInterval(this.watchdog);
    await stopProcess(this.child);
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    rmSync(this.dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    liveDirs.delete(this.dir);
  }

  private settle(result: PageResult): void {
    const p = this.pending.get(result.seq);
    this.pending.delete(result.seq);
    p?.resolve(result);
  }

  private failAll(message: string): void {
    const error = new Error(message);
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private flush(): void {
    const res = this.waiter;
    if (res === undefined || this.restarting) return;
    if (this.queue.length > 0) {
      this.waiter = undefined;
      const jobs = this.queue.splice(0, BATCH);
      // The stall clock starts when there is something to wait for.
      if (this.inflight.length === 0) this.lastProgress = Date.now();
      this.inflight.push(...jobs);
      send(res, 200, 'application/json', JSON.stringify({ jobs }));
    } else if (this.done) {
      this.waiter = undefined;
      send(res, 200, 'application/json', JSON.stringify({ done: true }));
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE_HTML);
    if (req.method === 'GET' && path === '/job') {
      if (this.waiter !== undefined) send(this.waiter, 200, 'application/json', JSON.stringify({ jobs: [] }));
      this.waiter = res;
      this.flush();
      return;
    }
    if (req.method === 'POST' && path === '/result') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        send(res, 204, 'text/plain', '');
        if (this.restarting) return;
        this.lastProgress = Date.now();
        for (const result of JSON.parse(body) as PageResult[]) {
          if (result.accepted === true) {
            this.offerTaken.add(result.seq);
            continue;
          }
          this.offerTaken.delete(result.seq);
          this.inflight = this.inflight.filter((j) => j.seq !== result.seq);
          this.settle(result);
        }
      });
      return;
    }
    send(res, 404, 'text/plain', 'not found');
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Process groups of the browsers this run has running and their profile directories, for an interrupted run to end and remove them. */
const liveGroups = new Set<number>();
const liveDirs = new Set<string>();

function track(child: ChildProcess): ChildProcess {
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    child.once('exit', () => liveGroups.delete(pid));
  }
  return child;
}

function launchChromium(dir: string, url: string): ChildProcess {
  return track(spawn(CHROMIUM, [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--no-default-browser-check', '--disable-component-update', '--disable-sync',
    // Chromium refuses a new RTCPeerConnection while its renderer holds 500 that are not yet garbage collected,
    // closed or not (blink RTCPeerConnection::PeerConnectionCountLimit); the page collects after each batch.
    '--js-flags=--expose-gc',
    `--user-data-dir=${dir}`, url,
  ], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** user.js for the Firefox profile: nothing at start but the page, no background traffic, loopback ICE allowed, no ICE servers (scripts/fixtures-pairs.ts adds its own). */
export const FIREFOX_PREFS: Record<string, boolean | number | string> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'startup.homepage_welcome_url': '',
  'startup.homepage_welcome_url.additional': '',
  'browser.aboutwelcome.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'browser.sessionstore.resume_from_crash': false,
  'toolkit.startup.max_resumed_crashes': -1,
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'services.settings.server': 'data:,#remote-settings-disabled',
  'media.peerconnection.ice.loopback': true,
  'media.peerconnection.use_document_iceservers': false,
  'media.peerconnection.default_iceservers': '[]',
  'dom.min_background_timeout_value': 4,
};

function launchFirefox(dir: string, url: string): ChildProcess {
  const prefs = Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`);
  writeFileSync(join(dir, 'user.js'), prefs.join(''));
  return track(spawn(FIREFOX, ['--headless', '--no-remote', '--profile', dir, url], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  }));
}

/**
 * Ends a browser this run started: its process group (it was spawned
 * detached, so the group is the browser and its helpers), TERM, KILL after
 * 5 s, and KILL once more for helpers that outlive the main process.
 */
export async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  if (child === undefined || pid === undefined) return;
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(-pid, s);
    } catch {
      /* the group is gone */
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  signal('SIGKILL');
  await new Promise((ok) => setTimeout(ok, 200));
}

function binaryVersion(binary: string): string {
  return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

export interface OracleOptions {
  /** Only variants whose id starts with this; their verdicts are merged into the existing fixture. */
  readonly only?: string;
  readonly fixturePath?: string;
  readonly log?: (line: string) => void;
}

interface EngineSummary {
  crashed: number;
  accepted: number;
  rejected: number;
  timeouts: number;
  refused: number;
  ms: number;
}

/** Runs the variants on both engines and writes the fixture; returns it with per-engine counts. */
export async function runOracle(list: () => Variant[], options: OracleOptions = {}): Promise<{ fixture: Fixture; summary: Record<Engine, EngineSummary> }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const path = options.fixturePath ?? FIXTURE_PATH;
  const previous = options.only !== undefined ? (fixtureExists(path) ? loadFixture(path) : undefined) : undefined;
  if (options.only !== undefined && previous === undefined) throw new Error(`--only merges into ${path}, which does not exist: run the whole oracle first`);
  const all = list();
  const ids = new Set<string>();
  for (const v of all) {
    if (ids.has(v.id)) throw new Error(`two variants have the id ${v.id}`);
    ids.add(v.id);
  }
  const chosen = options.only === undefined ? all : all.filter((v) => v.id.startsWith(options.only as string));
  log(`oracle: ${chosen.length} variants (${chosen.filter((v) => v.role === 'offer').length} offers, ${chosen.filter((v) => v.role === 'answer').length} answers)`);

  const versions = { chromium: binaryVersion(CHROMIUM), firefox: binaryVersion(FIREFOX) };
  const runs = ENGINES.map((e) => new EngineRun(e));
  const browsers = {} as Record<Engine, string>;
  const templates = {} as Record<Engine, Template>;
  const results = new Map<string, RecordedVariant & { sha: Partial<Record<Engine, string>> }>();
  const summary = {} as Record<Engine, EngineSummary>;
  try {
    await Promise.all(runs.map(async (run) => {
      const engine = run.engine;
      await run.start();
      const made = await run.submit({ kind: 'template' });
      if (made.template === undefined) throw new Error(`${engine} could not make its template pair: ${made.failure ?? '?'}`);
      browsers[engine] = `${versions[engine]}; ${made.template.userAgent}`;
      // A partial run keeps the stored templates, so the answers it makes hash like those already recorded.
      templates[engine] = previous?.templates[engine] ?? { offer: made.template.offer, answer: made.template.answer };
      if (previous !== undefined && previous.browsers[engine] !== browsers[engine]) {
        log(`oracle: warning: ${engine} is now ${browsers[engine]}, the fixture was recorded with ${previous.browsers[engine]}`);
      }
      const s: EngineSummary = { crashed: 0, accepted: 0, rejected: 0, timeouts: 0, refused: 0, ms: 0 };
      summary[engine] = s;
      const started = Date.now();
      await Promise.all(chosen.map(async (variant) => {
        const entry = results.get(variant.id) ?? { sha: {} };
        results.set(variant.id, entry);
        let text: string;
        try {
          text = textFor(variant, engine, templates);
        } catch (e) {
          s.refused++;
          (entry as { refused?: Partial<Record<Engine, string>> }).refused = { ...entry.refused, [engine]: `make failed: ${String(e)}` };
          return;
        }
        entry.sha[engine] = sha16(text);
        const refusal = guardRefusal(text);
        if (refusal !== undefined) {
          s.refused++;
          (entry as { refused?: Partial<Record<Engine, string>> }).refused = { ...entry.refused, [engine]: refusal };
          return;
        }
        const result = await run.submit({ kind: variant.role, sdp: text });
        if (result.verdict === undefined) throw new Error(`${engine}, ${variant.id}: the oracle page failed: ${result.failure ?? '?'}`);
        const verdict = result.verdict;
        if ([verdict.error, verdict.answerError].some((e) => e === CRASHED || e === STALLED)) s.crashed++;
        else if (verdict.error === 'timeout' || verdict.answerError === 'timeout') s.timeouts++;
        else if (verdict.accepted) s.accepted++;
        else s.rejected++;
        (entry as Record<Engine, EngineVerdict>)[engine] = verdict;
      }));
      s.ms = Date.now() - started;
    }));
  } finally {
    // Every browser is stopped even when another one's cleanup fails.
    const stopped = await Promise.allSettled(runs.map((r) => r.stop()));
    for (const s of stopped) if (s.status === 'rejected') log(`oracle: cleanup: ${String(s.reason)}`);
  }

  const verdicts: Record<string, RecordedVariant> = { ...(previous?.verdicts ?? {}) };
  for (const v of chosen) {
    const entry = results.get(v.id);
    if (entry !== undefined) verdicts[v.id] = entry;
  }
  const fixture: Fixture = { browsers, generated: new Date().toISOString(), templates, verdicts };
  writeFileSync(path, serializeFixture(fixture));
  for (const engine of ENGINES) {
    const s = summary[engine];
    const sent = s.accepted + s.rejected + s.timeouts + s.crashed;
    log(`${engine.padEnd(8)} accepted ${s.accepted}, rejected ${s.rejected}, timeouts ${s.timeouts}, crashed or stalled ${s.crashed}, guard-refused ${s.refused}; ${(s.ms / 1000).toFixed(1)} s (${sent > 0 ? (s.ms / sent).toFixed(1) : '-'} ms per variant sent)`);
  }
  log(`oracle: wrote ${path}`);
  return { fixture, summary };
}

function parseArgs(argv: string[]): OracleOptions {
  const options: { only?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') {
      const prefix = argv[++i];
      if (prefix === undefined || prefix === '') throw new Error('--only needs an id prefix');
      options.only = prefix;
    } else {
      throw new Error(`unknown argument ${arg ?? ''} (usage: npm run oracle [-- --only <id-prefix>])`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseArgs(args);
  reexecInLoopbackNamespace(NETNS_ENV, args);
  assertLoopbackOnly('browsers');
  // The browsers run in process groups of their own, out of reach of the terminal's Ctrl-C: end them here.
  for (const s of ['SIGINT', 'SIGTERM'] as const) {
    process.on(s, () => {
      for (const pid of liveGroups) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          /* the group is gone */
        }
      }
      setTimeout(() => {
        for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        process.exit(130);
      }, 300);
    });
  }
  await runOracle(variants, options);
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
