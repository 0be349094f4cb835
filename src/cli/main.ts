#!/usr/bin/env node
/*
 * The `sdp` command. This is the process boundary: argument handling, file
 * I/O and exit codes live here; everything else comes from the library.
 * The full command set (lint, diff, explain, ice, redact, inspect) is built
 * on this in a later step; for now it parses and reports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type Diagnostic } from '../index.js';

const USAGE = `usage: sdp <command> [options]

commands:
  parse <file> [--json]   parse a description and print its outline (or the model as JSON)
  demo                    parse the bundled example offer and answer
  --help, --version

More commands (lint, format, diff, explain, ice, redact, inspect) are coming.`;

function readInput(path: string): string {
  return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
}

function describe(d: Diagnostic, file: string): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.code}]`;
}

function outline(file: string, text: string): string {
  const { document, diagnostics } = parse(text);
  const out: string[] = [];
  const s = document.session;
  out.push(`${file}: ${document.lines.length} lines, ${document.media.length} media sections`);
  if (s.origin) out.push(`  origin ${s.origin.username} session ${s.origin.sessionId} v${s.origin.sessionVersion}`);
  for (const g of s.groups) out.push(`  group ${g.semantics}: ${g.mids.join(' ')}`);
  for (const m of document.media) {
    out.push(`  [${m.index}] ${m.kind} mid=${m.mid ?? '-'} port ${m.port} ${m.protocol} ${m.direction}`);
    if (m.codecs.length > 0) out.push(`      codecs: ${m.codecs.map((c) => `${c.payloadType} ${c.name}/${c.clockRate}`).join(', ')}`);
    if (m.candidates.length > 0) out.push(`      candidates: ${m.candidates.length}`);
    if (m.setup) out.push(`      DTLS setup ${m.setup}, ICE ufrag ${m.ice.ufrag ?? '-'}`);
  }
  for (const d of diagnostics) out.push(`  ${describe(d, file)}`);
  return out.join('\n');
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    console.log(pkg.version);
    return 0;
  }
  try {
    if (command === 'parse') {
      const file = rest.find((a) => !a.startsWith('--'));
      if (file === undefined) {
        console.error('sdp parse: missing <file>');
        return 2;
      }
      const text = readInput(file);
      if (rest.includes('--json')) console.log(JSON.stringify(parse(text), null, 2));
      else console.log(outline(file, text));
      return 0;
    }
    if (command === 'demo') {
      for (const name of ['chrome-offer.sdp', 'firefox-answer.sdp']) {
        const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
        console.log(outline(`examples/${name}`, readFileSync(path, 'utf8')));
      }
      return 0;
    }
  } catch (error) {
    console.error(`sdp: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  console.error(`sdp: unknown command '${command}' (see sdp --help)`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
