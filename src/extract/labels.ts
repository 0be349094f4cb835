import { scalarText, type JsonValue } from './json-value.js';

/*
 * Times and names as people read them in a list of descriptions.
 */

export interface TimeInfo {
  /** As the source wrote it, or ISO 8601 when it gave milliseconds since 1970. */
  timestamp: string;
  time?: number;
  /** For labels: HH:MM:SS.mmm (UTC) for numbers, the source text otherwise. */
  clock: string;
}

/** Numbers this large are milliseconds since 1970 (after 1973-03-03), smaller ones are not dates. */
const EPOCH_MS_MIN = 1e11;

/**
 * A time from a dump: a number (or numeric string) of milliseconds since
 * 1970, as webrtc-internals `timestamp` and about:webrtc DOMHighResTimeStamp
 * give it, or any text (older webrtc-internals dumps store
 * `time.toLocaleString()`, chromium webrtc_internals.js PeerConnectionRecord.addUpdate).
 */
export function timeOf(value: JsonValue | undefined): TimeInfo | undefined {
  const text = scalarText(value);
  if (text === undefined || text === '') return undefined;
  const n = value?.kind === 'number' ? value.value : /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
  if (Number.isFinite(n) && n >= EPOCH_MS_MIN && n < 1e14) {
    const iso = new Date(n).toISOString();
    return { timestamp: iso, time: n, clock: iso.slice(11, 23) };
  }
  return { timestamp: text, clock: text };
}

/** scheme://host[:port] of a URL, or the text itself when it is not one. */
export function origin(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)/i.exec(url);
  return m === null ? url : m[1]!;
}

export function pcLabel(number: number, url: string | undefined): string {
  return url === undefined || url === '' ? `PC ${number}` : `PC ${number} (${origin(url)})`;
}

/** A JSON path as people write it: `$.messages[2].sdp`, `$["a b"]`. */
export function pathJoin(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
