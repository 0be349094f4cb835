// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/index.js';
import { LadderView } from '../../src/web/views/LadderView.js';
import { NegotiationView } from '../../src/web/views/NegotiationView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps, repoRoot } from './helpers.js';

function svgOf(container: HTMLElement): SVGSVGElement {
  const svg = container.querySelector('svg.ladder-svg');
  expect(svg).not.toBeNull();
  return svg as SVGSVGElement;
}

const parts = (svg: Element, part: string) => Array.from(svg.querySelectorAll(`[data-part="${part}"]`));

describe('LadderView: the example Chrome offer and Firefox answer', () => {
  it('joins the three sections by mid, each end pointing at its m= line', () => {
    const { container, calls } = renderWithJumps(<LadderView diff={diffOfferAnswer(exampleOffer, exampleAnswer)} />);
    const svg = svgOf(container);
    const rows = parts(svg, 'row');
    expect(rows.map((r) => [r.getAttribute('data-mid'), r.getAttribute('data-outcome')])).toEqual([
      ['0', 'codecs-dropped'],
      ['1', 'codecs-dropped'],
      ['2', 'accepted'],
    ]);
    const video = rows[1]!;
    expect(video.querySelector('[data-part="offer"]')!.textContent).toContain('video mid 1');
    expect(video.querySelector('[data-part="answer"]')!.textContent).toContain('video mid 1');
    expect(video.querySelector('[data-part="link"]')!.textContent).toContain('6 codecs accepted, 19 dropped');
    fireEvent.click(video.querySelector('[data-part="offer"]')!);
    fireEvent.click(video.querySelector('[data-part="answer"]')!);
    fireEvent.keyDown(video.querySelector('[data-part="link"]')!, { key: 'Enter' });
    expect(calls).toEqual([['offer', 43], ['answer', 32], ['answer', 34]]);
  });

  it('brackets BUNDLE over mids 0 1 2 (tag 0), arrows DTLS from the answerer (client) to the offerer (server), marks the offerer controlling', () => {
    const { container, calls } = renderWithJumps(<LadderView diff={diffOfferAnswer(exampleOffer, exampleAnswer)} />);
    const svg = svgOf(container);
    const [bracket, ...more] = parts(svg, 'bracket');
    expect(more).toEqual([]);
    expect(bracket!.getAttribute('data-mids')).toBe('0 1 2');
    expect(bracket!.getAttribute('data-tag')).toBe('0');
    expect(bracket!.querySelectorAll('line.ladder-tick')).toHaveLength(3);
    const [dtls, ...moreDtls] = parts(svg, 'dtls');
    expect(moreDtls).toEqual([]);
    expect([dtls!.getAttribute('data-client'), dtls!.getAttribute('data-server')]).toEqual(['answerer', 'offerer']);
    // The arrow starts at the answer column (right) and ends at the offer column (left).
    const arrow = dtls!.querySelector('line')!;
    expect(Number(arrow.getAttribute('x1'))).toBeGreaterThan(Number(arrow.getAttribute('x2')));
    // The arrowhead sits at the server's end.
    expect(dtls!.querySelector('path.ladder-arrowhead')!.getAttribute('d')).toMatch(new RegExp(`^M${arrow.getAttribute('x2')},`));
    expect(dtls!.textContent).toContain('DTLS client answerer → server offerer');
    const ice = parts(svg, 'ice').map((g) => [g.closest('[data-party]')!.getAttribute('data-party'), g.getAttribute('data-role')]);
    expect(ice).toEqual([['offerer', 'controlling'], ['answerer', 'controlled']]);
    fireEvent.click(bracket!);
    fireEvent.click(dtls!);
    expect(calls).toEqual([['answer', 6], ['answer', 30]]);
  });

  it('has a title, a description and a list as text alternatives', () => {
    const { container } = renderWithJumps(<LadderView diff={diffOfferAnswer(exampleOffer, exampleAnswer)} />);
    const svg = svgOf(container);
    expect(svg.querySelector('title')!.textContent).toMatch(/Negotiation ladder/);
    expect(svg.getAttribute('aria-describedby')).toBe(svg.querySelector('desc')!.id);
    expect(svg.querySelector('desc')!.textContent).toContain('BUNDLE 0 1 2 on the transport of mid 0. mid 0: DTLS client: answerer (setup:active) → server: offerer (setup:actpass).');
    const list = screen.getByRole('list', { name: 'Ladder parts' });
    expect(list.textContent).toContain('ICE: the offerer is controlling');
    expect(screen.getAllByRole('button', { name: /video mid 1/ }).length).toBeGreaterThan(0);
  });

  it('sits at the top of the negotiation view', () => {
    const { container } = renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const first = container.querySelector('.negotiation-view > section');
    expect(first?.classList.contains('ladder')).toBe(true);
  });
});

describe('LadderView: simulcast (the corpus Firefox simulcast pair)', () => {
  const dir = resolve(repoRoot, '../shared/corpus/webrtc-sdp');
  const offer = readFileSync(`${dir}/tests_parse_firefox_simulcast_offer.sdp`, 'utf8');
  const answer = readFileSync(`${dir}/tests_parse_firefox_simulcast_answer.sdp`, 'utf8');

  function layers(a: string): string[][] {
    const { container } = renderWithJumps(<LadderView diff={diffOfferAnswer(offer, a)} />);
    return parts(svgOf(container), 'layer').map((l) => [l.getAttribute('data-rid')!, l.getAttribute('data-outcome')!, l.getAttribute('data-survives')!]);
  }

  it('marks both layers as surviving when the answer receives both', () => {
    expect(layers(answer)).toEqual([['foo', 'sent', 'true'], ['bar', 'sent', 'true']]);
  });

  it('marks bar as the survivor when the answer receives only bar', () => {
    const only = answer.replace('a=simulcast: recv rid=foo;bar', 'a=simulcast: recv rid=bar');
    expect(layers(only)).toEqual([['foo', 'dropped', 'false'], ['bar', 'sent', 'true']]);
    expect(document.querySelector('[data-survives="true"]')!.textContent).toContain('✓ bar');
  });

  it('marks foo, the first encoding, as the survivor when the answer declines simulcast', () => {
    const declined = answer.replace(/a=simulcast: recv rid=foo;bar\r?\n/, '');
    expect(layers(declined).filter((l) => l[2] === 'true').map((l) => l[0])).toEqual(['foo']);
  });
});
