import { sdpkit } from './built.js';
const { parse, print } = sdpkit;
for (const [name, s] of [['newlines', '\n'.repeat(10_000_000)], ['one line', 'a=' + 'x'.repeat(10_000_000)], ['binary', Array.from({ length: 2_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')]] as const) {
  const t = performance.now();
  const r = parse(s);
  console.log(name, 'lines', r.document.lines.length, 'diags', r.diagnostics.length, 'ms', (performance.now() - t).toFixed(0), 'print ok', print(r.document) === s, 'heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
}
