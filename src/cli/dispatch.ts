import { controllingParty, previousExchange, decodeInput, decompress, encodeOutput, encodingNote, unencodableAt, ENCODING_NAMES, type DecodedInput, type DescriptionType, type IceRole, type RuleSetting, type Target, parseTargets } from '../index.js';
import type { ParsedArgs } from './args.js';
import { colorEnabled } from './color.js';
import { usageError, type CommandResult, type Input } from './commands/result.js';
import type { Config } from './config.js';
import { expandGlob, hasMagic } from './glob.js';
import { COMMANDS, type CommandName } from './help.js';
import {
  defaultPair,
  inspectChoices,
  inspectTitle,
  needPick,
  parsePicks,
  pickAll,
  pickOne,
  pickPair,
  readSource,
  type Pair,
  type Pick,
  type Resolved,
} from './input.js';
import { withSafeProgress } from './output.js';
import type { Host, InspectStart } from './run.js';
import { CONFIG_FILE, RULE_SETTINGS, type OutputFormat } from './settings.js';

/*
 * Runs one command for run.ts: reads the inputs through the Host, picks
 * descriptions, and calls the pure command. Each command's module is imported
 * when it runs (the lint formatters and the config schema only for lint).
 */

const STDIN_NAME = '<stdin>';

type Inputs = { ok: true; inputs: Input[] } | { ok: false; result: CommandResult };

/** Notes about how inputs were decoded (not UTF-8, a byte-order mark), printed before the command's own stderr. */
type ReadNotes = string[];

/**
 * A file's bytes as text, through the library's decodeInput: binary is
 * refused (exit 2, for every command), other bytes are decoded losslessly
 * and the Input remembers how, so a write gives back every byte nobody edited.
 */
function decoded(command: string, what: string, bytes: Uint8Array, notes: ReadNotes): { ok: true; d: DecodedInput } | { ok: false; result: CommandResult } {
  const d = decodeInput(bytes);
  if (d.binary !== undefined) return { ok: false, result: usageError(command, `${what} looks binary (${d.binary.reason}), not SDP text`) };
  const note = encodingNote(d);
  if (note !== undefined) notes.push(`sdp ${command}: note: ${what} ${note}`);
  return { ok: true, d };
}

/**
 * Gzip or zlib input (Chromium's default dump download is gzip) unpacked
 * through the library before decoding; a damaged download is exit 2.
 */
async function unpacked(command: string, what: string, bytes: Uint8Array, notes: ReadNotes): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; result: CommandResult }> {
  const r = await decompress(bytes);
  if (!r.ok) return { ok: false, result: usageError(command, `${what}: ${r.error}`) };
  if (r.format !== undefined) notes.push(`sdp ${command}: note: ${what} is ${r.format}-compressed; read unpacked (${r.bytes.length} bytes)`);
  return { ok: true, bytes: r.bytes };
}

/** Reads the named inputs: `-` is stdin (once); with `expand`, globs and directories become their .sdp files. */
async function readInputs(command: string, names: readonly string[], host: Host, expand: boolean, notes: ReadNotes): Promise<Inputs> {
  const paths: string[] = [];
  for (const name of names) {
    if (name === '-') {
      paths.push(name);
    } else if (expand && hasMagic(name)) {
      const found = expandGlob(name, host.readDir);
      if (found.length === 0) return { ok: false, result: usageError(command, `no files match '${name}'`) };
      paths.push(...found);
    } else if (expand && host.stat(name) === 'directory') {
      const found = expandGlob(`${name.replace(/[\\/]+$/, '')}/**/*.sdp`, host.readDir);
      if (found.length === 0) return { ok: false, result: usageError(command, `no .sdp files in directory '${name}'`) };
      paths.push(...found);
    } else {
      paths.push(name);
    }
  }
  if (paths.filter((p) => p === '-').length > 1) return { ok: false, result: usageError(command, 'standard input (-) can be read only once') };
  const unique = [...new Set(paths)];
  const inputs: Input[] = [];
  const showProgress = host.stderrIsTTY && host.progress !== undefined && unique.length > 1;
  for (const [i, path] of unique.entries()) {
    if (showProgress) host.progress?.(`sdp ${command}: reading ${i + 1}/${unique.length} ${path}`);
    const r = path === '-' ? host.readStdin() : host.readFile(path);
    if (!r.ok) {
      if (showProgress) host.progress?.('');
      return { ok: false, result: usageError(command, path === '-' ? `cannot read standard input: ${r.error}` : `cannot read '${path}': ${r.error}`) };
    }
    const name = path === '-' ? STDIN_NAME : path;
    const bytes = await unpacked(command, name, r.bytes, notes);
    if (!bytes.ok) {
      if (showProgress) host.progress?.('');
      return bytes;
    }
    const text = decoded(command, name, bytes.bytes, notes);
    if (!text.ok) {
      if (showProgress) host.progress?.('');
      return text;
    }
    const input: Input = { name, text: text.d.text };
    if (text.d.encoding !== 'utf-8' || text.d.bom) input.encoding = { encoding: text.d.encoding, bom: text.d.bom };
    inputs.push(input);
  }
  if (showProgress) host.progress?.('');
  return { ok: true, inputs };
}

