import { Box } from 'ink';
import { Text } from './Text.js';
import type { ReactNode } from 'react';
import { SCREENS, SCREEN_TITLES, type ScreenId } from '../state.js';

/** The screens with their number keys; the current one inverse. */
export function TabBar({ screen, width, files }: { screen: ScreenId; width: number; files: string }): ReactNode {
  return (
    <Box width={width} height={1}>
      {SCREENS.map((s, i) => (
        <Box key={s} flexShrink={0}>
          <Text inverse={s === screen} bold={s === screen}>
            {` ${i + 1} ${SCREEN_TITLES[s]} `}
          </Text>
        </Box>
      ))}
      <Box flexGrow={1} flexShrink={1} justifyContent="flex-end" paddingLeft={2}>
        <Text wrap="truncate-start" dimColor>
          {files}
        </Text>
      </Box>
    </Box>
  );
}
