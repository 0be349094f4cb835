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

/** Columns padded to the widest cell (the last column is not padded). */
export function table(cells: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join(gap).trimEnd());
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
