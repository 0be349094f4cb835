import { readdirSync, readFileSync } from 'node:fs';
import { inspectChoices, inspectTitle, readSource } from '../../src/cli/input.js';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/cli/tui/Inspector.js';
import { root } from './helpers.js';
import { CLEAR, EVIL_NAME, RAW, RLO, TITLE, ZWSP, hostileAnswer, hostileOffer } from '../helpers/hostile.js';
import { keyPresser } from './tui-driver.js';

/*
 * The inspector draws the other peer's text: every screen must show hidden
 * characters (as \x1B, ⟨U+202E⟩) and never pass them to the terminal. Ink's
 * own colours are the only escape sequences allowed in a frame.
 */

// eslint-disable-next-line no-control-regex
const INK_SGR = /\u001b\[[0-9;]*m/g;

let instances: { unmount: () => void }[] = [];
afterEach(() => {
  for (const i of instances) i.unmount();
  instances = [];
});

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 40));
}

describe('inspect with hostile descriptions', () => {
  it.each([
    ['1', 'Lines', ['⟨U+202E⟩1.2.0.291', 's=\\x1B[2J\\x1B]0;pwned-title\\x07\\x9B2J\\x7F']],
    ['2', 'Diff', ['evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp']],
    ['3', 'Codecs', ['opus⟨U+200B⟩']],
    ['4', 'ICE', ['⟨U+202E⟩1.2.0.291']],
    ['5', 'Lint', ['⟨U+200B⟩']],
  ])('screen %s (%s) shows every hidden character', async (key, _title, expected) => {
    const app = render(createElement(Inspector, { start: { offer: { name: EVIL_NAME, text: hostileOffer }, answer: { name: 'answer.sdp', text: hostileAnswer } }, width: 200, height: 60 }));
    instances.push(app);
    await settle();
    app.stdin.write(key);
    await settle();
    if (key === '1') {
      // Down to the s= line, so that the side panel explains it too.
      for (const k of ['j', 'j']) {
        app.stdin.write(k);
        await settle();
      }
    }
    const frame = app.lastFrame() ?? '';
    expect(frame.replace(INK_SGR, '')).not.toMatch(RAW);
    for (const e of expected) expect(frame.replace(INK_SGR, '')).toContain(e);
  });

  it('a dump: the chooser, the timeline and the ICE screen show the hidden characters of its url, error texts and candidates', async () => {
    // The real download with an attacker's text where the page has a say: the url, an error message, a data channel label, a trickled candidate.
    const dump = JSON.parse(readFileSync(join(root, 'test/fixtures/dumps/chromium-internals.json'), 'utf8')) as {
      PeerConnections: Record<string, { url: string; updateLog: { type: string; value: string }[] }>;
    };
    const pc = Object.values(dump.PeerConnections)[0]!;
    pc.url = `http://evil${TITLE}${RLO}.example/`;
    for (const u of pc.updateLog) {
      if (u.type === 'setRemoteDescriptionOnFailure') u.value = `Failed${CLEAR} to set ${RLO}remote${TITLE}`;
      if (u.type === 'createDataChannel') u.value = u.value.replace(/"label":"[^"]*"/, `"label":"chat${CLEAR}${ZWSP}"`);
      if (u.type === 'addIceCandidate') u.value = u.value.replace(' network-id', ` x-evil ${RLO}1 network-id`);
    }
    const source = readSource({ name: EVIL_NAME, text: JSON.stringify(dump) });
    const app = render(createElement(Inspector, { start: { title: inspectTitle(source), choices: inspectChoices(source), source }, width: 200, height: 60 }));
    instances.push(app);
    const frames: string[] = [];
    // Waits for what each step should show (fixed pauses are too short on a busy machine).
    const press = keyPresser(app, () => (app.lastFrame() ?? '').replace(INK_SGR, ''), 40);
    const step = async (keys: string[], shows: string): Promise<string> => {
      const f = await press(keys, shows);
      frames.push(f);
      return f;
    };
    let f = await step([], 'PC 1 (http');
    expect(f).toContain('PC 1 (http://evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.example)');
    expect(f).toContain('evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp');
    // The timeline: its last event is the refused call, the error in full beside the list.
    f = await step(['\r', 'G'], 'Failed\\x1B[2J');
    expect(f).toContain('Failed\\x1B[2J to set ⟨U+202E⟩remote\\x1B]0;pwned-title\\x07');
    f = await step(['g', 'j', 'j', 'j', 'j'], 'chat\\x1B');
    expect(f).toContain('chat\\x1B[2J⟨U+200B⟩');
    // The remote candidate of negotiation 1, in full beside the list.
    const at = source.result.peerConnections![0]!.events.findIndex((e) => e.kind === 'candidate' && e.side === 'remote');
    f = await step(['g', ...Array.from({ length: at }, () => 'j')], 'x-evil');
    expect(f).toContain('x-evil ⟨U+202E⟩1');
    // The ICE screen of negotiation 1.
    f = await step(['\u001b', 'j', '\r', '4'], 'ICE of PC 1');
    expect(f).toContain('ICE of PC 1, negotiation 1: connected');
    for (const frame of frames) expect(frame).not.toMatch(RAW);
  });

  it('no file of the inspector draws text with Ink\'s Text directly (components/Text.tsx sanitises)', () => {
    const dir = join(root, 'src/cli/tui');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && f !== join('components', 'Text.tsx'));
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const fromInk = /import\s*\{([^}]*)\}\s*from\s*'ink'/.exec(text)?.[1] ?? '';
      expect(fromInk.split(',').map((s) => s.trim()), f).not.toContain('Text');
    }
  });
});
