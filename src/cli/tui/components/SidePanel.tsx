import { Box } from 'ink';
import { Text } from './Text.js';
import type { ReactNode } from 'react';
import { inkColor } from '../../color.js';
import type { Row } from '../../views/rows.js';

export interface SidePanelProps {
  rows: readonly Row[];
  width: number;
  height: number;
}

/** Wrapped rows beside a list (the focused line's explanation), cut at the bottom, behind a left rule. */
export function SidePanel({ rows, width, height }: SidePanelProps): ReactNode {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden" borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
      {rows.map((r, i) => {
        const color = inkColor(r.tone);
        // flexShrink 0: a row keeps its wrapped height; what does not fit is cut by the panel, not squeezed onto other rows.
        return (
          <Box key={i} flexShrink={0} width={width - 2}>
            <Text wrap="wrap" bold={r.tone === 'heading'} dimColor={r.tone === 'dim'} {...(color === undefined ? {} : { color })}>
              {r.text === '' ? ' ' : r.text}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}
