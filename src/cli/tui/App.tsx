import { Box, type Key } from 'ink';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { HelpBar, StatusLine } from './components/HelpBar.js';
import { TabBar } from './components/TabBar.js';
import { useKeys } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { applyInput } from './keys.js';
import type { Inspection } from './model.js';
import { CodecsScreen } from './screens/CodecsScreen.js';
import { DiffScreen } from './screens/DiffScreen.js';
import { IceScreen } from './screens/IceScreen.js';
import { LinesScreen } from './screens/LinesScreen.js';
import { LintScreen } from './screens/LintScreen.js';
import { SCREEN_TITLES, initialState, positionOf, type Context, type ListItem, type ScreenId, type State } from './state.js';

export interface AppProps {
  inspection: Inspection;
  /** Fixed size (tests); by default the terminal's, following resizes. */
  width?: number;
  height?: number;
  /** Esc or Backspace: back to what the inspector was opened from (absent: nothing to go back to). */
  onBack?: (() => void) | undefined;
}

function contextFor(inspection: Inspection, height: number): Context {
  const lines = inspection.sides.map((s) => s.explanations.map((e): ListItem => ({ search: e.text })));
  const index = inspection.sides.map((s) => new Map(s.explanations.map((e, i) => [e.line, i])));
  const lists: Record<Exclude<ScreenId, 'lines'>, ListItem[]> = {
    diff: inspection.diffRows.map((r) => ({ search: r.text, target: r.target })),
    codecs: inspection.codecRows.map((r) => ({ search: r.text, target: r.target })),
    ice: inspection.iceRows.map((r) => ({ search: r.text, target: r.target })),
    lint: inspection.lintRows.map((r) => ({ search: r.text, target: r.target })),
  };
  return {
    items: (screen, side) => (screen === 'lines' ? (lines[side] ?? []) : lists[screen]),
    lineIndex: (side, line) => index[side]?.get(line),
    sides: inspection.sides.length,
    height,
  };
}

/** The terminal inspector: five screens over what the library computed, driven by keys. */
export function App({ inspection, width, height, onBack }: AppProps): ReactNode {
  const terminal = useTerminalSize();
  const w = Math.max(40, width ?? terminal.columns);
  // One row fewer than the terminal: Ink redraws in place only while the frame is shorter than the screen.
  const h = Math.max(10, (height ?? terminal.rows) - 1);
  // The screen between the tab bar and the status and help lines; its lists lose one more row to the title.
  const body = h - 3;
  const ctx = useMemo(() => contextFor(inspection, body - 1), [inspection, body]);
  const [state, setState] = useState<State>(initialState);
  // Key events can come faster than renders: each one applies to the latest state.
  const current = useRef(state);
  current.current = state;
  useKeys((input: string, key: Key) => {
    const next = applyInput(current.current, input, key, ctx);
    current.current = next.state;
    setState(next.state);
    if (next.back === true && onBack !== undefined) onBack();
    return next.quit;
  });

  const position = positionOf(state);
  const count = ctx.items(state.screen, state.side).length;
  const status = state.search.typing
    ? `/${state.search.query}▏`
    : state.message !== ''
      ? state.message
      : `${SCREEN_TITLES[state.screen]}  ${count === 0 ? 0 : position.cursor + 1}/${count}${state.search.query === '' ? '' : `   search: ${state.search.query} (n/N)`}`;
  const files = inspection.sides.map((s) => s.name).join(' ↔ ');
  const canJump = state.screen !== 'lines' && ctx.items(state.screen, state.side)[position.cursor]?.target !== undefined;

  let screen: ReactNode;
  switch (state.screen) {
    case 'lines': screen = <LinesScreen inspection={inspection} side={state.side} position={position} width={w} height={body} />; break;
    case 'diff': screen = <DiffScreen inspection={inspection} position={position} width={w} height={body} />; break;
    case 'codecs': screen = <CodecsScreen inspection={inspection} position={position} width={w} height={body} />; break;
    case 'ice': screen = <IceScreen inspection={inspection} position={position} width={w} height={body} />; break;
    case 'lint': screen = <LintScreen inspection={inspection} position={position} width={w} height={body} />; break;
  }

  return (
    <Box flexDirection="column" width={w} height={h}>
      <TabBar screen={state.screen} width={w} files={files} />
      {screen}
      <StatusLine width={w} text={status} searching={state.search.typing} />
      <HelpBar width={w} searching={state.search.typing} canJump={canJump} canSwitch={inspection.sides.length > 1 && state.screen === 'lines'} canBack={onBack !== undefined} />
    </Box>
  );
}
