/**
 * End-to-end: the built page (vite build → dist-web/) served by
 * scripts/serve-web.mjs, driven in a real headless Chromium (Debian's
 * `chromium` package; .ci/run installs it). Screenshots of each view go to
 * test-results/screenshots/ (git-ignored).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenOffer, exampleAnswer, exampleOffer, hostileOffer, repoRoot } from './helpers.js';
import { buildPage, launchChromium, pasteInto, servePage } from './e2e-page.js';

const SHOTS = resolve(repoRoot, 'test-results/screenshots');
const PRIVATE = ['192.168.1.23', '10.0.2.15', '192.168.1.50'];

let stopServer: (() => void) | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let origin = '';
const requests: string[] = [];
const problems: string[] = [];
const dialogs: string[] = [];

async function shot(name: string, p: Page = page): Promise<void> {
  await p.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

async function paste(selector: string, text: string): Promise<void> {
  await pasteInto(page, selector, text);
}

async function openTab(name: string): Promise<void> {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#tab-${name}[aria-selected="true"]`);
  // The view has the analysis of what the boxes hold (it shows the previous one while a newer one is computed).
  await page.waitForSelector('main.panel[aria-busy="false"]');
}

async function loadExample(): Promise<void> {
  await page.click('.actions >> text=Load example');
  await page.waitForFunction((text) => (document.querySelector('#input-offer') as HTMLTextAreaElement | null)?.value === text, exampleOffer.replace(/\r\n/g, '\n'));
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const served = servePage(buildPage('main'));
  stopServer = served.stop;
  origin = await served.origin;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    // A production build says nothing; React's development build advertises its DevTools.
    if (m.text().includes('React DevTools')) problems.push('React development build');
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  stopServer?.();
});

describe('web inspector in Chromium', () => {
  it('opens with the example pair inspected, in every view', async () => {
    const response = await page.goto(`${origin}/`);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
    await page.waitForSelector('.row[data-line="8"][aria-selected="true"]');
    expect(await page.title()).toBe('sdpkit web inspector');
    expect(await page.inputValue('#input-offer')).toBe(exampleOffer.replace(/\r\n/g, '\n'));
    expect(await page.inputValue('#input-answer')).toBe(exampleAnswer.replace(/\r\n/g, '\n'));
    expect(await page.textContent('.status-line')).toContain('negotiation ok');
    expect(await page.textContent('.explain')).toContain('Line 8 of the offer');
    await shot('lines');
    for (const tab of ['negotiation', 'codecs', 'ice', 'lint']) {
      await openTab(tab);
      await shot(tab);
    }
    // Keyboard: Alt+digit opens a view and focuses its tab.
    await page.keyboard.press('Alt+2');
    expect(await page.getAttribute('#tab-negotiation', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-negotiation');
    await page.keyboard.press('ArrowLeft');
    expect(await page.getAttribute('#tab-lines', 'aria-selected')).toBe('true');
  });

  it('shows the diagnostic of a pasted SDP at the right line', async () => {
    await openTab('lines');
    await paste('#input-offer', brokenOffer);
    const row = await page.waitForSelector('.row[data-line="9"] .diag-msg');
    expect(await row.textContent()).toContain('the address type must be `IP4` or `IP6`, found `IP9`');
    expect(await page.textContent('.row[data-line="9"] .squiggle-error')).toBe('IP9');
    // Pasted whole: analysed byte for byte (CRLF kept, so no lf-line-endings finding). The second problem is
    // line-syntax on the m= line: with its only c= unusable, the section has none for Firefox.
    expect(await page.textContent('.input-panel:first-child .input-foot')).toContain('2 problems');
    await page.click('.row[data-line="9"]');
    const diags = await page.textContent('.explain-diags');
    expect(diags).toContain('invalid-value');
    expect(diags).toContain('the address type must be `IP4` or `IP6`, found `IP9`');
    await shot('diagnostic');
    await openTab('lint');
    await shot('lint-findings');
    await page.click('.lint-row[data-line="9"] td:nth-child(3)');
    await page.waitForSelector('.row[data-line="9"][aria-selected="true"]');
    await loadExample();
  });

  it('shows the decoded priority of a clicked candidate line', async () => {
    await openTab('lines');
    await page.click('.row[data-line="11"]');
    const panel = await page.textContent('.explain');
    expect(panel).toContain('Line 11 of the offer');
    expect(panel).toContain('type preference 126, local preference 32542');
    await shot('candidate');
    // From the ICE view, a candidate's line link opens the same explanation.
    await openTab('ice');
    await page.locator('section[aria-label="Check list"]').scrollIntoViewIfNeeded();
    await shot('ice-checklist');
    await page.click('tr[data-line="14"] .line-link');
    await page.waitForSelector('.row[data-line="14"][aria-selected="true"]');
    expect(await page.textContent('.explain')).toContain('type preference 100');
  });

  it('shows a dropped codec with its reason in the negotiation view', async () => {
    await openTab('negotiation');
    const dropped = page.locator('section[aria-label="video mid 1"] tr.dropped-row', { hasText: 'H264 packetization-mode 0 answered only as 1' });
    expect(await dropped.count()).toBe(1);
    await dropped.scrollIntoViewIfNeeded();
    expect(await dropped.isVisible()).toBe(true);
    await shot('negotiation-dropped');
  });

  it('extracts a webrtc-internals dump pasted into the offer box and loads the picked negotiation', async () => {
    const dump = readFileSync(resolve(repoRoot, 'test/fixtures/webrtc-internals-two-pcs.json'), 'utf8');
    await openTab('negotiation');
    await paste('#input-offer', dump);
    const chooser = page.getByRole('region', { name: 'Choose what to inspect' });
    await chooser.waitFor();
    // Nothing is loaded until a pick; focus is on the chooser.
    expect(await page.inputValue('#input-offer')).toBe(exampleOffer.replace(/\r\n/g, '\n'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Choose what to inspect');
    expect(await chooser.textContent()).toContain('9 session descriptions in 2 peer connections, found in a webrtc-internals dump');
    await shot('extract-chooser');
    // The munged setLocalDescription of PC 1, with its line diff opened.
    const pc1 = chooser.getByRole('group', { name: 'PC 1 (https://meet.example.com)' });
    await pc1.locator('.munged-diff summary').click();
    expect(await pc1.getByRole('list', { name: 'Changes of #2' }).textContent()).toContain('a=fmtp:111 minptime=10;useinbandfec=1;stereo=1;maxaveragebitrate=510000');
    await shot('extract-munged');
    // PC 2's last (and only) negotiation: Firefox's offer, the local Chrome answer.
    const pc2 = chooser.getByRole('group', { name: 'PC 2 (https://meet.example.com)' });
    await pc2.getByRole('button', { name: 'negotiation 1: remote offer → local answer' }).click();
    await chooser.waitFor({ state: 'detached' });
    expect(await page.inputValue('#input-offer')).toContain('o=mozilla...THIS_IS_SDPARTA-126.0 7026531838164536582');
    expect(await page.inputValue('#input-answer')).toContain('o=- 2190533418739541028 2 IN IP4 127.0.0.1');
    expect(await page.textContent('.extract-notice')).toContain('Extracted from a webrtc-internals dump: PC 2 (https://meet.example.com) · negotiation 1: remote offer → local answer');
    // The negotiation view shows that pair: two sections (PC 1's second negotiation has three), Firefox's opus payload type.
    await page.waitForFunction(() => document.querySelectorAll('.panel section.card[aria-label$="mid 0"], .panel section.card[aria-label$="mid 1"]').length === 2);
    expect(await page.locator('.panel section.card[aria-label^="video mid 2"]').count()).toBe(0);
    expect(await page.textContent('.panel section[aria-label="audio mid 0"]')).toContain('109');
    expect(await page.textContent('.status-line')).toContain('negotiation ok');
    await shot('extract-loaded');
    await loadExample();
    expect(await page.locator('.extract-notice').count()).toBe(0);
  });

  it('opens a gzipped Chromium webrtc-internals download: the timeline of the call, and ICE as it really went', async () => {
    const file = resolve(repoRoot, 'test/fixtures/dumps/chromium-internals.json.gz');
    await page.setInputFiles('input[aria-label="Open an offer file"]', file);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const pc1 = timeline.getByRole('group', { name: 'Timeline of PC 1 (http://127.0.0.1:8080)' });
    const pc2 = timeline.getByRole('group', { name: 'Timeline of PC 2 (http://127.0.0.1:8080)' });
    expect(await pc2.getByRole('button', { name: /^setLocalDescription rollback/ }).count()).toBe(1);
    expect(await pc1.getByRole('button', { name: /^ICE restart: local ufrag/ }).count()).toBe(1);
    await pc1.getByRole('button', { name: /^setRemoteDescription failed/ }).click();
    expect(await timeline.locator('.tl-detail .tl-error').textContent()).toContain('The MID attribute exceeds the maximum supported length of 16 characters.');
    await shot('dump-timeline');
    // PC 1's first negotiation from the chooser, then the ICE view.
    const chooser = page.getByRole('region', { name: 'Choose what to inspect' });
    await chooser.getByRole('group', { name: 'PC 1 (http://127.0.0.1:8080)' }).getByRole('button', { name: 'negotiation 1: local offer → remote answer' }).click();
    await openTab('ice');
    const outcome = page.getByRole('region', { name: 'What ICE really did' });
    await outcome.waitFor();
    const verdict = (await outcome.getByRole('note', { name: 'ICE outcome' }).textContent()) ?? '';
    const m = /^connected over host (127\.0\.0\.1:\d+) → host (127\.0\.0\.1:\d+) \(udp\)/.exec(verdict);
    expect(m, verdict).not.toBeNull();
    const row = outcome.locator('tr[aria-current="true"]');
    expect(await row.count()).toBe(1);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('selected');
    expect(text).toContain(`host ${m![1]}`);
    expect(text).toContain(`host ${m![2]}`);
    expect(text).toContain('succeeded');
    expect(await outcome.locator('.actual-facts').textContent()).toContain('controlling — getStats');
    await shot('dump-ice');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.dump-timeline').count()).toBe(0);
  });

  it('redacts every address', async () => {
    await loadExample();
    const before = (await page.inputValue('#input-offer')) + (await page.inputValue('#input-answer'));
    for (const a of PRIVATE) expect(before).toContain(a);
    await page.click('.actions >> text=Redact');
    await page.locator('.status-line .note', { hasText: /^Redacted/ }).waitFor();
    const texts = (await page.inputValue('#input-offer')) + (await page.inputValue('#input-answer'));
    const body = await page.evaluate(() => document.body.innerText);
    for (const a of PRIVATE) {
      expect(texts).not.toContain(a);
      expect(body).not.toContain(a);
    }
    await page.click('.actions >> text=Share link');
    await page.waitForSelector('.share-url[value*="#o="]');
    expect(await page.locator('[data-testid="share-warning"]').count()).toBe(0);
    await page.click('.share-panel >> text=Close');
    await loadExample();
  });

  it('round-trips a share link, with a warning about unredacted addresses', async () => {
    await page.click('.actions >> text=Share link');
    expect(await page.textContent('[data-testid="share-warning"]')).toContain('192.168.1.23');
    const input = await page.waitForSelector('.share-url[value*="#o="]');
    const link = (await input.getAttribute('value'))!;
    expect(link.startsWith(`${origin}/#o=`)).toBe(true);
    await shot('share');
    const other = await context.newPage();
    other.on('pageerror', (e) => problems.push(`pageerror (shared): ${e.message}`));
    await other.goto(link);
    await other.waitForSelector('.row[data-line="8"]');
    expect(await other.inputValue('#input-offer')).toBe(exampleOffer.replace(/\r\n/g, '\n'));
    expect(await other.inputValue('#input-answer')).toBe(exampleAnswer.replace(/\r\n/g, '\n'));
    expect(await other.textContent('.status-line')).toContain('Loaded the SDP from the link');
    // Byte for byte: CRLF survived, so no lf-line-endings finding.
    expect(await other.textContent('.input-panel:first-child .input-foot')).toContain('0 problems');
    await other.close();
    // The fragment never reached the server.
    expect(requests.filter((r) => r.includes('#') || r.includes('o='))).toEqual([]);
    await page.click('.share-panel >> text=Close');
  });

  it('keeps a hostile SDP inert and the page responsive', async () => {
    await openTab('lines');
    const started = Date.now();
    await paste('#input-offer', hostileOffer);
    await page.waitForSelector('.row[data-line="9"] .trunc');
    const analysed = Date.now() - started;
    expect(analysed).toBeLessThan(5_000);
    expect(await page.textContent('.row[data-line="9"] .trunc')).toMatch(/line truncated \(1,049,409 characters; 2,000 shown\)/);
    expect(await page.textContent('.row[data-line="3"]')).toContain('s=<script>window.__pwned = 1</script>');
    await page.click('.row[data-line="5"]');
    expect(await page.textContent('.explain')).toContain('<img src=x onerror="window.__pwned = 1">');
    await page.click('.row[data-line="9"]');
    await shot('hostile');
    // Nothing ran: no dialog, no flag, no element but the bundle's script.
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('#root img, #root iframe, #root object, #root a[href]').length)).toBe(0);
    // Every view draws it quickly.
    for (const tab of ['negotiation', 'codecs', 'ice', 'lint', 'lines']) {
      const t = Date.now();
      await openTab(tab);
      expect(Date.now() - t).toBeLessThan(3_000);
    }
    // Typing in the 1 MB textarea does not lag.
    await page.focus('#input-offer');
    await page.keyboard.press('Control+End');
    const t = Date.now();
    await page.keyboard.type('a=x:1', { delay: 0 });
    expect(Date.now() - t).toBeLessThan(3_000);
    await page.waitForFunction(() => document.querySelector('.input-panel:first-child .input-foot')?.textContent?.includes('11 lines'));
    // Scrolling the virtualised list stays cheap: a frame within a second.
    const frame = await page.evaluate(async () => {
      const list = document.querySelector('.lines-list')!;
      const t0 = performance.now();
      list.scrollTop = 200;
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now() - t0;
    });
    expect(frame).toBeLessThan(1_000);
    await loadExample();
  });

  it('reads well in dark mode and on a narrow screen', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openTab('lines');
    await page.click('.row[data-line="11"]');
    await shot('lines-dark');
    await openTab('negotiation');
    await shot('negotiation-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 390, height: 844 });
    await narrow.goto(`${origin}/`);
    await narrow.waitForSelector('.row[data-line="8"]');
    // One column, nothing wider than the screen but the scrolling areas.
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('narrow', narrow);
    await narrow.click('#tab-negotiation');
    await shot('narrow-negotiation', narrow);
    await narrow.close();
  });

  it('sends no request outside its origin and breaks no CSP rule', async () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith(`${origin}/`))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
