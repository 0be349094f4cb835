// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parse, sectionLabel, sectionName } from '../../src/index.js';
import { App } from '../../src/web/App.js';
import { exampleAnswer, exampleOffer } from './helpers.js';

/* The page's side of test/numbering/faces.test.tsx: sections numbered from 1, named by the library. */

describe('numbering on the page', () => {
  it('the line panel and the negotiation heading name the sections as the library does', () => {
    const [audio, video] = parse(exampleOffer).document.media;
    render(<App initialOffer={exampleOffer} initialAnswer={exampleAnswer} />);
    // The Lines view opens on the first m= line.
    expect(screen.getByRole('complementary', { name: 'Line explanation' }).textContent).toContain(`Line 8 of the offer · ${sectionName(audio!)}`);
    expect(sectionName(audio!)).toBe('m-section 1 (audio, mid 0)');
    fireEvent.click(screen.getAllByRole('tab').find((t) => t.textContent?.startsWith('Negotiation'))!);
    expect(screen.getByRole('tabpanel').textContent).toContain(sectionLabel(video!));
    expect(sectionLabel(video!)).toBe('video mid 1');
  });
});
