import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { decompress, dumpIce } from '../../src/index.js';
import { inspectChoices, inspectTitle, parsePick, pickPair, readSource, type Source } from '../../src/cli/input.js';
import { Inspector } from '../../src/cli/tui/Inspector.js';
import { chooserEntries, nextSelectable } from '../../src/cli/tui/Chooser.js';
import { dumpIceRows } from '../../src/cli/views/dump-ice.js';
import { timelineCounts, timelineTable } from '../../src/cli/views/timeline.js';
import { plain, root } from './helpers.js';
import { keyPresser } from './tui-driver.js';

/*
 * `sdp inspect` on a real chrome://webrtc-internals download
 * (test/fixtures/dumps, made by scripts/fixtures-dumps.ts): the chooser with
 * each peer connection's timeline, the Timeline screen, the ICE screen of a
 * negotiation with what getStats says happened, and Esc back. Ids, ports,
 * times and the number of trickled candidates change with each regeneration:
 * the tests assert what the scenario did, and take the rest from the library.
 */

const DUMPS = `${root}/test/fixtures/dumps`;
const internals = readSource({ name: 'chromium-internals.json', text: readFileSync(`${DUMPS}/chromium-internals.json`, 'utf8') });
const KEYS = { down: '\u001b[B', enter: '\r', escape: '\u001b', backspace: '\u007f' };

let instances: { unmount: () => void }[] = [];
afterEach(() => {
  for (const i of instances) i.unmount();
  instances = [];
});

function mount(source: Source = internals, width = 120, height = 30) {
  const app = render(createElement(Inspector, { start: { title: inspectTitle(source), choices: inspectChoices(source), source }, width, height }));
  instances.push(app);
  const frame = (): string => plain(app.lastFrame() ?? '');
  return {
    frame,
    /** Sends keys one event at a time and waits until the frame shows `expected`. */
    press: keyPresser(app, frame, 20),
  };
}

/** The `j` presses from the first entry of the chooser to the entry `where` picks. */
function stepsTo(source: Source, where: (e: ReturnType<typeof chooserEntries>[number]) => boolean): string[] {
  const entries = chooserEntries(inspectChoices(source), source.result);
  const target = entries.findIndex(where);
  expect(target).toBeGreaterThan(0);
  let at = nextSelectable(entries, -1, 1);
  const keys: string[] = [];
  while (at < target) {
    at = nextSelectable(entries, at, 1);
    keys.push('j');
  }
  expect(at).toBe(target);
  return keys;
}

const pcs = internals.result.peerConnections!;
const trickled = (i: number): number => pcs[i]!.candidates.filter((c) => !c.endOfCandidates).length;

describe('inspect a dump: the chooser', () => {
  it('lists PC 1 and PC 2, each with a timeline entry that counts what its log holds', () => {
    const f = mount().frame();
    expect(f).toContain('chromium-internals.json: 28 session descriptions in 2 peer connections');
    expect(f).toContain('a timeline shows what the dump logged');
    const lines = f.split('\n');
    const pc1 = lines.findIndex((l) => l.startsWith('PC 1 (http://127.0.0.1:8080)'));
    const pc2 = lines.findIndex((l) => l.startsWith('PC 2 (http://127.0.0.1:8080)'));
    expect(pc1).toBeGreaterThanOrEqual(0);
    expect(pc2).toBeGreaterThan(pc1);
    // The scenario: PC 1 makes four negotiations, one restarts ICE, its last setRemoteDescription fails; PC 2 rolls back one offer.
    expect(lines[pc1 + 1]).toBe(`  timeline  ${pcs[0]!.events.length} events: 4 negotiations, 0 rollbacks, 1 failed call, 1 ICE restart, ${trickled(0)} trickled candidates`);
    expect(lines[pc2 + 1]).toBe(`  timeline  ${pcs[1]!.events.length} events: 5 negotiations, 1 rollback, 0 failed calls, 1 ICE restart, ${trickled(1)} trickled candidates`);
    expect(trickled(0)).toBeGreaterThanOrEqual(4);
    expect(f).toContain('  1:1  negotiation 1: local offer → remote answer  #2 ↔ #3');
  });

  it('counts the same from the rtcstats dump and from the gzipped internals download', async () => {
    for (const name of ['chromium-rtcstats.gz', 'chromium-internals.json.gz']) {
      const unpacked = await decompress(new Uint8Array(readFileSync(`${DUMPS}/${name}`)));
      if (!unpacked.ok) throw new Error(unpacked.error);
      const source = readSource({ name, text: new TextDecoder().decode(unpacked.bytes) });
      const counts = (source.result.peerConnections ?? []).map(timelineCounts);
      expect(counts.map((c) => [c.negotiations, c.rollbacks, c.failed, c.iceRestarts]), name).toEqual([
        [4, 0, 1, 1],
        [5, 1, 0, 1],
      ]);
      expect(mount(source).frame()).toMatch(/^ {2}timeline {2}\d+ events: 5 negotiations, 1 rollback, 0 failed calls, 1 ICE restart, \d+ trickled candidates$/m);
    }
  });
});

