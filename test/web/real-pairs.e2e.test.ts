/**
 * End-to-end: the page's pictures for the real browser pairs of
 * test/fixtures/pairs and test/fixtures/ice-restart (made by
 * `npm run fixtures:pairs` in Chromium and Firefox ESR): a simulcast offer a
 * browser answered without simulcast, a relay-only pair (no candidates: the
 * project's browsers run with `iceServers: []`), and ICE restarts. Each pair
 * is pasted into a real headless Chromium, every picture is photographed to
 * test-results/screenshots/pair-<name>-<picture>.png, and what the SVGs say is
 * checked against facts read from the raw files here (not by the library).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';
import { browserSuite, pasteInto, SHOTS } from './e2e-page.js';

const FIXTURES = resolve(repoRoot, 'test/fixtures');

const suite = browserSuite('real-pairs');
const { problems } = suite;

const read = (path: string): string => readFileSync(resolve(FIXTURES, path), 'utf8');

/** Raw facts of one description, by plain string reading. */
function raw(text: string) {
  const lines = text.split('\r\n');
  const mids = lines.filter((l) => l.startsWith('a=mid:')).map((l) => l.slice(6));
  const rids = lines.filter((l) => l.startsWith('a=rid:')).map((l) => l.slice(6).split(' ')[0]!);
  const candidates = lines.filter((l) => l.startsWith('a=candidate:')).length;
  const ufrag = lines.find((l) => l.startsWith('a=ice-ufrag:'))?.slice(12);
  return { mids, rids, candidates, ufrag };
}

async function loadPair(offer: string, answer: string): Promise<Page> {
  const page = await suite.open();
  await page.waitForSelector('.row[data-line="8"]');
  await pasteInto(page, '#input-offer', offer);
  await pasteInto(page, '#input-answer', answer);
  await page.click('#tab-negotiation');
  await settled(page);
  // The ladder of the new pair: as many rows as the offer has mids.
  expect(await page.locator('svg.ladder-svg [data-part="row"]').count()).toBe(raw(offer).mids.length);
  return page;
}

/** The view has the analysis of what the boxes hold, drawn (the panel is not aria-busy). */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main.panel[aria-busy="false"]');
}

async function shoot(page: Page, name: string, picture: string, selector: string): Promise<void> {
  await page.locator(selector).first().screenshot({ path: resolve(SHOTS, `pair-${name}-${picture}.png`) });
}

/** Photographs the ladder, the codec matrix and (when there are candidates) the ICE pictures. */
async function everyPicture(page: Page, name: string, candidates: boolean): Promise<void> {
  await shoot(page, name, 'ladder', 'section.ladder');
  await page.click('#tab-codecs');
  await settled(page);
  await page.waitForSelector('svg.cm-svg');
  await shoot(page, name, 'codecs', 'section.codec-matrix');
  await page.click('#tab-ice');
  await settled(page);
  if (candidates) {
    await page.waitForSelector('section.ice-pictures svg.grid-svg');
    await shoot(page, name, 'ice', 'section.ice-pictures');
  }
  await page.click('#tab-negotiation');
}

describe('real browser pairs in the page', () => {
  for (const name of ['simulcast-chromium-chromium', 'simulcast-chromium-firefox', 'simulcast-firefox-chromium']) {
    it(`${name}: sections joined by mid, the declined strip keeps the first rid, every picture drawn`, async () => {
      const offer = read(`pairs/${name}/offer.sdp`);
      const answer = read(`pairs/${name}/answer.sdp`);
      const o = raw(offer);
      const a = raw(answer);
      expect(o.rids).toEqual(['q', 'h', 'f']);
      expect(a.rids).toEqual([]);
      const page = await loadPair(offer, answer);
      const svg = page.locator('svg.ladder-svg');
      expect(await svg.locator('[data-part="row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-mid')))).toEqual(o.mids);
      // An answer without a=simulcast: the offerer sends its first layer only (what the browsers did: see the fixtures' README).
      const layers = await svg.locator('[data-part="layer"]').evaluateAll((ls) => ls.map((l) => [l.getAttribute('data-rid'), l.getAttribute('data-outcome'), l.getAttribute('data-survives')]));
      expect(layers.map(([rid]) => rid)).toEqual(o.rids);
      expect(layers.filter(([, , survives]) => survives === 'true').map(([rid]) => rid)).toEqual([o.rids[0]]);
      expect(layers.slice(1).every(([, outcome]) => outcome === 'dropped')).toBe(true);
      await everyPicture(page, name, o.candidates > 0 && a.candidates > 0);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  for (const name of ['relay-only-chromium-chromium', 'relay-only-firefox-firefox']) {
    it(`${name}: no candidates on either side, so the ICE tab says there is nothing to pair`, async () => {
      const offer = read(`pairs/${name}/offer.sdp`);
      const answer = read(`pairs/${name}/answer.sdp`);
      expect([raw(offer).candidates, raw(answer).candidates]).toEqual([0, 0]);
      const page = await loadPair(offer, answer);
      await everyPicture(page, name, false);
      await page.click('#tab-ice');
      const ice = page.locator('#panel-ice');
      await expect.poll(async () => (await ice.textContent()) ?? '', { timeout: 20_000 }).toMatch(/[Nn]o (local |remote )?candidates/);
      expect(await page.locator('section.ice-pictures svg.grid-svg').count()).toBe(0);
      // Nothing drawn, so no legend either.
      expect(await page.locator('section.ice-grid .grid-legend').count()).toBe(0);
      await shoot(page, name, 'ice', '#panel-ice');
      expect(problems).toEqual([]);
      await page.context().close();
    }, 120_000);
  }

  for (const [name, dir, prefix] of [
    ['ice-restart-chromium-chromium', 'ice-restart', 'chromium-'],
    ['ice-restart-chromium-firefox', 'pairs/ice-restart-chromium-firefox', ''],
  ] as const) {
    it(`${name}: the restart pair is recognised as an ICE restart with its new ufrag, every picture drawn`, async () => {
      const offer = read(`${dir}/${prefix}offer-2-restart.sdp`);
      const answer = read(`${dir}/${prefix}answer-2-restart.sdp`);
      const before = raw(read(`${dir}/${prefix}offer-1.sdp`));
      const after = raw(offer);
      expect(after.ufrag).not.toBe(before.ufrag);
      const page = await loadPair(offer, answer);
      const facts = page.locator('dl.renegotiation');
      await facts.waitFor();
      const text = (await facts.textContent()) ?? '';
      // From the pair alone the page cannot know the old ufrag; it says what the pair shows (o= version, candidate generation).
      expect(text).toMatch(/Re-offer\s*(yes|likely)/);
      expect(text).toMatch(/ICE restart\s*(yes|likely)/);
      await shoot(page, name, 'renegotiation', 'dl.renegotiation');
      await everyPicture(page, name, after.candidates > 0 && raw(answer).candidates > 0);
      expect(problems).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
