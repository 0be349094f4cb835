import { Box, useApp } from 'ink';
import { Text } from './components/Text.js';
import { useRef, useState, type ReactNode } from 'react';
import type { ExtractResult } from '../../index.js';
import type { InspectChoice } from '../input.js';
import { timelineCounts, timelineSummary } from '../views/timeline.js';
import { VirtualList } from './components/VirtualList.js';
import { useScreenInput } from './hooks/use-keys.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { isEnter } from './keys.js';
import { follow, type ListPosition } from './state.js';

/** An entry of the chooser: what the CLI listed, or a peer connection's timeline (a dump). */
export interface ChooserEntry extends InspectChoice {
  /** Opens the timeline of this peer connection (0-based index into `peerConnections`). */
  timeline?: number | undefined;
}

export interface ChooserProps {
  title: string;
  choices: readonly ChooserEntry[];
  /** Enter on an entry that opens something. */
  onPick: (choice: ChooserEntry) => void;
  /** Where the cursor starts (coming back from what was opened); the first entry that opens something by default. */
  initial?: ListPosition | undefined;
  /** Told where the cursor is each time it moves, so that coming back finds it there. */
  onMove?: ((position: ListPosition) => void) | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

function selectable(c: ChooserEntry): boolean {
  return c.offer !== undefined || c.timeline !== undefined;
}

/**
 * For a dump: after each peer connection's heading, an entry that opens its
 * timeline and says what the log holds (negotiations, rollbacks, failed
 * calls, ICE restarts, trickled candidates).
 */
export function chooserEntries(choices: readonly InspectChoice[], result: ExtractResult | undefined): ChooserEntry[] {
  const pcs = result?.peerConnections ?? [];
  const out: ChooserEntry[] = [];
  for (const c of choices) {
    out.push(c);
    const pc = c.offer === undefined && c.peerConnection !== undefined ? pcs[c.peerConnection] : undefined;
    if (pc !== undefined && pc.events.length > 0) out.push({ label: `  timeline  ${timelineSummary(timelineCounts(pc))}`, peerConnection: c.peerConnection, timeline: c.peerConnection });
  }
  return out;
}

/** The next entry that opens something, from `from` in steps of `delta`; `from` itself when there is none. */
export function nextSelectable(choices: readonly ChooserEntry[], from: number, delta: number): number {
  const step = Math.sign(delta) || 1;
  let found = from;
  let left = Math.abs(delta) || 1;
  for (let i = from + step; i >= 0 && i < choices.length && left > 0; i += step) {
    if (selectable(choices[i]!)) {
      found = i;
      left--;
    }
  }
  return found;
}

/**
 * Before the inspector, for a file that holds several descriptions: its peer
 * connections (headings), for a dump their timelines, their negotiations
 * (offer and answer together) and descriptions. ↑↓ j k move over the entries that open something, Enter
 * opens one, q quits.
 */
export function Chooser({ title, choices, onPick, initial, onMove, width, height }: ChooserProps): ReactNode {
  const terminal = useTerminalSize();
  const w = Math.max(40, width ?? terminal.columns);
  const h = Math.max(6, (height ?? terminal.rows) - 1);
  const listHeight = h - 3;
  const { exit } = useApp();
  const first = Math.max(0, choices.findIndex(selectable));
  const [position, setPosition] = useState(() => follow(initial?.cursor ?? first, initial?.top ?? 0, choices.length, listHeight));
  // Keys can come faster than renders: each applies to the latest position.
  const current = useRef(position);
  current.current = position;

  useScreenInput((input, key) => {
    const p = current.current;
    let cursor = p.cursor;
    if (key.upArrow || input === 'k') cursor = nextSelectable(choices, cursor, -1);
    else if (key.downArrow || input === 'j') cursor = nextSelectable(choices, cursor, 1);
    else if (key.pageUp) cursor = nextSelectable(choices, cursor, -Math.max(1, listHeight - 1));
    else if (key.pageDown) cursor = nextSelectable(choices, cursor, Math.max(1, listHeight - 1));
    else if (key.home || input === 'g') cursor = first;
    else if (key.end || input === 'G') cursor = nextSelectable(choices, cursor, choices.length);
    else if (isEnter(input, key)) {
      const choice = choices[cursor];
      if (choice !== undefined && selectable(choice)) onPick(choice);
      return;
    } else if (input === 'q' || key.escape) {
      exit();
      return;
    } else return;
    const next = follow(cursor, p.top, choices.length, listHeight);
    current.current = next;
    setPosition(next);
    onMove?.(next);
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
          {`Choose what to inspect: ${choices.some((c) => c.timeline !== undefined) ? 'a timeline shows what the dump logged, ' : ''}a negotiation opens its offer and answer, a description opens alone.`}
        </Text>
      </Box>
      <VirtualList
        items={choices}
        top={position.top}
        cursor={position.cursor}
        height={listHeight}
        width={w}
        renderItem={(choice, _i, focused) =>
          !selectable(choice) ? (
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
