/*
 * The inspector's state and its one update function (pure, so key handling
 * is tested without a terminal): which screen, which file on the Lines
 * screen, a cursor and scroll offset per list, and the search.
 */

export const SCREENS = ['lines', 'diff', 'codecs', 'ice', 'lint'] as const;
export type ScreenId = (typeof SCREENS)[number];

export const SCREEN_TITLES: Record<ScreenId, string> = { lines: 'Lines', diff: 'Diff', codecs: 'Codecs', ice: 'ICE', lint: 'Lint' };

export interface ListPosition {
  cursor: number;
  /** First visible row. */
  top: number;
}

export interface State {
  screen: ScreenId;
  /** The file shown on the Lines screen (0 = offer). */
  side: number;
  positions: Readonly<Record<string, ListPosition>>;
  search: { typing: boolean; query: string };
  /** One line for the status bar (search results), cleared by the next key. */
  message: string;
}

export type Action =
  | { type: 'screen'; screen: ScreenId }
  | { type: 'cycle'; delta: 1 | -1 }
  | { type: 'move'; delta: number }
  | { type: 'page'; delta: 1 | -1 }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'switch-side' }
  | { type: 'search-start' }
  | { type: 'search-type'; text: string }
  | { type: 'search-backspace' }
  | { type: 'search-cancel' }
  | { type: 'search-submit' }
  | { type: 'search-next'; delta: 1 | -1 }
  | { type: 'activate' };

/** What a list holds, as update needs it: text to search, and where Enter goes. */
export interface ListItem {
  search: string;
  target?: { side: number; line: number } | undefined;
}

export interface Context {
  items(screen: ScreenId, side: number): readonly ListItem[];
  /** The index of a 1-based line in a side's Lines list. */
  lineIndex(side: number, line: number): number | undefined;
  sides: number;
  /** Visible rows of the lists. */
  height: number;
}

export const initialState: State = { screen: 'lines', side: 0, positions: {}, search: { typing: false, query: '' }, message: '' };

export function positionKey(screen: ScreenId, side: number): string {
  return screen === 'lines' ? `lines:${side}` : screen;
}

export function positionOf(state: State, screen: ScreenId = state.screen, side: number = state.side): ListPosition {
  return state.positions[positionKey(screen, side)] ?? { cursor: 0, top: 0 };
}

/** Keeps the cursor inside the list and visible, scrolling as little as possible. */
export function follow(cursor: number, top: number, count: number, height: number): ListPosition {
  const c = Math.max(0, Math.min(cursor, count - 1));
  const h = Math.max(1, height);
  let t = Math.max(0, Math.min(top, Math.max(0, count - h)));
  if (c < t) t = c;
  if (c >= t + h) t = c - h + 1;
  return { cursor: Math.max(0, c), top: t };
}

function place(state: State, screen: ScreenId, side: number, cursor: number, ctx: Context, centre = false): State {
  const count = ctx.items(screen, side).length;
  const current = positionOf(state, screen, side);
  const top = centre ? cursor - Math.floor(ctx.height / 2) : current.top;
  const next = follow(cursor, top, count, ctx.height);
  return { ...state, positions: { ...state.positions, [positionKey(screen, side)]: next } };
}

function find(items: readonly ListItem[], query: string, from: number, delta: 1 | -1): number | undefined {
  const q = query.toLowerCase();
  for (let k = 1; k <= items.length; k++) {
    const i = (((from + k * delta) % items.length) + items.length) % items.length;
    if (items[i]!.search.toLowerCase().includes(q)) return i;
  }
  return undefined;
}

export function update(state: State, action: Action, ctx: Context): State {
  const s: State = state.message === '' ? state : { ...state, message: '' };
  const { cursor } = positionOf(s);
  switch (action.type) {
    case 'screen':
      return { ...s, screen: action.screen };
    case 'cycle': {
      const i = SCREENS.indexOf(s.screen);
      return { ...s, screen: SCREENS[(i + action.delta + SCREENS.length) % SCREENS.length]! };
    }
    case 'move':
      return place(s, s.screen, s.side, cursor + action.delta, ctx);
    case 'page':
      return place(s, s.screen, s.side, cursor + action.delta * Math.max(1, ctx.height - 1), ctx);
    case 'home':
      return place(s, s.screen, s.side, 0, ctx);
    case 'end':
      return place(s, s.screen, s.side, ctx.items(s.screen, s.side).length - 1, ctx);
    case 'switch-side':
      if (ctx.sides < 2) return { ...s, message: 'only one file: sdp inspect <offer> <answer> to compare' };
      return { ...s, side: (s.side + 1) % ctx.sides };
    case 'search-start':
      return { ...s, search: { typing: true, query: '' } };
    case 'search-type':
      return { ...s, search: { typing: true, query: s.search.query + action.text } };
    case 'search-backspace':
      return { ...s, search: { typing: true, query: s.search.query.slice(0, -1) } };
    case 'search-cancel':
      return { ...s, search: { typing: false, query: '' } };
    case 'search-submit':
    case 'search-next': {
      const typing = { ...s, search: { typing: false, query: s.search.query } };
      if (s.search.query === '') return { ...typing, message: action.type === 'search-next' ? 'no search: press / to search' : '' };
      const items = ctx.items(s.screen, s.side);
      const delta = action.type === 'search-next' ? action.delta : 1;
      // A new search starts at the cursor's row itself; n and N move on from it.
      const from = action.type === 'search-submit' ? cursor - 1 : cursor;
      const hit = items.length === 0 ? undefined : find(items, s.search.query, from, delta);
      if (hit === undefined) return { ...typing, message: `not found: ${s.search.query}` };
      return place(typing, s.screen, s.side, hit, ctx, true);
    }
    case 'activate': {
      const target = ctx.items(s.screen, s.side)[cursor]?.target;
      if (target === undefined || target.side >= ctx.sides) return s;
      const index = ctx.lineIndex(target.side, target.line);
      if (index === undefined) return { ...s, message: `line ${target.line} is not in the file` };
      return place({ ...s, screen: 'lines', side: target.side }, 'lines', target.side, index, ctx, true);
    }
  }
}
