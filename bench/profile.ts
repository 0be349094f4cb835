import { readFileSync } from 'node:fs';
import { sdpkit } from './built.js';
const { parse } = sdpkit;
import { corpusFiles } from '../test/helpers/corpus.js';
const which = process.argv[3] ?? 'corpus';
const files = which === 'corpus' ? corpusFiles().map((f) => f.text) : ['chrome-offer', 'firefox-answer'].map((n) => readFileSync(new URL(`../examples/${n}.sdp`, import.meta.url), 'utf8'));
const end = Date.now() + Number(process.argv[2] ?? 4000);
while (Date.now() < end) for (const f of files) parse(f);
