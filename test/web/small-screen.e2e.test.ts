/**
 * End-to-end in Debian's Chromium (as e2e.test.ts): exact line endings while
 * typing, and the page on a 390 × 844 phone screen. Screenshots go to
 * test-results/screenshots/ (git-ignored).
 */
import { resolve } from 'node:path';
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exampleOffer } from './helpers.js';
import { browserSuite, pasteInto, SHOTS } from './e2e-page.js';

const TABS = ['lines', 'negotiation', 'codecs', 'ice', 'lint'];

const suite = browserSuite('small-screen');
const { problems } = suite;

async function newPage(width: number, height: number): Promise<Page> {
  const page = await suite.open({
    width,
    height,
    // The clipboard of a headless browser is not readable here: record what Copy writes.
    init: () => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (w.__copied.push(t), Promise.resolve()) } });
    },
  });
  await page.waitForSelector('#tab-lines');
  return page;
}

describe('exact bytes and small screens in Chromium', () => {
  it('a pasted CRLF description stays CRLF after typing: the analysis and Copy see CRLF', async () => {
    const page = await newPage(1280, 800);
    await pasteInto(page, '#input-offer', exampleOffer);
    await page.waitForFunction(() => document.querySelector('[data-testid="eol-offer"]')?.textContent === 'CRLF');
    // Type a real key at the end of s=- (line 3).
    await page.evaluate(() => {
      const el = document.querySelector<HTMLTextAreaElement>('#input-offer')!;
      const at = el.value.indexOf('s=-') + 3;
      el.focus();
      el.setSelectionRange(at, at);
    });
    await page.keyboard.type('x');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('i=typed');
    // The caret stayed where the user typed (the box was not rewritten under it).
    expect(await page.inputValue('#input-offer')).toBe(exampleOffer.replace('s=-\r\n', 's=-x\ni=typed\n').replace(/\r\n/g, '\n'));
    await page.waitForFunction(() => document.querySelector('#input-offer')!.closest('.input-panel')!.textContent!.includes('184 lines'));
    expect(await page.textContent('[data-testid="eol-offer"]')).toBe('CRLF');
    // No lf-line-endings finding: the analysed text is CRLF throughout.
    expect(await page.textContent('#input-offer ~ .input-foot')).toContain('0 problems');
    await page.locator('.input-panel').first().getByRole('button', { name: 'Copy' }).click();
    await page.waitForFunction(() => (window as unknown as { __copied: string[] }).__copied.length === 1);
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied[0]);
    expect(copied).toBe(exampleOffer.replace('s=-\r\n', 's=-x\r\ni=typed\r\n'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('at 390 × 844 every view is reachable, the tab bar shows that more tabs are there, and no address breaks inside a number', async () => {
    const page = await newPage(390, 844);
    await page.waitForSelector('.row[data-line="8"]');
    await page.locator('.tabs').scrollIntoViewIfNeeded();
    // Not every tab fits: the bar says so on the side where more are.
    expect(await page.evaluate(() => { const t = document.querySelector('.tabs')!; return t.scrollWidth > t.clientWidth; })).toBe(true);
    expect(await page.isVisible('.tabs-more-right')).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'narrow-top.png') });
    for (const id of TABS) {
      await page.click(`#tab-${id}`);
      await page.waitForSelector(`#tab-${id}[aria-selected="true"]`);
      // The selected tab is wholly inside the bar (scrolled into it), not under an edge.
      const inside = await page.evaluate((tab) => {
        const bar = document.querySelector('.tabs')!.getBoundingClientRect();
        const r = document.getElementById(`tab-${tab}`)!.getBoundingClientRect();
        return r.left >= bar.left - 1 && r.right <= bar.right + 1;
      }, id);
      expect(inside, id).toBe(true);
      // Lines: explain a candidate line, whose fields hold an address.
      if (id === 'lines') await page.click('.row[data-line="11"]');
      await page.locator('.tabs').scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(SHOTS, `narrow-${id}.png`) });
      // Within every address, a line may break only after a colon (IPv6 groups) or the space before a port, never between two characters of a number.
      const broken = await page.evaluate(() => {
        const bad: string[] = [];
        for (const a of Array.from(document.querySelectorAll('.addr'))) {
          const text = a.textContent ?? '';
          const range = document.createRange();
          const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
          let prevTop: number | undefined;
          let prevChar = '';
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const s = node.textContent ?? '';
            for (let i = 0; i < s.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (rect === undefined) continue;
              if (prevTop !== undefined && Math.abs(rect.top - prevTop) > 2 && prevChar !== ':' && prevChar !== ' ') bad.push(`${text} before ${s[i]}`);
              prevTop = rect.top;
              prevChar = s[i]!;
            }
          }
        }
        return { bad, count: document.querySelectorAll('.addr').length };
      });
      expect(broken.bad, id).toEqual([]);
      if (id === 'ice') expect(broken.count).toBeGreaterThan(10);
      if (id === 'lines') expect(broken.count).toBeGreaterThan(0);
    }
    // The last tab reached, the arrow on the right is gone and the left one is there.
    expect(await page.isVisible('.tabs-more-left')).toBe(true);
    expect(await page.isVisible('.tabs-more-right')).toBe(false);
    // The arrow scrolls the bar back.
    await page.click('.tabs-more-left');
    await page.waitForFunction(() => document.querySelector('.tabs')!.scrollLeft === 0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
