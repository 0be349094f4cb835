import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';
import { analyze, type Analysis, type Side } from '../../src/web/analysis.js';
import { JumpContext } from '../../src/web/components/jump.js';

afterEach(() => cleanup());

// (jsdom replaces URL, so paths, not file: URLs.)
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const exampleOffer = readFileSync(resolve(repoRoot, 'examples/chrome-offer.sdp'), 'utf8');
export const exampleAnswer = readFileSync(resolve(repoRoot, 'examples/firefox-answer.sdp'), 'utf8');

/** The example offer with line 9 broken: `c=IN IP9 …` (an invalid address type). */
export const brokenOffer = exampleOffer.replace('c=IN IP4 203.0.113.7', 'c=IN IP9 203.0.113.7');

/** Script tags, event handlers and javascript: URLs in SDP lines, plus one 1 MB line. */
export const hostileOffer = [
  'v=0',
  'o=- 1 1 IN IP4 127.0.0.1',
  's=<script>window.__pwned = 1</script>',
  't=0 0',
  'a=x-evil:<img src=x onerror="window.__pwned = 1">',
  'a=tool:javascript:window.__pwned=1',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  'a=rtpmap:111 <b>opus</b>/48000',
  `a=x-huge:${'<script>x</script>'.repeat(58_300)}`,
  'a=mid:0',
  '',
].join('\r\n');

export function exampleAnalysis(): Analysis {
  return analyze(exampleOffer, exampleAnswer);
}

export interface Jumps {
  calls: [Side, number][];
}

/** Renders with a recording JumpContext (what a line link asks the page to show). */
export function renderWithJumps(ui: ReactElement): RenderResult & Jumps {
  const calls: [Side, number][] = [];
  const result = render(<JumpContext.Provider value={(side, line) => calls.push([side, line])}>{ui}</JumpContext.Provider>);
  return Object.assign(result, { calls });
}
