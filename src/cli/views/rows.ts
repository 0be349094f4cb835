import { printable } from '../../index.js';
import type { Paint, Tone } from '../color.js';

/*
 * The text renderings shared by the commands (printed with ANSI colours) and
 * the terminal UI (one list row each): plain rows with a tone, built only
 * from what the library returned.
 */

export interface Row {
  text: string;
  tone?: Tone;
  /** Where the row points, for the terminal UI's jumps: a side (0 = first file) and a 1-based line. */
  target?: { side: number; line: number };
}

export function row(text: string, tone?: Tone, target?: Row['target']): Row {
  const r: Row = { text };
  if (tone !== undefined) r.tone = tone;
  if (target !== undefined) r.target = target;
  return r;
}

export function renderRows(rows: readonly Row[], p: Paint): string {
  return rows.map((r) => p.tone(r.tone, r.text)).join('\n');
}

/** How wide text is once the output choke point (output.ts) has shown its hidden characters. */
export function shownWidth(text: string): number {
  return printable(text).length;
}

/** `text` padded to `width` as it will be shown (a hidden character takes the width of its escape). */
export function padShown(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - shownWidth(text)));
}

/** Columns padded to the widest cell as shown (the last column is not padded). */
export function table(cells: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, shownWidth(c))));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : padShown(c, widths[i]!))).join(gap).trimEnd());
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
