import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { rulesById } from '../../src/index.js';
import { App } from '../../src/cli/tui/App.js';
import { buildInspection } from '../../src/cli/tui/model.js';
import { example, plain } from './helpers.js';
import { keyPresser } from './tui-driver.js';

/*
 * Each screen and the keys, through Ink itself (ink-testing-library): the
 * frame is the text a terminal would show.
 */

const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');
const pair = buildInspection(offer, answer);

const KEYS = { down: '\u001b[B', up: '\u001b[A', pageDown: '\u001b[6~', tab: '\t', shiftTab: '\u001b[Z', enter: '\r', escape: '\u001b' };

let instances: { unmount: () => void }[] = [];
afterEach(() => {
  for (const i of instances) i.unmount();
  instances = [];
});

function mount(inspection = pair, width = 100, height = 30) {
  const app = render(<App inspection={inspection} width={width} height={height} />);
  instances.push(app);
  const frame = (): string => plain(app.lastFrame() ?? '');
  return {
    frame,
    /** Sends keys one event at a time and waits until the frame shows `expected`. */
    press: keyPresser(app, frame, 15),
  };
}

describe('inspect: Lines screen', () => {
  it('shows numbered lines and the focused line explained beside them', () => {
    const f = mount().frame();
    expect(f).toMatch(/^ 1 Lines {2}2 Diff {2}3 Codecs {2}4 ICE {2}5 Lint/);
    expect(f).toContain('offer examples/chrome-offer.sdp: 183 lines, 0 errors, 0 warnings');
    expect(f).toMatch(/^ {2}1 {3}v=0 .*│ line 1: v=0/m);
    expect(f).toContain('Protocol version');
    expect(f).toContain('Lines  1/183');
    expect(f).toMatch(/Tab\/1-5 screens .* q quit/);
  });

  it('j, arrows and PgDn move the focus, and the side panel follows', async () => {
    const ui = mount();
    await ui.press(['j', 'j', KEYS.down], 'line 4: t=0 0');
    await ui.press([KEYS.up], 'line 3: s=-');
    // A page is the list's height less one row (25 - 1 at 30 rows).
    const f = await ui.press([KEYS.pageDown], 'Lines  27/183');
    expect(f).toMatch(/^ {2}3 {3}s=-/m);
    expect(f).toMatch(/^ 27 {3}a=msid:/m);
  });

  it('marks lines with problems and lists them in the panel', async () => {
    const text = rulesById.get('mid-too-long')!.docs.bad as string;
    const ui = mount(buildInspection({ name: 'long-mid.sdp', text }));
    expect(ui.frame()).toMatch(/^ {1,2}\d+ E a=mid:/m);
    const line = ui.frame().match(/^ *(\d+) E a=mid:/m)![1]!;
    const f = await ui.press(Array.from({ length: Number(line) - 1 }, () => 'j'), 'problems');
    expect(f).toContain('mid-too-long');
  });

  it('s switches to the answer', async () => {
    const ui = mount();
    const f = await ui.press(['s'], 'answer examples/firefox-answer.sdp: 85 lines');
    expect(f).toContain('Lines  1/85');
  });

  it('/ searches the lines; n finds the next match', async () => {
    const ui = mount();
    let f = await ui.press(['/', 'o', 'p', 'u', 's'], '/opus');
    expect(f).toContain('Enter find');
    f = await ui.press([KEYS.enter], 'Lines  30/183');
    expect(f).toContain('line 30: a=rtpmap:111 opus/48000/2');
    f = await ui.press(['/', 'r', 't', 'x', KEYS.enter, 'n'], 'search: rtx');
    expect(f).toMatch(/Lines {2}\d+\/183/);
    await ui.press(['/', 'n', 'o', 'p', 'e', 'x', KEYS.enter], 'not found: nopex');
  });
});

