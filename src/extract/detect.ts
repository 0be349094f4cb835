import { isAboutWebrtc, looksLikeAboutWebrtcPage } from './about-webrtc.js';
import { parseJson, type JsonValue } from './json-value.js';
import { looksLikeRtcStats } from './rtcstats.js';
import { isInternalsDump } from './webrtc-internals.js';

/*
 * Which format a text is. Structured JSON is tried first (a webrtc-internals
 * dump, an about:webrtc report, any other JSON such as a signalling message,
 * or a whole JSON string literal); then an about:webrtc saved page; anything
 * else is text, which extract.ts scans for embedded JSON, escaped string
 * literals, log prefixes and raw SDP, in that order.
 */

export type JsonFlavor = 'webrtc-internals' | 'about-webrtc' | 'string' | 'json';

export type Detected =
  | { kind: 'empty' }
  | { kind: 'compressed' }
  | { kind: 'json'; value: JsonValue; flavor: JsonFlavor }
  | { kind: 'page' }
  | { kind: 'rtcstats' }
  | { kind: 'text'; jsonError?: { error: string; offset: number } };

export function jsonFlavor(value: JsonValue): JsonFlavor {
  if (value.kind === 'string') return 'string';
  if (isInternalsDump(value)) return 'webrtc-internals';
  if (isAboutWebrtc(value)) return 'about-webrtc';
  return 'json';
}

/** `{"…`, `{}`, `[{`, `["`, `[1`, `[]`: the start of a JSON document rather than a `[pc1]` log prefix. */
const JSON_START = /^[\s\ufeff]*(?:\{\s*["}]|\[\s*[[{"\d\]-]|\[\s*(?:true|false|null)\b)/;

export function detect(text: string): Detected {
  if (/^[\s\ufeff]*$/.test(text)) return { kind: 'empty' };
  // gzip's magic bytes 1f 8b (RFC 1952 §2.3.1); read as UTF-8, 8b becomes U+FFFD.
  if (text.charCodeAt(0) === 0x1f && (text.charCodeAt(1) === 0x8b || text.charCodeAt(1) === 0xfffd)) return { kind: 'compressed' };
  if (looksLikeRtcStats(text)) return { kind: 'rtcstats' };
  const first = /[^\s\ufeff]/.exec(text);
  const c = first?.[0];
  if (c === '{' || c === '[' || c === '"') {
    const r = parseJson(text);
    if (r.ok) return { kind: 'json', value: r.value, flavor: jsonFlavor(r.value) };
    if (JSON_START.test(text)) return { kind: 'text', jsonError: { error: r.error, offset: r.offset } };
  }
  if (looksLikeAboutWebrtcPage(text)) return { kind: 'page' };
  return { kind: 'text' };
}
