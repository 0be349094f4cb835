import { readFileSync } from 'node:fs';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryHost } from './helpers.js';

/* Chromium's webrtc-internals page downloads its dump gzipped by default (webrtc_internals_dump.gz). */
const dump = readFileSync(new URL('../fixtures/webrtc-internals-two-pcs.json', import.meta.url));
const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url));
const gz = (b: Uint8Array): Uint8Array => new Uint8Array(gzipSync(b));

describe('compressed input on the command line', () => {
  it.each([
    ['extract', ['extract']],
    ['lint', ['lint']],
    ['redact', ['redact']],
  ])('%s reads a gzipped dump as it reads the plain one, with a note on stderr', async (_name, argv) => {
    const plain = await run([...argv, 'dump.json'], memoryHost({ 'dump.json': dump }));
    const packed = await run([...argv, 'webrtc_internals_dump.gz'], memoryHost({ 'webrtc_internals_dump.gz': gz(dump) }));
    expect(packed.exitCode).toBe(plain.exitCode);
    // Lines under a finding are indented past its position, which is as long as the file name.
    const same = (t: string): string => t.replaceAll('webrtc_internals_dump.gz', 'dump.json').replace(/^ +/gm, '');
    expect(same(packed.stdout)).toBe(same(plain.stdout));
    expect(packed.stderr).toContain(`sdp ${argv[0]}: note: webrtc_internals_dump.gz is gzip-compressed; read unpacked (${dump.length} bytes)`);
  });

  it('reads zlib (deflate) and gzip from standard input too', async () => {
    const plain = await run(['parse', '-'], memoryHost({}, { stdin: offer }));
    for (const stdin of [gz(offer), new Uint8Array(deflateSync(offer))]) {
      const r = await run(['parse', '-'], memoryHost({}, { stdin }));
      expect(r.stdout).toBe(plain.stdout);
      expect(r.exitCode).toBe(0);
    }
  });

  it('refuses a truncated download with exit 2 and one line that says so', async () => {
    const cut = gz(dump).subarray(0, 200);
    const r = await run(['extract', 'webrtc_internals_dump.gz'], memoryHost({ 'webrtc_internals_dump.gz': cut }));
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sdp extract: webrtc_internals_dump\.gz: the input starts like gzip data but does not unpack \(.+\): a truncated or damaged download\?$/);
  });
});

describe('sdp redact on a whole dump', () => {
  it('writes the redacted dump itself: JSON in, JSON out, the same peer connections and updates', async () => {
    const original = JSON.parse(new TextDecoder().decode(dump)) as { PeerConnections: Record<string, { updateLog: { type: string }[] }> };
    const r = await run(['redact', 'webrtc_internals_dump.gz'], memoryHost({ 'webrtc_internals_dump.gz': gz(dump) }));
    expect(r.exitCode).toBe(0);
    const copy = JSON.parse(r.stdout) as typeof original;
    expect(Object.keys(copy.PeerConnections)).toEqual(Object.keys(original.PeerConnections));
    for (const [id, pc] of Object.entries(original.PeerConnections)) expect(copy.PeerConnections[id]!.updateLog.map((u) => u.type)).toEqual(pc.updateLog.map((u) => u.type));
    expect(r.stdout).not.toMatch(/EsAw|Qx7nK2pd|c3a1f0e2|hV3k|3C:81:0D:E7:52:A9:6F|5A:0E:C3:79:12:BD:48/);
    expect(r.stderr).toMatch(/webrtc_internals_dump\.gz: redacted .* across descriptions, candidates and stats/);
  });
});