async function loadConfig(args: ParsedArgs, host: Host, notes: ReadNotes): Promise<{ ok: true; config: Config } | { ok: false; result: CommandResult }> {
  const explicit = args.values.get('config');
  const path = explicit ?? CONFIG_FILE;
  if (explicit === undefined && host.stat(CONFIG_FILE) !== 'file') return { ok: true, config: {} };
  const r = host.readFile(path);
  if (!r.ok) return { ok: false, result: usageError('lint', `cannot read config '${path}': ${r.error}`) };
  const text = decoded('lint', `config '${path}'`, r.bytes, notes);
  if (!text.ok) return text;
  const { parseConfig } = await import('./config.js');
  const parsed = parseConfig(text.d.text, path);
  if (!parsed.ok) return { ok: false, result: { stdout: '', stderr: parsed.errors.map((e) => `sdp lint: ${e}`).join('\n'), exitCode: 2 } };
  return parsed;
}

function parseRuleOptions(values: readonly string[]): { ok: true; rules: Record<string, RuleSetting> } | { ok: false; error: string } {
  const rules: Record<string, RuleSetting> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const id = eq < 0 ? v : v.slice(0, eq);
    const setting = eq < 0 ? '' : v.slice(eq + 1);
    if (eq < 0 || id === '') return { ok: false, error: `--rule takes <id>=${RULE_SETTINGS.join('|')} (got '${v}')` };
    if (!(RULE_SETTINGS as readonly string[]).includes(setting)) return { ok: false, error: `--rule ${id}: the setting must be ${RULE_SETTINGS.join(', ')} (got '${setting}')` };
    rules[id] = setting as RuleSetting;
  }
  return { ok: true, rules };
}

function nonNegativeInteger(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

function withNotes(result: CommandResult, notes: readonly string[]): CommandResult {
  if (notes.length === 0) return result;
  return { ...result, stderr: [...notes, result.stderr].filter((s) => s !== '').join('\n') };
}

/** Every file's descriptions (or the picked ones: --pick applies to the files in order). */
function expandAll(command: CommandName, inputs: readonly Input[], picks: readonly Pick[], pairs: boolean): Resolved<Input[]> {
  if (picks.length > inputs.length) {
    return { ok: false, result: usageError(command, `${picks.length} --pick options for ${inputs.length} file${inputs.length === 1 ? '' : 's'}: one --pick per file, in order`) };
  }
  const value: Input[] = [];
  const notes: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const r = pickAll(command, readSource(input), picks[i], pairs);
    if (!r.ok) return r;
    value.push(...r.value);
    notes.push(...r.notes);
  }
  return { ok: true, value, notes };
}