describe('inspect: other screens', () => {
  it('Tab and number keys switch screens', async () => {
    const ui = mount();
    await ui.press([KEYS.tab], 'Offer/answer negotiation per m-section: verdict ok');
    await ui.press(['4'], 'ICE: candidates and check list');
    await ui.press([KEYS.shiftTab], 'Codecs: offer vs answer');
    await ui.press(['1'], 'Lines  1/183');
  });

  it('Diff: the negotiation per m-section', async () => {
    const f = await mount().press(['2'], 'verdict: ok');
    expect(f).toContain('audio mid 0: accepted (offer line 8, answer line 9)');
    expect(f).toMatch(/opus\/48000\/2 +111 +accepted/);
  });

  it('Codecs: offer against answer', async () => {
    const ui = mount();
    let f = await ui.press(['3'], 'audio mid 0');
    expect(f).toMatch(/111 opus\/48000\/2 +111 opus\/48000\/2 +accepted/);
    f = await ui.press(['G'], 'Codecs  40/40');
    expect(f).toContain('application mid 2: no RTP codecs');
  });

  it('ICE: candidates and the check list', async () => {
    const ui = mount();
    let f = await ui.press(['4'], 'offer examples/chrome-offer.sdp');
    expect(f).toMatch(/udp +host +192\.168\.1\.23:51372 +private +2122260223 +126\/32542\/1/);
    f = await ui.press([KEYS.pageDown, KEYS.pageDown], 'Waiting');
    expect(f).toMatch(/9115005270282354175 +host 192\.168\.1\.23:51372 +→ +host 192\.168\.1\.50:56789/);
  });

  it('Lint: findings of both files; Enter opens the line', async () => {
    const { offer: o, answer: a } = rulesById.get('answer-direction')!.docs.bad as { offer: string; answer: string };
    const ui = mount(buildInspection({ name: 'o.sdp', text: o }, { name: 'a.sdp', text: a }));
    const f = await ui.press(['5'], /Lint: \d+ findings?/);
    const rows = f.split('\n').filter((l) => /^(offer|answer) +\d+:\d+ /.test(l));
    const index = rows.findIndex((l) => /^answer +\d+:\d+ +error +answer-direction /.test(l));
    expect(index).toBeGreaterThanOrEqual(0);
    const line = rows[index]!.match(/^answer +(\d+):/)![1]!;
    const jumped = await ui.press([...Array.from({ length: index }, () => 'j'), KEYS.enter], `line ${line}:`);
    expect(jumped).toContain('answer a.sdp:');
  });

  it('Lint: says so when there is nothing', async () => {
    await mount().press(['5'], 'no problems found');
  });

  it('one file: no diff, its own codecs and candidates', async () => {
    const ui = mount(buildInspection(offer));
    await ui.press(['2'], 'The diff needs an answer');
    await ui.press(['3'], 'audio mid 0: 8 codecs');
    const f = await ui.press(['4'], 'ICE: candidates');
    expect(f).not.toContain('check list');
  });
});

describe('inspect: size', () => {
  it.each([[80, 24], [100, 30], [160, 50]])('fits %i×%i (one row spare, no line wider than the terminal)', async (width, height) => {
    const ui = mount(pair, width, height);
    for (const k of ['1', '2', '3', '4', '5']) {
      const f = await ui.press([k], 'Tab/1-5');
      const rows = f.split('\n');
      expect(rows.length).toBe(height - 1);
      for (const r of rows) expect([...r].length).toBeLessThanOrEqual(width);
    }
  });

  it('draws only the rows in view of a very long description', async () => {
    const many = offer.text.replace('a=ice-ufrag:EsAw\r\n', `${Array.from({ length: 20000 }, (_, i) => `a=x-filler:${i}\r\n`).join('')}a=ice-ufrag:EsAw\r\n`);
    const inspection = buildInspection({ name: 'big.sdp', text: many });
    const ui = mount(inspection, 100, 30);
    const started = Date.now();
    const f = await ui.press(['G'], 'Lines  20183/20183');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(f.split('\n')).toHaveLength(29);
    expect(f).toMatch(/^20183 /m);
  });
});
