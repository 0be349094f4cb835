import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render as renderInk } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { diffOfferAnswer, explain, extractDescriptions, lint, parse, sectionLabel, sectionName } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { App as Tui } from '../../src/cli/tui/App.js';
import { buildInspection } from '../../src/cli/tui/model.js';
import { memoryHost, plain } from '../cli/helpers.js';

/*
 * One convention: people see m-sections and descriptions numbered from 1, in
 * every face, with the same words. The video section of the example offer is
 * its second m-section (mid 1): "m-section 2 (video, mid 1)" in sentences,
 * "video mid 1" in headings; a section without a mid is "#2" in headings.
 * The page's side of this is test/web/numbering.test.tsx.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const example = (name: string): string => readFileSync(resolve(root, 'examples', name), 'utf8');
const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');
const video = parse(offer).document.media[1]!;
const LONG = 'm-section 2 (video, mid 1)';
const SHORT = 'video mid 1';
/** The offer with the video section's rtx pointing at a payload type that is not there: a lint finding on m-section 2. */
const badOffer = offer.replace('a=fmtp:97 apt=96', 'a=fmtp:97 apt=95');
const VIDEO_LINE = offer.split(/\r?\n/).findIndex((l) => l.startsWith('m=video')) + 1;

describe('the library names a section one way', () => {
  it('sectionName and sectionLabel count from 1', () => {
    expect(sectionName(video)).toBe(LONG);
    expect(sectionLabel(video)).toBe(SHORT);
    expect(sectionName({ index: 1, kind: 'video' })).toBe('m-section 2 (video, no mid)');
    expect(sectionLabel({ index: 1, kind: 'video' })).toBe('video #2');
  });

  it('lint, explain and diff say the same thing about the same section', () => {
    const finding = lint(badOffer).find((d) => d.line > VIDEO_LINE && d.message.includes('m-section'));
    expect(finding?.message).toContain(LONG);
    const m = explain(offer).find((e) => e.line === VIDEO_LINE)!;
    expect(m.summary).toContain(`Starts ${LONG}`);
    expect(m.label).toBe('Media section 2: video');
    const d = diffOfferAnswer(offer, answer);
    expect(d.sections[1]!.summary.startsWith(`${SHORT}:`)).toBe(true);
    const noMid = diffOfferAnswer(offer.replace(/a=mid:1\r\n/, '').replace('BUNDLE 0 1 2', 'BUNDLE 0 2'), answer.replace(/a=mid:1\r\n/, '').replace('BUNDLE 0 1 2', 'BUNDLE 0 2'));
    expect(noMid.sections[1]!.summary.startsWith('video #2:')).toBe(true);
  });
});

describe('the CLI', () => {
  const host = () => memoryHost({ 'offer.sdp': offer, 'bad.sdp': badOffer, 'answer.sdp': answer, 'log.txt': `offer: ${JSON.stringify({ type: 'offer', sdp: offer })}\nanswer: ${JSON.stringify({ type: 'answer', sdp: answer })}\n` });

  it('parse, lint and diff name the section as the library does', async () => {
    expect((await run(['parse', 'offer.sdp'], host())).stdout).toContain(`${LONG}: port 9`);
    expect((await run(['lint', 'bad.sdp'], host())).stdout).toContain(LONG);
    expect(plain((await run(['diff', 'offer.sdp', 'answer.sdp'], host())).stdout)).toContain(`${SHORT}:`);
  });

  it('extract lists #N, its JSON says number N (index N-1), and --pick N takes that one', async () => {
    const listed = plain((await run(['extract', 'log.txt'], host())).stdout);
    const json = JSON.parse((await run(['extract', 'log.txt', '--json'], host())).stdout) as { descriptions: { index: number; number: number; type?: string }[] };
    expect(json.descriptions.map((d) => [d.index, d.number, d.type])).toEqual([[0, 1, 'offer'], [1, 2, 'answer']]);
    expect(listed).toMatch(/^\s*2\s+answer/m);
    const picked = await run(['parse', 'log.txt', '--pick', '2'], host());
    expect(picked.stdout).toMatch(/^log\.txt#2: /);
    expect(picked.stdout).toContain('m-section 1 (audio, mid 0): port 56789');
    expect(extractDescriptions(readFileSync(resolve(root, 'test/fixtures/webrtc-internals-two-pcs.json'), 'utf8')).peerConnections![0]!.negotiations[0]!.number).toBe(1);
  });
});

describe('the terminal inspector', () => {
  let unmount: (() => void) | undefined;
  afterEach(() => unmount?.());

  it('the Lines panel names the section in full, the Diff screen heads it as the library does', async () => {
    const app = renderInk(<Tui inspection={buildInspection({ name: 'offer.sdp', text: offer }, { name: 'answer.sdp', text: answer })} width={160} height={50} />);
    unmount = app.unmount;
    const until = async (keys: string[], expected: string): Promise<string> => {
      for (const k of keys) {
        app.stdin.write(k);
        await new Promise((r) => setTimeout(r, 15));
      }
      const deadline = Date.now() + 3000;
      let f = '';
      while (Date.now() < deadline) {
        f = plain(app.lastFrame() ?? '');
        if (f.includes(expected)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      return f;
    };
    // Line 8 is the first m= line: the panel beside the lines explains it.
    expect(await until(Array.from({ length: 7 }, () => '\u001b[B'), 'Media section 1: audio')).toContain('Media section 1: audio');
    expect(await until(['2'], `${SHORT}:`)).toContain(`${SHORT}:`);
  });
});
