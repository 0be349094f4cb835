/*
 * Bytes in, text out, and back: what a file's bytes are before the parser
 * sees a string. SDP is UTF-8 (RFC 8866 §5: the default charset is UTF-8,
 * `a=charset` may name another for some fields), but files people have are
 * not always: a Latin-1 session name, a dump saved by a Windows tool as
 * UTF-16, an editor's byte-order mark, or a binary picked by mistake.
 *
 * - Binary (a NUL byte, or many control bytes): refused with the offset and
 *   the reason, before any parser sees megabytes of junk.
 * - Valid UTF-8: decoded as UTF-8; a byte-order mark is taken off the text
 *   and remembered, so positions start at the first SDP byte and writing
 *   puts it back.
 * - UTF-16 with a byte-order mark: decoded code unit by code unit (lone
 *   surrogates kept), written back the same way.
 * - Anything else: read as Latin-1 (ISO 8859-1), one character per byte, so
 *   every byte value survives and writing back gives the same bytes.
 *
 * No TextDecoder: the library's only globals are ES2022's (it runs in Node,
 * browsers and workers alike), and TextDecoder would also drop a BOM or
 * replace bad bytes unless told otherwise.
 */

export type InputEncoding = 'utf-8' | 'latin1' | 'utf-16le' | 'utf-16be';

export interface BinaryInput {
  /** The byte offset of the first NUL or control byte. */
  offset: number;
  /** For people: why the bytes are not text ("NUL byte at offset 12"). */
  reason: string;
}

export interface DecodedInput {
  /** The text without any byte-order mark; '' when the input is binary. */
  text: string;
  encoding: InputEncoding;
  /** The input started with the encoding's byte-order mark (written back by encodeOutput). */
  bom: boolean;
  /** Set when the bytes are not text: nothing was decoded. */
  binary?: BinaryInput;
}

/** How to write text back: the encoding and byte-order mark decodeInput found. */
export type OutputEncoding = Pick<DecodedInput, 'encoding' | 'bom'>;

/** What the encodings are called in messages. */
export const ENCODING_NAMES: Readonly<Record<InputEncoding, string>> = {
  'utf-8': 'UTF-8',
  latin1: 'Latin-1',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/*
 * Control bytes that no text file holds: C0 controls except TAB, LF, FF, CR
 * and ESC (logs keep terminal colours), and DEL. Measured on this machine:
 * 2,075 text files (the SDP corpus, the test fixtures, /usr/share/doc) have
 * none; every one of 810 binaries (/usr/bin, /usr/lib, fonts, icons, .gz)
 * has a NUL byte, which decides alone. Random bytes without a NUL have about
 * 9% control bytes, hence the 5% line for the first 64 KiB.
 */
const SAMPLE_BYTES = 65536;
const CONTROL_SHARE = 0.05;
const MIN_CONTROL_BYTES = 8;

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** Binary by the NUL and control byte test, or undefined. `unit` 2 looks at UTF-16 code units (`bigEndian` for BE). */
function binaryIn(bytes: Uint8Array, start: number, unit: 1 | 2, bigEndian = false): BinaryInput | undefined {
  const at = (i: number): number => (unit === 1 ? bytes[i]! : bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8));
  const end = bytes.length - ((bytes.length - start) % unit);
  for (let i = start; i < end; i += unit) {
    if (at(i) === 0) {
      const utf16 = unit === 1 && looksUtf16WithoutBom(bytes, start);
      return { offset: i, reason: `NUL byte at offset ${i}${utf16 ? '; it looks like UTF-16 text without a byte-order mark' : ''}` };
    }
  }
  const sampleEnd = Math.min(end, start + SAMPLE_BYTES * unit);
  let count = 0;
  let first = -1;
  for (let i = start; i < sampleEnd; i += unit) {
    const c = at(i);
    if (c <= 0x7f && isControl(c)) {
      count++;
      if (first < 0) first = i;
    }
  }
  const units = (sampleEnd - start) / unit;
  if (count >= MIN_CONTROL_BYTES && count > units * CONTROL_SHARE) {
    const share = Math.round((count / units) * 100);
    return { offset: first, reason: `${share}% control bytes in the first ${units} ${unit === 1 ? 'bytes' : 'characters'} (the first at offset ${first})` };
  }
  return undefined;
}

