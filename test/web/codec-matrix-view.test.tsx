// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/web/analysis.js';
import { CodecMatrixView } from '../../src/web/views/CodecMatrixView.js';
import { CodecsView } from '../../src/web/views/CodecsView.js';
import { exampleAnalysis, exampleAnswer, exampleOffer, renderWithJumps } from './helpers.js';

const parts = (root: Element, part: string) => Array.from(root.querySelectorAll(`[data-part="${part}"]`));
const svgs = (root: Element) => Array.from(root.querySelectorAll('svg.cm-svg'));

/** The example answer with VP8 answered as PT 100 (and its rtx 97 → 101 by apt). */
const remappedAnswer = exampleAnswer
  .replace('m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103 98 99', 'm=video 9 UDP/TLS/RTP/SAVPF 100 101 102 103 98 99')
  .replace('a=fmtp:96 max-fs=12288;max-fr=60', 'a=fmtp:100 max-fs=12288;max-fr=60')
  .replace('a=fmtp:97 apt=96', 'a=fmtp:101 apt=100')
  .replaceAll('a=rtcp-fb:96 ', 'a=rtcp-fb:100 ')
  .replace('a=rtpmap:96 VP8/90000', 'a=rtpmap:100 VP8/90000')
  .replace('a=rtpmap:97 rtx/90000', 'a=rtpmap:101 rtx/90000');

