// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { explainLine, lint, lintPair } from '../../src/index.js';
import { analyze, type Side } from '../../src/web/analysis.js';
import { LINE_CAP } from '../../src/web/text.js';
import { LinesView, type LineTarget } from '../../src/web/views/LinesView.js';
import { brokenOffer, exampleAnswer, exampleOffer, hostileOffer } from './helpers.js';

/** The view with its target held in state, as App holds it. */
function Harness({ offer, answer, start }: { offer: string; answer: string; start?: LineTarget }) {
  const [analysis] = useState(() => analyze(offer, answer));
  const [target, setTarget] = useState<LineTarget>(start ?? { side: 'offer', line: 0, seq: 0 });
  return <LinesView analysis={analysis} target={target} onTarget={(side: Side, line: number, scroll: boolean) => setTarget((t) => ({ side, line, seq: scroll ? t.seq + 1 : t.seq }))} />;
}

function row(container: HTMLElement, line: number): HTMLElement {
  const el = container.querySelector<HTMLElement>(`.row[data-line="${line}"]`);
  if (el === null) throw new Error(`row ${line} is not drawn`);
  return el;
}

describe('LinesView', () => {
  it('draws the lines with numbers and colours from the parsed model', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} />);
    const r = row(container, 11);
    expect(r.textContent).toContain('a=candidate:1467250027 1 udp 2122260223 192.168.1.23 51372 typ host');
    expect(r.querySelector('.gutter')?.textContent).toBe('11');
    expect(r.querySelector('.tok-name')?.textContent).toBe('candidate');
    expect(row(container, 8).classList.contains('row-m')).toBe(true);
  });

  it('draws only the rows in view (virtualised), not all 183', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} />);
    const drawn = container.querySelectorAll('.row').length;
    expect(drawn).toBeGreaterThan(20);
    expect(drawn).toBeLessThan(60);
    expect(container.querySelector('.row[data-line="150"]')).toBeNull();
  });

  it('scrolls a jumped-to line into view and selects it', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} start={{ side: 'offer', line: 150, seq: 1 }} />);
    expect(row(container, 150).getAttribute('aria-selected')).toBe('true');
  });

  it('underlines a diagnostic at its line and column, with its message', () => {
    const expected = lintPair(brokenOffer, exampleAnswer).offer.find((d) => d.code === 'invalid-value');
    expect(expected?.line).toBe(9);
    const { container } = render(<Harness offer={brokenOffer} answer={exampleAnswer} />);
    const r = row(container, 9);
    // The address type is underlined at its severity (other findings on the line have their own underlines).
    const squiggles = Array.from(r.querySelectorAll(`.squiggle-${expected!.severity}`)).map((e) => e.textContent);
    expect(squiggles).toContain('IP9');
    // The row shows its first finding and counts the others; every one is in the line's explanation.
    const onLine = lintPair(brokenOffer, exampleAnswer).offer.filter((d) => d.line === 9);
    expect(r.querySelector('.diag-msg')?.textContent).toContain(onLine[0]!.message);
    if (onLine.length > 1) expect(r.querySelector('.diag-msg')?.textContent).toContain(`(+${onLine.length - 1} more)`);
    expect(row(container, 10).querySelector('.squiggle')).toBeNull();
  });

  it('shows the explanation of a clicked line, with the decoded priority of a candidate', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} />);
    fireEvent.click(row(container, 11));
    const panel = screen.getByRole('complementary', { name: 'Line explanation' });
    const e = explainLine(exampleOffer, 11, { type: 'offer' })!;
    expect(panel.textContent).toContain(e.label);
    expect(panel.textContent).toContain('type preference 126, local preference 32542');
    expect(panel.textContent).toContain(`Reference: ${e.ref!}`);
    expect(within(panel).getAllByRole('row').length).toBe(e.fields.length + 1);
  });

  it('shows a hovered line and goes back to the selected one', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} start={{ side: 'offer', line: 2, seq: 0 }} />);
    const panel = (): HTMLElement => screen.getByRole('complementary', { name: 'Line explanation' });
    expect(panel().textContent).toContain('Line 2 of the offer');
    fireEvent.mouseMove(row(container, 16));
    expect(panel().textContent).toContain('Line 16 of the offer');
    fireEvent.mouseLeave(container.querySelector('.lines-list')!);
    expect(panel().textContent).toContain('Line 2 of the offer');
  });

  it('moves through lines with the keyboard', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} start={{ side: 'offer', line: 3, seq: 0 }} />);
    const list = screen.getByRole('listbox', { name: 'Lines of the offer' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(row(container, 4).getAttribute('aria-selected')).toBe('true');
    expect(list.getAttribute('aria-activedescendant')).toBe('offer-line-4');
    fireEvent.keyDown(list, { key: 'End' });
    expect(row(container, 183).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Home' });
    expect(row(container, 1).getAttribute('aria-selected')).toBe('true');
  });

  it('switches between the offer and the answer', () => {
    const { container } = render(<Harness offer={exampleOffer} answer={exampleAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: /^Answer/ }));
    expect(row(container, 2).textContent).toContain('mozilla...THIS_IS_SDPARTA');
    expect(screen.getByRole('listbox', { name: 'Lines of the answer' })).toBeTruthy();
  });

  it('keeps script tags and javascript: URLs as inert text and cuts a 1 MB line', () => {
    const { container } = render(<Harness offer={hostileOffer} answer="" />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(row(container, 3).textContent).toContain('s=<script>window.__pwned = 1</script>');
    expect(row(container, 5).textContent).toContain('<img src=x onerror="window.__pwned = 1">');
    expect(container.querySelector('a')).toBeNull();
    const huge = row(container, 9);
    const fullLength = hostileOffer.split('\r\n')[8]!.length;
    expect(huge.querySelector('.code')!.textContent!.length).toBeLessThanOrEqual(LINE_CAP + 1);
    expect(huge.querySelector('.trunc')?.textContent).toContain(`line truncated (${fullLength.toLocaleString('en-US')} characters`);
    // Its explanation is cut too.
    fireEvent.click(huge);
    const panel = screen.getByRole('complementary', { name: 'Line explanation' });
    expect(panel.textContent!.length).toBeLessThan(20_000);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says so when a description is empty', () => {
    render(<Harness offer="" answer={exampleAnswer} />);
    expect(screen.getByText(/Paste an offer above/)).toBeTruthy();
  });

  it('marks lint findings of a lone description', () => {
    const offerOnly = exampleOffer.replace('a=setup:actpass\r\n', '').replace(/a=setup:actpass\r?\n/g, '');
    const found = lint(offerOnly, { type: 'offer' });
    expect(found.length).toBeGreaterThan(0);
    const { container } = render(<Harness offer={offerOnly} answer="" />);
    const first = found[0]!;
    if (first.line < 40) expect(row(container, first.line).querySelector('.marker')?.textContent).not.toBe('');
  });
});
