/** The lines of a text, each with its end of line (CRLF, LF or a lone CR). */
export function textLines(text: string): string[] {
  return text.split(/(?<=\r\n|\n|\r(?!\n))/);
}

/**
 * The lines of `after` that are not in `before`, and the other way round (a
 * multiset line diff), each with its end of line, or without when `trim`.
 */
export function changed(before: string, after: string, trim = false): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const l of textLines(before)) count.set(l, (count.get(l) ?? 0) + 1);
  const added: string[] = [];
  for (const l of textLines(after)) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else added.push(trim ? l.trimEnd() : l);
  }
  const removed = [...count].flatMap(([l, n]) => Array.from({ length: n }, () => (trim ? l.trimEnd() : l)));
  return { added, removed };
}