describe('CodecMatrixView: the example Chrome offer and Firefox answer', () => {
  it('draws one matrix per RTP section, drawn from analyze()', () => {
    const analysis = exampleAnalysis();
    expect(analysis.codecMatrices?.map((m) => m.label)).toEqual(['audio mid 0', 'video mid 1']);
    const { container } = renderWithJumps(<CodecMatrixView matrices={analysis.codecMatrices!} />);
    expect(svgs(container).map((s) => s.getAttribute('data-section'))).toEqual(['0', '1']);
  });

  it('joins the right codecs: rows offered, columns answered, matched cells at their crossing', () => {
    const { container } = renderWithJumps(<CodecMatrixView matrices={exampleAnalysis().codecMatrices!} />);
    const video = svgs(container)[1]!;
    expect(parts(video, 'column').map((c) => c.getAttribute('data-pt'))).toEqual(['96', '102', '98']);
    expect(parts(video, 'row').map((c) => c.getAttribute('data-pt'))).toEqual(['96', '102', '104', '106', '108', '127', '39', '45', '98', '100', '112']);
    const matched = parts(video, 'cell').filter((c) => c.getAttribute('data-kind') === 'matched');
    expect(matched.map((c) => [c.getAttribute('data-row'), c.getAttribute('data-column'), c.getAttribute('data-offer-pt'), c.getAttribute('data-answer-pt')])).toEqual([
      ['0', '0', '96', '96'],
      ['1', '1', '102', '102'],
      ['8', '2', '98', '98'],
    ]);
    const dropped = parts(video, 'cell').filter((c) => c.getAttribute('data-kind') === 'dropped');
    expect(dropped).toHaveLength(8);
    expect(dropped[0]!.querySelector('title')!.textContent).toContain('H264 packetization-mode 0 answered only as 1');
  });

  it('puts rtx chips on the codec they repair and red/ulpfec on the whole section', () => {
    const { container } = renderWithJumps(<CodecMatrixView matrices={exampleAnalysis().codecMatrices!} />);
    const [audio, video] = svgs(container);
    const vp8Row = video!.querySelector('[data-part="row"][data-pt="96"]')!;
    expect(vp8Row).not.toBeNull();
    const chip = (side: string, pt: string) => video!.querySelector(`[data-part="chip"][data-side="${side}"][data-pt="${pt}"]`)!;
    // rtx by apt: 97 on VP8 (96), 103 on H264 (102), 105 on the dropped H264 104; on both sides when accepted.
    expect(['97', '103', '105', '99'].map((pt) => chip('offer', pt).getAttribute('data-on'))).toEqual(['96', '102', '104', '98']);
    expect(['97', '103', '99'].map((pt) => chip('answer', pt).getAttribute('data-on'))).toEqual(['96', '102', '98']);
    expect(chip('offer', '97').querySelector('text')!.textContent).toBe('rtx 97');
    expect(chip('offer', '97').querySelector('title')!.textContent).toBe('rtx PT 97 → 97 for PT 96 (accepted) (offer line 73)');
    expect(chip('offer', '105').getAttribute('data-outcome')).toBe('dropped');
    const shared = video!.querySelector('[data-part="shared"]')!;
    expect(parts(shared, 'chip').map((c) => c.getAttribute('data-role'))).toEqual(['red', 'rtx', 'fec']);
    expect(parts(audio!, 'chip').map((c) => [c.getAttribute('data-role'), c.getAttribute('data-outcome'), c.getAttribute('data-pt')])).toEqual([['red', 'dropped', '63']]);
  });

  it('marks fmtp differences in the cell and lists them in words under the matrix', () => {
    const { container } = renderWithJumps(<CodecMatrixView matrices={exampleAnalysis().codecMatrices!} />);
    const audio = svgs(container)[0]!;
    const opus = audio.querySelector('[data-part="cell"][data-offer-pt="111"]')!;
    expect(opus.getAttribute('data-fmtp')).toBe('minptime stereo');
    expect(opus.querySelector('[data-part="fmtp-marker"]')!.textContent).toBe('fmtp≠');
    expect(audio.querySelector('[data-part="cell"][data-offer-pt="9"] [data-part="fmtp-marker"]')).toBeNull();
    const list = screen.getByRole('list', { name: 'fmtp differences in audio mid 0' });
    expect(list.textContent).toContain('stereo: answer only: 1 = stereo (whether the receiver prefers stereo)');
    expect(list.textContent).toContain('minptime: offer only: 10 = 10 ms');
  });

  it('shows a remapped PT as "PT 96 → 100" with the rtx chip following by apt', () => {
    const analysis = analyze(exampleOffer, remappedAnswer);
    const { container } = renderWithJumps(<CodecMatrixView matrices={analysis.codecMatrices!} />);
    const video = svgs(container)[1]!;
    const vp8 = video.querySelector('[data-part="cell"][data-offer-pt="96"]')!;
    expect(vp8.getAttribute('data-answer-pt')).toBe('100');
    expect(vp8.classList.contains('cm-remapped')).toBe(true);
    expect(vp8.textContent).toContain('PT 96 → 100');
    expect(vp8.textContent).toContain('remapped');
    const column = video.querySelector('[data-part="column"][data-pt="100"]')!;
    expect(column.getAttribute('data-index')).toBe('0');
    const rtx = video.querySelector('[data-part="chip"][data-side="answer"][data-pt="101"]')!;
    expect([rtx.getAttribute('data-on'), rtx.querySelector('text')!.textContent]).toEqual(['100', 'rtx 97→101']);
  });

  it('opens the lines: a row label at the offer rtpmap, a column at the answer rtpmap, a matched cell at the answer, a chip at its own line', () => {
    const { container, calls } = renderWithJumps(<CodecMatrixView matrices={exampleAnalysis().codecMatrices!} />);
    const video = svgs(container)[1]!;
    fireEvent.click(video.querySelector('[data-part="row"][data-pt="102"]')!);
    fireEvent.click(video.querySelector('[data-part="column"][data-pt="102"]')!);
    fireEvent.keyDown(video.querySelector('[data-part="cell"][data-offer-pt="102"]')!, { key: 'Enter' });
    fireEvent.click(video.querySelector('[data-part="cell"][data-offer-pt="104"]')!);
    fireEvent.click(video.querySelector('[data-part="chip"][data-side="offer"][data-pt="103"]')!);
    expect(calls).toEqual([['offer', 75], ['answer', 69], ['answer', 69], ['offer', 84], ['offer', 82]]);
  });

  it('has a title, a description and a list as text alternatives', () => {
    const { container } = renderWithJumps(<CodecMatrixView matrices={exampleAnalysis().codecMatrices!} />);
    const svg = svgs(container)[1]!;
    expect(svg.querySelector('title')!.textContent).toBe('Codec matrix of video mid 1: offered codecs (rows) against answered codecs (columns)');
    expect(svg.getAttribute('aria-describedby')).toBe(svg.querySelector('desc')!.id);
    expect(svg.querySelector('desc')!.textContent).toContain('VP8/90000: PT 96 → 96; fmtp differs: max-fs, max-fr');
    const cells = screen.getByRole('list', { name: 'Codec matrix cells of video mid 1' });
    expect(within(cells).getAllByText(/rtx PT 103 → 103 for PT 102/).length).toBe(1);
    expect(screen.getAllByRole('button', { name: /offer: PT 102 H264\/90000, Baseline \(4200\), packetization-mode 1/ }).length).toBe(1);
  });

  it('sits at the top of the Codecs tab, above the per-side tables; absent with one description', () => {
    const { container } = renderWithJumps(<CodecsView analysis={exampleAnalysis()} />);
    expect(container.querySelector('.codecs-view > section')!.classList.contains('codec-matrix')).toBe(true);
    const { container: one } = renderWithJumps(<CodecsView analysis={analyze(exampleOffer, '')} />);
    expect(one.querySelector('.codec-matrix')).toBeNull();
  });
});
