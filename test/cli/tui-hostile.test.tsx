import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Inspector } from '../../src/cli/tui/Inspector.js';
import { root } from './helpers.js';
import { EVIL_NAME, RAW, hostileAnswer, hostileOffer } from '../helpers/hostile.js';

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
