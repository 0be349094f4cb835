import { describe, expect, it } from 'vitest';
import { explainLine, lineExplainer, parse } from '../../src/index.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';

describe.skipIf(!hasCorpus)('lineExplainer', () => {
  it.each(corpusFiles().map((f) => [f.name, f.text] as const))('%s: every line as explainLine explains it', (_name, text) => {
    const { document } = parse(text);
    for (const type of [undefined, 'offer', 'answer'] as const) {
      const options = type === undefined ? {} : { type };
      const explain = lineExplainer(document, options);
      for (let n = 0; n <= document.lines.length + 1; n++) expect(explain(n), `line ${n}`).toEqual(explainLine(document, n, options));
    }
  });
});
