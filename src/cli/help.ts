import type { CommandSpec } from './args.js';
import { CONFIG_FILE, OUTPUT_FORMATS, RULE_SETTINGS } from './settings.js';

/* The commands' options and help texts: the one place `sdp --help` and the argument parser read. */

const json = { name: 'json', kind: 'boolean', description: 'print JSON (bigints as strings) instead of text' } as const;
const pick = (description: string, value = 'N|P:K') => ({ name: 'pick', kind: 'list', short: 'p', value, description }) as const;
const pickOne = pick('which description of a file that holds several (a dump, a log, JSON): N as sdp extract numbers them', 'N');
const pickPair = pick('N: description N; P:K: peer connection P, negotiation K (or last) of a dump, i.e. its offer and answer; repeat for the second file');
const type = { name: 'type', kind: 'string', value: 'type', choices: ['offer', 'answer'], description: 'whether the description is an offer or an answer (SDP text does not say)' } as const;

export const COMMANDS = {
  lint: {
    name: 'lint',
    summary: 'Check descriptions against the parser diagnostics and the lint rules (docs/rules.md).',
    usage: 'lint <files…> [options]',
    positionals: { min: 1, max: Infinity, names: '<files…> (files, directories, globs, or - for stdin)' },
    options: [
      { name: 'format', kind: 'string', short: 'f', value: 'name', choices: OUTPUT_FORMATS, description: 'output format (default stylish)' },
      { name: 'pair', kind: 'boolean', description: 'the files are an offer and its answer (offer answer [offer answer …]): also run the pair rules' },
      type,
      { name: 'target', kind: 'string', short: 't', value: 'engines', description: 'who must accept the descriptions, comma-separated: chromium, firefox, webkit, rfc (default chromium,firefox); error = a target rejects it, rfc = the strict RFC reading' },
      { name: 'rule', kind: 'list', value: `id=${RULE_SETTINGS.join('|')}`, description: 'set a rule\'s severity (repeatable)' },
      { name: 'config', kind: 'string', short: 'c', value: 'path', description: `a JSON config file (default: ./${CONFIG_FILE} when present)` },
      { name: 'max-warnings', kind: 'string', value: 'N', description: 'exit with 1 when there are more than N warnings' },
      { name: 'quiet', kind: 'boolean', short: 'q', description: 'report errors only' },
      pick('only description N (or P:K: the offer and answer of a negotiation) of a file that holds several; one per file, in order'),
    ],
    details: [
      'Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings, 2 usage or I/O error.',
      'Globs (*, ?, **) are expanded by sdp itself, so quote them; a directory means every .sdp file below it.',
      `${CONFIG_FILE}: { "targets": ["chromium", "firefox"], "rules": { "<rule-id>": "off" | "warning" | "error" }, "maxWarnings": N, "format": "stylish", "quiet": false }`,
      'Severities: error = a target engine rejects the description (its error text is shown), or the call cannot work; warning = an RFC',
      'violation or interop risk the targets tolerate; info = style. Old rule ids (chrome-plan-b, …) still work in --rule and the config.',
      'Formats: stylish (colours on a terminal; NO_COLOR turns them off, FORCE_COLOR on), json, sarif (SARIF 2.1.0 for code scanning), github (workflow annotations).',
      'A file that holds several descriptions (a webrtc-internals or about:webrtc dump, a log, JSON) is linted description by description,',
      'each reported as <file>#N with its label (positions in the description; sarif and github point into the file). With --pair, a dump',
      'gives the offer and answer of each negotiation. The type a dump records (offer, answer) enables the offer/answer rules.',
    ].join('\n'),
  },
  parse: {
    name: 'parse',
    summary: 'Parse a description and print an outline of the typed model (or the model as JSON).',
    usage: 'parse <file> [--pick N] [--json]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [pickOne, json],
  },
  format: {
    name: 'format',
    summary: 'Print the canonical form of a description: CRLF, RFC 8866 line order, values rebuilt from the model.',
    usage: 'format <file> [--pick N] [--write]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [{ name: 'write', kind: 'boolean', short: 'w', description: 'rewrite the file in place instead of printing (plain SDP files only)' }, pickOne],
  },
  edit: {
    name: 'edit',
    summary: 'Change a description (codecs, bitrate, candidates, direction, extmaps, DTLS role), keeping every other byte.',
    usage: 'edit <file> [recipes…] [--write | -o <file>] [--diff] [--force]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [
      { name: 'remove-codec', kind: 'list', value: 'SECTION=NAME', description: 'remove a codec with its rtx, RED/FEC that only served it, and its rtpmap/fmtp/rtcp-fb lines' },
      { name: 'keep-codec', kind: 'list', value: 'SECTION=NAME', description: 'keep only this codec (with its rtx, RED and FEC)' },
      { name: 'prefer-codec', kind: 'list', value: 'SECTION=NAME', description: "put the codec's payload types first on the m= line" },
      { name: 'bitrate', kind: 'list', value: 'SECTION=AS:N|TIAS:N', description: 'set b=AS (kbps) or b=TIAS (bps); SECTION may also be session' },
      { name: 'drop-candidates', kind: 'list', value: 'KIND', description: 'remove candidates: udp, tcp, host, srflx, prflx, relay, ipv4, ipv6, mdns (comma-separated or repeated)' },
      { name: 'end-of-candidates', kind: 'boolean', description: 'add a=end-of-candidates where candidates are and it is missing' },
      { name: 'direction', kind: 'list', value: 'MID=DIR', description: 'set the direction (sendrecv, sendonly, recvonly, inactive) of a mid or a SECTION' },
      { name: 'remove-extmap', kind: 'list', value: 'URI', description: 'remove the header extension with this URI everywhere' },
      { name: 'setup', kind: 'string', value: 'role', choices: ['actpass', 'active', 'passive'], description: 'set every a=setup (the DTLS role)' },
      { name: 'fmtp', kind: 'list', value: 'SECTION=CODEC:K=V;…', description: 'set fmtp parameters of a codec (K= with no value removes K), e.g. audio=opus:stereo=1;maxaveragebitrate=64000' },
      { name: 'reject', kind: 'list', value: 'SECTION', description: 'reject sections: port 0, out of BUNDLE' },
      { name: 'simulcast', kind: 'list', value: 'SECTION=RID,RID…', description: 'send simulcast with these rids (adds the RID header extensions if missing)' },
      { name: 'remove-simulcast', kind: 'list', value: 'SECTION', description: 'remove a=simulcast and a=rid lines' },
      { name: 'write', kind: 'boolean', short: 'w', description: 'rewrite the file in place' },
      { name: 'out', kind: 'string', short: 'o', value: 'file', description: 'write the result to this file' },
      { name: 'diff', kind: 'boolean', description: 'print a unified diff of the change instead of the SDP' },
      { name: 'force', kind: 'boolean', description: 'write even when the result has a lint error the input did not have' },
      pickOne,
    ],
    details: [
      'SECTION: audio, video, application (every section of that kind), all, or mid:X. Recipes run in this order whatever the order',
      'of the flags: codecs (remove, keep, prefer), fmtp, bitrate, candidates, end-of-candidates, direction, extmaps, simulcast, setup, reject.',
      'Exit codes: 0 done, 1 when the result would have a lint error the input did not have (nothing is written; --force writes it),',
      'or a recipe cannot apply (removing the last codec of a section), 2 usage or I/O error.',
    ].join('\n'),
  },
  diff: {
    name: 'diff',
    summary: 'What an offer/answer exchange negotiated, per m-section, with a verdict.',
    usage: 'diff <offer> <answer> | <file> --pick P:K [--json]',
    positionals: { min: 1, max: 2, names: '<offer> <answer>' },
    options: [pickPair, json],
    details: [
      'One file that holds several descriptions: --pick P:K compares the offer and answer of negotiation K (a number, or last:',
      'the last with an answer) of peer connection P, e.g. sdp diff webrtc_internals_dump.txt --pick 2:last; --pick N --pick M',
      'compares descriptions N and M. A file with a single negotiation needs no --pick. sdp extract <file> lists what is there.',
      'Exit codes: 0 when the verdict is ok or degraded, 1 when it is failed, 2 usage or I/O error.',
    ].join('\n'),
  },
  explain: {
    name: 'explain',
    summary: 'Explain every line of a description (or one line in full), with RFC references.',
    usage: 'explain <file> [--pick N] [--line N] [--json]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [{ name: 'line', kind: 'string', short: 'l', value: 'N', description: 'only line N, with its fields and the problems found on it' }, type, pickOne, json],
  },
  ice: {
    name: 'ice',
    summary: 'ICE candidates with decoded priorities, address classes and the likely stack; with --remote, the check list.',
    usage: 'ice <file> [--remote <file>] [--role controlling|controlled] [--pick N|P:K] [--json]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [
      { name: 'remote', kind: 'string', short: 'r', value: 'file', description: "the peer's description: its candidates and the RFC 8445 check list" },
      { name: 'role', kind: 'string', value: 'role', choices: ['controlling', 'controlled'], description: 'the local agent\'s role (default: from which file is the offer, and ice-lite)' },
      pick('N: description N of <file> (a second --pick: of --remote); P:K: negotiation K of peer connection P of a dump, its own description as local, the peer\'s as remote, with trickled candidates, the real ICE role and what getStats says each pair did'),
      json,
    ],
  },
  redact: {
    name: 'redact',
    summary: 'A copy safe to paste in a bug report: addresses, ICE credentials, fingerprints, ids replaced consistently.',
    usage: 'redact <files…> [--pick N] [--out-dir <dir>]',
    positionals: { min: 1, max: Infinity, names: '<files…>' },
    options: [
      { name: 'out-dir', kind: 'string', short: 'o', value: 'dir', description: 'write each copy to <dir>/<file name> instead of printing' },
      pick('only description N (or P:K: a negotiation\'s offer and answer) of a file that holds several; one per file, in order'),
    ],
    details: [
      'Several files (an offer and its answer) share one mapping, so the copies still pair: without --out-dir',
      'they are printed one after the other, each after a line `==> <file> <==`.',
      'A file that holds several descriptions gives one copy of each (<file>#N; with --out-dir, <name>-N.sdp).',
      'A dump (webrtc-internals, rtcstats, about:webrtc) without --pick is copied whole: the same JSON, one mapping',
      'across its descriptions, trickled candidates and stats (a .gz is written unpacked).',
      'Exit code 1 if a value it replaced is still in a copy (a bug: please report it).',
    ].join('\n'),
  },
  inspect: {
    name: 'inspect',
    summary: 'The terminal inspector: lines with explanations, diff, codecs, ICE and lint findings.',
    usage: 'inspect <offer> [answer] [--pick N|P:K]',
    positionals: { min: 1, max: 2, names: '<offer> [answer]' },
    options: [pickPair],
    details: [
      'Keys: Tab or 1-5 switch screens, ↑↓ j k move, PgUp PgDn, / search (n next), s switch offer/answer, Enter jump to the line, q quit.',
      'A file that holds several descriptions (a webrtc-internals or about:webrtc dump, a log) and no --pick opens a chooser first:',
      'its peer connections, their negotiations and descriptions; ↑↓ and Enter open one. For a dump, each peer connection',
      'also has a timeline (every logged event with its time and negotiation, refused calls with the browser\'s error),',
      'and the ICE screen of a negotiation shows the role the connection really had and what getStats says became of each pair.',
      'Esc or Backspace goes back to the chooser (or the timeline).',
    ].join('\n'),
  },
  extract: {
    name: 'extract',
    summary: 'List the descriptions in a dump, log or JSON file (webrtc-internals, about:webrtc, signalling) and write each out as .sdp.',
    usage: 'extract <file> [--out-dir <dir>] [--pick N] [--json]',
    positionals: { min: 1, max: 1, names: '<file>' },
    options: [
      { name: 'out-dir', kind: 'string', short: 'o', value: 'dir', description: 'write each description, byte for byte, to <dir>/<NN>-<pc>-<type>.sdp' },
      pick('print description N itself (for a pipe or > file.sdp)', 'N'),
      { name: 'json', kind: 'boolean', description: 'print the whole extraction result as JSON (labels, positions, negotiations, repairs)' },
    ],
    details: [
      'Reads raw SDP, JSON {type, sdp} messages, JSON-escaped strings, logs with a prefix on each line, chrome://webrtc-internals',
      'dumps and Firefox about:webrtc reports. Lists each description (number, type, source, munged or not, repairs, label), the',
      'negotiations of each peer connection, and what a munged description changed. The numbers are what --pick takes in every command.',
      'Exit codes: 0 descriptions found, 1 none found, 2 usage or I/O error.',
    ].join('\n'),
  },
  demo: {
    name: 'demo',
    summary: 'Outline the bundled example offer and answer (from a checkout of the repository).',
    usage: 'demo',
    positionals: { min: 0, max: 0, names: '' },
    options: [],
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

export const USAGE = [
  'usage: sdp <command> [options]',
  '',
  'commands:',
  ...Object.values(COMMANDS)
    .filter((c) => c.name !== 'demo')
    .map((c) => `  ${c.usage}\n      ${c.summary}`),
  '',
  'sdp <command> --help   options of one command',
  'sdp --version          the version',
  '',
  'A file argument of - reads standard input. Every file may be plain SDP, JSON ({type, sdp} messages), a',
  'JSON-escaped string, a log, a chrome://webrtc-internals dump or a Firefox about:webrtc report; when it holds',
  'several descriptions, --pick N (or P:K, a negotiation) chooses; sdp extract <file> lists them.',
].join('\n');
