import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { example, memoryHost, sdp } from './helpers.js';

/*
 * What the CLI does with the bytes of a file before any command: binary is
 * refused (exit 2), non-UTF-8 is read losslessly with a note, and every
 * write goes back in the input's encoding.
 */

const offer = example('chrome-offer.sdp').text;
const latin1 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
/** The start of an ELF executable: NUL bytes early on. */
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00, 0x0a]);
const LATIN1_SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=Caf\u00e9 na\u00efve\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\nc=IN IP4 192.168.1.2\r\na=mid:0\r\n';

describe('binary input', () => {
  it.each([
    ['lint', ['lint', 'a.out']],
    ['parse', ['parse', 'a.out']],
    ['format', ['format', 'a.out']],
    ['explain', ['explain', 'a.out']],
    ['redact', ['redact', 'a.out']],
    ['extract', ['extract', 'a.out']],
    ['diff', ['diff', 'offer.sdp', 'a.out']],
    ['ice', ['ice', 'offer.sdp', '--remote', 'a.out']],
    ['edit', ['edit', 'a.out', '--reject', 'audio']],
  ])('%s refuses it with the NUL byte offset and exit 2', async (command, argv) => {
    const r = await run(argv, memoryHost({ 'a.out': ELF, 'offer.sdp': offer }));
    expect(r).toMatchObject({ exitCode: 2, stdout: '' });
    expect(r.stderr).toBe(`sdp ${command}: a.out looks binary (NUL byte at offset 7), not SDP text`);
  });

  it('stdin too', async () => {
    const r = await run(['lint', '-'], memoryHost({}, { stdin: ELF }));
    expect(r).toMatchObject({ exitCode: 2, stderr: 'sdp lint: <stdin> looks binary (NUL byte at offset 7), not SDP text' });
  });

  it('lint of a 200,000-line text file (one finding per line) prints them instead of overflowing the stack', async () => {
    // Each line an attribute with a zero-width space in it: one invisible-characters finding per line.
    const r = await run(['lint', 'big.txt'], memoryHost({ 'big.txt': `v=0\r\n${'a=x-y:\u200b\r\n'.repeat(200_000)}` }));
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stdout.split('\n').length).toBeGreaterThan(200_000);
  });
});

describe('non-UTF-8 input', () => {
  it('is read as Latin-1 with a note, and format --write gives back the same bytes for what it did not change', async () => {
    const text = LATIN1_SDP.replace(/\r\n/g, '\n');
    const r = await run(['format', '--write', 'latin.sdp'], memoryHost({ 'latin.sdp': latin1(text) }));
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('sdp format: note: latin.sdp is not UTF-8; read as Latin-1, written back byte for byte');
    const w = r.writes?.[0];
    expect(w?.bytes).toEqual(latin1(LATIN1_SDP));
  });

  it('redact --out-dir writes the copy in Latin-1: é and ï stay single bytes', async () => {
    const r = await run(['redact', 'latin.sdp', '--out-dir', 'out'], memoryHost({ 'latin.sdp': latin1(LATIN1_SDP) }));
    const w = r.writes?.[0];
    expect(w?.bytes).toEqual(latin1(LATIN1_SDP.replace('192.168.1.2', w!.text.match(/c=IN IP4 (\S+)/)![1]!)));
    expect([...w!.bytes!]).toContain(0xe9);
  });

  it('edit -o writes in Latin-1, and refuses text Latin-1 cannot hold instead of writing `?`', async () => {
    const host = memoryHost({ 'latin.sdp': latin1(LATIN1_SDP) });
    const ok = await run(['edit', 'latin.sdp', '--reject', 'audio', '-o', 'out.sdp'], host);
    expect(ok.exitCode).toBe(0);
    expect(Buffer.from(ok.writes![0]!.bytes!).toString('latin1')).toContain('s=Caf\u00e9 na\u00efve\r\n');
    // The euro sign is also a new lint error (Firefox refuses non-ASCII text): --force gets past that to the encoding.
    const euro = await run(['edit', 'latin.sdp', '--fmtp', 'audio=PCMU:x=\u20ac', '-o', 'out.sdp', '--force'], host);
    expect(euro).toMatchObject({ exitCode: 2, stdout: '' });
    expect(euro.writes ?? []).toEqual([]);
    expect(euro.stderr).toMatch(/cannot write 'out\.sdp' as Latin-1 \(the input's encoding\): line 8 has U\+20AC, which it cannot hold; nothing written$/);
  });

  it('a UTF-8 byte-order mark is kept by format --write', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(offer.replace(/\r\n/g, '\n'), 'utf8')]);
    const r = await run(['format', '--write', 'bom.sdp'], memoryHost({ 'bom.sdp': bom }));
    expect(r.exitCode).toBe(0);
    expect([...r.writes![0]!.bytes!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(r.writes![0]!.bytes!.subarray(3)).toString('utf8')).toBe(r.writes![0]!.text);
  });
});

describe('output directories (the real command)', () => {
  it.each([
    ['/proc/nope', "cannot write to directory '/proc/nope': cannot create it (no such file or directory); nothing written there"],
    ['/dev/null/x', "cannot write to directory '/dev/null/x': a part of the path is not a directory; nothing written there"],
  ])('%s: one error, exit 2, no hang', (dir, message) => {
    const tmp = mkdtempSync(join(tmpdir(), 'sdp-out-'));
    try {
      const dump = join(tmp, 'two.log');
      writeFileSync(dump, `offer: ${JSON.stringify(offer)}\nagain: ${JSON.stringify(offer)}\n`);
      for (const command of ['extract', 'redact']) {
        const r = sdp([command, dump, '--out-dir', dir]);
        expect(r.status).toBe(2);
        const errors = r.stderr.split('\n').filter((l) => l.includes('cannot'));
        expect(errors).toEqual([`sdp ${command}: ${message}`]);
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a Latin-1 file through the real command: format --write leaves the bytes as they were', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'sdp-latin-'));
    try {
      const file = join(tmp, 'latin.sdp');
      writeFileSync(file, latin1(LATIN1_SDP));
      const r = sdp(['format', '--write', file]);
      expect(r.status).toBe(0);
      expect(new Uint8Array(readFileSync(file))).toEqual(latin1(LATIN1_SDP));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
