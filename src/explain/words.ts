import type { Explained, ExplanationField } from './types.js';

/** 48000 → "48 kHz", 44100 → "44.1 kHz", 90000 → "90 kHz". */
export function khz(hz: number): string {
  if (hz % 1000 === 0) return `${hz / 1000} kHz`;
  return `${Number((hz / 1000).toFixed(3))} kHz`;
}

export function channelWords(channels: number | undefined): string {
  if (channels === undefined) return '';
  if (channels === 1) return 'mono';
  if (channels === 2) return 'stereo';
  return `${channels} channels`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function field(name: string, value: string, meaning: string): ExplanationField {
  return { name, value, meaning };
}

/**
 * Ends a sentence with a period unless it already ends with punctuation. No
 * capitalization: sentences may start with a token (`a=fmtp`, `libwebrtc`,
 * `opus`) whose case matters, so callers write capitals themselves.
 */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Upper-cases the first letter, for sentences that start with words from a table. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Joins non-empty pieces into a paragraph of sentences. */
export function paragraph(...pieces: (string | undefined | false)[]): string {
  return pieces
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map(sentence)
    .join(' ');
}

/** Builds an Explained without writing `undefined` into optional properties. */
export function explained(parts: {
  label: string;
  summary: string;
  details?: string | undefined;
  ref?: string | undefined;
  fields?: ExplanationField[] | undefined;
  unknown?: boolean | undefined;
}): Explained {
  const out: Explained = { label: parts.label, summary: sentence(parts.summary), details: parts.details ?? '', fields: parts.fields ?? [] };
  if (parts.ref !== undefined && parts.ref !== '') out.ref = parts.ref;
  if (parts.unknown === true) out.unknown = true;
  return out;
}
