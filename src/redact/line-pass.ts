import { parseIPv4, parseIPv6 } from '../ice/address.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { SdpLine } from '../parser/model/line.js';
import type { LineValues } from '../parser/model/lines/index.js';
import {
  mapAddress, mapFingerprint, mapIce, mapId, mapSessionId, mapSsrc, mapTlsId, mapUsername, type Mapper,
} from './stand-ins.js';

/*
 * One line's redaction, from its text. The fields are found by position in
 * the written line (a=candidate's fifth field, o='s first and second, …),
 * not from the typed value, so a line that failed to type is redacted the
 * same way as one that typed. Then every line, whatever it is, goes through
 * the patterns (IP literals, `.local` names, fingerprints), which catch
 * addresses in attributes sdpkit does not know and in lines too broken to
 * find fields in.
 */

/** `text` split into fields at runs of spaces; `join()` writes them back with the original spacing. */
class Fields {
  private readonly parts: string[];
  constructor(text: string) {
    this.parts = text.split(/( +)/);
  }
  /** The non-empty fields, in order (indexes for get/set). */
  get count(): number {
    return this.indexes().length;
  }
  private indexes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.parts.length; i += 2) if (this.parts[i] !== '') out.push(i);
    return out;
  }
  get(i: number): string | undefined {
    const at = this.indexes()[i];
    return at === undefined ? undefined : this.parts[at];
  }
  set(i: number, value: string): void {
    const at = this.indexes()[i];
    if (at !== undefined) this.parts[at] = value;
  }
  map(i: number, fn: (field: string) => string): void {
    const f = this.get(i);
    if (f !== undefined) this.set(i, fn(f));
  }
  join(): string {
    return this.parts.join('');
  }
}

/** An address field that may carry `/ttl` or `/count` (c=, RFC 8866 §5.7). */
function mapAddressWithSuffix(m: Mapper, field: string): string {
  const slash = field.indexOf('/');
  return slash < 0 ? mapAddress(m, field) : mapAddress(m, field.slice(0, slash)) + field.slice(slash);
}

/** Rewrites the value part (after `prefix`) of `text` with `fn`. */
function rewriteValue(text: string, prefix: number, fn: (fields: Fields) => void): string {
  const f = new Fields(text.slice(prefix));
  fn(f);
  return text.slice(0, prefix) + f.join();
}

/** The fields of a line, by where they stand in its text. */
export function redactFields(m: Mapper, text: string): string {
  const typed = /^([a-zA-Z])=/.exec(text);
  if (typed === null) return text;
  const type = typed[1]!;
  if (type === 'o') {
    // RFC 8866 §5.2: username sess-id sess-version nettype addrtype unicast-address
    return rewriteValue(text, 2, (f) => {
      f.map(0, (v) => mapUsername(m, v));
      f.map(1, (v) => mapSessionId(m, v));
      f.map(5, (v) => mapAddress(m, v));
    });
  }
  if (type === 'c') return rewriteValue(text, 2, (f) => f.map(2, (v) => mapAddressWithSuffix(m, v)));
  if (type !== 'a') return text;
  const colon = text.indexOf(':');
  if (colon < 0) return text;
  const name = text.slice(2, colon).trim().toLowerCase();
  const at = colon + 1;
  const whole = (fn: (v: string) => string): string => {
    // The value is the rest of the line; trailing spaces are not part of it.
    const value = text.slice(at).replace(/\s+$/, '');
    return value === '' ? text : text.slice(0, at) + fn(value) + text.slice(at + value.length);
  };
  switch (name) {
    case 'candidate':
      // RFC 8839 §5.1: foundation component transport priority address port typ type [raddr a] [rport p] *(name value)
      return rewriteValue(text, at, (f) => {
        f.map(4, (v) => mapAddress(m, v));
        for (let i = 6; i + 1 < f.count; i++) {
          const key = f.get(i)!.toLowerCase();
          if (key === 'raddr') f.map(i + 1, (v) => mapAddress(m, v));
          else if (key === 'ufrag') f.map(i + 1, (v) => mapIce(m, 'ice-ufrag', v));
        }
      });
    case 'remote-candidates':
      // RFC 8839 §5.2: (component address port) repeated
      return rewriteValue(text, at, (f) => {
        for (let i = 1; i < f.count; i += 3) f.map(i, (v) => mapAddress(m, v));
      });
    case 'rtcp':
      // RFC 3605: port [nettype addrtype address]
      return rewriteValue(text, at, (f) => f.map(3, (v) => mapAddress(m, v)));
    case 'ice-ufrag':
      return whole((v) => mapIce(m, 'ice-ufrag', v));
    case 'ice-pwd':
      return whole((v) => mapIce(m, 'ice-pwd', v));
    case 'tls-id':
      return whole((v) => mapTlsId(m, v));
    case 'fingerprint':
      return rewriteValue(text, at, (f) => f.map(1, (v) => mapFingerprint(m, v)));
    case 'msid':
      return rewriteValue(text, at, (f) => {
        f.map(0, (v) => mapId(m, 'stream-id', v, 'stream'));
        f.map(1, (v) => mapId(m, 'stream-id', v, 'track'));
      });
    case 'msid-semantic':
      // Chrome writes `a=msid-semantic: WMS id…`: the first field is the semantic, the rest are stream ids.
      return rewriteValue(text, at, (f) => {
        for (let i = 1; i < f.count; i++) f.map(i, (v) => mapId(m, 'stream-id', v, 'stream'));
      });
    case 'ssrc-group':
      return rewriteValue(text, at, (f) => {
        for (let i = 1; i < f.count; i++) f.map(i, (v) => mapSsrc(m, v));
      });
    case 'ssrc':
      // RFC 5576 §4.1: ssrc-id attribute[:value]
      return rewriteValue(text, at, (f) => {
        f.map(0, (v) => mapSsrc(m, v));
        const first = f.get(1);
        if (first === undefined) return;
        const c = first.indexOf(':');
        const attr = (c < 0 ? first : first.slice(0, c)).toLowerCase();
        const value0 = c < 0 ? undefined : first.slice(c + 1);
        const head = c < 0 ? first : first.slice(0, c + 1);
        if (value0 === undefined) return;
        if (attr === 'cname') f.set(1, head + m.map('cname', value0, 'cname', (n) => `cname${n}`));
        else if (attr === 'msid') {
          f.set(1, head + mapId(m, 'stream-id', value0, 'stream'));
          f.map(2, (v) => mapId(m, 'stream-id', v, 'track'));
        } else if (attr === 'mslabel') f.set(1, head + mapId(m, 'stream-id', value0, 'stream'));
        else if (attr === 'label') f.set(1, head + mapId(m, 'stream-id', value0, 'track'));
      });
    default:
      return text;
  }
}

