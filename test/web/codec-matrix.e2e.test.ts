/**
 * End-to-end: the codec matrix of the example pair in a real headless
 * Chromium (Debian's `chromium`): light, dark, print, and a 390 px wide
 * phone screen. Built into its own folder so it never races the other
 * browser tests' builds. Screenshots go to test-results/screenshots/
 * (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleAnswer, repoRoot } from './helpers.js';
import { browserSuite, pasteInto, SHOTS } from './e2e-page.js';


const suite = browserSuite('codec-matrix');
const { problems } = suite;

async function open(scheme: 'light' | 'dark', width = 1280, height = 900): Promise<Page> {
  const page = await suite.open({ colorScheme: scheme, width, height });
  await page.waitForSelector('.row[data-line="8"]');
  await page.click('#tab-codecs');
  await page.waitForSelector('svg.cm-svg');
  return page;
}

const video = '.cm-one[data-section="1"]';

describe('codec matrix in Chromium', () => {
  it('draws the example pair light, dark and print; cells sit where their row and column cross; a click opens the line', async () => {
    const page = await open('light');
    const matrix = page.locator('section.codec-matrix');
    await matrix.screenshot({ path: resolve(SHOTS, 'codec-matrix-light.png') });
    const svg = page.locator(`${video} svg.cm-svg`);
    expect(await svg.locator('[data-part="column"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-pt')))).toEqual(['96', '102', '98']);
    // Laid out by the browser: the VP9 cell is in VP9's column and VP9's row.
    const cell = await svg.locator('[data-part="cell"][data-offer-pt="98"] rect.cm-cell-box').boundingBox();
    const column = await svg.locator('[data-part="column"][data-pt="98"] rect').boundingBox();
    const row = await svg.locator('[data-part="row"][data-pt="98"] rect').boundingBox();
    expect(cell!.x).toBeGreaterThanOrEqual(column!.x - 4);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(column!.x + column!.width + 4);
    expect(cell!.y).toBeGreaterThanOrEqual(row!.y - 4);
    expect(cell!.y + cell!.height).toBeLessThanOrEqual(row!.y + row!.height + 4);
    // The rtx chip of VP8 is drawn inside VP8's row label.
    const chip = await svg.locator('[data-part="chip"][data-side="offer"][data-pt="97"] rect').boundingBox();
    const vp8 = await svg.locator('[data-part="row"][data-pt="96"] rect').boundingBox();
    expect(chip!.y).toBeGreaterThanOrEqual(vp8!.y);
    expect(chip!.y + chip!.height).toBeLessThanOrEqual(vp8!.y + vp8!.height);
    // Colours from the page's variables: matched (green) differs from dropped (red); the fmtp marker is shown.
    const stroke = (sel: string) => svg.locator(`${sel} rect.cm-cell-box`).evaluate((r) => getComputedStyle(r).stroke);
    expect(await stroke('[data-part="cell"][data-offer-pt="102"]')).not.toBe(await stroke('[data-part="cell"][data-offer-pt="104"]'));
    expect(await svg.locator('[data-part="cell"][data-offer-pt="96"] [data-part="fmtp-marker"]').isVisible()).toBe(true);
    await svg.locator('[data-part="row"][data-pt="102"]').click();
    await page.waitForSelector('#tab-lines[aria-selected="true"]');
    await page.waitForSelector('.row[data-line="75"][aria-selected="true"]');

    const dark = await open('dark');
    await dark.locator('section.codec-matrix').screenshot({ path: resolve(SHOTS, 'codec-matrix-dark.png') });
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.cm-head-box')!).fill)).not.toBe('rgb(246, 248, 250)');
    await dark.emulateMedia({ media: 'print' });
    await dark.locator('section.codec-matrix').screenshot({ path: resolve(SHOTS, 'codec-matrix-print.png') });
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.cm-svg .cm-label')!).fill)).toBe('rgb(0, 0, 0)');
    expect(problems).toEqual([]);
  });

  it('at 390 px the matrix scrolls sideways inside its own box, not the page', async () => {
    const page = await open('light', 390, 844);
    const box = page.locator(`${video} .cm-scroll`);
    const sizes = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(sizes.client).toBeLessThanOrEqual(390);
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.page).toBeLessThanOrEqual(sizes.view);
    await page.locator(video).screenshot({ path: resolve(SHOTS, 'codec-matrix-390.png') });
    expect(problems).toEqual([]);
  });

  it('shows a remapped payload type and its rtx following by apt', async () => {
    const page = await open('light');
    const answer = exampleAnswer
      .replace('m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 98 99', 'm=video 9 UDP/TLS/RTP/SAVPF 100 101 102 103 98 99')
      .replace('a=fmtp:96 max-fs=12288;max-fr=60', 'a=fmtp:100 max-fs=12288;max-fr=60')
      .replace('a=fmtp:97 apt=96', 'a=fmtp:101 apt=100')
      .replaceAll('a=rtcp-fb:96 ', 'a=rtcp-fb:100 ')
      .replace('a=rtpmap:96 VP8/90000', 'a=rtpmap:100 VP8/90000')
      .replace('a=rtpmap:97 rtx/90000', 'a=rtpmap:101 rtx/90000');
    await pasteInto(page, '#input-answer', answer);
    await page.waitForSelector(`${video} [data-part="cell"][data-offer-pt="96"][data-answer-pt="100"]`);
    const cell = page.locator(`${video} [data-part="cell"][data-offer-pt="96"]`);
    expect(await cell.locator('text.cm-cell-main').textContent()).toBe('PT 96 → 100');
    expect(await page.locator(`${video} [data-part="chip"][data-side="answer"][data-pt="101"]`).getAttribute('data-on')).toBe('100');
    await page.locator(video).screenshot({ path: resolve(SHOTS, 'codec-matrix-remapped.png') });
    expect(problems).toEqual([]);
  });

  it('draws a real Chromium offer answered by Firefox (test/fixtures/pairs/simulcast-chromium-firefox)', async () => {
    const page = await open('light');
    const dir = resolve(repoRoot, 'test/fixtures/pairs/simulcast-chromium-firefox');
    await pasteInto(page, '#input-offer', readFileSync(resolve(dir, 'offer.sdp'), 'utf8'));
    await pasteInto(page, '#input-answer', readFileSync(resolve(dir, 'answer.sdp'), 'utf8'));
    await page.waitForSelector(`${video} [data-part="cell"][data-offer-pt="45"][data-kind="matched"]`);
    const svg = page.locator(`${video} svg.cm-svg`);
    expect(await svg.locator('[data-part="column"]').evaluateAll((cs) => cs.map((c) => c.getAttribute('data-pt')))).toEqual(['96', '45', '98']);
    // Firefox has no H264 here: every H264 row is dropped; red, its rtx and ulpfec are accepted for the whole section.
    expect(await svg.locator('[data-part="cell"][data-kind="dropped"]').count()).toBe(7);
    expect(await svg.locator('[data-part="shared"] [data-part="chip"]').evaluateAll((cs) => cs.map((c) => `${c.getAttribute('data-role')} ${c.getAttribute('data-outcome')}`))).toEqual([
      'red accepted',
      'rtx accepted',
      'fec accepted',
    ]);
    await page.locator(video).screenshot({ path: resolve(SHOTS, 'codec-matrix-chromium-firefox.png') });
    expect(problems).toEqual([]);
  });
});
