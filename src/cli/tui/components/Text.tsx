import { Text as InkText, type TextProps } from 'ink';
import { Children, type ReactNode } from 'react';
import { printable } from '../../../index.js';

/*
 * The one component through which the inspector puts text on the screen: Ink's
 * Text with every string child passed through printable(). The lines, file
 * names, labels and messages it shows come from the other peer's SDP, and Ink
 * writes strings to the terminal as they are (an ESC sequence would clear the
 * screen or set the title, a bidi override would reorder the line). No file
 * under src/cli/tui imports Text from ink itself (test/cli/tui-hostile.test.tsx
 * checks it).
 */
export function Text({ children, ...props }: TextProps): ReactNode {
  return <InkText {...props}>{Children.map(children, (c) => (typeof c === 'string' ? printable(c) : c))}</InkText>;
}
