/*
 * What people call an m-section, in every face (lint and diff messages,
 * explanations, the CLI, the terminal inspector, the page): numbered from 1,
 * in the order of the m= lines, like line numbers. `Media.index` and other
 * fields named `index` stay 0-based positions for code.
 */

type Named = { index: number; kind: string; mid?: string | undefined };

/** `m-section 2 (video, mid 1)` or `m-section 3 (audio, no mid)`: for sentences. */
export function sectionName(m: Named): string {
  return `m-section ${m.index + 1} (${m.kind === '' ? 'unknown kind' : m.kind}, ${m.mid === undefined ? 'no mid' : `mid ${m.mid}`})`;
}

/** `video mid 1`, or `audio #3` without a mid: for headings and lists, where the mid is what people match on. */
export function sectionLabel(m: Named): string {
  return `${m.kind === '' ? 'section' : m.kind} ${m.mid === undefined ? `#${m.index + 1}` : `mid ${m.mid}`}`;
}
