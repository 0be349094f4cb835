/** JSON output: bigints (ICE pair priorities) become decimal strings, so no digit is lost. */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, bigintReplacer, 2);
}
