/**
 * End-to-end: the ICE pictures (check-list grid, candidate graphs) in a real
 * headless Chromium (Debian's `chromium`): the example pair in light, dark
 * and print, on a 390 px phone screen, and a real Chromium dump opened
 * through the page's file input, whose actual pair states show over the
 * predicted ones. Screenshots go to test-results/screenshots/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleAnswer, exampleOffer, repoRoot } from './helpers.js';
import { browserSuite, pasteInto, SHOTS } from './e2e-page.js';
import { candidateLine } from '../ice/generated.js';


const suite = browserSuite('ice-pictures');
const { problems } = suite;

async function open(scheme: 'light' | 'dark', width = 1280, height = 900): Promise<Page> {
  const page = await suite.open({ colorScheme: scheme, width, height });
  await page.waitForSelector('.row[data-line="8"]');
  await page.click('#tab-ice');
  await page.waitForSelector('#tab-ice[aria-selected="true"]');
  return page;
}

/** The drawn cells of the first grid, row by row, as `kind state rank`. */
function cells(page: Page): Promise<string[][]> {
  return page.locator('svg.grid-svg').first().evaluate((svg) => {
    const out: string[][] = [];
    for (const c of Array.from(svg.querySelectorAll('[data-part="cell"]'))) {
      const r = Number(c.getAttribute('data-row'));
      (out[r] ??= []).push([c.getAttribute('data-kind'), c.getAttribute('data-state'), c.getAttribute('data-rank'), c.getAttribute('data-first') && '★', c.getAttribute('data-actual')].filter(Boolean).join(' '));
    }
    return out;
  });
}