describe('inspect a dump: the Timeline screen', () => {
  it('shows PC 1\'s events in order: the ICE restart, and the refused setRemoteDescription with the browser\'s error', async () => {
    const ui = mount();
    let f = await ui.press([KEYS.enter], 'Timeline  1/');
    expect(f).toMatch(/^PC 1 \(http:\/\/127\.0\.0\.1:8080\) timeline: \d+ events: 4 negotiations/);
    expect(f).toMatch(/^time +neg +kind +what/m);
    expect(f).toMatch(/^\d\d:\d\d:\d\d\.\d{3} +1 +description +createOfferOnSuccess offer {2}#1 /m);
    expect(f).toContain('Esc back');
    // f hides the events of kind other; the restart is there.
    f = await ui.press(['f'], 'of kind other hidden');
    const restart = timelineTable(internals.result, pcs[0]!, (e) => e.kind !== 'other').events.findIndex((e) => e.kind === 'ice-restart');
    expect(restart).toBeGreaterThan(0);
    f = await ui.press(Array.from({ length: restart }, () => 'j'), `Timeline  ${restart + 1}/`);
    expect(f).toMatch(/^\d\d:\d\d:\d\d\.\d{3} +3 +ICE restart +ICE restart: local ufrag \S+ → \S+/m);
    // The last event: the refused call, its error in full beside the list.
    f = await ui.press(['G'], 'supported length');
    expect(f).toMatch(/^\d\d:\d\d:\d\d\.\d{3} +4 +FAILED +setRemoteDescription failed: Failed to set remo/m);
    const panel = f.split('\n').map((l) => l.split('│')[1] ?? '').join(' ').replace(/\s+/g, ' ');
    expect(panel).toContain('the browser said Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.');
    expect(f).toMatch(/description +setRemoteDescription offer {2}#13 {2}refused/);
  });

  it('shows PC 2\'s rollback; Enter on a description opens it, Esc comes back to the same event', async () => {
    const ui = mount();
    let f = await ui.press([...stepsTo(internals, (e) => e.timeline === 1), KEYS.enter], 'Timeline  1/');
    expect(f).toMatch(/^PC 2 \(http:\/\/127\.0\.0\.1:8080\) timeline: \d+ events: 5 negotiations, 1 rollback/);
    f = await ui.press(['f', 'G'], /rollback +setLocalDescription rollback/);
    expect(f).toMatch(/^\d\d:\d\d:\d\d\.\d{3} +5 +rollback +setLocalDescription rollback +│/m);
    expect(f).toMatch(/^\d\d:\d\d:\d\d\.\d{3} +5 +description +setLocalDescription offer {2}#27/m);
    // Up to the offer that was rolled back, and open it.
    const shown = timelineTable(internals.result, pcs[1]!, (e) => e.kind !== 'other').events;
    const offer = shown.findIndex((e) => e.description === 26 && e.kind === 'description');
    f = await ui.press(Array.from({ length: shown.length - 1 - offer }, () => 'k'), `Timeline  ${offer + 1}/`);
    expect(f).toContain('Enter open');
    f = await ui.press([KEYS.enter], 'Lines  1/');
    expect(f).toContain('chromium-internals.json#27:');
    expect(f).toMatch(/^Esc back {2}Tab\/1-5 screens/m);
    f = await ui.press([KEYS.escape], `Timeline  ${offer + 1}/`);
    expect(f).toContain('of kind other hidden');
    f = await ui.press([KEYS.backspace], 'Choose what to inspect');
  });
});

describe('inspect a dump: the ICE screen of a negotiation', () => {
  it('PC 1 negotiation 1: the verdict on top, the role from getStats, trickled candidates in the check list, and the selected pair', async () => {
    const ice = dumpIce(internals.result, pcs[0]!, 1)!;
    const selected = ice.actual!.transports[0]!.selected!;
    const ui = mount(internals, 200, 40);
    let f = await ui.press(['j', KEYS.enter], 'Lines  1/');
    expect(f).toContain('offer chromium-internals.json#2:');
    f = await ui.press(['4'], 'ICE of PC 1, negotiation 1: connected: connected over host 127.0.0.1:');
    expect(f).toContain('PC 1 (http://127.0.0.1:8080), negotiation 1: this peer connection made the offer');
    expect(f).toContain("role: controlling (getStats: the transport's iceRole was controlling during negotiation 1)");
    // Chromium put no candidate in the descriptions: the check list is made of the trickled ones.
    const here = ice.checkLists[0]!.localCandidates.length;
    expect(here).toBeLessThan(ice.trickled.local.length);
    expect(f).toContain(`local candidates: ${here} (0 in the description, ${here} trickled`);
    expect(f).toContain(`remote candidates: ${ice.trickled.remote.length} (0 in the description, ${ice.trickled.remote.length} trickled`);
    expect(f).toMatch(/^mid 0 \(BUNDLE: 0, 1, 2\): \d+ predicted pairs?$/m);
    const rows = f.split('\n').filter((l) => l.includes('SELECTED'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^ {2}${selected.predictedIndex! + 1} +\\S+ +host 127\\.0\\.0\\.1:${selected.local!.port} +→ +host 127\\.0\\.0\\.1:${selected.remote!.port} +\\S+ +succeeded, nominated, SELECTED +\\d+ ms +\\d+/\\d+`));
    expect(f).toMatch(new RegExp(`^trickled candidates of negotiation 1: ${ice.trickled.local.length + ice.trickled.remote.length}$`, 'm'));
    // Esc: back to the chooser, on the negotiation it opened.
    f = await ui.press([KEYS.escape], 'Choose what to inspect');
    f = await ui.press([KEYS.enter], 'Lines  1/');
    expect(f).toContain('offer chromium-internals.json#2:');
  });

  it('PC 2 negotiation 1 answered and was controlled', async () => {
    const ui = mount(internals, 200, 40);
    await ui.press([...stepsTo(internals, (e) => e.peerConnection === 1 && e.negotiation === 1), KEYS.enter], 'Lines  1/');
    const f = await ui.press(['4'], 'ICE of PC 2, negotiation 1: connected');
    expect(f).toContain('this peer connection made the answer');
    expect(f).toContain("role: controlled (getStats: the transport's iceRole was controlled during negotiation 1)");
    expect(f).toContain('succeeded, nominated, SELECTED');
  });

  it('--pick 1:3 (the ICE restart) opens straight on the dump\'s ICE of that negotiation, with nothing to go back to', async () => {
    const pair = pickPair('inspect', internals, [parsePick('1:3')!], false);
    if (!pair.ok) throw new Error('no pair');
    const app = render(createElement(Inspector, { start: pair.value, width: 200, height: 40 }));
    instances.push(app);
    const ice = dumpIce(internals.result, pcs[0]!, 3)!;
    await new Promise((r) => setTimeout(r, 50));
    app.stdin.write('4');
    const deadline = Date.now() + 3000;
    let f = '';
    while (!(f = plain(app.lastFrame() ?? '')).includes('ICE of PC 1, negotiation 3: connected') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(f).toContain('ICE of PC 1, negotiation 3: connected');
    // The restart's own candidates: the new ufrags on both sides.
    expect(f).toContain(`ufrag ${ice.ufrag.local!})`);
    expect(f).toContain(`ufrag ${ice.ufrag.remote!})`);
    expect(ice.ufrag.local).not.toBe(dumpIce(internals.result, pcs[0]!, 1)!.ufrag.local);
    expect(f).not.toContain('Esc back');
    // The diff screen compares with negotiation 2: the restart, exactly.
    app.stdin.write('2');
    const until = Date.now() + 3000;
    while (!(f = plain(app.lastFrame() ?? '')).includes('ICE restart:') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(f).toContain('ICE restart: yes: ufrag u1hi → u3vw; the answer u2op → u4CD');
  });

  it('dumpIceRows (the rows sdp ice prints too): one row per predicted pair, in check-list order, the selected one marked once', () => {
    for (const [p, k] of [[0, 1], [0, 3], [1, 2], [1, 4]] as const) {
      const ice = dumpIce(internals.result, pcs[p]!, k)!;
      const rows = dumpIceRows(ice, pcs[p]!).map((r) => r.text);
      const predicted = ice.checkLists.reduce((n, l) => n + l.checkList.pairs.length, 0);
      expect(rows.filter((t) => /^ {2}\d+ +\S+ +\S+ \S+ +→ /.test(t)), `${p}:${k}`).toHaveLength(predicted);
      expect(rows.filter((t) => t.includes('SELECTED')), `${p}:${k}`).toHaveLength(1);
      expect(rows, `${p}:${k}`).toContain(`what happened: ${ice.actual!.verdict.summary}`);
    }
  });
});
