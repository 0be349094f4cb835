import { textSegments } from '../index.js';

/** JSON output: bigints (ICE pair priorities) become decimal strings, so no digit is lost. */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

function unicodeEscape(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, C1, bidi and zero-width
 * characters raw, which a terminal or a viewer then obeys. They can only be in
 * strings (JSON's own syntax is ASCII), so they are written as \u escapes:
 * the same JSON value, with nothing hidden in the bytes.
 */
export function toJson(value: unknown): string {
  return escapeHidden(JSON.stringify(value, bigintReplacer, 2));
}

/** JSON text with its hidden characters written as \u escapes (they can only be inside strings): the same value. */
export function escapeHidden(json: string): string {
  return textSegments(json)
    .map((s) => (s.kind === 'text' ? s.text : unicodeEscape(s.hidden.char)))
    .join('');
}
