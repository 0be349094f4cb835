import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain, explainLine } from '../../src/explain/index.js';
import { parse } from '../../src/index.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';

/*
 * Every line of the examples and of the shared corpus gets an explanation
 * with a non-empty label and summary, and none falls back to the
 * "Not explained" entry explain uses when one of its own explainers throws.
 */

const examples = ['chrome-offer.sdp', 'firefox-answer.sdp'].map((name) => ({
  name: `examples/${name}`,
  text: readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'),
}));

function checkAll(text: string): void {
  const document = parse(text).document;
  const out = explain(document);
  expect(out).toHaveLength(document.lines.length);
  out.forEach((e, i) => {
    const where = `line ${i + 1}: ${e.text}`;
    expect(e.line, where).toBe(document.lines[i]?.source?.line);
    expect(e.text, where).toBe(document.lines[i]?.source?.text);
    expect(e.label.trim(), where).not.toBe('');
    expect(e.summary.trim(), where).not.toBe('');
    expect(e.label, where).not.toBe('Not explained');
    for (const f of e.fields) expect(f.meaning.trim(), `${where}, field ${f.name}`).not.toBe('');
    if (e.kind === 'media') expect(e.mediaIndex, where).toBeTypeOf('number');
    else expect(e.mediaIndex, where).toBeUndefined();
  });
}

describe('explain on real SDP', () => {
  it.each(examples.map((f) => [f.name, f.text] as const))('%s: every line explained', (_name, text) => checkAll(text));

  it('examples: nothing is unknown', () => {
    for (const f of examples) {
      const unknown = explain(f.text).filter((e) => e.unknown === true);
      expect(unknown.map((e) => e.text), f.name).toEqual([]);
    }
  });

  it('explainLine agrees with explain on every line of the Firefox answer', () => {
    const f = examples[1]!;
    const all = explain(f.text);
    for (const e of all) expect(explainLine(f.text, e.line)).toEqual(e);
  });
});

const files = corpusFiles();

describe.skipIf(!hasCorpus)('explain on the shared corpus', () => {
  it.each(files.map((f) => [f.name, f.text] as const))('%s: every line explained', (_name, text) => checkAll(text));
});
