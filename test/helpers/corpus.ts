import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** ../shared/corpus beside the repository (see README, "Tests"). */
export const corpusDir = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
export const hasCorpus = existsSync(corpusDir);
if (!hasCorpus) {
  console.warn(`shared corpus not found at ${corpusDir}: corpus tests are skipped`);
}

export interface CorpusFile {
  /** Path relative to the corpus folder, e.g. `pion-sdp/BaseSDP.sdp`. */
  name: string;
  text: string;
}

/** Every .sdp file of the shared corpus, read as UTF-8 (they are all ASCII or UTF-8). */
export function corpusFiles(): CorpusFile[] {
  if (!hasCorpus) return [];
  const out: CorpusFile[] = [];
  for (const dir of readdirSync(corpusDir).sort()) {
    const full = join(corpusDir, dir);
    if (!statSync(full).isDirectory()) continue;
    const entries = readdirSync(full);
    for (const f of entries.sort()) {
      if (f.endsWith('.sdp')) out.push({ name: `${dir}/${f}`, text: readFileSync(join(full, f), 'utf8') });
    }
  }
  return out;
}

export function readCorpus(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}
