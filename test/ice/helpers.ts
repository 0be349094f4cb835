import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseCandidate } from '../../src/parser/index.js';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';

/** ../shared/corpus beside the repository. */
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const hasCorpus = existsSync(corpusDir);
export const noCorpusMessage = `shared corpus not found at ${corpusDir}: ICE corpus tests are skipped`;
if (!hasCorpus) console.warn(noCorpusMessage);

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

/** The candidates of one m-section of a corpus file, through the real parser. */
export function corpusCandidates(name: string, media = 0): Candidate[] {
  const { document } = parse(readCorpus(name));
  const section = document.media[media];
  if (section === undefined) throw new Error(`${name} has no m-section ${media}`);
  return section.candidates;
}

/** Parses one candidate line and fails loudly when the parser rejects it. */
export function cand(line: string): Candidate {
  const { candidate, diagnostics } = parseCandidate(line);
  if (candidate === undefined) throw new Error(`parseCandidate rejected ${line}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return candidate;
}

/** A candidate from parts, for hand-built lists. */
export function make(c: Partial<Candidate> & Pick<Candidate, 'address' | 'port' | 'type' | 'priority'>): Candidate {
  return { foundation: '1', component: 1, transport: 'udp', extensions: [], ...c };
}
