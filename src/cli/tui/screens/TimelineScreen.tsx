import { Box, useApp } from 'ink';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { ExtractedPeerConnection, ExtractResult } from '../../../index.js';
import { eventDetailRows, opensDescription, timelineCounts, timelineSummary, timelineTable, type PcEvent } from '../../views/timeline.js';
import { SidePanel } from '../components/SidePanel.js';
import { Text } from '../components/Text.js';
import { RowLine, VirtualList } from '../components/VirtualList.js';
import { useScreenInput } from '../hooks/use-keys.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { isEnter } from '../keys.js';
import { follow, type ListPosition } from '../state.js';
import { panelWidth } from './ListScreen.js';

export interface TimelineScreenProps {
  result: ExtractResult;
  /** 0-based index into `result.peerConnections`. */
  peerConnection: number;
  /** Where the cursor was when the screen was left (coming back from a description). */
  initial?: { position: ListPosition; hideOther: boolean } | undefined;
  /** Enter on an event that carries a description; `at` is where to come back to. */
  onOpen: (description: number, at: { position: ListPosition; hideOther: boolean }) => void;
  /** Esc or Backspace. */
  onBack: () => void;
  width?: number | undefined;
  height?: number | undefined;
}

const keepAll = (): boolean => true;
const notOther = (e: PcEvent): boolean => e.kind !== 'other';

/**
 * Everything the dump logged for one peer connection, in order: time,
 * negotiation, kind and what happened (refused calls with the browser's
 * error), the focused event in full beside the list. Enter on a description
 * opens it in the inspector; f hides the events of kind `other`.
 */
export function TimelineScreen({ result, peerConnection, initial, onOpen, onBack, width, height }: TimelineScreenProps): ReactNode {
  const pc: ExtractedPeerConnection | undefined = result.peerConnections?.[peerConnection];
  const terminal = useTerminalSize();
  const w = Math.max(40, width ?? terminal.columns);
  const h = Math.max(8, (height ?? terminal.rows) - 1);
  // Title, column heads, status and help lines.
  const listHeight = h - 4;
  const { exit } = useApp();
  const [hideOther, setHideOther] = useState(initial?.hideOther ?? false);
  const timeline = useMemo(() => (pc === undefined ? undefined : timelineTable(result, pc, hideOther ? notOther : keepAll)), [result, pc, hideOther]);
  const count = timeline?.rows.length ?? 0;
  const [position, setPosition] = useState<ListPosition>(() => follow(initial?.position.cursor ?? 0, initial?.position.top ?? 0, count, listHeight));
  const [message, setMessage] = useState('');
  // Keys can come faster than renders: each applies to the latest position.
  const current = useRef(position);
  current.current = position;

  useScreenInput((input, key) => {
    if (timeline === undefined) {
      if (input === 'q') exit();
      else onBack();
      return;
    }
    const p = current.current;
    let cursor = p.cursor;
    setMessage('');
    if (key.upArrow || input === 'k') cursor--;
    else if (key.downArrow || input === 'j') cursor++;
    else if (key.pageUp || input === 'b') cursor -= Math.max(1, listHeight - 1);
    else if (key.pageDown || input === ' ') cursor += Math.max(1, listHeight - 1);
    else if (key.home || input === 'g') cursor = 0;
    else if (key.end || input === 'G') cursor = count - 1;
    else if (key.escape || key.backspace || key.delete) {
      onBack();
      return;
    } else if (input === 'q') {
      exit();
      return;
    } else if (input === 'f') {
      // Keep the focused event in view when it stays; else the nearest one before it.
      const focused = timeline.events[p.cursor]?.index ?? 0;
      const next = timelineTable(result, pc!, hideOther ? keepAll : notOther);
      let at = next.events.findIndex((e) => e.index >= focused);
      if (at < 0) at = next.events.length - 1;
      const moved = follow(at, at - Math.floor(listHeight / 2), next.events.length, listHeight);
      current.current = moved;
      setPosition(moved);
      setHideOther(!hideOther);
      return;
    } else if (isEnter(input, key)) {
      const e = timeline.events[p.cursor];
      if (e !== undefined && opensDescription(result, e)) onOpen(e.description!, { position: p, hideOther });
      else setMessage('this event carries no description to open');
      return;
    } else return;
    const next = follow(cursor, p.top, count, listHeight);
    current.current = next;
    setPosition(next);
  });

  if (pc === undefined || timeline === undefined) {
    return (
      <Box width={w} height={h}>
        <Text>no such peer connection (press any key)</Text>
      </Box>
    );
  }
  const focused = timeline.events[position.cursor];
  // Narrower than the other screens' panel: the list's last column is the event's text.
  const panel = Math.min(panelWidth(w), Math.max(30, Math.floor(w * 0.34)));
  const status = message !== '' ? message : `Timeline  ${count === 0 ? 0 : position.cursor + 1}/${count}${hideOther ? `  (${pc.events.length - count} of kind other hidden)` : ''}`;
  const canOpen = focused !== undefined && opensDescription(result, focused);
  const keys = ['↑↓ jk PgUp PgDn', ...(canOpen ? ['Enter open'] : []), hideOther ? 'f show all' : 'f hide other', 'Esc back', 'q quit'];
  return (
    <Box flexDirection="column" width={w} height={h}>
      <Box width={w} height={1}>
        <Text wrap="truncate-end" bold>
          {`${pc.label} timeline: ${timelineSummary(timelineCounts(pc))}`}
        </Text>
      </Box>
      <Box width={w} height={1}>
        <Text wrap="truncate-end" dimColor>
          {timeline.header}
        </Text>
      </Box>
      <Box width={w} height={listHeight}>
        <VirtualList
          items={timeline.rows}
          top={position.top}
          cursor={position.cursor}
          height={listHeight}
          width={w - panel}
          renderItem={(row, _i, isFocused, lw) => <RowLine row={row} focused={isFocused} width={lw} />}
        />
        <SidePanel rows={focused === undefined ? [] : eventDetailRows(result, pc, focused)} width={panel} height={listHeight} />
      </Box>
      <Box width={w} height={1}>
        <Text wrap="truncate-end">{status}</Text>
      </Box>
      <Box width={w} height={1}>
        <Text wrap="truncate-end" dimColor>
          {keys.join('  ')}
        </Text>
      </Box>
    </Box>
  );
}
