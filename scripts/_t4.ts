import { readFileSync, writeFileSync } from 'node:fs';
import { redactDump } from '../src/index.js';
const r = redactDump(readFileSync(process.argv[2]!, 'utf8'));
console.log(r.format, r.replaced, r.leaks);
if (r.text) writeFileSync('/tmp/red.out', r.text);
