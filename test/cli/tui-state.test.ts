import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { applyInput, keyToAction } from '../../src/cli/tui/keys.js';
import { follow, initialState, positionOf, update, type Context, type ListItem, type State } from '../../src/cli/tui/state.js';

const key = (over: Partial<Key> = {}): Key => ({
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false, ...over,
});

const lines: ListItem[] = Array.from({ length: 50 }, (_, i) => ({ search: i === 30 ? 'a=rtpmap:111 opus/48000/2' : `line ${i + 1}` }));
const lint: ListItem[] = [{ search: 'first', target: { side: 1, line: 7 } }, { search: 'second' }];
const ctx: Context = {
  items: (screen, side) => (screen === 'lines' ? (side === 0 ? lines : lines.slice(0, 10)) : screen === 'lint' ? lint : []),
  lineIndex: (side, line) => (line >= 1 && line <= (side === 0 ? 50 : 10) ? line - 1 : undefined),
  sides: 2,
  height: 10,
};

function apply(state: State, ...inputs: [string, Partial<Key>?][]): State {
  return inputs.reduce((s, [input, k]) => applyInput(s, input, key(k), ctx).state, state);
}

describe('follow', () => {
  it.each([
    ['stays in view', 3, 0, { cursor: 3, top: 0 }],
    ['scrolls down by as little as needed', 12, 0, { cursor: 12, top: 3 }],
    ['scrolls up to the cursor', 2, 5, { cursor: 2, top: 2 }],
    ['clamps past the end', 99, 0, { cursor: 49, top: 40 }],
    ['clamps before the start', -5, 7, { cursor: 0, top: 0 }],
  ])('%s', (_name, cursor, top, expected) => {
    expect(follow(cursor, top, 50, 10)).toEqual(expected);
  });
});

describe('keys and state', () => {
  it('maps the documented keys', () => {
    expect(keyToAction('', key({ tab: true }), false)).toEqual({ type: 'cycle', delta: 1 });
    expect(keyToAction('', key({ tab: true, shift: true }), false)).toEqual({ type: 'cycle', delta: -1 });
    expect(keyToAction('3', key(), false)).toEqual({ type: 'screen', screen: 'codecs' });
    expect(keyToAction('j', key(), false)).toEqual({ type: 'move', delta: 1 });
    expect(keyToAction('', key({ upArrow: true }), false)).toEqual({ type: 'move', delta: -1 });
    expect(keyToAction('', key({ pageDown: true }), false)).toEqual({ type: 'page', delta: 1 });
    expect(keyToAction('q', key(), false)).toEqual({ type: 'quit' });
    expect(keyToAction('q', key(), true)).toEqual({ type: 'search-type', text: 'q' });
    expect(keyToAction('9', key(), false)).toBeUndefined();
  });

  it('Esc and Backspace go back (Ink reports Esc with meta set); while searching Esc cancels and Backspace erases', () => {
    expect(keyToAction('', key({ escape: true, meta: true }), false)).toEqual({ type: 'back' });
    expect(keyToAction('', key({ backspace: true }), false)).toEqual({ type: 'back' });
    expect(keyToAction('', key({ delete: true }), false)).toEqual({ type: 'back' });
    expect(keyToAction('', key({ delete: true, meta: true }), false)).toBeUndefined();
    expect(keyToAction('', key({ escape: true, meta: true }), true)).toEqual({ type: 'search-cancel' });
    expect(keyToAction('', key({ backspace: true }), true)).toEqual({ type: 'search-backspace' });
    // A burst stops at the key that goes back: what follows belongs to the screen it goes back to.
    const r = applyInput(initialState, 'j\u007fj', key(), ctx);
    expect(r).toMatchObject({ quit: false, back: true });
    expect(positionOf(r.state)).toEqual({ cursor: 1, top: 0 });
    expect(applyInput(initialState, 'j', key(), ctx).back).toBeUndefined();
  });

  it('moves, pages and jumps to the ends, keeping the cursor visible', () => {
    let s = apply(initialState, ['j'], ['j'], ['', { downArrow: true }]);
    expect(positionOf(s)).toEqual({ cursor: 3, top: 0 });
    s = apply(s, ['', { pageDown: true }]);
    expect(positionOf(s)).toEqual({ cursor: 12, top: 3 });
    s = apply(s, ['G']);
    expect(positionOf(s)).toEqual({ cursor: 49, top: 40 });
    s = apply(s, ['g']);
    expect(positionOf(s)).toEqual({ cursor: 0, top: 0 });
  });

  it('keeps one position per screen and per file', () => {
    let s = apply(initialState, ['j'], ['j'], ['2'], ['j'], ['1']);
    expect(positionOf(s).cursor).toBe(2);
    s = apply(s, ['s']);
    expect(s.side).toBe(1);
    expect(positionOf(s).cursor).toBe(0);
    s = apply(s, ['s']);
    expect(positionOf(s).cursor).toBe(2);
  });

  it('cycles screens with Tab and Shift-Tab', () => {
    expect(apply(initialState, ['', { tab: true }]).screen).toBe('diff');
    expect(apply(initialState, ['', { tab: true, shift: true }]).screen).toBe('lint');
  });

  it('searches: / types a query, Enter finds it, n finds the next, not found says so', () => {
    let s = apply(initialState, ['/'], ['o'], ['p'], ['u'], ['x'], ['', { backspace: true }], ['s']);
    expect(s.search).toEqual({ typing: true, query: 'opus' });
    s = apply(s, ['', { return: true }]);
    expect(positionOf(s).cursor).toBe(30);
    expect(s.search.typing).toBe(false);
    s = apply(s, ['/'], ['z'], ['z'], ['', { return: true }]);
    expect(s.message).toBe('not found: zz');
    expect(positionOf(s).cursor).toBe(30);
    s = apply(s, ['/'], ['l'], ['i'], ['n'], ['e'], ['', { return: true }], ['n']);
    expect(positionOf(s).cursor).toBe(32);
    s = apply(s, ['N']);
    expect(positionOf(s).cursor).toBe(31);
    s = apply(s, ['/'], ['x'], ['', { escape: true }]);
    expect(s.search).toEqual({ typing: false, query: '' });
  });

  it('takes a burst of characters as separate keys, Enter included', () => {
    const s = applyInput(initialState, '/opus\r', key(), ctx).state;
    expect(s.search.typing).toBe(false);
    expect(positionOf(s).cursor).toBe(30);
    expect(applyInput(initialState, 'jjq', key(), ctx).quit).toBe(true);
  });

  it('Enter on a row with a target opens that line of that file', () => {
    const s = apply(initialState, ['5'], ['', { return: true }]);
    expect(s.screen).toBe('lines');
    expect(s.side).toBe(1);
    expect(positionOf(s).cursor).toBe(6);
    const none = apply(initialState, ['5'], ['j'], ['', { return: true }]);
    expect(none.screen).toBe('lint');
  });

  it('says so when there is no other file to switch to', () => {
    const single: Context = { ...ctx, sides: 1 };
    expect(update(initialState, { type: 'switch-side' }, single).message).toMatch(/only one file/);
  });
});

describe('Enter typed before raw mode', () => {
  it('an LF (CR turned into LF by the terminal before raw mode) activates like Enter', async () => {
    const { keyToAction, isEnter } = await import('../../src/cli/tui/keys.js');
    const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false } as never;
    expect(isEnter('\n', none)).toBe(true);
    expect(keyToAction('\n', none, false)).toEqual({ type: 'activate' });
    expect(keyToAction('\n', none, true)).toEqual({ type: 'search-submit' });
    expect(isEnter('j', none)).toBe(false);
  });
});
