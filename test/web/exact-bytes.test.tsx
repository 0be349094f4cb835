// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/web/App.js';
import { exampleAnswer, exampleOffer } from './helpers.js';

/* A textarea holds LF only; the page keeps each box's own line endings while the user types. */

afterEach(cleanup);

const offerBox = (): HTMLTextAreaElement => document.getElementById('input-offer') as HTMLTextAreaElement;
const foot = (): string => offerBox().closest('.input-panel')!.querySelector('.input-foot')!.textContent ?? '';
const paste = (text: string): void => {
  offerBox().select();
  fireEvent.paste(offerBox(), { clipboardData: { getData: () => text } });
};
/** Types at a textarea offset, as the browser reports it: the whole (LF) value. */
const typeAt = (at: number, typed: string): void => {
  const v = offerBox().value;
  fireEvent.change(offerBox(), { target: { value: v.slice(0, at) + typed + v.slice(at) } });
};
function stubClipboard(): string[] {
  const copied: string[] = [];
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
  return copied;
}

describe('exact bytes while editing', () => {
  it('typing a character in a pasted CRLF description keeps CRLF: status line, findings and Copy', async () => {
    const copied = stubClipboard();
    render(<App initialOffer="" initialAnswer={exampleAnswer} />);
    paste(exampleOffer);
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('CRLF'));
    // Into s=- (line 3): s=-x
    typeAt(offerBox().value.indexOf('s=-') + 3, 'x');
    await waitFor(() => expect(foot()).toMatch(/183 lines · 6\.4 kB · 0 problems · CRLF$/));
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(exampleOffer.replace('s=-\r\n', 's=-x\r\n'));
  });

  it('a new line typed in a CRLF text gets CRLF; the caret-safe textarea value stays LF', async () => {
    const copied = stubClipboard();
    render(<App initialOffer={exampleOffer} initialAnswer="" />);
    expect(offerBox().value).toBe(exampleOffer.replace(/\r\n/g, '\n'));
    typeAt(offerBox().value.indexOf('t=0 0'), 'a=x-note:typed\n');
    await waitFor(() => expect(foot()).toContain('184 lines'));
    expect(screen.getByTestId('eol-offer').textContent).toBe('CRLF');
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(exampleOffer.replace('t=0 0\r\n', 'a=x-note:typed\r\nt=0 0\r\n'));
  });

  it('mixed endings are shown with their counts and survive typing', async () => {
    const copied = stubClipboard();
    const mixed = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\nt=0 0\r\n';
    render(<App initialOffer="" initialAnswer="" />);
    paste(mixed);
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('mixed: 3 CRLF, 1 LF'));
    typeAt(offerBox().value.indexOf('s=-') + 3, 'y');
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe(mixed.replace('s=-', 's=-y'));
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('mixed: 3 CRLF, 1 LF'));
  });

  it('a cleared CRLF box remembers CRLF for what is typed next; an LF text stays LF', async () => {
    const copied = stubClipboard();
    render(<App initialOffer={exampleOffer} initialAnswer="" />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear' })[0]!);
    fireEvent.change(offerBox(), { target: { value: 'v=0\ns=-\n' } });
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('CRLF'));
    paste('v=0\ns=-\n');
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('LF'));
    typeAt(offerBox().value.length, 't=0 0\n');
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy' })[0]!);
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]).toBe('v=0\ns=-\nt=0 0\n');
    await waitFor(() => expect(screen.getByTestId('eol-offer').textContent).toBe('LF'));
  });
});

describe('the Lines view after new text', () => {
  it('a new paste drops the old selected line', async () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(document.querySelector('.row[data-line="3"]')!);
    expect(document.querySelector('.row[data-line="3"]')!.getAttribute('aria-selected')).toBe('true');
    paste('v=0\r\no=- 9 9 IN IP4 127.0.0.1\r\ns=other\r\nt=0 0\r\n');
    await waitFor(() => expect(screen.getByRole('listbox').getAttribute('aria-label')).toBe('Lines of the offer'));
    await waitFor(() => expect(document.querySelectorAll('.row')).toHaveLength(4));
    expect(document.querySelector('.row[aria-selected="true"]')).toBeNull();
    expect(screen.getByLabelText('Line explanation').textContent).toContain('Click or hover a line');
  });

  it('typing keeps the selection', async () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    fireEvent.click(document.querySelector('.row[data-line="3"]')!);
    typeAt(offerBox().value.indexOf('s=-') + 3, 'x');
    await waitFor(() => expect(document.querySelector('.row[data-line="3"]')!.textContent).toContain('s=-x'));
    expect(document.querySelector('.row[data-line="3"]')!.getAttribute('aria-selected')).toBe('true');
  });
});
