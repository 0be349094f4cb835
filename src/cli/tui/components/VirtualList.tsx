import { Box } from 'ink';
import { Text } from './Text.js';
import type { ReactNode } from 'react';
import { inkColor } from '../../color.js';
import type { Row } from '../../views/rows.js';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** First visible item (state.ts keeps it so the cursor stays visible). */
  top: number;
  cursor: number;
  height: number;
  width: number;
  /** Draws one visible item; `focused` is the cursor's row. */
  renderItem: (item: T, index: number, focused: boolean, width: number) => ReactNode;
}

/**
 * Draws only the rows in view (top … top + height), so a description of
 * thousands of lines scrolls as fast as a short one; the box keeps a fixed
 * height so the frame never changes size while scrolling.
 */
export function VirtualList<T>({ items, top, cursor, height, width, renderItem }: VirtualListProps<T>): ReactNode {
  const visible = items.slice(top, top + height);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {visible.map((item, i) => (
        <Box key={i} width={width} height={1}>
          {renderItem(item, top + i, top + i === cursor, width)}
        </Box>
      ))}
    </Box>
  );
}

/** A Row as one line: its tone's colour, inverse when focused, cut with … when too long. */
export function RowLine({ row, focused, width }: { row: Row; focused: boolean; width: number }): ReactNode {
  const color = inkColor(row.tone);
  const text = focused ? row.text.padEnd(width) : row.text;
  return (
    <Text wrap="truncate-end" inverse={focused} bold={row.tone === 'heading'} dimColor={row.tone === 'dim'} {...(color === undefined ? {} : { color })}>
      {text === '' ? ' ' : text}
    </Text>
  );
}
