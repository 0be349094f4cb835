import { parse } from '../dist/index.js';
import { corpusFiles } from '../test/helpers/corpus.js';
const files = corpusFiles().map((f) => f.text);
const end = Date.now() + Number(process.argv[2] ?? 4000);
while (Date.now() < end) for (const f of files) parse(f);
