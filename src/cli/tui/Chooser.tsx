import { Box, useApp, useInput } from 'ink';
import { Text } from './components/Text.js';
import { useRef, useState, type ReactNode } from 'react';
import type { InspectChoice } from '../input.js';
import { VirtualList } from './components/VirtualList.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { follow } from './state.js';

export interface ChooserProps {
  title: string;
  choices: readonly InspectChoice[];
  /** Enter on an entry that opens something. */
  onPick: (choice: InspectChoice) => void;
  width?: number;
  height?: number;
}

/** The next entry that opens something, from `from` in steps of `delta`; `from` itself when there is none. */
export function nextSelectable(choices: readonly InspectChoice[], from: number, delta: number): number {
  const step = Math.sign(delta) || 1;
  let found = from;
  let left = Math.abs(delta) || 1;
  for (let i = from + step; i >= 0 && i < choices.length && left > 0; i += step) {
    if (choices[i]!.offer !== undefined) {
      found = i;
      left--;
    }
  }
  return found;
}

/**
 * Before the inspector, for a file that holds several descriptions: its peer
 * connections (headings), their negotiations (offer and answer together) and
 * descriptions. ↑↓ j k move over the entries that open something, Enter
 * opens one, q quits.
 */
export function Chooser({ title, choices, onPick, width, height }: ChooserProps): ReactNode {
  const terminal = useTerminalSize();
  const w = Math.max(40, width ?? terminal.columns);
  const h = Math.max(6, (height ?? terminal.rows) - 1);
  const listHeight = h - 3;
  const { exit } = useApp();
  const first = Math.max(0, choices.findIndex((c) => c.offer !== undefined));
  const [position, setPosition] = useState(() => follow(first, 0, choices.length, listHeight));
  // Keys can come faster than renders: each applies to the latest position.
  const current = useRef(position);
  current.current = position;

  useInput((input, key) => {
    const p = current.current;
    let cursor = p.cursor;
    if (key.upArrow || input === 'k') cursor = nextSelectable(choices, cursor, -1);
    else if (key.downArrow || input === 'j') cursor = nextSelectable(choices, cursor, 1);
    else if (key.pageUp) cursor = nextSelectable(choices, cursor, -Math.max(1, listHeight - 1));
    else if (key.pageDown) cursor = nextSelectable(choices, cursor, Math.max(1, listHeight - 1));
    else if (key.home || input === 'g') cursor = first;
    else if (key.end || input === 'G') cursor = nextSelectable(choices, cursor, choices.length);
    else if (key.return) {
      const choice = choices[cursor];
      if (choice?.offer !== undefined) onPick(choice);
      return;
    } else if (input === 'q' || key.escape) {
      exit();
      return;
    } else return;
    const next = follow(cursor, p.top, choices.length, listHeight);
    current.current = next;
    setPosition(next);
  });

  return (
    <Box flexDirection="column" width={w} height={h}>
      <Box width={w} height={1}>
        <Text wrap="truncate-end" bold>
          {title}
        </Text>
      </Box>
      <Box width={w} height={1}>
        <Text wrap="truncate-end" dimColor>
          Choose what to inspect: a negotiation opens its offer and answer, a description opens alone.
        </Text>
      </Box>
      <VirtualList
        items={choices}
        top={position.top}
        cursor={position.cursor}
        height={listHeight}
        width={w}
        renderItem={(choice, _i, focused) =>
          choice.offer === undefined ? (
            <Text wrap="truncate-end" bold color="cyan">
              {choice.label}
            </Text>
          ) : (
            <Text wrap="truncate-end" inverse={focused}>
              {focused ? choice.label.padEnd(w) : choice.label}
            </Text>
          )
        }
      />
      <Box width={w} height={1}>
        <Text wrap="truncate-end" dimColor>
          ↑↓ jk move  Enter inspect  q quit
        </Text>
      </Box>
    </Box>
  );
}
