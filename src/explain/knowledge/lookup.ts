/**
 * Reads a knowledge table by key without reaching inherited properties:
 * `table['constructor']` must be "unknown", not Object's constructor.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
