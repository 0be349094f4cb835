import { looksLikeRtcStats } from '../extract/rtcstats.js';
import { redactPatterns } from './line-pass.js';
import { redactWith } from './redact.js';
import { mapFingerprint, mapIce, mapId, mapSsrc, Mapper, type RedactionKind } from './stand-ins.js';

/*
 * A redacted copy of a whole dump: chrome://webrtc-internals JSON, its
 * rtcstats dump (one JSON array per line), Firefox's about:webrtc JSON, or
 * any other JSON holding descriptions. The copy has the same structure (the
 * same keys, arrays, line layout and indentation), so every tool that reads
 * the original reads the copy; one mapping covers the descriptions, the
 * trickled candidates and the stats, so the same address, ufrag or track id
 * gets the same stand-in everywhere and the copy still pairs, matches and
 * explains the same way.
 *
 * Per string value: a session description (bare, as `type: offer, sdp: …`,
 * or as JSON in the string) is redacted line by line as `redact` does; a
 * candidate line or a logged RTCIceCandidate likewise; stats members that
 * hold private values by name (`usernameFragment`, `iceLocalUsernameFragment`,
 * `fingerprint`, `base64Certificate`, `trackIdentifier`, `ssrc`…); page URLs
 * keep their origin only (a path or query can name a room or carry a
 * token); everything else goes through the address and fingerprint patterns.
 */

export interface DumpRedaction {
  /** The redacted copy; undefined when the text is not JSON (use `redact` for plain SDP). */
  text?: string;
  format: 'json' | 'rtcstats' | 'not-json';
  replaced: Partial<Record<RedactionKind, number>>;
  /** Replaced values still found in the copy: empty unless redaction has a bug. */
  leaks: string[];
}

const SDP_START = /^v=0\r?\n/;

const redactSdp = redactWith;

function redactCandidateLine(m: Mapper, candidate: string): string {
  const prefix = candidate.startsWith('a=') ? '' : 'a=';
  const redacted = redactSdp(m, `${prefix}${candidate}`);
  return prefix === '' ? redacted : redacted.slice(prefix.length);
}

/** A stand-in this module hands out for ids and labels: met again (redacting a copy), it stays. */
const ID_STAND_IN = /^(track|stream|id|label|cname)\d+$/;

function idOf(m: Mapper, v: string, prefix: string): string {
  return ID_STAND_IN.test(v) ? v : mapId(m, 'stream-id', v, prefix);
}

/** Members whose value is private by name, wherever they are. */
const BY_NAME: Readonly<Record<string, (m: Mapper, v: string) => string>> = {
  usernameFragment: (m, v) => mapIce(m, 'ice-ufrag', v),
  iceLocalUsernameFragment: (m, v) => mapIce(m, 'ice-ufrag', v),
  fingerprint: (m, v) => (/^([0-9A-Fa-f]{2}:)+[0-9A-Fa-f]{2}$/.test(v) ? mapFingerprint(m, v) : redactPatterns(m, v)),
  base64Certificate: (m, v) => (v === '' ? v : m.map('fingerprint', v, 'certificate', (n) => `certificate${n}`)),
  trackIdentifier: (m, v) => idOf(m, v, 'track'),
  track: (m, v) => idOf(m, v, 'track'),
  streamIdentifier: (m, v) => idOf(m, v, 'stream'),
  streams: (m, v) => idOf(m, v, 'stream'),
  cname: (m, v) => (ID_STAND_IN.test(v) ? v : m.map('cname', v, 'cname', (n) => `cname${n}`)),
  label: (m, v) => (ID_STAND_IN.test(v) ? v : m.map('stream-id', v, 'label', (n) => `label${n}`)),
  url: (m, v) => urlOrigin(m, v),
  // Browser versions (`Chrome/156.0.0.0`) look like IPv4 addresses and name no one.
  UserAgent: (_m, v) => v,
  userAgent: (_m, v) => v,
  version: (_m, v) => v,
};

