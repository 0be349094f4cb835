/**
 * End-to-end: the negotiation ladder of the example pair in a real headless
 * Chromium (Debian's `chromium`), light, dark and print. Built into its own
 * folder so it never races the other browser test's build. Screenshots go to
 * test-results/screenshots/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleAnswer, repoRoot } from './helpers.js';
import { browserSuite, pasteInto, SHOTS } from './e2e-page.js';


const suite = browserSuite('ladder');
const { problems } = suite;

async function open(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await suite.open({ colorScheme: scheme });
  await page.waitForSelector('.row[data-line="8"]');
  await page.click('#tab-negotiation');
  await page.waitForSelector('svg.ladder-svg');
  return page;
}

describe('negotiation ladder in Chromium', () => {
  it('draws the example pair, light and dark, and a click opens the line', async () => {
    const page = await open('light');
    const ladder = page.locator('section.ladder');
    await ladder.screenshot({ path: resolve(SHOTS, 'ladder-light.png') });
    const svg = page.locator('svg.ladder-svg');
    expect(await svg.locator('[data-part="row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-mid')))).toEqual(['0', '1', '2']);
    expect(await svg.locator('[data-part="bracket"]').getAttribute('data-mids')).toBe('0 1 2');
    expect(await svg.locator('[data-part="dtls"]').getAttribute('data-client')).toBe('answerer');
    // Laid out by the browser: the DTLS arrow runs right to left (answer → offer), the bracket sits right of the answer boxes.
    const arrow = await svg.locator('[data-part="dtls"] line').boundingBox();
    const answerBox = await svg.locator('[data-part="row"][data-mid="1"] [data-part="answer"] rect').boundingBox();
    const offerBox = await svg.locator('[data-part="row"][data-mid="1"] [data-part="offer"] rect').boundingBox();
    const bracket = await svg.locator('[data-part="bracket"] path').boundingBox();
    expect(offerBox!.x + offerBox!.width).toBeLessThanOrEqual(arrow!.x + 4);
    expect(arrow!.x + arrow!.width).toBeLessThanOrEqual(answerBox!.x + 4);
    expect(bracket!.x).toBeGreaterThan(answerBox!.x + answerBox!.width - 1);
    // The link colour comes from the page's variables: accepted (green) differs from codecs-dropped (blue).
    const stroke = (mid: string) => svg.locator(`[data-part="row"][data-mid="${mid}"] line.ladder-line`).evaluate((l) => getComputedStyle(l).stroke);
    expect(await stroke('2')).not.toBe(await stroke('1'));
    await svg.locator('[data-part="row"][data-mid="1"] [data-part="offer"]').click();
    await page.waitForSelector('#tab-lines[aria-selected="true"]');
    await page.waitForSelector('.row[data-line="43"][aria-selected="true"]');

    const dark = await open('dark');
    await dark.locator('section.ladder').screenshot({ path: resolve(SHOTS, 'ladder-dark.png') });
    const bg = await dark.evaluate(() => getComputedStyle(document.querySelector('.ladder-box')!).fill);
    expect(bg).not.toBe('rgb(246, 248, 250)');
    await dark.emulateMedia({ media: 'print' });
    await dark.locator('section.ladder').screenshot({ path: resolve(SHOTS, 'ladder-print.png') });
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.ladder-svg text')!).fill)).toBe('rgb(0, 0, 0)');
    expect(problems).toEqual([]);
  });

  it('draws a rejected section, a changed direction and the surviving simulcast layer', async () => {
    const page = await open('light');
    // The example answer with the video section rejected and audio answered recvonly.
    const answer = exampleAnswer.replace('m=video 9 ', 'm=video 0 ').replace('a=group:BUNDLE 0 1 2', 'a=group:BUNDLE 0 2').replace(/(m=audio[\s\S]*?)a=sendrecv/, '$1a=recvonly');
    await pasteInto(page, '#input-answer', answer);
    await page.waitForSelector('[data-part="row"][data-mid="1"][data-outcome="rejected"]');
    expect(await page.locator('[data-part="row"][data-mid="0"]').getAttribute('data-outcome')).toBe('direction-changed');
    expect(await page.locator('[data-part="bracket"]').getAttribute('data-mids')).toBe('0 2');
    await page.locator('section.ladder').screenshot({ path: resolve(SHOTS, 'ladder-rejected.png') });
    const dir = resolve(repoRoot, '../shared/corpus/webrtc-sdp');
    await pasteInto(page, '#input-offer', readFileSync(`${dir}/tests_parse_firefox_simulcast_offer.sdp`, 'utf8'));
    await pasteInto(page, '#input-answer', readFileSync(`${dir}/tests_parse_firefox_simulcast_answer.sdp`, 'utf8').replace('a=simulcast: recv rid=foo;bar', 'a=simulcast: recv rid=bar'));
    await page.waitForSelector('[data-part="layer"][data-rid="bar"][data-survives="true"]');
    expect(await page.locator('[data-part="layer"][data-rid="foo"]').getAttribute('data-outcome')).toBe('dropped');
    await page.locator('section.ladder').screenshot({ path: resolve(SHOTS, 'ladder-simulcast.png') });
    expect(problems).toEqual([]);
  });
});
