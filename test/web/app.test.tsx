// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { format, lintPair, parse, unredactedAddresses } from '../../src/index.js';
import { App, DEBOUNCE_MS, initialState } from '../../src/web/App.js';
import { encodeFragment } from '../../src/web/share.js';
import { brokenOffer, exampleAnswer, exampleOffer, hostileOffer } from './helpers.js';

/** What a textarea shows: HTML normalises its value's line breaks to LF. */
function shown(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function offerBox(): HTMLTextAreaElement {
  return screen.getByLabelText('Offer') as HTMLTextAreaElement;
}

function answerBox(): HTMLTextAreaElement {
  return screen.getByLabelText('Answer') as HTMLTextAreaElement;
}

function selectedTab(): string {
  return screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true')!.id;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('App', () => {
  it('opens with the example pair fully inspected', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    expect(offerBox().value).toBe(shown(exampleOffer));
    expect(answerBox().value).toBe(shown(exampleAnswer));
    expect(screen.getByTestId('detected-offer').textContent).toBe('looks like an offer');
    expect(screen.getByTestId('detected-answer').textContent).toBe('looks like an answer');
    expect(screen.getAllByRole('tab').map((t) => t.textContent?.replace(/Alt\+\d$/, ''))).toEqual(['Lines', 'Negotiationok', 'Codecs44', 'ICE8', 'Lint0']);
    // The Lines view opens on the first m= line, explained.
    const panel = screen.getByRole('complementary', { name: 'Line explanation' });
    expect(panel.textContent).toContain('Line 8 of the offer');
    expect(screen.getByText('negotiation ok')).toBeTruthy();
  });

  it('re-analyses after a pause in typing (debounced)', () => {
    vi.useFakeTimers();
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    const foot = (): string => offerBox().parentElement!.querySelector('.input-foot')!.textContent!;
    expect(foot()).toContain('0 problems');
    fireEvent.change(offerBox(), { target: { value: brokenOffer } });
    expect(offerBox().value).toBe(shown(brokenOffer));
    act(() => vi.advanceTimersByTime(DEBOUNCE_MS - 10));
    expect(foot()).toContain('0 problems');
    act(() => vi.advanceTimersByTime(20));
    // The textarea reports LF; the box puts the pasted CRLF endings back, so only the typed defect is found.
    const n = lintPair(brokenOffer, exampleAnswer).offer.length;
    expect(foot()).toContain(`${n} problem`);
    const squiggles = Array.from(document.querySelectorAll('.row[data-line="9"] .squiggle-error')).map((e) => e.textContent);
    expect(squiggles).toContain('IP9');
  });

  it('switches views with Alt+1…5 and with the arrow keys on the tabs', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.keyDown(window, { altKey: true, code: 'Digit3', key: '3' });
    expect(selectedTab()).toBe('tab-codecs');
    expect(document.activeElement?.id).toBe('tab-codecs');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-codecs');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(selectedTab()).toBe('tab-ice');
    expect(document.activeElement?.id).toBe('tab-ice');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(selectedTab()).toBe('tab-lint');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(selectedTab()).toBe('tab-lines');
    // Roving focus: only the selected tab is in the Tab order.
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0).map((t) => t.id)).toEqual(['tab-lines']);
  });

  it('jumps from a lint finding to its line', () => {
    render(<App initialOffer={brokenOffer} initialAnswer={exampleAnswer} initialTab="lint" />);
    const row = screen.getByText(/found `IP9`/).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'offer 9:6' }));
    expect(selectedTab()).toBe('tab-lines');
    expect(document.querySelector('.row[data-line="9"]')?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('complementary', { name: 'Line explanation' }).textContent).toContain('Line 9 of the offer');
  });

  it('redacts every private address of both descriptions', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    expect(unredactedAddresses(offerBox().value).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Redact' }));
    for (const box of [offerBox(), answerBox()]) {
      expect(unredactedAddresses(box.value)).toEqual([]);
      for (const a of ['192.168.1.23', '10.0.2.15', '192.168.1.50']) expect(box.value).not.toContain(a);
    }
    expect(document.body.textContent).not.toContain('192.168.1.23');
    expect(screen.getByText(/^Redacted /)).toBeTruthy();
  });

  it('formats both descriptions canonically', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Format' }));
    expect(offerBox().value).toBe(shown(format(parse(exampleOffer).document)));
    expect(answerBox().value).toBe(shown(format(parse(exampleAnswer).document)));
    // The analysed text keeps its CRLF endings (no lf-line-endings finding).
    expect(offerBox().parentElement!.querySelector('.input-foot')!.textContent).toContain('0 problems');
  });

  it('makes a share link and warns about unredacted addresses', async () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share link' }));
    const panel = screen.getByRole('region', { name: 'Share link' });
    expect(within(panel).getByTestId('share-warning').textContent).toContain('192.168.1.23');
    const input = within(panel).getByRole('textbox', { name: 'Share link' }) as HTMLInputElement;
    await waitFor(() => expect(input.value).toMatch(/#o=[\w-]+&a=[\w-]+$/));
    const hash = input.value.slice(input.value.indexOf('#'));
    expect(await initialState(hash)).toMatchObject({ initialOffer: exampleOffer, initialAnswer: exampleAnswer });
    fireEvent.click(within(panel).getByRole('button', { name: 'Redact first' }));
    await waitFor(() => expect(within(panel).queryByTestId('share-warning')).toBeNull());
  });

  it('opens a share link, and the example when the link is broken', async () => {
    const hash = await encodeFragment({ offer: brokenOffer, answer: '' });
    expect(await initialState(hash)).toMatchObject({ initialOffer: brokenOffer, initialAnswer: '' });
    const broken = await initialState('#o=%%%');
    expect(broken.initialOffer).toBe(exampleOffer);
    expect(broken.notice).toMatch(/could not be decoded/);
    expect(await initialState('')).toEqual({ initialOffer: exampleOffer, initialAnswer: exampleAnswer });
  });

  it('detects swapped descriptions and swaps them back', () => {
    render(<App initialOffer={exampleAnswer} initialAnswer={exampleOffer} />);
    expect(screen.getByTestId('detected-offer').textContent).toBe('looks like an answer');
    fireEvent.click(screen.getAllByRole('button', { name: 'Swap offer and answer' })[0]!);
    expect(offerBox().value).toBe(shown(exampleOffer));
    expect(answerBox().value).toBe(shown(exampleAnswer));
  });

  it('keeps CRLF when a whole description is pasted', async () => {
    render(<App initialOffer="" initialAnswer={exampleAnswer} />);
    fireEvent.paste(offerBox(), { clipboardData: { getData: () => exampleOffer } });
    expect(offerBox().value).toBe(shown(exampleOffer));
    // Analysed byte for byte: no lf-line-endings finding.
    await waitFor(() => expect(offerBox().parentElement!.querySelector('.input-foot')!.textContent).toContain('183 lines · 6.4 kB · 0 problems'));
  });

  it('reads a dropped file and an opened file, byte for byte', async () => {
    // jsdom's Blob has no text() (browsers do): read it with FileReader here.
    if (typeof Blob.prototype.text !== 'function') {
      Blob.prototype.text = function text(this: Blob): Promise<string> {
        return new Promise((ok) => {
          const reader = new FileReader();
          reader.onload = () => ok(String(reader.result));
          reader.readAsText(this);
        });
      };
    }
    render(<App initialOffer="" initialAnswer="" />);
    const panel = answerBox().closest('.input-panel')!;
    const file = new File([exampleAnswer], 'firefox-answer.sdp', { type: 'application/sdp' });
    fireEvent.drop(panel, { dataTransfer: { files: [file], types: ['Files'] } });
    await waitFor(() => expect(answerBox().value).toBe(shown(exampleAnswer)));
    expect(panel.textContent).toContain('Loaded firefox-answer.sdp');
    const input = screen.getByLabelText('Open an offer file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([exampleOffer], 'chrome-offer.sdp')] } });
    await waitFor(() => expect(offerBox().value).toBe(shown(exampleOffer)));
    await waitFor(() => expect(offerBox().closest('.input-panel')!.querySelector('.input-foot')!.textContent).toContain('183 lines · 6.4 kB · 0 problems'));
  });

  it('works with one description alone', () => {
    render(<App initialOffer="" initialAnswer={exampleAnswer} />);
    expect(document.querySelector('.row[data-line="1"]')?.textContent).toContain('v=0');
    fireEvent.click(screen.getByRole('tab', { name: /Negotiation/ }));
    expect(screen.getByText(/needs both an offer and an answer/)).toBeTruthy();
  });

  it('keeps hostile SDP inert in every view', () => {
    render(<App initialOffer={hostileOffer} initialAnswer={exampleAnswer} />);
    for (const tab of screen.getAllByRole('tab')) {
      fireEvent.click(tab);
      expect(document.querySelector('#root script, .app script, .app img, .app iframe, .app object')).toBeNull();
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    fireEvent.click(screen.getByRole('tab', { name: /Lines/ }));
    fireEvent.click(document.querySelector('.row[data-line="9"]')!);
    // The 1 MB line is in the textarea, but the views draw a few thousand characters of it.
    expect(screen.getByRole('tabpanel').textContent!.length).toBeLessThan(20_000);
  });
});
