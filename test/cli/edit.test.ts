import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { example, memoryHost } from './helpers.js';

const offer = example('chrome-offer.sdp').text;
const answer = example('firefox-answer.sdp').text;
const files = { 'offer.sdp': offer, 'answer.sdp': answer };
const lines = (text: string): string[] => text.split('\r\n');

describe('sdp edit', () => {
  it('prints the edited SDP: one m= line changed for --prefer-codec', async () => {
    const r = await run(['edit', 'offer.sdp', '--prefer-codec', 'video=H264'], memoryHost(files));
    expect(r).toMatchObject({ exitCode: 0, stderr: '' });
    const changed = lines(r.stdout).filter((l, i) => l !== lines(offer)[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^m=video 9 UDP\/TLS\/RTP\/SAVPF 102 /);
  });

  it('--diff prints a unified diff of several recipes', async () => {
    const r = await run(['edit', 'offer.sdp', '--remove-codec', 'video=VP8', '--drop-candidates', 'tcp', '--bitrate', 'video=AS:500', '--diff'], memoryHost(files));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^--- offer\.sdp\n\+\+\+ offer\.sdp \(edited\)\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(r.stdout).toContain('\n-a=rtpmap:96 VP8/90000\n');
    expect(r.stdout).toContain('\n+b=AS:500\n');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('-a=candidate:'))).toHaveLength(1);
  });

  it('--write rewrites the file, -o writes another; --direction takes a bare mid', async () => {
    const w = await run(['edit', 'answer.sdp', '--direction', '0=inactive', '--write'], memoryHost(files));
    expect(w.exitCode).toBe(0);
    expect(w.writes).toHaveLength(1);
    expect(w.writes![0]!.path).toBe('answer.sdp');
    expect(w.writes![0]!.text).toContain('a=inactive\r\n');
    const o = await run(['edit', 'answer.sdp', '--setup', 'passive', '-o', 'out.sdp'], memoryHost(files));
    expect(o.writes![0]).toMatchObject({ path: 'out.sdp' });
    expect(o.stdout).toBe('');
  });

  it('a recipe that cannot apply exits 1 with the reason and writes nothing (the last codec of a section)', async () => {
    const only = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n';
    const r = await run(['edit', '-', '--remove-codec', 'audio=opus'], memoryHost(files, { stdin: only }));
    expect(r).toMatchObject({ exitCode: 1, stdout: '' });
    expect(r.stderr).toMatch(/without a format/);
  });

  it('--fmtp, --simulcast and --reject', async () => {
    const r = await run(['edit', 'offer.sdp', '--fmtp', 'audio=opus:stereo=1;useinbandfec=', '--simulcast', 'video=h,l', '--reject', 'application', '--diff'], memoryHost(files));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('\n+a=fmtp:111 minptime=10;stereo=1\n');
    expect(r.stdout).toContain('\n+a=simulcast:send h;l\n');
    expect(r.stdout).toContain('\n+m=application 0 UDP/DTLS/SCTP webrtc-datachannel\n');
  });

  it('usage errors exit 2', async () => {
    for (const argv of [
      ['edit', 'offer.sdp'],
      ['edit', 'offer.sdp', '--bitrate', 'video=500'],
      ['edit', 'offer.sdp', '--drop-candidates', 'ipv5'],
      ['edit', 'offer.sdp', '--remove-codec', 'VP8'],
      ['edit', 'offer.sdp', '--setup', 'passive', '--write', '-o', 'x.sdp'],
      ['edit', 'offer.sdp', '--fmtp', 'audio=opus'],
      ['edit', 'offer.sdp', '--simulcast', 'video=h m'],
    ]) {
      const r = await run(argv, memoryHost(files));
      expect(r.exitCode, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sdp edit: /);
    }
  });
});

describe('sdp edit shows hostile text, it does not run it', () => {
  const hostile = offer.replace('a=rtpmap:96 VP8/90000\r\n', 'a=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 x\u001b]0;pwned\u0007\u001b[2J\u202e1.2.0.291\u200b\u0000 nack\r\n');

  it('--diff escapes control, bidi and zero-width characters', async () => {
    const r = await run(['edit', 'h.sdp', '--remove-codec', 'video=VP8', '--diff'], memoryHost({ 'h.sdp': hostile }));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('-a=rtcp-fb:96 x\\x1B]0;pwned\\x07\\x1B[2J⟨U+202E⟩1.2.0.291⟨U+200B⟩\\x00 nack\n');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e\u200b]/);
  });

  it('the edited SDP is exact bytes through a pipe, escaped on a terminal', async () => {
    const piped = await run(['edit', 'h.sdp', '--prefer-codec', 'video=H264'], memoryHost({ 'h.sdp': hostile }));
    expect(piped.stdout).toContain('\u001b]0;pwned\u0007');
    const tty = await run(['edit', 'h.sdp', '--prefer-codec', 'video=H264'], memoryHost({ 'h.sdp': hostile }, { stdoutIsTTY: true }));
    expect(tty.stdout).toContain('\\x1B]0;pwned\\x07');
    expect(tty.stdout).toContain('\r\n');
    // eslint-disable-next-line no-control-regex
    expect(tty.stdout).not.toMatch(/[\u0000\u0007\u001b\u202e]/);
  });
});
