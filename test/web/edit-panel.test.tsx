// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/web/App.js';
import { exampleAnswer, exampleOffer } from './helpers.js';

const offerBox = (): HTMLTextAreaElement => screen.getByLabelText('Offer') as HTMLTextAreaElement;
const shown = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('the Edit panel', () => {
  it('previews a recipe as a line diff, applies it, and Undo edit puts the text back', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    const panel = screen.getByRole('region', { name: 'Edit the offer' });
    fireEvent.change(within(panel).getByLabelText('Recipe'), { target: { value: 'remove-codec' } });
    fireEvent.change(within(panel).getByLabelText('Section'), { target: { value: 'video' } });
    fireEvent.change(within(panel).getByLabelText('Codec'), { target: { value: 'VP8' } });
    const diff = within(panel).getByLabelText('Change').textContent ?? '';
    expect(diff).toContain('-67: a=rtpmap:96 VP8/90000');
    expect(diff).toContain('-74: a=fmtp:97 apt=96');
    expect(within(panel).getByText(/^9 lines removed, 1 added;/)).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Apply' }));
    expect(offerBox().value).not.toContain('a=rtpmap:96 VP8/90000');
    expect(offerBox().value).toContain('a=rtpmap:102 H264/90000');
    fireEvent.click(screen.getByRole('button', { name: 'Undo edit' }));
    expect(offerBox().value).toBe(shown(exampleOffer));
  });

  it('sets a codec parameter and rejects a section', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    const panel = screen.getByRole('region', { name: 'Edit the offer' });
    fireEvent.change(within(panel).getByLabelText('Recipe'), { target: { value: 'fmtp' } });
    fireEvent.change(within(panel).getByLabelText('Section'), { target: { value: 'audio' } });
    fireEvent.change(within(panel).getByLabelText('Codec'), { target: { value: 'opus' } });
    expect(within(panel).getByLabelText('Change').textContent).toContain('+32: a=fmtp:111 minptime=10;useinbandfec=1;stereo=1');
    fireEvent.change(within(panel).getByLabelText('Recipe'), { target: { value: 'reject' } });
    fireEvent.change(within(panel).getByLabelText('Section'), { target: { value: 'application' } });
    expect(within(panel).getByLabelText('Change').textContent).toContain('+174: m=application 0 UDP/DTLS/SCTP webrtc-datachannel');
  });

  it('says why a recipe cannot apply, and offers no Apply', () => {
    const only = 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\n';
    render(<App initialOffer={only} initialAnswer="" />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    const panel = screen.getByRole('region', { name: 'Edit the offer' });
    expect(within(panel).getByText(/without a format/)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Apply' })).toBeNull();
  });
});

describe('the Edit panel with hostile text', () => {
  it('shows control, bidi and zero-width characters in the preview instead of obeying them', () => {
    const hostile = exampleOffer.replace('a=rtpmap:96 VP8/90000\r\n', 'a=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 x\u001b[2J\u202e1.2.0.291\u200b nack\r\n');
    render(<App initialOffer={hostile} initialAnswer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit offer' }));
    const panel = screen.getByRole('region', { name: 'Edit the offer' });
    fireEvent.change(within(panel).getByLabelText('Section'), { target: { value: 'video' } });
    fireEvent.change(within(panel).getByLabelText('Codec'), { target: { value: 'VP8' } });
    const diff = within(panel).getByLabelText('Change').textContent ?? '';
    expect(diff).toContain('a=rtcp-fb:96 xU+001B[2JU+202E1.2.0.291U+200B nack');
    expect(within(panel).getByLabelText('Change').querySelectorAll('.hidden-char').length).toBe(3);
    expect(diff).not.toMatch(/[\u001b\u202e\u200b]/);
  });
});
