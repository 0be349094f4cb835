import { parse } from '../parser/index.js';
import { redactLine } from './line-pass.js';
import { ADDRESS_KINDS, Mapper, type RedactionKind } from './stand-ins.js';

/*
 * A copy of one or more descriptions that is safe to paste in a bug report.
 *
 * What is replaced: what people paste by mistake when they share SDP from
 * chrome://webrtc-internals, about:webrtc or a signalling log.
 * - IPv4 and IPv6 literals anywhere in any line (candidates, c=, o=, a=rtcp,
 *   a=remote-candidates, attributes sdpkit does not know, broken lines):
 *   private, CGNAT and link-local IPv4 → 192.0.2.0/24; public → 198.51.100.0/24
 *   (RFC 5737; 203.0.113.0/24 takes the overflow); IPv6 → 2001:db8::/32
 *   (RFC 3849), link-local stays fe80::/10 and ULA fd00::/8 so address
 *   classes and ICE pairing do not change.
 * - `.local` names anywhere (mDNS candidates) → `00000000-0000-4000-8000-<n>.local`;
 *   other host names in address fields → `host<n>.example.com`.
 * - Certificate fingerprints (a=fingerprint and any run of 16+ hex bytes):
 *   same hash length and letter case.
 * - ice-ufrag, ice-pwd (and the candidate `ufrag` extension), tls-id: same
 *   length, letters and digits, whether or not the value is valid.
 * - o= username → `-` (Firefox's carries its version) and session id → digits
 *   of the same count. The session version and the o= address rules above.
 * - cname, msid stream and track ids, msid-semantic ids, ssrc msid/mslabel/label,
 *   SSRC numbers (a=ssrc, a=ssrc-group), crypto keys, identity assertions,
 *   k= keys, e=, p= and u= lines.
 * Kept: 0.0.0.0, loopback, multicast, documentation ranges, example names
 * (RFC 2606), `-` and `*` ids, payload types, ports, codecs: what a bug report
 * needs, and nothing that names a person or a network.
 *
 * Fields are found by their place in the line's text, so a line that does
 * not type (an invalid ufrag, a candidate with a bad field) is redacted like
 * one that does; then every line goes through the patterns above.
 *
 * Stand-ins are deterministic (the n-th distinct value of a kind gets the
 * n-th stand-in), the same for one value everywhere it appears (across an
 * offer and its answer too, so the result pairs the same candidates and
 * lints the same), never a value already in the input, and never replaced
 * again: redacting a redacted copy changes nothing. Line endings and every
 * other byte stay as they were.
 *
 * The leak check does not look for shapes (a stand-in has the shape of the
 * value it replaces): it redacts the output again and reports any value it
 * meets there that was one of the originals it replaced.
 */

export type { RedactionKind } from './stand-ins.js';

export interface RedactionResult {
  /** The redacted texts, in the order given. */
  texts: string[];
  /** How many distinct values of each kind were replaced (never the values themselves). */
  replaced: Partial<Record<RedactionKind, number>>;
  /**
   * Per text, the replaced values still found in its redacted copy: empty
   * unless redaction has a bug. These are private values: say that there are
   * some, and show them only to the person who gave the input.
   */
  leaks: string[][];
}

/** The fields of the inputs, which no new address stand-in may equal. */
function tokensOf(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    for (const w of t.split(/[\s=/,;]+/)) {
      if (w === '') continue;
      // `x-doc:192.0.2.1`, `x:2001:db8::1`: the whole field, after its first colon, and each part.
      out.add(w);
      const colon = w.indexOf(':');
      if (colon >= 0) {
        out.add(w.slice(colon + 1));
        for (const part of w.split(':')) out.add(part);
      }
    }
  }
  return out;
}

/** One description, line by line, with a mapping shared by the caller (dump.ts redacts a whole dump with one). */
export function redactWith(m: Mapper, text: string): string {
  const { document } = parse(text);
  let result = '';
  for (const line of document.lines) {
    const src = line.source!;
    result += redactLine(m, line, src.text) + src.eol;
  }
  return result;
}

function run(m: Mapper, texts: readonly string[]): string[] {
  return texts.map((text) => redactWith(m, text));
}

/**
 * Redacts several descriptions with one mapping (an offer and its answer,
 * or a whole negotiation), so the same address or id gets the same stand-in
 * in all of them.
 */
export function redactDescriptions(texts: readonly string[]): RedactionResult {
  const m = new Mapper(tokensOf(texts));
  const out = run(m, texts);
  return { texts: out, replaced: m.counts(), leaks: leaksIn(m.secrets(), out) };
}

/** Per copy, the values of `secrets` met again where redaction looks (fields and patterns). */
function leaksIn(secrets: ReadonlyMap<string, RedactionKind>, copies: readonly string[]): string[][] {
  return copies.map((text) => {
    const again = new Mapper();
    run(again, [text]);
    return [...again.seen()].filter((v) => secrets.has(v));
  });
}

/**
 * The leak check on its own: per copy, the values redaction replaces in
 * `originals` that are still in that copy. Stand-ins never count, since they
 * are not among the original values.
 */
export function findLeaks(originals: readonly string[], copies: readonly string[]): string[][] {
  const m = new Mapper(tokensOf(originals));
  run(m, originals);
  return leaksIn(m.secrets(), copies);
}

/** Redacts one description. */
export function redact(text: string): RedactionResult {
  return redactDescriptions([text]);
}

/** The values redaction would replace in `text`, with their kind (never a stand-in it made, never a harmless address). */
export function unredactedValues(text: string): { kind: RedactionKind; value: string }[] {
  const m = new Mapper(tokensOf([text]));
  run(m, [text]);
  return [...m.secrets()].map(([value, kind]) => ({ kind, value }));
}

/**
 * The private addresses still present (IPv4, IPv6, mDNS and host names that
 * redaction would replace): what a share link would expose. Values, not
 * positions, so a UI can say what it found. A redacted copy has none.
 */
export function unredactedAddresses(text: string): string[] {
  return unredactedValues(text).filter((v) => ADDRESS_KINDS.includes(v.kind)).map((v) => v.value);
}
