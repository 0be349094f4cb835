// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { extractDescriptions } from '../../src/index.js';
import { App } from '../../src/web/App.js';
import { ExtractChooser } from '../../src/web/components/ExtractChooser.js';
import { defaultPick, receive, type Pick } from '../../src/web/extraction.js';
import { exampleAnswer, exampleOffer, repoRoot } from './helpers.js';

const fixture = (name: string): string => readFileSync(resolve(repoRoot, 'test/fixtures', name), 'utf8');
const internals = fixture('webrtc-internals-two-pcs.json');
const aboutWebrtc = fixture('about-webrtc-report.json');
const signallingOffer = fixture('signalling-offer.json');
const consoleLog = fixture('log-console.txt');

/** What a textarea shows: HTML normalises its value's line breaks to LF. */
const shown = (text: string): string => text.replace(/\r\n?/g, '\n');
const box = (name: 'Offer' | 'Answer'): HTMLTextAreaElement => screen.getByLabelText(name) as HTMLTextAreaElement;
const pasteInto = (el: HTMLTextAreaElement, text: string): void => {
  fireEvent.paste(el, { clipboardData: { getData: () => text } });
};

function renderChooser(text: string, from = 'the pasted text') {
  const picks: Pick[] = [];
  const onCancel = vi.fn();
  const received = receive(text, from, 'offer');
  render(<ExtractChooser received={received} onPick={(p) => picks.push(p)} onCancel={onCancel} />);
  return { picks, onCancel, received, chooser: screen.getByRole('region', { name: 'Choose what to inspect' }) };
}

describe('the page’s use of extractDescriptions', () => {
  it('loads without asking what the CLI loads without --pick, and asks otherwise', () => {
    const pickOf = (text: string): Pick | undefined => defaultPick(extractDescriptions(text));
    expect(pickOf(aboutWebrtc)).toMatchObject({ kind: 'negotiation', offer: { index: 0 }, answer: { index: 1 } });
    expect(pickOf(signallingOffer)).toMatchObject({ kind: 'description', description: { type: 'offer' } });
    // Three complete negotiations in two peer connections; an untyped description and an answer.
    expect(pickOf(internals)).toBeUndefined();
    expect(pickOf(consoleLog)).toBeUndefined();
    // Raw SDP is plain: it goes into the box as it is.
    expect(receive(exampleOffer, 'x', 'offer').plain).toBe(true);
    expect(receive(internals, 'x', 'offer').plain).toBe(false);
  });
});