/** Track and stream ids (UUIDs, as Chromium makes them) wherever a string carries one: the same stand-in as in a=msid. */
const UUID = /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-]|\.local)/g;

function redactText(m: Mapper, s: string): string {
  return knownSsrcs(m, redactPatterns(m, s).replace(UUID, (id) => (id.startsWith('00000000-0000-4000-8000-') ? id : mapId(m, 'stream-id', id, 'id'))));
}

/** SSRCs the descriptions carry, inside other text: stats ids embed them (`IT01A1124421056`, `RIV683346905`). */
function knownSsrcs(m: Mapper, s: string): string {
  return s.replace(/\d{3,10}/g, (digits) => m.known('ssrc', digits) ?? digits);
}

/** Numbers that are private by name: SSRCs. */
const NUMBERS_BY_NAME = new Set(['ssrc', 'rtxSsrc', 'fecSsrc']);

/** A page URL keeps its scheme and host: the path and query can name a room or carry a token. STUN/TURN URLs keep their shape, addresses redacted. */
function urlOrigin(m: Mapper, v: string): string {
  const page = /^(https?:\/\/[^/?#]*)([/?#].*)?$/i.exec(v);
  if (page !== null) return page[2] === undefined || page[2] === '/' ? redactPatterns(m, v) : `${redactPatterns(m, page[1]!)}/redacted`;
  return redactPatterns(m, v);
}

/** One string value, by what it holds. */
function redactString(m: Mapper, s: string, key: string | undefined): string {
  if (key !== undefined) {
    const byName = BY_NAME[key];
    if (byName !== undefined) return byName(m, s);
  }
  if (SDP_START.test(s)) return redactSdp(m, s);
  const typed = /^type: ([^,\r\n]*), sdp: ?/.exec(s);
  if (typed !== null) return typed[0] + redactSdp(m, s.slice(typed[0].length));
  if (/^(a=)?candidate:/.test(s)) return redactCandidateLine(m, s);
  const logged = /(^|, )candidate: (candidate:[^,]*)/.exec(s);
  if (logged !== null) {
    const at = logged.index + logged[1]!.length + 'candidate: '.length;
    const end = at + logged[2]!.length;
    return redactText(m, s.slice(0, at)) + redactCandidateLine(m, logged[2]!) + redactText(m, s.slice(end));
  }
  const trimmed = s.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && s.length > 1) {
    // JSON inside the string (newer webrtc-internals values, stats `values` arrays): same layout back.
    try {
      const inner: unknown = JSON.parse(s);
      return JSON.stringify(redactValue(m, inner, key, key));
    } catch {
      // not JSON: fall through
    }
  }
  return redactText(m, s);
}

/**
 * A JSON value with its member name; `series` is the stats member a
 * webrtc-internals series key names (`<id>-<member>`), for the samples in its
 * `values`.
 */
function redactValue(m: Mapper, v: unknown, key: string | undefined, series?: string): unknown {
  if (typeof v === 'string') return redactString(m, v, key);
  if (typeof v === 'number') return key !== undefined && NUMBERS_BY_NAME.has(key) ? Number(mapSsrc(m, String(v))) : v;
  if (Array.isArray(v)) return v.map((item) => redactValue(m, item, key));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    // A MediaStreamTrack as blink logs it ({kind, id, label}): its id is a track id (as in a=msid). Stats objects have a `type`.
    const track = (o['kind'] === 'audio' || o['kind'] === 'video') && !('type' in o);
    for (const [k, item] of Object.entries(o)) {
      if (track && k === 'id' && typeof item === 'string') {
        out[k] = idOf(m, item, 'track');
        continue;
      }
      // A webrtc-internals stats series: { statsType, values: "[…]" } under "<id>-<member>".
      const member = typeof item === 'object' && item !== null && 'statsType' in item ? k.slice(k.lastIndexOf('-') + 1) : undefined;
      if (member !== undefined) {
        out[redactKey(m, k)] = redactSeries(m, item as Record<string, unknown>, member);
        continue;
      }
      out[redactKey(m, k)] = redactValue(m, item, k === 'values' && series !== undefined ? series : k);
    }
    return out;
  }
  return v;
}

