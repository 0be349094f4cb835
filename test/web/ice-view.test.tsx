// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkList, exchangeCheckLists, parse } from '../../src/index.js';
import { analyze } from '../../src/web/analysis.js';
import { IceView } from '../../src/web/views/IceView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps } from './helpers.js';

function pairPriorities(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelectorAll('td')[2]!.textContent!);
}

describe('IceView', () => {
  it('shows both sides’ candidates with decoded priority, address class and guessed stack', () => {
    renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const offer = screen.getByRole('region', { name: 'Candidates of the offer' });
    const first = offer.querySelector('tr[data-line="11"]')!;
    const cells = Array.from(first.querySelectorAll('td'), (td) => td.textContent);
    expect(cells).toContain('2122260223');
    expect(cells).toContain('126');
    expect(cells).toContain('32542');
    expect(first.textContent).toContain('private');
    expect(first.textContent).toContain('libwebrtc');
    // The relay's TURN transport under its type (libwebrtc relay type preference 2).
    expect(offer.querySelector('tr[data-line="15"]')!.querySelectorAll('td')[2]!.textContent).toBe('relayvia TURN/UDP or TURN/DTLS');
    const answer = screen.getByRole('region', { name: 'Candidates of the answer' });
    expect(answer.textContent).toContain('Firefox');
    expect(within(answer).getAllByRole('row').length).toBe(1 + 3);
  });

  it('shows the check list the library builds, with pair priorities and Waiting/Frozen states', () => {
    renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const section = screen.getByRole('region', { name: 'Check list' });
    const table = section.querySelector('table')!;
    const expected = checkList(parse(exampleOffer).document.media[0]!.candidates, parse(exampleAnswer).document.media[0]!.candidates, { role: 'controlling' });
    expect(pairPriorities(table)).toEqual(expected.pairs.map((p) => p.priority.toString()));
    const states = within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[1]!.textContent);
    expect(states).toEqual(expected.pairs.map((p) => p.state));
    expect(section.textContent).toContain(`${expected.prunedCount.total} pairs pruned (${expected.prunedCount.redundant} redundant).`);
    // Pair foundations as (local, remote): the first pair's is the offer's 1467250027 with the answer's 0.
    expect(within(table).getAllByRole('row')[1]!.querySelectorAll('td')[5]!.textContent).toBe('1467250027/0');
    expect(section.textContent).toContain('the offerer is controlling');
  });

  it('shows Frozen pairs: an RTCP component shares the foundations of the RTP one', () => {
    const offer = exampleOffer.replace(/(a=candidate:1467250027 1 udp[^\r\n]*\r?\n)/, '$1a=candidate:1467250027 2 udp 2122260222 192.168.1.23 51373 typ host\r\n');
    const answer = exampleAnswer.replace(/(a=candidate:0 1 UDP[^\r\n]*\r?\n)/, '$1a=candidate:0 2 UDP 2122252542 192.168.1.50 56790 typ host\r\n');
    renderWithJumps(<IceView analysis={analyze(offer, answer)} />);
    const table = screen.getByRole('region', { name: 'Check list' }).querySelector('table')!;
    const expected = checkList(parse(offer).document.media[0]!.candidates, parse(answer).document.media[0]!.candidates, { role: 'controlling' });
    expect(expected.pairs.some((p) => p.state === 'Frozen')).toBe(true);
    const states = within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('td')[1]!.textContent);
    expect(states).toEqual(expected.pairs.map((p) => p.state));
    expect(states).toContain('Frozen');
  });

  it('switches the role and the local agent', () => {
    renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const section = screen.getByRole('region', { name: 'Check list' });
    const table = (): HTMLElement => section.querySelector('table')!;
    const offerCands = parse(exampleOffer).document.media[0]!.candidates;
    const answerCands = parse(exampleAnswer).document.media[0]!.candidates;
    const role = screen.getByRole('switch');
    expect((role as HTMLInputElement).checked).toBe(true);
    fireEvent.click(role);
    expect(pairPriorities(table())).toEqual(checkList(offerCands, answerCands, { role: 'controlled' }).pairs.map((p) => p.priority.toString()));
    fireEvent.click(screen.getByRole('radio', { name: 'answerer' }));
    // The answerer is controlled in this exchange: the switch follows the negotiated role.
    expect((screen.getByRole('switch') as HTMLInputElement).checked).toBe(false);
    expect(pairPriorities(table())).toEqual(checkList(answerCands, offerCands, { role: 'controlled' }).pairs.map((p) => p.priority.toString()));
    expect(table().querySelector('thead')!.textContent).toContain('local (answer)');
  });

  it('draws the library’s check list per transport (exchangeCheckLists), its cells linked to the candidates’ lines', () => {
    const { calls } = renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const section = screen.getByRole('region', { name: 'Check list' });
    const [transport] = exchangeCheckLists(exampleOffer, exampleAnswer);
    expect(section.textContent).toContain(`Transport: ${transport!.label}`);
    const table = section.querySelector('table')!;
    expect(pairPriorities(table)).toEqual(transport!.checkList.pairs.map((p) => p.priority.toString()));
    const first = transport!.checkList.pairs[0]!;
    const row = within(table).getAllByRole('row')[1]!;
    const [localCell, remoteCell] = [row.querySelectorAll('td')[3]!, row.querySelectorAll('td')[4]!];
    fireEvent.click(within(localCell).getByRole('button'));
    fireEvent.click(within(remoteCell).getByRole('button'));
    expect(calls).toEqual([
      ['offer', transport!.localCandidates[first.localIndex]!.line],
      ['answer', transport!.remoteCandidates[first.remoteIndex]!.line],
    ]);
  });

  it('jumps to a candidate line', () => {
    const { calls } = renderWithJumps(<IceView analysis={exampleAnalysis()} />);
    const offer = screen.getByRole('region', { name: 'Candidates of the offer' });
    fireEvent.click(within(offer).getByRole('button', { name: 'line 14' }));
    expect(calls).toEqual([['offer', 14]]);
  });

  it('shows one side alone without a check list', () => {
    renderWithJumps(<IceView analysis={analyze(exampleOffer, '')} />);
    expect(screen.getByRole('region', { name: 'Candidates of the offer' })).toBeTruthy();
    expect(screen.getByText(/The check list needs both/)).toBeTruthy();
  });
});