/** ASCII text stored as UTF-16 has a NUL in every other byte. */
function looksUtf16WithoutBom(bytes: Uint8Array, start: number): boolean {
  const n = Math.min(bytes.length - start, 512) & ~1;
  if (n < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[start + i] === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  return Math.max(evenNul, oddNul) >= (n / 2) * 0.9 && Math.min(evenNul, oddNul) === 0;
}

/** Code units to a string, in slices (one call with millions of arguments would overflow the stack). */
function unitsToString(units: Uint16Array | Uint8Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}

/*
 * UTF-8 through the platform's WHATWG encoders (every browser, Node >= 11):
 * a fatal decoder refuses what is not well-formed UTF-8 (overlong forms,
 * surrogates, above U+10FFFF), and the encoder writes a lone surrogate as
 * U+FFFD. Declared here because the library compiles against ES2022 only.
 */
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
declare const TextEncoder: new () => { encode(text: string): Uint8Array };

/** The UTF-8 text of bytes[start..], or undefined if they are not well-formed UTF-8. */
function decodeUtf8(bytes: Uint8Array, start: number): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return undefined;
  }
}

function decodeUtf16(bytes: Uint8Array, start: number, bigEndian: boolean): string {
  const units = new Uint16Array((bytes.length - start) >> 1);
  for (let k = 0; k < units.length; k++) {
    const i = start + 2 * k;
    units[k] = bigEndian ? (bytes[i]! << 8) | bytes[i + 1]! : bytes[i]! | (bytes[i + 1]! << 8);
  }
  return unitsToString(units, units.length);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Classifies and decodes a file's bytes. Never throws. For any input that
 * is not binary, `encodeOutput(result.text, result)` gives back the same
 * bytes.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  // UTF-16 first: its byte-order mark is what tells its NUL bytes from a binary's. An odd length is not UTF-16.
  for (const [bom, encoding] of [[UTF16LE_BOM, 'utf-16le'], [UTF16BE_BOM, 'utf-16be']] as const) {
    if (startsWith(bytes, bom) && bytes.length % 2 === 0) {
      const bigEndian = encoding === 'utf-16be';
      const binary = binaryIn(bytes, 2, 2, bigEndian);
      if (binary !== undefined) return { text: '', encoding, bom: true, binary };
      return { text: decodeUtf16(bytes, 2, bigEndian), encoding, bom: true };
    }
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const binary = binaryIn(bytes, 0, 1);
  if (binary !== undefined) return { text: '', encoding: 'utf-8', bom: false, binary };
  const utf8 = decodeUtf8(bytes, bom ? 3 : 0);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom };
  // Latin-1 maps byte b to U+00bb: every byte sequence is a text, and writing it back is exact.
  return { text: unitsToString(bytes, bytes.length), encoding: 'latin1', bom: false };
}

/** The offset of the first character `encoding` cannot write, or undefined (only Latin-1 has such characters). */
export function unencodableAt(text: string, encoding: InputEncoding): number | undefined {
  if (encoding !== 'latin1') return undefined;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return i;
  return undefined;
}

/**
 * Text as bytes in the encoding it was read with, byte-order mark included.
 * Latin-1 writes a character above U+00FF as `?`: check unencodableAt first
 * (the CLI refuses to write such text rather than lose it).
 */
export function encodeOutput(text: string, as: OutputEncoding): Uint8Array {
  switch (as.encoding) {
    case 'latin1': {
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[i] = c > 0xff ? 0x3f : c;
      }
      return out;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const bom = as.bom ? 2 : 0;
      const out = new Uint8Array(bom + text.length * 2);
      const big = as.encoding === 'utf-16be';
      if (as.bom) out.set(big ? UTF16BE_BOM : UTF16LE_BOM);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[bom + 2 * i] = big ? c >> 8 : c & 0xff;
        out[bom + 2 * i + 1] = big ? c & 0xff : c >> 8;
      }
      return out;
    }
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      if (!as.bom) return body;
      const out = new Uint8Array(UTF8_BOM.length + body.length);
      out.set(UTF8_BOM);
      out.set(body, UTF8_BOM.length);
      return out;
    }
  }
}

/** One line for people about how text was read, or undefined for plain UTF-8 (nothing to say). */
export function encodingNote(decoded: OutputEncoding): string | undefined {
  if (decoded.encoding === 'latin1') return 'is not UTF-8; read as Latin-1, written back byte for byte';
  if (decoded.encoding !== 'utf-8') return `is ${ENCODING_NAMES[decoded.encoding]} (byte-order mark); read as such, written back as ${ENCODING_NAMES[decoded.encoding]}`;
  return undefined;
}
