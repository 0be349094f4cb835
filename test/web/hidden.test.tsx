// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/web/analysis.js';
import { Clip } from '../../src/web/components/Clip.js';
import { Shown } from '../../src/web/components/Shown.js';
import { CodecsView } from '../../src/web/views/CodecsView.js';
import { IceView } from '../../src/web/views/IceView.js';
import { LinesView } from '../../src/web/views/LinesView.js';
import { LintView } from '../../src/web/views/LintView.js';
import { NegotiationView } from '../../src/web/views/NegotiationView.js';
import { RAW, hostileAnswer, hostileOffer } from '../helpers/hostile.js';
import { renderWithJumps } from './helpers.js';

/*
 * Hidden characters on the page: chips with their code point, values isolated
 * with <bdi>, and no view hands a control, bidi or zero-width character to the
 * browser's text layout.
 */

describe('Shown and Clip', () => {
  it('draws a zero-width space as a chip with its name, inside <bdi>', () => {
    const { container } = render(<Shown text={'a=mid:1\u200b'} />);
    const bdi = container.querySelector('bdi')!;
    expect(bdi.textContent).toBe('a=mid:1U+200B');
    const chip = bdi.querySelector('.hidden-char')!;
    expect(chip.textContent).toBe('U+200B');
    expect(chip.getAttribute('title')).toBe('U+200B ZERO WIDTH SPACE');
    expect(chip.getAttribute('aria-label')).toBe('U+200B ZERO WIDTH SPACE');
  });

  it('an override in an address, an ESC sequence: every hidden character is a chip, the rest stays text', () => {
    const { container } = render(<Clip text={'typ host \u202e1.2.0.291 \u001b[2J'} />);
    expect(Array.from(container.querySelectorAll('.hidden-char')).map((c) => [c.textContent, c.className])).toEqual([
      ['U+202E', 'hidden-char hidden-bidi'],
      ['U+001B', 'hidden-char hidden-control'],
    ]);
    expect(container.textContent).toBe('typ host U+202E1.2.0.291 U+001B[2J');
    expect(container.textContent).not.toMatch(RAW);
  });

  it('mid `1` and mid `1` + U+200B do not look the same', () => {
    const a = render(<Clip text="1" />).container.textContent;
    const b = render(<Clip text={'1\u200b'} />).container.textContent;
    expect(a).not.toBe(b);
  });

  it('plain text stays one text node', () => {
    const { container } = render(<Shown text="a=mid:0" />);
    expect(container.querySelector('bdi')!.childNodes).toHaveLength(1);
  });
});

describe('every view with a hostile offer and answer', () => {
  const analysis = analyze(hostileOffer, hostileAnswer);
  it.each([
    ['Lines', () => <LinesView analysis={analysis} target={{ side: 'offer', line: 3, seq: 0 }} onTarget={() => undefined} />, ['U+202E', 'U+001B', 'U+200B']],
    ['Lint', () => <LintView analysis={analysis} />, ['⟨U+200B⟩']],
    ['Negotiation', () => <NegotiationView analysis={analysis} />, ['U+200B']],
    ['Codecs', () => <CodecsView analysis={analysis} />, ['U+200B']],
    ['ICE', () => <IceView analysis={analysis} />, ['U+202E']],
  ] as const)('%s shows hidden characters and passes none to the page', (_name, view, expected) => {
    const { container } = renderWithJumps(view());
    const text = container.textContent ?? '';
    expect(text).not.toMatch(RAW);
    for (const e of expected) expect(text).toContain(e);
  });
});
