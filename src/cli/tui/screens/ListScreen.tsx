import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { ReactNode } from 'react';
import type { Row } from '../../views/rows.js';
import { RowLine, VirtualList } from '../components/VirtualList.js';
import { SidePanel } from '../components/SidePanel.js';
import type { ListPosition } from '../state.js';

export interface ListScreenProps {
  title: string;
  rows: readonly Row[];
  position: ListPosition;
  width: number;
  /** Title row included. */
  height: number;
  /** Rows for a side panel about the focused row. */
  panel?: readonly Row[] | undefined;
}

/** The panel's width: about two fifths of the terminal, at least 30 columns. */
export function panelWidth(width: number): number {
  return Math.max(30, Math.floor(width * 0.42));
}

/** A title and a scrolling list of rows (the Diff, Codecs, ICE and Lint screens), with an optional side panel. */
export function ListScreen({ title, rows, position, width, height, panel }: ListScreenProps): ReactNode {
  const side = panel === undefined ? 0 : panelWidth(width);
  const listWidth = width - side;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box width={width} height={1}>
        <Text wrap="truncate-end" bold>
          {title}
        </Text>
      </Box>
      <Box width={width} height={height - 1}>
        <VirtualList
          items={rows}
          top={position.top}
          cursor={position.cursor}
          height={height - 1}
          width={listWidth}
          renderItem={(row, _i, focused, w) => <RowLine row={row} focused={focused} width={w} />}
        />
        {panel === undefined ? null : <SidePanel rows={panel} width={side} height={height - 1} />}
      </Box>
    </Box>
  );
}
