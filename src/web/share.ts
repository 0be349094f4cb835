import { unredactedAddresses } from '../index.js';

/**
 * Share links: the SDP travels compressed in the URL fragment (`#o=…&a=…`),
 * which browsers never send to a server. deflate-raw (the browser's own
 * CompressionStream) then base64url.
 */

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Not awaited: the stream only drains as it is read. A failure shows in the read.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(stream.readable).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export async function compressText(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decompressText(encoded: string): Promise<string> {
  return new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw')));
}

export interface SharedPair {
  offer: string;
  answer: string;
}

/** The fragment (with its `#`) that carries both descriptions; an empty one is left out. */
export async function encodeFragment(pair: SharedPair): Promise<string> {
  const parts: string[] = [];
  if (pair.offer !== '') parts.push(`o=${await compressText(pair.offer)}`);
  if (pair.answer !== '') parts.push(`a=${await compressText(pair.answer)}`);
  return `#${parts.join('&')}`;
}

/**
 * The descriptions a fragment carries; undefined when it carries none.
 * Throws when the fragment names them but they do not decode.
 */
export async function decodeFragment(hash: string): Promise<SharedPair | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const o = params.get('o');
  const a = params.get('a');
  if (o === null && a === null) return undefined;
  return {
    offer: o === null ? '' : await decompressText(o),
    answer: a === null ? '' : await decompressText(a),
  };
}

/** The page's URL without its fragment, with a new one. */
export function shareUrl(location: Pick<Location, 'href' | 'hash'>, fragment: string): string {
  const base = location.hash === '' ? location.href.replace(/#$/, '') : location.href.slice(0, location.href.length - location.hash.length);
  return `${base}${fragment}`;
}

/**
 * The private addresses a link to this pair would carry, each once: what the
 * share warning lists. Only addresses redaction would still replace, so the
 * stand-ins of a redacted pair (192.0.2.x, 2001:db8::x, our `.local` names)
 * never count.
 */
export function unredactedInPair(pair: SharedPair): string[] {
  return [...new Set([...unredactedAddresses(pair.offer), ...unredactedAddresses(pair.answer)])];
}