/** Replaces `from` by `to` where it stands as a whole field (between separators) in `text`. */
function replaceField(text: string, from: string, to: string): string {
  if (from === '' || from === to) return text;
  let out = '';
  let at = 0;
  for (;;) {
    const i = text.indexOf(from, at);
    if (i < 0) return out + text.slice(at);
    const before = i === 0 ? '' : text[i - 1]!;
    const after = text[i + from.length] ?? '';
    const bounded = (before === '' || ' :=/{,;'.includes(before)) && (after === '' || ' /},;:'.includes(after));
    out += text.slice(at, i) + (bounded ? to : from);
    at = i + from.length;
  }
}

/** Keys, identity assertions and contact lines: their typed value says where the secret is. */
function byValue(m: Mapper, line: SdpLine, text: string): string {
  if (line.type === 'e' || line.type === 'p' || line.type === 'u') {
    const raw = line.raw ?? '';
    const to = line.type === 'e' ? (n: number) => `user${n}@example.com` : line.type === 'p' ? (n: number) => `+1 555 01${String(n).padStart(2, '0')}` : (n: number) => `https://example.com/${n}`;
    return raw === '' ? text : replaceField(text, raw, m.map('contact', raw, `contact-${line.type}`, to));
  }
  const v = line.value;
  if (v === undefined) return text;
  if (line.type === 'k') {
    const k = v as LineValues['k'];
    return k.key === undefined ? text : replaceField(text, k.key, m.map('key', k.key, 'k', () => 'redacted'));
  }
  if (line.type !== 'a') return text;
  if (line.name === 'crypto') {
    const c = v as AttributeValues['crypto'];
    const to = m.map('key', c.keyParams, 'crypto', () => c.keyParams.replace(/inline:([^|;]+)/g, (_all, key: string) => `inline:${'A'.repeat(key.length)}`));
    return replaceField(text, c.keyParams, to);
  }
  if (line.name === 'identity') {
    const i = v as AttributeValues['identity'];
    return replaceField(text, i.assertion, m.map('key', i.assertion, 'identity', () => 'cmVkYWN0ZWQ='));
  }
  return text;
}

/** Hex bytes joined by colons, 16 or more (MD5 and up, RFC 8122 §5): a certificate fingerprint. */
const FINGERPRINT_ANYWHERE = /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}:){15,}[0-9A-Fa-f]{2}(?![0-9A-Fa-f:])/g;
/** Runs that could be an IPv6 literal: checked with parseIPv6 before anything is replaced. */
const IPV6_CANDIDATE = /(?<![0-9A-Za-z_.-])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![0-9A-Za-z_:-])/g;
const IPV4_ANYWHERE = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
/** A host name ending in `.local` (RFC 6762 §3): browsers' mDNS candidates, anywhere in a line. */
const MDNS_ANYWHERE = /(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.local(?![A-Za-z0-9_-])/gi;

/** The patterns every line goes through, whatever it is. */
export function redactPatterns(m: Mapper, text: string): string {
  return text
    .replace(FINGERPRINT_ANYWHERE, (fp) => mapFingerprint(m, fp))
    .replace(IPV6_CANDIDATE, (run) => {
      // A run may end with a sentence's full stop.
      const core = run.replace(/\.+$/, '');
      return parseIPv6(core) === undefined ? run : mapAddress(m, core) + run.slice(core.length);
    })
    .replace(IPV4_ANYWHERE, (ip) => (parseIPv4(ip) === undefined ? ip : mapAddress(m, ip)))
    .replace(MDNS_ANYWHERE, (name) => mapAddress(m, name));
}

/** The redacted text of one line. */
export function redactLine(m: Mapper, line: SdpLine, text: string): string {
  return redactPatterns(m, byValue(m, line, redactFields(m, text)));
}
