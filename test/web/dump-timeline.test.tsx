// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dumpIce, extractDescriptions } from '../../src/index.js';
import { App } from '../../src/web/App.js';
import { layoutTimeline } from '../../src/web/timeline.js';
import { IceOutcome } from '../../src/web/views/IceOutcome.js';
import { renderWithJumps, repoRoot } from './helpers.js';

// A real Chromium webrtc-internals download; test/fixtures/dumps/README.md says what the call did.
const dump = readFileSync(resolve(repoRoot, 'test/fixtures/dumps/chromium-internals.json'), 'utf8');
const result = extractDescriptions(dump);
const [pc1, pc2] = result.peerConnections!;

const shown = (text: string): string => text.replace(/\r\n?/g, '\n');
const box = (name: 'Offer' | 'Answer'): HTMLTextAreaElement => screen.getByLabelText(name) as HTMLTextAreaElement;

/** The page with the dump pasted into the offer box (the path a paste, a drop and an opened file take). */
function open() {
  render(<App initialOffer="" initialAnswer="" />);
  fireEvent.paste(box('Offer'), { clipboardData: { getData: () => dump } });
  const timeline = screen.getByRole('region', { name: 'Timeline' });
  const lane = (n: 1 | 2): HTMLElement => within(timeline).getByRole('group', { name: `Timeline of PC ${n} (http://127.0.0.1:8080)` });
  return { timeline, lane };
}

