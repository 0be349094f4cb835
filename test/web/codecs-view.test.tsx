// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explainLine, parse } from '../../src/index.js';
import { analyze } from '../../src/web/analysis.js';
import { CodecsView } from '../../src/web/views/CodecsView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps } from './helpers.js';

describe('CodecsView', () => {
  it('lists every codec of both descriptions', () => {
    renderWithJumps(<CodecsView analysis={exampleAnalysis()} />);
    const offer = screen.getByRole('region', { name: 'Codecs of the offer' });
    const answer = screen.getByRole('region', { name: 'Codecs of the answer' });
    const count = (text: string): number => parse(text).document.media.reduce((n, m) => n + m.codecs.length, 0);
    // One header row per m-section table, then one row per codec.
    expect(within(offer).getAllByRole('row').length - within(offer).getAllByRole('table').length).toBe(count(exampleOffer));
    expect(within(answer).getAllByRole('row').length - within(answer).getAllByRole('table').length).toBe(count(exampleAnswer));
  });

  it('decodes H264 profile and level in words, from the library explanation', () => {
    renderWithJumps(<CodecsView analysis={exampleAnalysis()} />);
    const answer = screen.getByRole('region', { name: 'Codecs of the answer' });
    const expected = explainLine(exampleAnswer, 40, { type: 'answer' })!;
    expect(expected.text).toContain('profile-level-id=42001f');
    expect(answer.textContent).toContain(expected.summary);
    expect(answer.textContent).toContain('Baseline profile, level 3.1');
  });

  it('decodes opus options and opens their meanings', () => {
    renderWithJumps(<CodecsView analysis={exampleAnalysis()} />);
    const offer = screen.getByRole('region', { name: 'Codecs of the offer' });
    const opus = within(offer).getByText('opus/48000/2').closest('tr')!;
    expect(opus.textContent).toContain('in-band FEC');
    const summary = within(opus).getByText('minptime=10; useinbandfec=1');
    fireEvent.click(summary);
    expect(opus.textContent).toContain('whether the receiver can use Opus in-band forward error correction');
  });

  it('says what the negotiation did with each codec', () => {
    renderWithJumps(<CodecsView analysis={exampleAnalysis()} />);
    const offer = screen.getByRole('region', { name: 'Codecs of the offer' });
    const cn = within(offer).getByText('CN/8000').closest('tr')!;
    expect(cn.textContent).toContain('dropped: not in the answer');
    const opus = within(offer).getByText('opus/48000/2').closest('tr')!;
    expect(opus.textContent).toContain('accepted');
  });

  it('works with one description alone', () => {
    renderWithJumps(<CodecsView analysis={analyze('', exampleAnswer)} />);
    expect(screen.queryByRole('region', { name: 'Codecs of the offer' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Codecs of the answer' }).textContent).toContain('needs both sides');
  });
});