async function runLint(args: ParsedArgs, host: Host, color: boolean, picks: readonly Pick[], notes: ReadNotes): Promise<CommandResult> {
  const config = await loadConfig(args, host, notes);
  if (!config.ok) return config.result;
  const ruleFlags = parseRuleOptions(args.lists.get('rule') ?? []);
  if (!ruleFlags.ok) return usageError('lint', ruleFlags.error);
  const maxText = args.values.get('max-warnings');
  const maxWarnings = maxText === undefined ? config.config.maxWarnings : nonNegativeInteger(maxText);
  if (maxText !== undefined && maxWarnings === undefined) return usageError('lint', `--max-warnings takes a whole number of 0 or more (got '${maxText}')`);
  const targetText = args.values.get('target');
  let targets: Target[] | undefined = config.config.targets;
  if (targetText !== undefined) {
    try {
      targets = parseTargets(targetText);
    } catch (error) {
      return usageError('lint', `--target: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const read = await readInputs('lint', args.positionals, host, true, notes);
  if (!read.ok) return read.result;
  const pair = args.flags.has('pair');
  const expanded = expandAll('lint', read.inputs, picks, pair);
  if (!expanded.ok) return expanded.result;
  const inputs = expanded.value;
  const total = inputs.length;
  const showProgress = host.stderrIsTTY && host.progress !== undefined && total > 1;
  const quiet = args.flags.has('quiet') || config.config.quiet === true;
  const { lintCommand } = await import('./commands/lint.js');
  const result = lintCommand(inputs, {
    format: (args.values.get('format') as OutputFormat | undefined) ?? config.config.format ?? 'stylish',
    maxWarnings,
    rules: { ...config.config.rules, ...ruleFlags.rules },
    targets,
    quiet,
    pair,
    type: args.values.get('type') as DescriptionType | undefined,
    color,
    version: host.version,
    onProgress: showProgress ? (done, all, file) => host.progress?.(`sdp lint: ${done}/${all} ${file}`) : undefined,
  });
  if (showProgress) host.progress?.('');
  return quiet ? result : withNotes(result, expanded.notes);
}

/** An offer and an answer for diff (and a pair for inspect): two files, or one file and --pick. */
/** Files `sdp redact` copies whole (same structure), rather than description by description. */
const DUMP_FORMATS = new Set(['webrtc-internals', 'rtcstats', 'about-webrtc']);

function resolvePair(command: CommandName, first: Input, second: Input | undefined, picks: readonly Pick[], needAnswer: boolean): Resolved<Pair> {
  if (second !== undefined) {
    if (picks.length > 2) return { ok: false, result: usageError(command, `${picks.length} --pick options for 2 files: one --pick per file, in order`) };
    const negotiation = picks.find((p) => p.kind === 'negotiation');
    if (negotiation !== undefined) {
      return { ok: false, result: usageError(command, `--pick ${negotiation.text} picks a negotiation of one file (sdp ${command} <file> --pick ${negotiation.text}); with two files, --pick N picks a description of each`) };
    }
    const offer = pickOne(command, readSource(first), picks[0]);
    if (!offer.ok) return offer;
    const answer = pickOne(command, readSource(second), picks[1]);
    if (!answer.ok) return answer;
    return { ok: true, value: { offer: offer.value, answer: answer.value }, notes: [...offer.notes, ...answer.notes] };
  }
  const source = readSource(first);
  if (picks.length > 0) return pickPair(command, source, picks, needAnswer);
  const found = defaultPair(command, source);
  if (found !== undefined) return found;
  if (source.plain) return { ok: false, result: usageError(command, `missing <answer>: ${first.name} is one description (usage: sdp ${COMMANDS[command].usage})`) };
  return needPick(command, source);
}

/**
 * The bytes of each write: text in the encoding of the input it came from.
 * Text that encoding cannot hold (a character above U+00FF for Latin-1) is
 * not written at all: one error instead of a `?` in the file.
 */
function encodeWrites(command: string, result: CommandResult): CommandResult {
  const writes = result.writes;
  if (writes === undefined || writes.every((w) => w.encoding === undefined)) return result;
  const out = [];
  for (const w of writes) {
    if (w.encoding === undefined) {
      out.push(w);
      continue;
    }
    const at = unencodableAt(w.text, w.encoding.encoding);
    if (at !== undefined) {
      const line = w.text.slice(0, at).split(/\r\n|\n|\r/).length;
      const code = w.text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0');
      return usageError(command, `cannot write '${w.path}' as ${ENCODING_NAMES[w.encoding.encoding]} (the input's encoding): line ${line} has U+${code}, which it cannot hold; nothing written`);
    }
    out.push({ ...w, bytes: encodeOutput(w.text, w.encoding) });
  }
  return { ...result, writes: out };
}

export async function dispatch(command: CommandName, args: ParsedArgs, unsafeHost: Host): Promise<CommandResult> {
  const host = withSafeProgress(unsafeHost);
  const notes: ReadNotes = [];
  const result = await dispatchCommand(command, args, host, notes);
  return withNotes(encodeWrites(command, result), notes);
}

async function dispatchCommand(command: CommandName, args: ParsedArgs, host: Host, notes: ReadNotes): Promise<CommandResult> {
  const color = colorEnabled(host.env, host.stdoutIsTTY);
  const json = args.flags.has('json');
  const parsedPicks = parsePicks(args.lists.get('pick') ?? []);
  if (!parsedPicks.ok) return usageError(command, parsedPicks.error);
  const picks = parsedPicks.picks;
  if (command === 'lint') return runLint(args, host, color, picks, notes);
  if (command === 'demo') {
    const inputs = host.demoInputs?.() ?? [];
    if (inputs.length === 0) return usageError('demo', 'the examples are not here (run it from a checkout of the repository)');
    const { parseCommand } = await import('./commands/parse.js');
    const outlines = inputs.map((i) => parseCommand(i, { json: false, color }).stdout);
    return { stdout: outlines.join('\n\n'), stderr: '', exitCode: 0 };
  }
  const read = await readInputs(command, args.positionals, host, false, notes);
  if (!read.ok) return read.result;
  const [first, second] = read.inputs;
  if (first === undefined) return usageError(command, 'missing <file>');
  const onlyOnePick = (): CommandResult | undefined => (picks.length > 1 ? usageError(command, `one file takes one --pick (got ${picks.length})`) : undefined);
  /** The one description of parse, format and explain. */
  const one = (): Resolved<Input> => {
    const tooMany = onlyOnePick();
    return tooMany === undefined ? pickOne(command, readSource(first), picks[0]) : { ok: false, result: tooMany };
  };
  switch (command) {
    case 'parse': {
      const r = one();
      if (!r.ok) return r.result;
      const { parseCommand } = await import('./commands/parse.js');
      return withNotes(parseCommand(r.value, { json, color }), r.notes);
    }
    case 'format': {
      const r = one();
      if (!r.ok) return r.result;
      if (args.flags.has('write') && r.value.part !== undefined) {
        return usageError('format', `--write rewrites plain SDP files only, and ${first.name} holds extracted descriptions; sdp extract ${first.name} --out-dir <dir> writes them out`);
      }
      const { formatCommand } = await import('./commands/format.js');
      return withNotes(formatCommand(r.value, { write: args.flags.has('write'), path: args.positionals[0] === '-' ? undefined : args.positionals[0] }), r.notes);
    }
    case 'edit': {
      const r = one();
      if (!r.ok) return r.result;
      const write = args.flags.has('write');
      const out = args.values.get('out');
      if (write && out !== undefined) return usageError('edit', '--write and -o/--out both say where to write: give one');
      if (write && (r.value.part !== undefined || args.positionals[0] === '-')) return usageError('edit', '--write rewrites a plain SDP file in place; use -o <file> for stdin or extracted descriptions');
      const { editCommand, parseEditSpecs } = await import('./commands/edit.js');
      const specs = parseEditSpecs(args.lists, args.values, args.flags);
      if (!specs.ok) return usageError('edit', specs.error);
      if (specs.specs.length === 0) return usageError('edit', 'no recipe given (see sdp edit --help)');
      const options = { diff: args.flags.has('diff'), force: args.flags.has('force'), out: write ? args.positionals[0] : out };
      return withNotes(editCommand(r.value, specs.specs, options), r.notes);
    }
    case 'diff': {
      const r = resolvePair('diff', first, second, picks, true);
      if (!r.ok) return r.result;
      if (r.value.answer === undefined) return usageError('diff', 'missing <answer>');
      const { diffCommand } = await import('./commands/diff.js');
      const dump = r.value.dump;
      const roles = dump === undefined ? undefined : controllingParty(dump.result, dump.pc, dump.negotiation);
      const previous = dump === undefined ? undefined : previousExchange(dump.result, dump.pc, dump.negotiation);
      return withNotes(diffCommand(r.value.offer, r.value.answer, { json, color, roles, previous }), r.notes);
    }
    case 'explain': {
      const lineText = args.values.get('line');
      const line = lineText === undefined ? undefined : nonNegativeInteger(lineText);
      if (lineText !== undefined && (line === undefined || line < 1)) return usageError('explain', `--line takes a line number of 1 or more (got '${lineText}')`);
      const r = one();
      if (!r.ok) return r.result;
      const type = (args.values.get('type') as DescriptionType | undefined) ?? r.value.type;
      const { explainCommand } = await import('./commands/explain.js');
      return withNotes(explainCommand(r.value, { line, type, json, color }), r.notes);
    }
    case 'ice': {
      const remoteName = args.values.get('remote');
      const role = args.values.get('role') as IceRole | undefined;
      const { iceCommand } = await import('./commands/ice.js');
      if (picks.length > 2) return usageError('ice', `${picks.length} --pick options: one for <file>, one for --remote`);
      const [localPick, remotePick] = picks;
      if (remoteName === undefined) {
        if (remotePick !== undefined) return usageError('ice', `a second --pick (${remotePick.text}) is for the --remote file`);
        if (localPick?.kind === 'negotiation') {
          // A negotiation of a dump: the peer connection's own description is the local one.
          const r = pickPair('ice', readSource(first), [localPick], true);
          if (!r.ok) return r.result;
          const { offer, answer, initiator, dump } = r.value;
          const [local, remote] = initiator === 'remote' && answer !== undefined ? [answer, offer] : [offer, answer];
          return withNotes(iceCommand(local, { remote, role, json, color, dump }), r.notes);
        }
        const r = pickOne('ice', readSource(first), localPick);
        if (!r.ok) return r.result;
        return withNotes(iceCommand(r.value, { role, json, color }), r.notes);
      }
      if (remoteName === '-' && args.positionals[0] === '-') return usageError('ice', 'standard input (-) can be read only once');
      const rr = await readInputs('ice', [remoteName], host, false, notes);
      if (!rr.ok) return rr.result;
      const local = pickOne('ice', readSource(first), localPick);
      if (!local.ok) return local.result;
      const remote = pickOne('ice', readSource(rr.inputs[0]!), remotePick);
      if (!remote.ok) return remote.result;
      return withNotes(iceCommand(local.value, { remote: remote.value, role, json, color }), [...local.notes, ...remote.notes]);
    }
    case 'redact': {
      // A dump without --pick: the whole file, redacted, in its own format.
      if (picks.length === 0 && read.inputs.every((i) => DUMP_FORMATS.has(readSource(i).result.format))) {
        const { redactDumpCommand } = await import('./commands/redact.js');
        return redactDumpCommand(read.inputs, { outDir: args.values.get('out-dir') });
      }
      const r = expandAll('redact', read.inputs, picks, false);
      if (!r.ok) return r.result;
      const { redactCommand } = await import('./commands/redact.js');
      return withNotes(redactCommand(r.value, { outDir: args.values.get('out-dir') }), r.notes);
    }
    case 'extract': {
      const tooMany = onlyOnePick();
      if (tooMany !== undefined) return tooMany;
      const { extractCommand, extractOne } = await import('./commands/extract.js');
      const source = readSource(first);
      const pick = picks[0];
      if (pick === undefined) return extractCommand(source, { json, outDir: args.values.get('out-dir'), color });
      if (pick.kind === 'negotiation') return usageError('extract', `--pick ${pick.text}: extract prints one description: --pick N (the negotiations list gives their numbers)`);
      const d = source.result.descriptions[pick.number - 1];
      const n = source.result.descriptions.length;
      if (d === undefined) return usageError('extract', `--pick ${pick.text}: ${first.name} holds ${n} session description${n === 1 ? '' : 's'}${n === 0 ? '' : ` (${n === 1 ? '1' : `1-${n}`})`}`);
      return extractOne(d);
    }
    case 'inspect': {
      let start: InspectStart;
      let notes: string[] = [];
      const source = second === undefined ? readSource(first) : undefined;
      if (source !== undefined && picks.length === 0 && !source.plain && source.result.descriptions.length > 1) {
        start = { title: inspectTitle(source), choices: inspectChoices(source), source };
      } else if (source !== undefined && picks.length === 0) {
        const r = pickOne('inspect', source, undefined);
        if (!r.ok) return r.result;
        start = { offer: r.value };
        notes = r.notes;
      } else {
        const r = resolvePair('inspect', first, second, picks, false);
        if (!r.ok) return r.result;
        start = r.value;
        notes = r.notes;
      }
      if (host.inspect === undefined) return usageError('inspect', 'needs a terminal');
      // The notes would be lost under the full-screen UI: they are printed after it.
      return withNotes(await host.inspect(start), notes);
    }
  }
}

