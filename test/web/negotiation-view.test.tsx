// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diffOfferAnswer, extractDescriptions } from '../../src/index.js';
import { analyze } from '../../src/web/analysis.js';
import { NegotiationView } from '../../src/web/views/NegotiationView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps, repoRoot } from './helpers.js';

describe('NegotiationView', () => {
  it('shows the verdict and one card per offered m-section with the library summary', () => {
    renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const diff = diffOfferAnswer(exampleOffer, exampleAnswer);
    expect(screen.getByRole('status').textContent).toContain(`Verdict: ${diff.verdict.status}`);
    // Each summary twice: in the overview and on its card.
    for (const s of diff.sections) expect(screen.getAllByText(s.summary).length).toBe(2);
    const overview = screen.getByRole('list', { name: 'm-sections' });
    expect(within(overview).getAllByRole('button').length).toBe(diff.sections.length);
    expect(screen.getByRole('region', { name: 'audio mid 0' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'video mid 1' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'application mid 2' })).toBeTruthy();
  });

  it('shows a dropped codec with the reason the library gives', () => {
    renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const video = screen.getByRole('region', { name: 'video mid 1' });
    const row = within(video).getByText(/H264 packetization-mode 0 answered only as 1/).closest('tr')!;
    expect(row.textContent).toContain('dropped');
    expect(row.textContent).toContain('104');
    expect(row.textContent).toContain('Baseline (4200), packetization-mode 0');
  });

  it('shows direction, rtcp-fb, header extensions, BUNDLE, DTLS roles, ICE credentials and the data channel', () => {
    renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const video = screen.getByRole('region', { name: 'video mid 1' });
    const text = video.textContent!;
    expect(text).toContain('the offerer sends and receives');
    expect(text).toContain('goog-remb, transport-cc, ccm fir, nack, nack pli');
    expect(text).toContain('urn:3gpp:video-orientation');
    expect(text).toContain('uses the transport of mid 0');
    expect(text).toContain('DTLS client: answerer');
    expect(text).toContain('ufrag EsAw');
    expect(text).toContain('ufrag c3a1f0e2');
    const data = screen.getByRole('region', { name: 'application mid 2' }).textContent!;
    expect(data).toContain('sctp-port 5000');
    expect(data).toContain('messages up to 262,144 bytes both ways');
    const session = screen.getByRole('region', { name: 'Session' }).textContent!;
    expect(session).toContain('offered: 0 1 2');
    expect(session).toContain('controlling: offerer');
  });

  it('jumps to the line of a codec', () => {
    const { calls } = renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const video = screen.getByRole('region', { name: 'video mid 1' });
    const row = within(video).getByText(/H264 packetization-mode 0 answered only as 1/).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'line 84' }));
    expect(calls).toEqual([['offer', 84]]);
  });

  it('shows findings and a failed verdict', () => {
    const answer = exampleAnswer.replace(/a=setup:active/g, 'a=setup:actpass');
    renderWithJumps(<NegotiationView analysis={analyze(exampleOffer, answer)} />);
    expect(screen.getByRole('status').textContent).toContain('Verdict: failed');
    expect(screen.getAllByText(/the answer says setup:actpass/).length).toBeGreaterThan(0);
  });

  it('asks for the missing description', () => {
    renderWithJumps(<NegotiationView analysis={analyze(exampleOffer, '')} />);
    expect(screen.getByText(/needs both an offer and an answer/)).toBeTruthy();
  });
});

describe('NegotiationView: re-offer and ICE restart', () => {
  it('says the example is an initial offer, pointing at its o= line and its generation 0 candidate', () => {
    renderWithJumps(<NegotiationView analysis={exampleAnalysis()} />);
    const box = screen.getByLabelText('re-offer and ICE restart');
    expect(box.textContent).toContain("Re-offerno: the o= version 2 is libwebrtc's first: an initial offer");
    expect(box.textContent).toContain("ICE restartunlikely: the offer's candidates are generation 0 for its ufrag: libwebrtc's first ICE generation");
    expect(within(box).getAllByRole('button').map((b) => b.textContent)).toEqual(['offer 2', 'offer 11']);
  });

  it('shows the generation hint of a real re-offer with its candidate lines', () => {
    const dump = extractDescriptions(readFileSync(resolve(repoRoot, 'test/fixtures/dumps/chromium-internals.json'), 'utf8'));
    const n = dump.peerConnections![0]!.negotiations[3]!;
    renderWithJumps(<NegotiationView analysis={analyze(dump.descriptions[n.offer!]!.sdp, dump.descriptions[n.answer!]!.sdp)} />);
    const box = screen.getByLabelText('re-offer and ICE restart');
    expect(box.textContent).toContain('ICE restartlikely: ');
    expect(within(box).getAllByRole('button').map((b) => b.textContent)).toEqual(['offer 2', 'offer 11', 'offer 11', 'offer 12', 'answer 11', 'answer 12']);
  });
});
