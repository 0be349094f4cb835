// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { App } from '../../src/web/App.js';

/* The page reads a file's bytes through the library's decodeInput, as the CLI does. */

afterEach(cleanup);

const offerBox = (): HTMLTextAreaElement => document.getElementById('input-offer') as HTMLTextAreaElement;
const open = (file: File): void => {
  fireEvent.change(screen.getByLabelText('Open an offer file'), { target: { files: [file] } });
};

describe('opening a file on the page', () => {
  it('a binary is not loaded: one notice with the NUL offset, no SDP errors of its junk', async () => {
    render(<App initialOffer="" initialAnswer="" />);
    open(new File([Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0])], 'a.out'));
    const panel = offerBox().closest('.input-panel')!;
    await waitFor(() => expect(panel.textContent).toContain('a.out looks binary (NUL byte at offset 7), not SDP text: not loaded.'));
    expect(offerBox().value).toBe('');
  });

  it('a Latin-1 file is read as Latin-1 (é, not U+FFFD) and the notice says so', async () => {
    render(<App initialOffer="" initialAnswer="" />);
    const text = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=Caf\u00e9\r\nt=0 0\r\n';
    open(new File([Uint8Array.from(Buffer.from(text, 'latin1'))], 'latin.sdp'));
    const panel = offerBox().closest('.input-panel')!;
    await waitFor(() => expect(panel.textContent).toContain('Loaded latin.sdp (46 bytes; not UTF-8: read as Latin-1).'));
    expect(offerBox().value).toContain('s=Caf\u00e9');
  });

  it('a gzipped file (Chromium\'s default dump download) is unpacked by the library and loaded', async () => {
    render(<App initialOffer="" initialAnswer="" />);
    const text = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
    open(new File([Uint8Array.from(gzipSync(Buffer.from(text)))], 'offer.sdp.gz'));
    const panel = offerBox().closest('.input-panel')!;
    await waitFor(() => expect(panel.textContent).toMatch(/Loaded offer\.sdp\.gz \(\d+ bytes; gzip, 43 bytes unpacked\)\./));
    expect(offerBox().value).toBe(text.replace(/\r\n/g, '\n'));
  });

  it('a truncated gzip download is not loaded, and the notice says why', async () => {
    render(<App initialOffer="" initialAnswer="" />);
    const gz = gzipSync(Buffer.from('v=0\r\n'.repeat(200)));
    open(new File([Uint8Array.from(gz.subarray(0, 12))], 'webrtc_internals_dump.gz'));
    const panel = offerBox().closest('.input-panel')!;
    await waitFor(() => expect(panel.textContent).toContain('webrtc_internals_dump.gz: the input starts like gzip data but does not unpack'));
    expect(offerBox().value).toBe('');
  });
});
