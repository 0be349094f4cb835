import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { SdpLine } from '../parser/model/line.js';

/*
 * The parser's typed views (Media, Session) carry values, not the lines they
 * came from. The diff points at lines, so these helpers find the line behind
 * a value in a section's (or the session's) line list.
 */

/** The 1-based line number of a parsed line (absent for built documents). */
export function lineNumber(line: SdpLine | undefined): number | undefined {
  return line?.source?.line;
}

/** The first `a=<name>` line whose typed value satisfies `match`. */
export function findAttribute<N extends keyof AttributeValues>(
  lines: readonly SdpLine[],
  name: N,
  match: (value: AttributeValues[N]) => boolean = () => true,
): SdpLine | undefined {
  for (const line of lines) {
    if (line.type === 'a' && line.name === name && line.value !== undefined && match(line.value as AttributeValues[N])) return line;
  }
  return undefined;
}

/** The line number of the first matching attribute in the section, else in the session part. */
export function attributeLine<N extends keyof AttributeValues>(
  sectionLines: readonly SdpLine[],
  sessionLines: readonly SdpLine[],
  name: N,
  match?: (value: AttributeValues[N]) => boolean,
): number | undefined {
  return lineNumber(findAttribute(sectionLines, name, match) ?? findAttribute(sessionLines, name, match));
}

/** The line number of the first `a=<name>` line without value (a flag such as `a=rtcp-mux`), or with any value. */
export function flagLine(lines: readonly SdpLine[], names: readonly string[]): number | undefined {
  for (const line of lines) {
    if (line.type === 'a' && line.name !== undefined && names.includes(line.name)) return lineNumber(line);
  }
  return undefined;
}

/** Sets `target[key] = value` only when the value is defined (exactOptionalPropertyTypes). */
export function setIfDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