describe('ExtractChooser', () => {
  it('lists a webrtc-internals dump’s peer connections, their negotiations and descriptions', () => {
    const { chooser, received } = renderChooser(internals);
    expect(chooser.textContent).toContain('9 session descriptions in 2 peer connections, found in a webrtc-internals dump (the pasted text)');
    const pc1 = within(chooser).getByRole('group', { name: 'PC 1 (https://meet.example.com)' });
    const pc2 = within(chooser).getByRole('group', { name: 'PC 2 (https://meet.example.com)' });
    const negotiations = (pc: HTMLElement): string[] =>
      within(within(pc).getByRole('list', { name: /^Negotiations of/ }))
        .getAllByRole('button')
        .map((b) => b.textContent!);
    expect(negotiations(pc1)).toEqual(['negotiation 1: local offer → remote answer', 'negotiation 2: local offer → remote answer']);
    expect(negotiations(pc2)).toEqual(['negotiation 1: remote offer → local answer']);
    expect(within(pc2).getByRole('list', { name: /^Negotiations of/ }).textContent).toContain('#7 ↔ #9');
    // Each description: its number, its label without the PC in front, a type badge.
    const descriptions = within(pc2).getByRole('list', { name: /^Descriptions of/ });
    const items = within(descriptions).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.type-badge')!.textContent)).toEqual(['offer', 'answer', 'answer']);
    expect(within(items[0]!).getByRole('button').textContent).toBe(`#7 ${received.result.descriptions[6]!.label.replace('PC 2 (https://meet.example.com) · ', '')}`);
    expect(items[0]!.textContent).toContain('setRemoteDescription offer');
  });

  it('marks a munged description and shows its line diff on demand', () => {
    const { chooser } = renderChooser(internals);
    const pc1 = within(chooser).getByRole('group', { name: 'PC 1 (https://meet.example.com)' });
    const munged = within(pc1).getAllByText('munged');
    // The description, and the negotiation that used it.
    expect(munged.length).toBe(2);
    const item = within(within(pc1).getByRole('list', { name: /^Descriptions of/ })).getAllByRole('listitem')[1]!;
    expect(within(item).getByRole('button').textContent).toMatch(/^#2 setLocalDescription offer/);
    const details = item.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(within(item).queryByRole('list', { name: 'Changes of #2' })).toBeNull();
    fireEvent.click(within(item).getByText('line diff (2 added, 1 removed)'));
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const diff = within(item).getByRole('list', { name: 'Changes of #2' });
    const lines = within(diff).getAllByRole('listitem').map((l) => l.textContent);
    expect(lines).toContain('−removed 27a=fmtp:111 minptime=10;useinbandfec=1');
    expect(lines.filter((l) => l!.startsWith('+added')).length).toBe(2);
    expect(item.textContent).toContain('(line 27). Compared with #1 (createOfferOnSuccess).');
  });

  it('picks a negotiation (its offer and answer) or one description', () => {
    const { chooser, picks } = renderChooser(internals);
    const pc2 = within(chooser).getByRole('group', { name: 'PC 2 (https://meet.example.com)' });
    fireEvent.click(within(pc2).getByRole('button', { name: 'negotiation 1: remote offer → local answer' }));
    expect(picks[0]).toMatchObject({ kind: 'negotiation', pc: { number: 2 }, negotiation: { number: 1 }, offer: { index: 6 }, answer: { index: 8 } });
    fireEvent.click(within(pc2).getByRole('button', { name: /^#8 / }));
    expect(picks[1]).toMatchObject({ kind: 'description', description: { index: 7, type: 'answer' } });
  });

  it('lists the descriptions of a log, with an untyped one', () => {
    const { chooser, onCancel } = renderChooser(consoleLog, 'log-console.txt');
    expect(chooser.textContent).toContain('2 session descriptions, found in mixed text (JSON and log lines) (log-console.txt)');
    expect(within(chooser).queryByRole('group', { name: /^PC / })).toBeNull();
    const items = within(within(chooser).getByRole('list', { name: 'Descriptions' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.type-badge')!.textContent)).toEqual(['type?', 'answer']);
    expect(items.map((li) => within(li).getByRole('button').textContent)).toEqual(['#1 log · line 2', '#2 JSON $.sdp · answer · line 90']);
    // Focus lands on the chooser; Escape closes it.
    expect(document.activeElement).toBe(within(chooser).getByRole('heading', { name: 'Choose what to inspect' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('draws labels from the dump as text', () => {
    const hostile = internals.replaceAll('https://meet.example.com', '<img src=x onerror=window.__pwned=1>');
    const { chooser } = renderChooser(hostile);
    expect(chooser.querySelector('img, script')).toBeNull();
    expect(within(chooser).getByRole('group', { name: /^PC 2 \(<img src=x onerror=window.__pwned=1>/ })).toBeTruthy();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('App with extraction', () => {
  it('loads the only negotiation of an about:webrtc report into both boxes, with a notice', () => {
    render(<App initialOffer="" initialAnswer="" />);
    pasteInto(box('Offer'), aboutWebrtc);
    const result = extractDescriptions(aboutWebrtc);
    expect(box('Offer').value).toBe(shown(result.descriptions[0]!.sdp));
    expect(box('Answer').value).toBe(shown(result.descriptions[1]!.sdp));
    const notice = screen.getByRole('region', { name: 'Extraction' });
    expect(notice.textContent).toContain('Extracted from an about:webrtc report: PC 1 (https://meet.example.com) · negotiation 1: local offer → remote answer');
    expect(notice.textContent).toContain('offer box ← offer #1 PC 1 (https://meet.example.com) · local offer');
    // The repairs the library reports, per description.
    const notes = within(notice).getByRole('list', { name: 'What the extraction repaired or noticed' });
    expect(within(notes).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('#1: the source does not give the type; read as offer'),
      expect.stringContaining('#2: the source does not give the type; read as answer'),
    ]);
    // One negotiation, two descriptions: nothing else to choose.
    expect(within(notice).queryByRole('button', { name: 'Choose another…' })).toBeNull();
    expect(screen.getByText('negotiation ok')).toBeTruthy();
  });

  it('puts a signalling message’s offer into the offer box, wherever it was pasted', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    pasteInto(box('Answer'), signallingOffer);
    expect(box('Offer').value).toBe(shown(JSON.parse(signallingOffer).sdp));
    expect(box('Answer').value).toBe(shown(exampleAnswer));
    expect(screen.getByRole('region', { name: 'Extraction' }).textContent).toContain('Extracted from JSON: JSON $.sdp · offer · line 3');
  });

  it('opens the chooser for a webrtc-internals dump, loads the pick, and reopens it', () => {
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    pasteInto(box('Offer'), internals);
    // Nothing is loaded until the user picks.
    expect(box('Offer').value).toBe(shown(exampleOffer));
    const chooser = screen.getByRole('region', { name: 'Choose what to inspect' });
    const pc2 = within(chooser).getByRole('group', { name: 'PC 2 (https://meet.example.com)' });
    fireEvent.click(within(pc2).getByRole('button', { name: 'negotiation 1: remote offer → local answer' }));
    const ds = extractDescriptions(internals).descriptions;
    expect(box('Offer').value).toBe(shown(ds[6]!.sdp));
    expect(box('Answer').value).toBe(shown(ds[8]!.sdp));
    expect(screen.queryByRole('region', { name: 'Choose what to inspect' })).toBeNull();
    const notice = screen.getByRole('region', { name: 'Extraction' });
    expect(notice.textContent).toContain('Extracted from a webrtc-internals dump: PC 2 (https://meet.example.com) · negotiation 1: remote offer → local answer');
    expect(notice.textContent).toContain('answer box ← answer #9 PC 2 (https://meet.example.com) · setLocalDescription answer');
    // Choose another: a single answer goes into the answer box, the offer stays.
    fireEvent.click(within(notice).getByRole('button', { name: 'Choose another…' }));
    const again = screen.getByRole('region', { name: 'Choose what to inspect' });
    const pc1 = within(again).getByRole('group', { name: 'PC 1 (https://meet.example.com)' });
    fireEvent.click(within(pc1).getByRole('button', { name: /^#3 / }));
    expect(box('Offer').value).toBe(shown(ds[6]!.sdp));
    expect(box('Answer').value).toBe(shown(ds[2]!.sdp));
    // Cancel returns to the notice of what is loaded.
    fireEvent.click(within(screen.getByRole('region', { name: 'Extraction' })).getByRole('button', { name: 'Choose another…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('region', { name: 'Extraction' }).textContent).toContain('#3 PC 1');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Extraction' })).toBeNull();
  });

  it('reads an untyped description from a log into the box its text says', () => {
    render(<App initialOffer="" initialAnswer="" />);
    pasteInto(box('Answer'), consoleLog);
    const chooser = screen.getByRole('region', { name: 'Choose what to inspect' });
    fireEvent.click(within(chooser).getByRole('button', { name: '#1 log · line 2' }));
    // a=setup:actpass: an offer.
    expect(box('Offer').value.startsWith('v=0\n')).toBe(true);
    expect(box('Answer').value).toBe('');
    expect(screen.getByRole('region', { name: 'Extraction' }).textContent).toContain('stripped `VM412:9 local offer ` before `v=0`');
  });

  it('keeps garbage in the box for the parser, with what the extraction said', async () => {
    render(<App initialOffer="" initialAnswer={exampleAnswer} />);
    pasteInto(box('Offer'), '{"type": "offer", "sdp": ');
    expect(box('Offer').value).toBe('{"type": "offer", "sdp": ');
    const notice = screen.getByRole('region', { name: 'Extraction' });
    expect(notice.textContent).toContain('No session description found in the pasted text: it is read as SDP as it is.');
    expect(notice.textContent).toContain('extract-invalid-json');
    await waitFor(() => expect(box('Offer').parentElement!.querySelector('.input-foot')!.textContent).toMatch(/[1-9]\d* problem/));
  });

  it('keeps raw SDP pastes as they were: whole, byte for byte; into part of the box, inserted by the browser', () => {
    render(<App initialOffer="" initialAnswer={exampleAnswer} />);
    pasteInto(box('Offer'), exampleOffer);
    expect(box('Offer').value).toBe(shown(exampleOffer));
    expect(screen.queryByRole('region', { name: 'Extraction' })).toBeNull();
    const offer = box('Offer');
    offer.setSelectionRange(3, 3);
    const sdpLine = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(sdpLine, { clipboardData: { getData: () => 'a=ice-lite\r\n' } });
    expect(fireEvent(offer, sdpLine)).toBe(true);
    expect(sdpLine.defaultPrevented).toBe(false);
    // A dump pasted into part of the box is extracted, not inserted.
    offer.setSelectionRange(3, 3);
    const dump = new Event('paste', { bubbles: true, cancelable: true });
    Object.assign(dump, { clipboardData: { getData: () => signallingOffer } });
    fireEvent(offer, dump);
    expect(dump.defaultPrevented).toBe(true);
    expect(screen.getByRole('region', { name: 'Extraction' })).toBeTruthy();
  });

  it('opens a dump file into the chooser', async () => {
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
    const input = screen.getByLabelText('Open an offer file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([internals], 'webrtc_internals_dump.txt')] } });
    const chooser = await screen.findByRole('region', { name: 'Choose what to inspect' });
    expect(chooser.textContent).toContain('(webrtc_internals_dump.txt)');
    expect(box('Offer').closest('.input-panel')!.textContent).toContain('Read webrtc_internals_dump.txt');
    // Dropped text: a description in it is extracted; SDP text is left to the textarea.
    const panel = box('Answer').closest('.input-panel')!;
    expect(fireEvent.drop(panel, { dataTransfer: { files: [], types: ['text/plain'], getData: () => 'a=ice-lite' } })).toBe(true);
    expect(fireEvent.drop(panel, { dataTransfer: { files: [], types: ['text/plain'], getData: () => aboutWebrtc } })).toBe(false);
    expect(box('Answer').value).toBe(shown(extractDescriptions(aboutWebrtc).descriptions[1]!.sdp));
    expect(screen.getByRole('region', { name: 'Extraction' }).textContent).toContain('Extracted from an about:webrtc report');
  });
});
