/** Presentation helpers: how much of a (possibly hostile, huge) value the page draws. */

/** Characters of one SDP line drawn in the Lines view. */
export const LINE_CAP = 2000;
/** Characters of any other value (a field, a message) drawn in a table or panel. */
export const VALUE_CAP = 300;

export function clip(text: string, max: number = VALUE_CAP): { shown: string; hidden: number } {
  return text.length <= max ? { shown: text, hidden: 0 } : { shown: text.slice(0, max), hidden: text.length - max };
}

export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

export function bytes(n: number): string {
  if (n < 1024) return count(n, 'byte');
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
