import type { Key } from 'ink';
import { SCREENS, update, type Action, type Context, type State } from './state.js';

/** `back`: Esc or Backspace, to what the inspector was opened from (the chooser, a timeline), when there is one. */
export type KeyResult = Action | { type: 'quit' } | { type: 'back' } | undefined;

/**
 * The key map (pure). While a search is being typed every printable key
 * goes to the query; Enter runs it, Esc cancels.
 */
/**
 * Enter: CR in raw mode; LF when it was typed before the terminal was put in
 * raw mode (the line discipline turned CR into LF, ICRNL) and read after.
 */
export function isEnter(input: string, key: Key): boolean {
  return key.return || input === '\n' || input === '\r';
}

export function keyToAction(input: string, key: Key, searching: boolean): KeyResult {
  if (searching) {
    if (key.escape) return { type: 'search-cancel' };
    if (isEnter(input, key)) return { type: 'search-submit' };
    if (key.backspace || key.delete) return { type: 'search-backspace' };
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return undefined;
    return input === '' ? undefined : { type: 'search-type', text: input };
  }
  if (key.tab) return { type: 'cycle', delta: key.shift ? -1 : 1 };
  if (key.upArrow) return { type: 'move', delta: -1 };
  if (key.downArrow) return { type: 'move', delta: 1 };
  if (key.pageUp) return { type: 'page', delta: -1 };
  if (key.pageDown) return { type: 'page', delta: 1 };
  if (key.home) return { type: 'home' };
  if (key.end) return { type: 'end' };
  if (isEnter(input, key)) return { type: 'activate' };
  if (key.leftArrow || key.rightArrow) return { type: 'switch-side' };
  if (key.ctrl && input === 'd') return { type: 'page', delta: 1 };
  if (key.ctrl && input === 'u') return { type: 'page', delta: -1 };
  // Ink reports Esc with meta set.
  if (key.escape) return { type: 'back' };
  if (key.backspace || key.delete) return key.ctrl || key.meta ? undefined : { type: 'back' };
  if (key.ctrl || key.meta) return undefined;
  switch (input) {
    case 'q': return { type: 'quit' };
    case 'j': return { type: 'move', delta: 1 };
    case 'k': return { type: 'move', delta: -1 };
    case ' ': return { type: 'page', delta: 1 };
    case 'b': return { type: 'page', delta: -1 };
    case 'g': return { type: 'home' };
    case 'G': return { type: 'end' };
    case '/': return { type: 'search-start' };
    case 'n': return { type: 'search-next', delta: 1 };
    case 'N': return { type: 'search-next', delta: -1 };
    case 's': return { type: 'switch-side' };
  }
  const n = Number(input);
  if (input.length === 1 && Number.isInteger(n) && n >= 1 && n <= SCREENS.length) return { type: 'screen', screen: SCREENS[n - 1]! };
  return undefined;
}

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/** One character of a burst as the key it stands for (Enter, Tab, Backspace and Esc arrive as control characters). */
function charKey(ch: string): [string, Key] {
  switch (ch) {
    case '\r': case '\n': return ['', { ...NO_KEY, return: true }];
    case '\t': return ['', { ...NO_KEY, tab: true }];
    case '\u007f': case '\b': return ['', { ...NO_KEY, backspace: true }];
    case '\u001b': return ['', { ...NO_KEY, escape: true }];
    default: return [ch, NO_KEY];
  }
}

/**
 * Applies one input event. Several plain characters can arrive at once
 * (typed fast, pasted, or sent by tmux): each is a key of its own, so
 * `/opus` starts a search and types `opus`.
 */
export function applyInput(state: State, input: string, key: Key, ctx: Context): { state: State; quit: boolean; back?: boolean } {
  const plain = input.length > 1 && !key.ctrl && !key.meta && !key.escape && !key.return && !key.tab;
  const events: [string, Key][] = plain ? [...input].map(charKey) : [[input, key]];
  let s = state;
  for (const [ch, k] of events) {
    const result = keyToAction(ch, k, s.search.typing);
    if (result === undefined) continue;
    if (result.type === 'quit') return { state: s, quit: true };
    if (result.type === 'back') return { state: s, quit: false, back: true };
    s = update(s, result, ctx);
  }
  return { state: s, quit: false };
}
