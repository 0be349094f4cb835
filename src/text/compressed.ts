/*
 * Compressed input: Chromium's webrtc-internals page downloads its dump
 * gzipped by default ("Compress result": webrtc_internals_dump.gz), and its
 * rtcstats dump is gzip too. The library recognises gzip (RFC 1952) and
 * zlib-wrapped deflate (RFC 1950) by their first bytes and unpacks them with
 * the platform's DecompressionStream (Node 18+, browsers, workers), so the
 * CLI and the page read a dump through the same code.
 */

/** The formats recognised, named as DecompressionStream names them. */
export type Compression = 'gzip' | 'deflate';

/** The platform's streams, declared here: the library's only globals are ES2022's plus these where they exist. */
declare const DecompressionStream: (new (format: Compression) => { readonly writable: { getWriter(): StreamWriter }; readonly readable: { getReader(): StreamReader } }) | undefined;
interface StreamWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/**
 * gzip starts 1f 8b 08 (magic, then CM = 8, deflate: RFC 1952 §2.3.1); zlib
 * starts with CMF/FLG where CM = 8, CINFO ≤ 7 and CMF·256 + FLG is a multiple
 * of 31 (RFC 1950 §2.2). Two ASCII characters can pass that test (`x^`),
 * so zlib counts only when it also unpacks (see decompress).
 */
export function compressionOf(bytes: Uint8Array): Compression | undefined {
  if (bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08) return 'gzip';
  if (bytes.length >= 2) {
    const cmf = bytes[0]!;
    const flg = bytes[1]!;
    if ((cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0 && (flg & 0x20) === 0) return 'deflate';
  }
  return undefined;
}

export type Decompressed =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly format: Compression | undefined }
  | { readonly ok: false; readonly format: Compression; readonly error: string };

/** Unpacked output above this is refused (a dump is megabytes; this stops a decompression bomb). */
export const MAX_DECOMPRESSED_BYTES = 512 * 1024 * 1024;

/**
 * The bytes unpacked when they are gzip or zlib data (`format` says which),
 * else the same bytes with `format` undefined. Never throws: a truncated or
 * corrupt gzip stream, a platform without DecompressionStream, or output
 * beyond `maxBytes` is an `ok: false` with a sentence saying so. Bytes that
 * only look like zlib and do not unpack are passed through as they are.
 */
export async function decompress(bytes: Uint8Array, options: { maxBytes?: number } = {}): Promise<Decompressed> {
  const format = compressionOf(bytes);
  if (format === undefined) return { ok: true, bytes, format };
  if (typeof DecompressionStream !== 'function') {
    return { ok: false, format, error: `the input is ${format} data, and this platform has no DecompressionStream to unpack it: unpack it first (gunzip)` };
  }
  const max = options.maxBytes ?? MAX_DECOMPRESSED_BYTES;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let reader: StreamReader | undefined;
  try {
    const stream = new DecompressionStream(format);
    const writer = stream.writable.getWriter();
    // A damaged stream rejects the write side too; the read side reports it.
    void writer.write(bytes).then(() => writer.close()).catch(() => undefined);
    reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (value === undefined) continue;
      total += value.length;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, format, error: `the ${format} data unpacks to more than ${Math.round(max / 1024 / 1024)} MB: not a dump this tool reads` };
      }
      chunks.push(value);
    }
  } catch (error) {
    if (format === 'deflate') return { ok: true, bytes, format: undefined };
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, format, error: `the input starts like ${format} data but does not unpack (${why}): a truncated or damaged download?` };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out, format };
}
