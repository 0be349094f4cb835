import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { guardRefusal } from '../test/oracle/guard.js';
import { CHROMIUM, FIREFOX, FIREFOX_PREFS, stopProcess } from '../test/oracle/run.js';
import { assertLoopbackOnly, LOOPBACK_CHROMIUM_ARGS, reexecInLoopbackNamespace } from './netns.js';
import { PAGE_HTML } from './fixtures-pairs-page.js';

/*
 * Real offer/answer pairs made by real browsers, for the tests of the
 * pictures (test/fixtures/pairs/, and test/fixtures/ice-restart/):
 *
 *   npm run fixtures:pairs                       every pair
 *   npm run fixtures:pairs -- "simulcast firefox"   the scenarios whose name contains this
 *   SDPKIT_PAIRS_MOZ_LOG=/tmp/ff npm run fixtures:pairs   also Firefox's ICE log (why it gathered nothing)
 *
 * Debian's Chromium (through playwright-core) and Firefox ESR (a headless
 * process of its own) load one page from a server on 127.0.0.1; the page
 * takes one step at a time from the server (scripts/fixtures-pairs-page.ts)
 * and this script carries each description from one browser to the other.
 * Every file is a peer's localDescription once its ICE gathering ended, byte
 * for byte (CRLF kept). test/fixtures/pairs/README.md describes the pairs.
 *
 * Safety: the script re-executes itself inside a network namespace of its own
 * (`unshare --net`, scripts/netns.ts) with only loopback up and refuses to
 * launch a browser otherwise; every RTCPeerConnection has `iceServers: []`
 * (the page spreads the config first and sets iceServers last); a description
 * is handed to the other browser, and a file is written, only if every
 * address in it is loopback, unspecified or an mDNS name (test/oracle/guard.ts).
 *
 * Candidates on loopback: Chromium gathers there only with
 * --allow-loopback-in-peer-connection, and writes 127.0.0.1 rather than a
 * random .local name with WebRtcHideLocalIpsWithMdns off; Firefox with
 * media.peerconnection.ice.loopback and without host address obfuscation.
 */

const NETNS_ENV = 'SDPKIT_FIXTURES_NETNS';
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PAIRS_DIR = join(ROOT, 'test/fixtures/pairs');
const RESTART_DIR = join(ROOT, 'test/fixtures/ice-restart');
/** One step (gathering included) must end in this time. */
const STEP_TIMEOUT_MS = 60_000;

/**
 * On top of the oracle's profile: fake camera and microphone without a prompt,
 * loopback candidates with their addresses. And a camera and microphone
 * permission for every page: a page that neither captures nor holds that
 * permission gets Firefox's default-address-only gathering (as with
 * media.peerconnection.ice.default_address_only), which looks for the address
 * of the default route; a loopback-only namespace has no route, so gathering
 * fails at once ("ICE FAILED", iceGatheringState stays "new"). Seen with
 * SDPKIT_PAIRS_MOZ_LOG: "use only default local addresses: yes", then
 * "failed to find default addresses".
 */
const FIREFOX_PAIR_PREFS: Record<string, boolean | number | string> = {
  ...FIREFOX_PREFS,
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'media.peerconnection.ice.loopback': true,
  'media.peerconnection.ice.obfuscate_host_addresses': false,
  'permissions.default.microphone': 1,
  'permissions.default.camera': 1,
};

type Engine = 'chromium' | 'firefox';
const ENGINES: readonly Engine[] = ['chromium', 'firefox'];

interface Step {
  seq: number;
  op: string;
  args: Record<string, unknown>;
}

interface Reply {
  seq: number;
  value?: unknown;
  error?: string;
}

/** The server both pages poll: one queue of steps per engine. */
class Steps {
  private seq = 0;
  private readonly queue = new Map<Engine, Step[]>(ENGINES.map((e) => [e, []]));
  private readonly waiter = new Map<Engine, ServerResponse>();
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private done = false;
  readonly server: Server = createServer((req, res) => this.handle(req, res));