describe('ICE pictures in Chromium', () => {
  it('draws the example pair’s grid and graphs, light, dark and print; a label opens its line', async () => {
    const page = await open('light');
    const pictures = page.locator('section.ice-pictures').first();
    await pictures.waitFor();
    expect(await cells(page)).toEqual([
      ['pair Waiting 1 ★', 'impossible', 'pair Waiting 3'],
      ['pair Waiting 2', 'impossible', 'pair Waiting 4'],
      ['pruned', 'impossible', 'pruned'],
      ['impossible', 'impossible', 'impossible'],
      ['pair Waiting 5', 'impossible', 'pair Waiting 6'],
    ]);
    await pictures.screenshot({ path: resolve(SHOTS, 'ice-pictures-light.png') });
    // Laid out by the browser: the starred cell is the top-left one, right of the row labels and below the column labels.
    const first = await page.locator('[data-part="cell"][data-first="true"] rect.grid-box').boundingBox();
    const firstRow = await page.locator('[data-part="row"]').first().boundingBox();
    const firstColumn = await page.locator('[data-part="column"]').first().locator('text').boundingBox();
    expect(first!.x).toBeGreaterThan(firstRow!.x + firstRow!.width - 4);
    expect(first!.y).toBeGreaterThan(firstColumn!.y + firstColumn!.height - 4);
    // Colours from the page's variables: Waiting, pruned and the first-nominated outline differ.
    const fill = (sel: string) => page.locator(`${sel} rect.grid-box`).first().evaluate((r) => getComputedStyle(r).fill);
    const stroke = (sel: string) => page.locator(`${sel} rect.grid-box`).first().evaluate((r) => getComputedStyle(r).stroke);
    expect(await fill('[data-part="cell"][data-state="Waiting"]:not([data-first])')).not.toBe(await fill('[data-part="cell"][data-kind="pruned"]'));
    expect(await stroke('[data-part="cell"][data-first="true"]')).not.toBe(await stroke('[data-part="cell"][data-state="Waiting"]:not([data-first])'));
    // The graphs: host → srflx → relay on the offer side, the arrows between the columns.
    const edges = await page.locator('svg.graph-svg').first().locator('[data-part="edge"]').evaluateAll((es) => es.map((e) => `${e.getAttribute('data-from')} → ${e.getAttribute('data-to')}`));
    expect(edges).toEqual(['c0 → c3', 'c3 → c4']);
    const host = await page.locator('svg.graph-svg').first().locator('[data-part="node"][data-id="c0"] rect').boundingBox();
    const srflx = await page.locator('svg.graph-svg').first().locator('[data-part="node"][data-id="c3"] rect').boundingBox();
    const relay = await page.locator('svg.graph-svg').first().locator('[data-part="node"][data-id="c4"] rect').boundingBox();
    expect(host!.x + host!.width).toBeLessThan(srflx!.x);
    expect(srflx!.x + srflx!.width).toBeLessThan(relay!.x);
    // Focus shows the cell's facts (its <title> is the tooltip; the focused cell is named by it).
    await page.locator('[data-part="cell"][data-rank="3"]').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/, 3rd of 6 in the check list$/);
    // A row label opens the offer's line 14 (the srflx) in the Lines view.
    await page.locator('[data-part="row"][data-line="14"]').click();
    await page.waitForSelector('#tab-lines[aria-selected="true"]');
    await page.waitForSelector('.row[data-line="14"][aria-selected="true"]');

    const dark = await open('dark');
    const darkPictures = dark.locator('section.ice-pictures').first();
    await darkPictures.waitFor();
    await darkPictures.screenshot({ path: resolve(SHOTS, 'ice-pictures-dark.png') });
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.grid-svg text')!).fill)).not.toBe('rgb(31, 35, 40)');
    await dark.emulateMedia({ media: 'print' });
    await darkPictures.screenshot({ path: resolve(SHOTS, 'ice-pictures-print.png') });
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.grid-svg .grid-cell:not(.grid-first) .grid-rank')!).fill)).toBe('rgb(0, 0, 0)');
    expect(problems).toEqual([]);
  });

  it('Frozen pairs (an RTCP component) and a srflx that hides its base (raddr 0.0.0.0)', async () => {
    const page = await open('light');
    await page.click('#tab-lines');
    const offer = exampleOffer
      .replace(/(a=candidate:1467250027 1 udp[^\r\n]*\r?\n)/, '$1a=candidate:1467250027 2 udp 2122260222 192.168.1.23 51373 typ host\r\n')
      .replace('raddr 192.168.1.23 rport 51372', 'raddr 0.0.0.0 rport 0');
    const answer = exampleAnswer.replace(/(a=candidate:0 1 UDP[^\r\n]*\r?\n)/, '$1a=candidate:0 2 UDP 2122252542 192.168.1.50 56790 typ host\r\n');
    await pasteInto(page, '#input-offer', offer);
    await pasteInto(page, '#input-answer', answer);
    await page.click('#tab-ice');
    const frozen = page.locator('.ice-pictures [data-part="cell"][data-state="Frozen"]');
    await frozen.first().waitFor();
    const fill = (l: ReturnType<Page['locator']>) => l.first().locator('rect.grid-box').evaluate((r) => getComputedStyle(r).fill);
    expect(await fill(frozen)).not.toBe(await fill(page.locator('.ice-pictures [data-part="cell"][data-state="Waiting"]:not([data-first])')));
    expect(await page.locator('.ice-pictures [data-part="cell"][data-reason="no-base"]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.graph-svg').first().locator('[data-part="node"][data-id="base:host:hidden"]').count()).toBe(1);
    await page.locator('section.ice-pictures').first().screenshot({ path: resolve(SHOTS, 'ice-pictures-frozen.png') });
    expect(problems).toEqual([]);
  });

  it('a real Chromium offer answered by Firefox (test/fixtures/pairs): the one pair that can form, seen by the answerer', async () => {
    const page = await open('light');
    await page.click('#tab-lines');
    const dir = resolve(repoRoot, 'test/fixtures/pairs/ice-restart-chromium-firefox');
    await pasteInto(page, '#input-offer', readFileSync(resolve(dir, 'offer-1.sdp'), 'utf8'));
    await pasteInto(page, '#input-answer', readFileSync(resolve(dir, 'answer-1.sdp'), 'utf8'));
    await page.click('#tab-ice');
    await page.getByRole('radio', { name: 'answerer' }).check();
    await page.locator('.ice-pictures [data-part="row"][data-line="16"]').waitFor();
    expect(await cells(page)).toEqual([
      ['impossible', 'impossible'],
      ['pair Waiting 1 ★', 'impossible'],
      ['impossible', 'impossible'],
      ['impossible', 'impossible'],
    ]);
    await page.locator('section.ice-pictures').first().screenshot({ path: resolve(SHOTS, 'ice-pictures-chromium-firefox.png') });
    expect(problems).toEqual([]);
  });

  it('at 390 px the pictures scroll inside their own boxes, the page does not', async () => {
    const page = await open('light', 390, 844);
    const pictures = page.locator('section.ice-pictures').first();
    await pictures.waitFor();
    await pictures.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS, 'ice-pictures-390.png') });
    const boxes = await page.locator('.grid-scroll, .graph-scroll').evaluateAll((els) => els.map((e) => ({ client: e.clientWidth, scroll: e.scrollWidth, right: e.getBoundingClientRect().right })));
    expect(boxes.length).toBe(3);
    for (const b of boxes) {
      expect(b.right).toBeLessThanOrEqual(390);
      expect(b.scroll).toBeGreaterThan(b.client);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
  });

  it('opens a real Chromium dump through the file input: the actual state shows over the predicted one, the selected pair outlined', async () => {
    const page = await open('light');
    await page.setInputFiles('input[aria-label="Open an offer file"]', resolve(repoRoot, 'test/fixtures/dumps/chromium-internals.json.gz'));
    const chooser = page.getByRole('region', { name: 'Choose what to inspect' });
    await chooser.getByRole('group', { name: 'PC 1 (http://127.0.0.1:8080)' }).getByRole('button', { name: 'negotiation 1: local offer → remote answer' }).click();
    await chooser.waitFor({ state: 'detached' });
    await page.click('#tab-ice');
    const selected = page.locator('.ice-pictures [data-part="cell"][data-selected="true"]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-actual')).toBe('succeeded');
    expect(await selected.getAttribute('data-state')).toBe('Waiting');
    // Negotiation 1 of PC 1: one host candidate a side (loopback), one pair, checked and selected.
    expect(await cells(page)).toEqual([['pair Waiting 1 ★ succeeded']]);
    const corner = await selected.locator('path.grid-corner').evaluate((p) => getComputedStyle(p).fill);
    expect(corner).toBe('rgb(26, 127, 55)');
    // The selected pair in the grid is the one the outcome table marks.
    const row = (await page.getByRole('region', { name: 'What ICE really did' }).locator('tr[aria-current="true"]').textContent()) ?? '';
    const title = (await selected.locator('title').textContent()) ?? '';
    const [, l, r] = /^host (127\.0\.0\.1:\d+) → host (127\.0\.0\.1:\d+):/.exec(title) ?? [];
    expect(row).toContain(`host ${l}`);
    expect(row).toContain(`host ${r}`);
    await page.locator('section.ice-pictures').first().screenshot({ path: resolve(SHOTS, 'ice-pictures-dump.png') });
    expect(problems).toEqual([]);
  });

  it('a description of 10,000 candidates a side: the grid stays capped and the tab opens quickly', async () => {
    const page = await open('light');
    await page.click('#tab-lines');
    const many = (side: number) => Array.from({ length: 10_000 }, (_, i) => candidateLine(side, i)).join('\r\n');
    const offer = exampleOffer.replace(/a=candidate:1467250027[^\r\n]*/, many(0));
    const answer = exampleAnswer.replace(/a=candidate:0 1 UDP[^\r\n]*/, many(1));
    expect(offer.length).toBeGreaterThan(700_000);
    await pasteInto(page, '#input-offer', offer);
    await pasteInto(page, '#input-answer', answer);
    await page.waitForFunction(() => (document.querySelector('#tab-ice')?.textContent ?? '').includes('20'));
    const started = Date.now();
    await page.click('#tab-ice');
    await page.locator('.ice-pictures svg.grid-svg').waitFor();
    const ms = Date.now() - started;
    expect(await page.locator('.ice-pictures [data-part="cell"]').count()).toBeLessThanOrEqual(24 * 24);
    expect(await page.locator('.ice-pictures .grid-more').first().textContent()).toMatch(/more local candidates and .* more remote candidates not drawn/);
    await page.locator('section.ice-pictures').first().screenshot({ path: resolve(SHOTS, 'ice-pictures-10k.png') });
    console.log(`ICE tab with 10,000 candidates a side: ${ms} ms to draw the pictures`);
    expect(ms).toBeLessThan(10_000);
    expect(problems).toEqual([]);
  }, 120_000);
});
