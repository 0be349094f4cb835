import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { repoRoot } from './helpers.js';

/*
 * What the page's browser tests share: a production build of the page into a
 * folder of the suite's own (suites run side by side and must not build over
 * each other), the page's own server on an ephemeral 127.0.0.1 port, and
 * Debian's Chromium. The page runs no RTCPeerConnection, so no network
 * namespace is needed; the browser is kept off the network by its flags.
 */

export const CHROMIUM = '/usr/bin/chromium';

/** Builds the page into test-results/web-<name> and returns the folder. */
export function buildPage(name: string): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium package (apt-get install -y chromium; .ci/run installs it)`);
  }
  const dir = resolve(repoRoot, `test-results/web-${name}`);
  // NODE_ENV: vitest sets it to `test`, which would bundle React's development build.
  execFileSync(process.execPath, [resolve(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return dir;
}

/** Starts scripts/serve-web.mjs on the build in `webDir`; resolves to its origin once it prints its URL. */
export function servePage(webDir: string): { origin: Promise<string>; stop(): void } {
  const child: ChildProcess = spawn(process.execPath, [resolve(repoRoot, 'scripts/serve-web.mjs')], { env: { ...process.env, PORT: '0', WEB_DIR: webDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const origin = new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the server printed no URL: ${out}`)), 15_000);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /sdpkit web inspector: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => fail(new Error(`the server exited with ${code}: ${out}`)));
  });
  return {
    origin,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Pastes over the whole box the way a user does (select all, paste), through the page's paste handler. */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, value]) => {
      const el = document.querySelector<HTMLTextAreaElement>(sel!)!;
      el.focus();
      el.select();
      const data = new DataTransfer();
      data.setData('text/plain', value!);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [selector, text],
  );
}

/** Where the browser suites write their screenshots (git-ignored). */
export const SHOTS = resolve(repoRoot, 'test-results/screenshots');

export interface PageOptions {
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Runs in the page before its scripts (e.g. a recording clipboard). */
  init?: () => void;
}

/**
 * One browser suite's setup: builds the page into its own folder, serves it,
 * launches Chromium (beforeAll) and stops both (afterAll). `open` makes a new
 * page at the page's origin with its errors and console errors/warnings
 * collected in `problems` (a suite ends by expecting it empty).
 */
export function browserSuite(name: string): { open(options?: PageOptions): Promise<Page>; problems: string[] } {
  let stop: (() => void) | undefined;
  let browser: Browser | undefined;
  let origin = '';
  const problems: string[] = [];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = servePage(buildPage(name));
    stop = served.stop;
    origin = await served.origin;
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    stop?.();
  });
  return {
    problems,
    async open({ width = 1280, height = 900, colorScheme = 'light', init }: PageOptions = {}): Promise<Page> {
      const context = await browser!.newContext({ viewport: { width, height }, colorScheme });
      if (init !== undefined) await context.addInitScript(init);
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
      });
      await page.goto(`${origin}/`);
      return page;
    },
  };
}
