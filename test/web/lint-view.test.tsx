// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { diffOfferAnswer, lintPair } from '../../src/index.js';
import { analyze } from '../../src/web/analysis.js';
import { LintView } from '../../src/web/views/LintView.js';
import type { Target } from '../../src/index.js';
import { brokenOffer, exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps } from './helpers.js';

/** An answer that breaks a few rules: actpass in an answer (error), a codec that was not offered (warning). */
const badAnswer = exampleAnswer.replace(/a=setup:active/g, 'a=setup:actpass').replace('a=rtpmap:126 telephone-event/8000', 'a=rtpmap:126 telephone-event/16000');

function rows(): HTMLElement[] {
  return screen.getAllByRole('row').slice(1);
}

describe('LintView', () => {
  it('lists every finding of the parser, the lint rules and the negotiation', () => {
    renderWithJumps(<LintView analysis={analyze(brokenOffer, badAnswer)} />);
    const lint = lintPair(brokenOffer, badAnswer);
    const diff = diffOfferAnswer(brokenOffer, badAnswer);
    const total = lint.offer.length + lint.answer.length + lint.pair.length + diff.findings.length;
    expect(rows().length).toBe(total);
    expect(screen.getByText(lint.offer[0]!.message)).toBeTruthy();
    const sources = new Set(rows().map((r) => r.querySelectorAll('td')[4]!.textContent));
    expect(sources).toEqual(new Set(['parser', 'lint rule', 'negotiation']));
  });

  it('filters by severity', () => {
    renderWithJumps(<LintView analysis={analyze(brokenOffer, badAnswer)} />);
    const all = rows().length;
    const errors = rows().filter((r) => r.textContent!.includes('error')).length;
    const group = screen.getByRole('group', { name: 'Severity filter' });
    const errorButton = within(group).getAllByRole('button')[0]!;
    expect(errorButton.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(errorButton);
    expect(errorButton.getAttribute('aria-pressed')).toBe('false');
    expect(rows().length).toBe(all - errors);
    expect(rows().every((r) => !r.querySelector('.sev-error'))).toBe(true);
  });

  it('jumps to the line of a finding, by its link or by clicking the row', () => {
    const { calls } = renderWithJumps(<LintView analysis={analyze(brokenOffer, exampleAnswer)} />);
    const row = screen.getByText(/the address type must be `IP4` or `IP6`, found `IP9`/).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'offer 9:6' }));
    fireEvent.click(row.querySelector('td:nth-child(3)')!);
    expect(calls).toEqual([
      ['offer', 9],
      ['offer', 9],
    ]);
  });

  it('says when there is nothing to report', () => {
    const a = exampleAnalysis();
    expect(lintPair(exampleOffer, exampleAnswer).offer.length + (a.diff?.findings.length ?? 0)).toBe(0);
    renderWithJumps(<LintView analysis={a} />);
    expect(screen.getByText(/No findings/)).toBeTruthy();
  });
});

describe('LintView targets', () => {
  it('shows which engines reject a finding, and re-judges for the targets chosen', () => {
    const longMid = exampleOffer.replace(/a=mid:0\r\n/, 'a=mid:a-very-long-mid-value\r\n').replace('BUNDLE 0 ', 'BUNDLE a-very-long-mid-value ');
    const chosen: (readonly string[] | undefined)[] = [];
    const view = (targets?: readonly Target[]) => <LintView analysis={analyze(longMid, '', targets)} targets={targets} onTargets={(t) => chosen.push(t)} />;
    const { rerender } = renderWithJumps(view());
    const row = () => screen.getByText(/has 21 characters/).closest('tr')!;
    expect(row().textContent).toContain('Chromium rejects it (setRemoteDescription)');
    expect(row().textContent).toContain('Firefox rejects it (setRemoteDescription)');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '2' } });
    expect(chosen).toEqual([['firefox']]);
    rerender(view(['firefox']));
    expect(row().textContent).not.toContain('Chromium rejects it');
    expect(row().textContent).toContain('Firefox rejects it');
    rerender(view(['rfc']));
    expect(row().textContent).not.toContain('rejects it');
  });
});