  run(engine: Engine, op: string, args: Record<string, unknown> = {}): Promise<unknown> {
    const step: Step = { seq: ++this.seq, op, args };
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(step.seq);
        reject(new Error(`${engine} ${op}: no reply in ${STEP_TIMEOUT_MS} ms`));
      }, STEP_TIMEOUT_MS);
      this.pending.set(step.seq, { resolve: resolvePromise, reject, timer });
      this.queue.get(engine)?.push(step);
      this.flush(engine);
    });
  }

  finish(): void {
    this.done = true;
    for (const e of ENGINES) this.flush(e);
  }

  private flush(engine: Engine): void {
    const res = this.waiter.get(engine);
    if (res === undefined) return;
    const step = this.queue.get(engine)?.shift();
    if (step === undefined && !this.done) return;
    this.waiter.delete(engine);
    send(res, 200, 'application/json', JSON.stringify(step ?? { done: true }));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const engine = url.searchParams.get('engine') as Engine | null;
    if (req.method === 'GET' && url.pathname === '/') return send(res, 200, 'text/html; charset=utf-8', PAGE_HTML);
    if (engine === null || !ENGINES.includes(engine)) return send(res, 404, 'text/plain', 'not found');
    if (req.method === 'GET' && url.pathname === '/op') {
      const old = this.waiter.get(engine);
      if (old !== undefined) send(old, 200, 'application/json', JSON.stringify({ idle: true }));
      this.waiter.set(engine, res);
      this.flush(engine);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/done') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        send(res, 204, 'text/plain', '');
        const reply = JSON.parse(body) as Reply;
        const p = this.pending.get(reply.seq);
        if (p === undefined) return;
        this.pending.delete(reply.seq);
        clearTimeout(p.timer);
        if (reply.error !== undefined) p.reject(new Error(reply.error));
        else p.resolve(reply.value);
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

/** Refuses a description with an address that is not loopback, unspecified or mDNS: it is neither handed on nor written. */
function checked(what: string, sdp: unknown): string {
  if (typeof sdp !== 'string' || !sdp.startsWith('v=0\r\n')) throw new Error(`${what}: not a description: ${String(sdp).slice(0, 80)}`);
  const refusal = guardRefusal(sdp);
  if (refusal !== undefined) throw new Error(`${what}: refusing to carry or write it: ${refusal}`);
  return sdp;
}

/** A peer connection in one browser, named in the page. */
class Peer {
  private static count = 0;
  readonly name: string;
  constructor(private readonly steps: Steps, readonly engine: Engine, readonly label: string) {
    this.name = `${label}${++Peer.count}`;
  }

  async open(config: Record<string, unknown> = {}): Promise<this> {
    await this.steps.run(this.engine, 'pc', { name: this.name, config });
    return this;
  }

  async media(spec: { audio?: boolean; video?: { sendEncodings?: unknown[] }; data?: boolean }): Promise<void> {
    await this.steps.run(this.engine, 'media', { name: this.name, ...spec });
  }

  async offer(options: Record<string, unknown> = {}): Promise<string> {
    return checked(`${this.engine} ${this.label} offer`, await this.steps.run(this.engine, 'offer', { name: this.name, options }));
  }

  async answer(offer: string): Promise<string> {
    return checked(`${this.engine} ${this.label} answer`, await this.steps.run(this.engine, 'answer', { name: this.name, sdp: checked('offer', offer) }));
  }

  async accept(answer: string): Promise<void> {
    await this.steps.run(this.engine, 'accept', { name: this.name, sdp: checked('answer', answer) });
  }

  async senders(): Promise<{ kind: string; encodings: { rid: string | null; active: boolean }[] }[]> {
    return (await this.steps.run(this.engine, 'senders', { name: this.name })) as { kind: string; encodings: { rid: string | null; active: boolean }[] }[];
  }
}

/** The layers of the simulcast scenario: quarter, half and full size, in this order. */
const SIMULCAST = [{ rid: 'q', scaleResolutionDownBy: 4 }, { rid: 'h', scaleResolutionDownBy: 2 }, { rid: 'f' }];

interface Made {
  dir: string;
  files: Record<string, string>;
  notes: string[];
}

async function simulcastPair(steps: Steps, offerer: Engine, answerer: Engine): Promise<Made> {
  const a = await new Peer(steps, offerer, 'A').open();
  const b = await new Peer(steps, answerer, 'B').open();
  await a.media({ audio: true, video: { sendEncodings: SIMULCAST } });
  const offer = await a.offer();
  const answer = await b.answer(offer);
  await a.accept(answer);
  const video = (await a.senders()).find((s) => s.kind === 'video');
  const layers = (video?.encodings ?? []).map((e) => `${e.rid ?? '(no rid)'} ${e.active ? 'active' : 'inactive'}`).join(', ');
  return { dir: `simulcast-${offerer}-${answerer}`, files: { 'offer.sdp': offer, 'answer.sdp': answer }, notes: [`offerer's video encodings after the answer: ${layers}`] };
}

async function iceRestart(steps: Steps, offerer: Engine, answerer: Engine): Promise<Made> {
  const a = await new Peer(steps, offerer, 'A').open();
  const b = await new Peer(steps, answerer, 'B').open();
  await a.media({ audio: true, data: true });
  const offer1 = await a.offer();
  const answer1 = await b.answer(offer1);
  await a.accept(answer1);
  const offer2 = await a.offer({ iceRestart: true });
  const answer2 = await b.answer(offer2);
  await a.accept(answer2);
  return {
    dir: `ice-restart-${offerer}-${answerer}`,
    files: { 'offer-1.sdp': offer1, 'answer-1.sdp': answer1, 'offer-2-restart.sdp': offer2, 'answer-2-restart.sdp': answer2 },
    notes: [],
  };
}

async function relayOnly(steps: Steps, offerer: Engine, answerer: Engine): Promise<Made> {
  const a = await new Peer(steps, offerer, 'A').open({ iceTransportPolicy: 'relay' });
  const b = await new Peer(steps, answerer, 'B').open({ iceTransportPolicy: 'relay' });
  await a.media({ audio: true, video: {}, data: true });
  const offer = await a.offer();
  const answer = await b.answer(offer);
  await a.accept(answer);
  return { dir: `relay-only-${offerer}-${answerer}`, files: { 'offer.sdp': offer, 'answer.sdp': answer }, notes: [] };
}

function summary(sdp: string): string {
  const lines = sdp.split('\r\n');
  const count = (re: RegExp): number => lines.filter((l) => re.test(l)).length;
  const rids = lines.filter((l) => l.startsWith('a=rid:')).map((l) => l.slice(6));
  const simulcast = lines.filter((l) => l.startsWith('a=simulcast:')).map((l) => l.slice(12));
  const parts = [`${sdp.length} bytes`, `${count(/^m=/)} m=`, `${count(/^a=candidate:/)} candidates`];
  if (rids.length > 0) parts.push(`rids ${rids.join(', ')}`);
  if (simulcast.length > 0) parts.push(`simulcast ${simulcast.join(' | ')}`);
  return parts.join('; ');
}

function launchFirefox(dir: string, url: string): ChildProcess {
  const mozLog = process.env.SDPKIT_PAIRS_MOZ_LOG;
  const prefs = Object.entries(FIREFOX_PAIR_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`);
  writeFileSync(join(dir, 'user.js'), prefs.join(''));
  return spawn(FIREFOX, ['--headless', '--no-remote', '--profile', dir, url], {
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore'],
    env: { ...process.env, MOZ_HEADLESS: '1', ...(mozLog !== undefined ? { MOZ_LOG: 'signaling:5,mtransport:5,nicer:5,timestamp', MOZ_LOG_FILE: mozLog } : {}) },
  });
}

/** Runs a scenario on a clean page: whatever it leaves open is closed afterwards. */
async function scenario(steps: Steps, make: () => Promise<Made>, made: Made[], failed: string[], what: string): Promise<void> {
  try {
    made.push(await make());
  } catch (e) {
    failed.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await Promise.allSettled(ENGINES.map((engine) => steps.run(engine, 'close')));
  }
}

async function main(): Promise<void> {
  reexecInLoopbackNamespace(NETNS_ENV);
  assertLoopbackOnly('browsers');
  const started = performance.now();
  const steps = new Steps();
  await new Promise<void>((ok) => steps.server.listen(0, '127.0.0.1', ok));
  const address = steps.server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const url = (engine: Engine): string => `http://127.0.0.1:${address.port}/?engine=${engine}`;
  const profile = mkdtempSync(join(tmpdir(), 'sdpkit-pairs-firefox-'));
  let browser: Browser | undefined;
  let firefox: ChildProcess | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...LOOPBACK_CHROMIUM_ARGS] });
    const page = await browser.newPage();
    await page.goto(url('chromium'));
    firefox = launchFirefox(profile, url('firefox'));
    const agents = {
      chromium: String(await steps.run('chromium', 'pc', { name: 'probe' })),
      firefox: String(await steps.run('firefox', 'pc', { name: 'probe' })),
    };
    await Promise.all(ENGINES.map((e) => steps.run(e, 'close')));
    const versions: Record<Engine, string> = {
      chromium: execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      firefox: execFileSync(FIREFOX, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
    };
    for (const e of ENGINES) console.log(`  ${e}: ${versions[e]}; ${agents[e]}`);

    const made: Made[] = [];
    const failed: string[] = [];
    const plan: [string, () => Promise<Made>][] = [
      ['simulcast chromium → chromium', () => simulcastPair(steps, 'chromium', 'chromium')],
      ['simulcast chromium → firefox', () => simulcastPair(steps, 'chromium', 'firefox')],
      ['simulcast firefox → chromium', () => simulcastPair(steps, 'firefox', 'chromium')],
      ['ICE restart chromium → chromium', () => iceRestart(steps, 'chromium', 'chromium')],
      ['ICE restart chromium → firefox', () => iceRestart(steps, 'chromium', 'firefox')],
      ['relay-only chromium → chromium', () => relayOnly(steps, 'chromium', 'chromium')],
      ['relay-only firefox → firefox', () => relayOnly(steps, 'firefox', 'firefox')],
    ];
    const only = process.argv[2];
    for (const [what, make] of plan) if (only === undefined || what.includes(only)) await scenario(steps, make, made, failed, what);

    for (const m of made) {
      // The Chromium-only restart keeps its historical place and names (test/fixtures/ice-restart/chromium-*.sdp).
      const restartHome = m.dir === 'ice-restart-chromium-chromium';
      const dir = restartHome ? RESTART_DIR : join(PAIRS_DIR, m.dir);
      mkdirSync(dir, { recursive: true });
      console.log(`  ${relative(ROOT, dir)}/`);
      for (const [file, sdp] of Object.entries(m.files)) {
        const name = restartHome ? `chromium-${file}` : file;
        writeFileSync(join(dir, name), checked(name, sdp));
        console.log(`    ${name}: ${summary(sdp)}`);
      }
      for (const n of m.notes) console.log(`    ${n}`);
    }
    for (const f of failed) console.log(`  not made: ${f}`);
    console.log(`  ${made.length} of ${plan.length} scenarios made; ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (failed.length > 0) throw new Error(`${failed.length} scenario(s) failed; the files of the others were written`);
  } finally {
    steps.finish();
    await browser?.close();
    await stopProcess(firefox);
    steps.server.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
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
