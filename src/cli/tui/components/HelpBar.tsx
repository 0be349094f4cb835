import { Box } from 'ink';
import { Text } from './Text.js';
import type { ReactNode } from 'react';

/** The keys that work now, on one line at the bottom. */
export function HelpBar({ width, searching, canJump, canSwitch, canBack = false }: { width: number; searching: boolean; canJump: boolean; canSwitch: boolean; canBack?: boolean }): ReactNode {
  const keys = searching
    ? ['Enter find', 'Esc cancel', 'Backspace erase']
    : [...(canBack ? ['Esc back'] : []), 'Tab/1-5 screens', '↑↓ jk PgUp PgDn', '/ search', 'n N', ...(canSwitch ? ['s other file'] : []), ...(canJump ? ['Enter go to line'] : []), 'q quit'];
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end" dimColor>
        {keys.join('  ')}
      </Text>
    </Box>
  );
}

/** The search being typed, a message, or where the cursor is. */
export function StatusLine({ width, text, searching }: { width: number; text: string; searching: boolean }): ReactNode {
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end" {...(searching ? { color: 'cyan' } : {})}>
        {text === '' ? ' ' : text}
      </Text>
    </Box>
  );
}