describe('the dump timeline', () => {
  it('draws a lane per peer connection with the rollback, the refused call with its error, and the ICE restarts', () => {
    const { timeline, lane } = open();
    // The chooser is open too: nothing is loaded until a pick.
    expect(screen.getByRole('region', { name: 'Choose what to inspect' })).toBeTruthy();
    expect(within(lane(2)).getAllByRole('button', { name: /^setLocalDescription rollback, negotiation 5, \+\d+\.\d{3} s$/ })).toHaveLength(1);
    const failed = within(lane(1)).getByRole('button', { name: /^setRemoteDescription failed: Failed to set remote offer sdp: The MID attribute exceeds/ });
    expect(failed.className).toContain('tl-set-failed');
    expect(within(lane(1)).getAllByRole('button', { name: /^ICE restart: local ufrag \S+ → \S+, negotiation 3/ })).toHaveLength(1);
    expect(within(lane(2)).getAllByRole('button', { name: /^ICE restart: remote ufrag \S+ → \S+, negotiation 3/ })).toHaveLength(1);
    // Refused calls are listed with their error, always in view.
    const refused = within(timeline).getByRole('list', { name: 'Refused calls' });
    expect(within(refused).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'PC 1 (http://127.0.0.1:8080) · negotiation 4 · setRemoteDescriptionOnFailure Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.',
    ]);
    // The refused call's error, in words, once picked.
    fireEvent.click(failed);
    const detail = within(timeline).getByRole('region', { name: 'Selected event' });
    expect(detail.querySelector('.tl-error')!.textContent).toBe(
      'The browser refused it: Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.',
    );
    expect(failed.getAttribute('aria-pressed')).toBe('true');
    // The keyboard moves along the lane in time order.
    failed.focus();
    fireEvent.keyDown(failed, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toMatch(/^OsetRemoteDescription offer, negotiation 4/);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toMatch(/^OcreateOfferOnSuccess offer, negotiation 1, \+0\.000 s$/);
    // The text alternative lists every event, the error with it.
    const list = within(timeline).getByRole('list', { name: 'Events of PC 1 (http://127.0.0.1:8080)' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(pc1!.events.length);
    expect(list.textContent).toContain('— Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.');
  });

  it('folds a run of trickled candidates into one mark and places marks by time', () => {
    const t = layoutTimeline(result);
    const marks = t.lanes.flatMap((l) => l.marks);
    const candidates = marks.filter((m) => m.kind === 'candidate');
    // Every candidate event is in exactly one mark, and there are fewer marks than events.
    expect(candidates.reduce((n, m) => n + m.events.length, 0)).toBe(pc1!.events.concat(pc2!.events).filter((e) => e.kind === 'candidate').length);
    expect(candidates.length).toBeLessThan(pc1!.candidates.length + pc2!.candidates.length);
    expect(candidates.some((m) => m.events.length > 1)).toBe(true);
    // Later never left of earlier, across both lanes; one row never has two marks closer than a mark's width.
    const byTime = [...marks].sort((a, b) => a.time! - b.time!);
    for (let i = 1; i < byTime.length; i++) expect(byTime[i]!.x).toBeGreaterThanOrEqual(byTime[i - 1]!.x);
    for (const lane of t.lanes) {
      for (const row of ['signalling', 'candidates', 'states'] as const) {
        const xs = lane.marks.filter((m) => m.row === row).map((m) => m.x);
        for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(21);
      }
    }
    // `other` events are left out unless asked for.
    expect(t.lanes[0]!.hidden).toBe(pc1!.events.filter((e) => e.kind === 'other').length);
    expect(layoutTimeline(result, true).lanes[0]!.hidden).toBe(0);
  });

  it('loads a picked description with its negotiation and shows what it changed since the one before', () => {
    const { timeline, lane } = open();
    // PC 1, negotiation 3: the ICE restart offer as applied (#8).
    fireEvent.click(within(lane(1)).getByRole('button', { name: /^setLocalDescription offer, negotiation 3,/ }));
    const n3 = pc1!.negotiations[2]!;
    expect(box('Offer').value).toBe(shown(result.descriptions[n3.offer!]!.sdp));
    expect(box('Answer').value).toBe(shown(result.descriptions[n3.answer!]!.sdp));
    expect(screen.queryByRole('region', { name: 'Choose what to inspect' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Extraction' }).textContent).toContain('PC 1 (http://127.0.0.1:8080) · negotiation 3: local offer → remote answer');
    const diff = within(timeline).getByRole('list', { name: 'Changes of #8 since #6' });
    const lines = within(diff).getAllByRole('listitem').map((li) => li.textContent!);
    expect(lines.some((l) => /^−removed \d+a=ice-ufrag:/.test(l))).toBe(true);
    expect(lines.some((l) => /^\+added \d+a=ice-ufrag:/.test(l))).toBe(true);
    // Both descriptions of the loaded negotiation are marked on the lane.
    expect(timeline.querySelectorAll('.tl-loaded')).toHaveLength(2);
  });
});

describe('the ICE view of a dump negotiation', () => {
  it('shows PC 1 negotiation 1 with the role from getStats and the pair getStats selected', async () => {
    open();
    const chooser = screen.getByRole('region', { name: 'Choose what to inspect' });
    const group = within(chooser).getByRole('group', { name: 'PC 1 (http://127.0.0.1:8080)' });
    fireEvent.click(within(group).getByRole('button', { name: 'negotiation 1: local offer → remote answer' }));
    fireEvent.click(screen.getByRole('tab', { name: /^ICE/ }));
    // The tab counts the trickled candidates (the descriptions of this dump carry none).
    const ice = dumpIce(result, pc1!, 1)!;
    expect(ice.trickled.local.length + ice.trickled.remote.length).toBeGreaterThan(0);
    expect(screen.getByRole('tab', { name: /^ICE/ }).textContent).toContain(`ICE${ice.trickled.local.length + ice.trickled.remote.length}`);
    const outcome = screen.getByRole('region', { name: 'What ICE really did' });
    expect(outcome.querySelector('.actual-facts')!.textContent).toContain("ICE rolecontrolling — getStats: the transport's iceRole was controlling during negotiation 1");
    // The pair the transport had selected before negotiation 2, read from the raw stats here.
    const stats = pc1!.stats!;
    const n2 = Math.min(...[pc1!.negotiations[1]!.offer!, pc1!.negotiations[1]!.answer!].map((i) => result.descriptions[i]!.time!));
    const selectedId = stats.transports.flatMap((t) => t.selectedPairs.filter((c) => c.time! < n2)).at(-1)!.value;
    const pair = stats.pairs.find((p) => p.id === selectedId)!;
    const at = (id: string | undefined): string => {
      const c = stats.candidates.find((x) => x.id === id)!;
      return `${c.address}:${c.port}`;
    };
    const verdict = within(outcome).getByRole('note', { name: 'ICE outcome' });
    expect(verdict.textContent).toMatch(new RegExp(`^connected over host ${at(pair.localCandidateId)} → host ${at(pair.remoteCandidateId)} \\(udp\\)`));
    const table = within(outcome).getByRole('table', { name: /^Predicted and actual pairs of mid 0/ });
    const selected = table.querySelectorAll('tr[aria-current="true"]');
    expect(selected).toHaveLength(1);
    const cells = Array.from(selected[0]!.querySelectorAll('td'), (td) => td.textContent);
    expect(cells[0]).toBe('1selected');
    expect(cells[2]).toContain(`host ${at(pair.localCandidateId)}`);
    expect(cells[3]).toContain(`host ${at(pair.remoteCandidateId)}`);
    expect(cells[5]).toBe('succeeded');
    expect(cells[6]).toBe('yes');
    // Candidates that only trickled are in the list, marked so.
    expect(cells[2]).toContain('trickled');
    expect(outcome.textContent).toContain('ICE connected, DTLS connected');
    // Edited boxes are no longer that negotiation: the prediction alone.
    fireEvent.change(box('Answer'), { target: { value: `${box('Answer').value}a=x-edited\n` } });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'What ICE really did' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Check list' })).toBeTruthy();
  });
});

describe('hostile text in a dump', () => {
  it('draws event and error texts inert, with hidden characters shown and long ones clipped', () => {
    const evil = `<img src=x onerror="window.__pwned=1">\u202Eevil\u200B${'<script>x</script>'.repeat(400)}`;
    const offer = JSON.stringify({ type: 'offer', sdp: 'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\n' });
    const text = JSON.stringify({
      PeerConnections: {
        '1-1': {
          url: 'https://x.example/\u202Egnp.exe',
          rtcConfiguration: '{}',
          updateLog: [
            { type: 'createOfferOnSuccess', value: offer, timestamp: 1700000000000 },
            { type: 'setLocalDescription', value: offer, timestamp: 1700000000001 },
            { type: 'setLocalDescriptionOnFailure', value: evil, timestamp: 1700000000002 },
            { type: 'iceconnectionstatechange', value: evil, timestamp: 1700000000003 },
          ],
          stats: {},
        },
      },
    });
    render(<App initialOffer="" initialAnswer="" />);
    fireEvent.paste(box('Offer'), { clipboardData: { getData: () => text } });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const failed = timeline.querySelector<HTMLButtonElement>('.tl-track .tl-set-failed')!;
    expect(failed).not.toBeNull();
    fireEvent.click(failed);
    const detail = within(timeline).getByRole('region', { name: 'Selected event' });
    // Text, never markup; the override and the zero-width space as chips; the rest counted.
    expect(document.querySelector('img[src="x"], script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(detail.querySelector('.tl-error .hidden-char[title^="U+202E"]')).not.toBeNull();
    expect(detail.querySelector('.tl-error .hidden-char[title^="U+200B"]')).not.toBeNull();
    expect(detail.querySelector('.tl-error')!.textContent).toMatch(/more characters\)$/);
    expect(detail.textContent!.length).toBeLessThan(4000);
    // Tooltips are plain text with the hidden characters named.
    expect(failed.title).not.toContain('\u202E');
    expect(failed.title.length).toBeLessThanOrEqual(400);
    // The peer connection's url in the lane's name.
    expect(within(timeline).getByRole('group', { name: /^Timeline of PC 1 / }).getAttribute('aria-label')).not.toContain('\u202E');
  });
});

describe('IceOutcome on altered stats', () => {
  const n1 = pc1!.negotiations[0]!;
  const stats = pc1!.stats!;
  const withStats = (s: typeof stats) => ({ result, pc: { ...pc1!, stats: s }, negotiation: n1 });

  it('lists a pair the prediction lacks apart, with why', () => {
    // A local candidate of negotiation 1's ICE generation (the restart's are another).
    const ufrag = dumpIce(result, pc1!, 1)!.ufrag.local;
    const local = stats.candidates.find((c) => !c.remote && c.usernameFragment === ufrag)!.id;
    const prflx = { id: 'RX-prflx', remote: true, address: '127.0.0.1', port: 1, protocol: 'udp', candidateType: 'prflx' };
    const pair = { id: 'PX', transportId: stats.pairs[0]!.transportId!, localCandidateId: local, remoteCandidateId: prflx.id, state: 'failed', states: [], selected: false, everSelected: false, requestsSent: 3 };
    renderWithJumps(<IceOutcome dump={withStats({ ...stats, candidates: [...stats.candidates, prflx], pairs: [...stats.pairs, pair] })} />);
    const list = screen.getByRole('list', { name: /^Unpredicted pairs of mid 0/ });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toMatch(/→ prflx 127\.0\.0\.1:1 \(udp\) failed/);
    expect(items[0]!.textContent).toContain('the remote candidate is peer-reflexive');
  });

  it('says ICE failed when no pair succeeded, and marks no row selected', () => {
    const failedPairs = stats.pairs.map((p) => ({ ...p, state: 'failed', responsesReceived: 0 }));
    const transports = stats.transports.map((t) => ({ ...t, selectedPairs: [], iceStates: [{ value: 'failed', time: stats.start! }] }));
    renderWithJumps(<IceOutcome dump={withStats({ ...stats, pairs: failedPairs, transports })} />);
    const verdict = screen.getByRole('note', { name: 'ICE outcome' });
    expect(verdict.className).toContain('actual-verdict-failed');
    expect(verdict.textContent).toMatch(/^ICE failed: none of the \d+ candidate pairs succeeded/);
    expect(document.querySelectorAll('tr[aria-current="true"]')).toHaveLength(0);
    expect(screen.getByRole('table', { name: /^Predicted and actual pairs/ }).textContent).toContain('failed');
  });

  it('says when the dump has no getStats history', () => {
    const { stats: _, ...bare } = pc1!;
    renderWithJumps(<IceOutcome dump={{ result, pc: bare, negotiation: n1 }} />);
    expect(screen.getByRole('region', { name: 'What ICE really did' }).textContent).toContain('The dump has no getStats history for this peer connection');
    expect(screen.queryByRole('note', { name: 'ICE outcome' })).toBeNull();
    // Without stats, the role of the first negotiation's offerer.
    expect(document.querySelector('.actual-facts [data-source]')!.getAttribute('data-source')).toBe('description');
  });
});

describe('a long call', () => {
  it('draws at most 1,000 marks per lane and says how many more there are', () => {
    const updateLog = Array.from({ length: 3000 }, (_, i) => ({ type: 'iceconnectionstatechange', value: i % 2 === 0 ? 'disconnected' : 'connected', timestamp: 1700000000000 + i * 1000 }));
    const text = JSON.stringify({ PeerConnections: { '1-1': { url: 'https://x.example/', rtcConfiguration: '{}', updateLog, stats: {} } } });
    const started = performance.now();
    render(<App initialOffer="" initialAnswer="" />);
    fireEvent.paste(box('Offer'), { clipboardData: { getData: () => text } });
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(timeline.querySelectorAll('.tl-track .tl-mark')).toHaveLength(1000);
    expect(timeline.textContent).toContain('PC 1 (https://x.example): 2,000 later marks not drawn');
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