/** Keys are ids (stats ids, peer connection ids): they hold no private value, but pass the patterns in case one embeds an address. */
function redactKey(m: Mapper, k: string): string {
  return knownSsrcs(m, /[.:]/.test(k) ? redactPatterns(m, k) : k);
}

function redactSeries(m: Mapper, s: Record<string, unknown>, member: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, item] of Object.entries(s)) {
    if (k === 'values' && typeof item === 'string') {
      try {
        const samples: unknown = JSON.parse(item);
        out[k] = JSON.stringify(redactValue(m, samples, member));
        continue;
      } catch {
        // not JSON: below
      }
    }
    out[k] = k === 'values' ? redactValue(m, item, member) : redactValue(m, item, k);
  }
  return out;
}

/**
 * First the descriptions alone, so that an id they carry (a track id in
 * a=msid) gets the stand-in `redact` gives it (`track1`), whatever string
 * outside them meets it first; then everything.
 */
function visitDescriptions(m: Mapper, v: unknown): void {
  if (typeof v === 'string') {
    const typed = /^type: ([^,\r\n]*), sdp: ?/.exec(v);
    if (SDP_START.test(v)) redactSdp(m, v);
    else if (typed !== null) redactSdp(m, v.slice(typed[0].length));
    else if (v.startsWith('{') && v.includes('v=0')) {
      try {
        visitDescriptions(m, JSON.parse(v));
      } catch {
        // not JSON
      }
    }
  } else if (Array.isArray(v)) {
    for (const item of v) visitDescriptions(m, item);
  } else if (v !== null && typeof v === 'object') {
    for (const item of Object.values(v)) visitDescriptions(m, item);
  }
}

/** The indentation JSON.stringify was called with, read back from the text (webrtc-internals uses 1). */
function indentOf(text: string): number | string | undefined {
  const m = /^[{[][ \t]*\r?\n([ \t]+)\S/.exec(text.trimStart());
  if (m === null) return undefined;
  const ws = m[1]!;
  return /^ +$/.test(ws) ? ws.length : ws;
}

function run(m: Mapper, text: string): DumpRedaction {
  if (looksLikeRtcStats(text)) {
    const lines = text.split(/(\r?\n)/);
    for (const part of lines) {
      const t = part.trim();
      if (!t.startsWith('[') || !t.includes('v=0')) continue;
      try {
        visitDescriptions(m, JSON.parse(t));
      } catch {
        // not JSON: redactPatterns below
      }
    }
    const out = lines.map((part) => {
      const t = part.trim();
      if (!t.startsWith('[') && !t.startsWith('{')) return part;
      try {
        return JSON.stringify(redactValue(m, JSON.parse(t), undefined));
      } catch {
        return redactPatterns(m, part);
      }
    });
    return { text: out.join(''), format: 'rtcstats', replaced: {}, leaks: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { format: 'not-json', replaced: {}, leaks: [] };
  }
  visitDescriptions(m, value);
  const body = JSON.stringify(redactValue(m, value, undefined), null, indentOf(text));
  const trailing = /\s*$/.exec(text)?.[0] ?? '';
  return { text: body + trailing, format: 'json', replaced: {}, leaks: [] };
}

/** Redacts a whole dump (JSON or rtcstats lines) with one mapping; see the comment at the top of the file. */
export function redactDump(text: string): DumpRedaction {
  const m = new Mapper();
  const r = run(m, text);
  if (r.text === undefined) return r;
  // The leak check: redact the copy again and look for any value that was replaced the first time.
  const again = new Mapper();
  run(again, r.text);
  const secrets = m.secrets();
  const leaks = [...again.seen()].filter((v) => secrets.has(v));
  return { ...r, replaced: m.counts(), leaks };
}
