import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/*
 * Debian's Chromium for tests that hand descriptions to RTCPeerConnection.
 * It runs in a network namespace of its own with only loopback up (a wrapper
 * script: `unshare --net`, `ip link set lo up`), so whatever a description
 * makes it try, no packet leaves the machine. Callers still use
 * `iceServers: []` and descriptions without other addresses than loopback or
 * mDNS names.
 */

export const CHROMIUM = '/usr/bin/chromium';

export interface IsolatedChromium {
  browser: Browser;
  /** A blank page to evaluate in. */
  page: Page;
  close(): Promise<void>;
}

export async function launchIsolatedChromium(prefix: string): Promise<IsolatedChromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run installs it)`);
  const dir = mkdtempSync(join(tmpdir(), `sdpkit-${prefix}-`));
  const wrapper = join(dir, 'chromium-netns.sh');
  writeFileSync(wrapper, `#!/bin/sh\nexec unshare --net sh -c 'ip link set lo up && exec ${CHROMIUM} "$@"' sh "$@"\n`);
  chmodSync(wrapper, 0o755);
  const browser = await chromium.launch({ executablePath: wrapper, args: ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage();
  await page.goto('about:blank');
  return {
    browser,
    page,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: launches the isolated Chromium before its tests and closes
 * it after them. Read `.page` inside tests (it exists once beforeAll ran).
 */
export function useIsolatedChromium(prefix: string): { readonly page: Page } {
  let chromium: IsolatedChromium | undefined;
  beforeAll(async () => {
    chromium = await launchIsolatedChromium(prefix);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
  });
  return {
    get page(): Page {
      if (chromium === undefined) throw new Error('the isolated Chromium is not running (read .page inside a test)');
      return chromium.page;
    },
  };
}
