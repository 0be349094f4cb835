import { applyRecipes, diffLines, newLintErrors, parse, printable } from '../../index.js';
import type { CandidateKind, DiffLine, Recipe, SectionSelector } from '../../index.js';
import type { CommandResult, Input } from './result.js';

/*
 * sdp edit: the library's munging recipes from the command line. Reading the
 * flags is here (the words of the CLI); the recipes, their order (codecs,
 * bitrate, candidates, end-of-candidates, direction, extmaps, DTLS role,
 * whatever the order of the flags) and what each does are the library's.
 */

type EditSpec = Recipe;

export const CANDIDATE_KINDS: readonly CandidateKind[] = ['udp', 'tcp', 'host', 'srflx', 'prflx', 'relay', 'ipv4', 'ipv6', 'mdns'];
const DIRECTIONS = ['sendrecv', 'sendonly', 'recvonly', 'inactive'] as const;
const KINDS = ['audio', 'video', 'application', 'all'];

/** `audio`, `video`, `application`, `all`, `mid:X`; with `bareMid`, any other word is a mid. */
function section(text: string, bareMid: boolean): SectionSelector | undefined {
  if (KINDS.includes(text)) return text;
  if (text.startsWith('mid:') && text.length > 4) return { mid: text.slice(4) };
  return bareMid && text !== '' ? { mid: text } : undefined;
}

function splitEq(flag: string, value: string): [string, string] | string {
  const eq = value.indexOf('=');
  return eq <= 0 || eq === value.length - 1 ? `--${flag} takes SECTION=VALUE (SECTION: audio, video, application, all or mid:X), got '${value}'` : [value.slice(0, eq), value.slice(eq + 1)];
}

/** The recipes the flags ask for, or what is wrong with a flag. */
export function parseEditSpecs(lists: ReadonlyMap<string, readonly string[]>, values: ReadonlyMap<string, string>, flags: ReadonlySet<string>): { ok: true; specs: Recipe[] } | { ok: false; error: string } {
  const specs: EditSpec[] = [];
  for (const kind of ['remove-codec', 'keep-codec', 'prefer-codec'] as const) {
    for (const v of lists.get(kind) ?? []) {
      const p = splitEq(kind, v);
      if (typeof p === 'string') return { ok: false, error: p };
      const s = section(p[0], false);
      if (s === undefined) return { ok: false, error: `--${kind}: unknown section '${p[0]}' (audio, video, application, all or mid:X)` };
      specs.push({ kind, section: s, codec: p[1] });
    }
  }
  for (const v of lists.get('bitrate') ?? []) {
    const p = splitEq('bitrate', v);
    if (typeof p === 'string') return { ok: false, error: p };
    const s = p[0] === 'session' ? 'session' : section(p[0], false);
    const m = /^(AS|TIAS):(\d{1,10})$/i.exec(p[1]);
    if (s === undefined || m === null) return { ok: false, error: `--bitrate takes SECTION=AS:N or SECTION=TIAS:N (SECTION: audio, video, application, all, mid:X or session), got '${v}'` };
    specs.push({ kind: 'bitrate', section: s, type: m[1]!.toUpperCase() as 'AS' | 'TIAS', value: Number(m[2]) });
  }
  const drop = (lists.get('drop-candidates') ?? []).flatMap((v) => v.split(','));
  const unknown = drop.filter((k) => !(CANDIDATE_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) return { ok: false, error: `--drop-candidates: unknown kind '${unknown[0]}' (${CANDIDATE_KINDS.join(', ')})` };
  if (drop.length > 0) specs.push({ kind: 'drop-candidates', kinds: drop as CandidateKind[] });
  if (flags.has('end-of-candidates')) specs.push({ kind: 'end-of-candidates' });
  for (const v of lists.get('direction') ?? []) {
    const p = splitEq('direction', v);
    if (typeof p === 'string') return { ok: false, error: p };
    const s = section(p[0], true);
    if (s === undefined || !(DIRECTIONS as readonly string[]).includes(p[1])) return { ok: false, error: `--direction takes MID=${DIRECTIONS.join('|')} (or a section), got '${v}'` };
    specs.push({ kind: 'direction', section: s, direction: p[1] as (typeof DIRECTIONS)[number] });
  }
  for (const uri of lists.get('remove-extmap') ?? []) specs.push({ kind: 'remove-extmap', uri });
  for (const v of lists.get('fmtp') ?? []) {
    const p = splitEq('fmtp', v);
    if (typeof p === 'string') return { ok: false, error: p };
    const s = section(p[0], false);
    const colon = p[1].indexOf(':');
    if (s === undefined || colon <= 0) return { ok: false, error: `--fmtp takes SECTION=CODEC:KEY=VALUE;… (e.g. audio=opus:stereo=1), got '${v}'` };
    const parameters: Record<string, string | undefined> = {};
    for (const piece of p[1].slice(colon + 1).split(';')) {
      const eq = piece.indexOf('=');
      if (eq <= 0) return { ok: false, error: `--fmtp: '${piece}' is not KEY=VALUE (KEY= removes KEY)` };
      parameters[piece.slice(0, eq)] = eq === piece.length - 1 ? undefined : piece.slice(eq + 1);
    }
    specs.push({ kind: 'fmtp', section: s, codec: p[1].slice(0, colon), parameters });
  }
  for (const kind of ['reject', 'remove-simulcast'] as const) {
    for (const v of lists.get(kind) ?? []) {
      const s = section(v, false);
      if (s === undefined) return { ok: false, error: `--${kind}: unknown section '${v}' (audio, video, application, all or mid:X)` };
      specs.push({ kind, section: s });
    }
  }
  for (const v of lists.get('simulcast') ?? []) {
    const p = splitEq('simulcast', v);
    if (typeof p === 'string') return { ok: false, error: p };
    const s = section(p[0], false);
    const rids = p[1].split(',');
    if (s === undefined || rids.some((r) => !/^[A-Za-z0-9_-]+$/.test(r))) return { ok: false, error: `--simulcast takes SECTION=RID,RID… (letters, digits, - and _), got '${v}'` };
    specs.push({ kind: 'simulcast', section: s, rids });
  }
  const setup = values.get('setup');
  if (setup !== undefined) specs.push({ kind: 'setup', role: setup as 'actpass' | 'active' | 'passive' });
  return { ok: true, specs };
}

export interface EditCommandOptions {
  /** Print a unified diff instead of the edited SDP. */
  diff: boolean;
  /** Write even when the result has lint errors the input did not have. */
  force: boolean;
  /** Where to write the result (the input file for --write, the -o file); undefined prints it. */
  out?: string | undefined;
}


export function editCommand(input: Input, specs: readonly EditSpec[], options: EditCommandOptions): CommandResult {
  const parsed = parse(input.text).document;
  let text = input.text;
  try {
    text = applyRecipes(parsed, specs).text;
  } catch (error) {
    return { stdout: '', stderr: `sdp edit: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1 };
  }
  const introduced = newLintErrors(input.text, text).map((d) => `${d.code}: ${d.message}`);
  const blocked = introduced.length > 0 && !options.force;
  const notes = introduced.map((e) => `sdp edit: the result would have a new lint error: ${printable(e)}`);
  if (blocked) notes.push('sdp edit: nothing written (--force writes it anyway)');
  // The diff is for people; the SDP is data, which output.ts shows with its controls escaped only on a terminal.
  const stdout = options.diff ? unifiedDiff(input.name, diffLines(input.text, text)) : options.out === undefined && !blocked ? text : '';
  const writes = options.out !== undefined && !blocked && !options.diff ? [{ path: options.out, text, note: `sdp edit: wrote ${options.out}` }] : [];
  return { stdout, stdoutIs: options.diff ? 'text' : 'sdp', stderr: notes.join('\n'), exitCode: blocked ? 1 : 0, writes };
}

/** A unified diff (3 lines of context) of the library's line diff, for a person: every line passes through printable. */
export function unifiedDiff(name: string, lines: readonly DiffLine[]): string {
  const changed = lines.map((l, i) => (l.kind === 'same' ? -1 : i)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  const out = [`--- ${printable(name)}`, `+++ ${printable(name)} (edited)`];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k]! - 3);
    let to = changed[k]! + 3;
    while (k + 1 < changed.length && changed[k + 1]! - 3 <= to + 1) to = changed[++k]! + 3;
    k++;
    const hunk = lines.slice(from, Math.min(lines.length, to + 1));
    const oldStart = hunk.find((l) => l.kind !== 'added')?.createdLine ?? 0;
    const newStart = hunk.find((l) => l.kind !== 'removed')?.appliedLine ?? 0;
    const oldCount = hunk.filter((l) => l.kind !== 'added').length;
    const newCount = hunk.filter((l) => l.kind !== 'removed').length;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const l of hunk) out.push(`${l.kind === 'added' ? '+' : l.kind === 'removed' ? '-' : ' '}${printable(l.text)}`);
  }
  return `${out.join('\n')}\n`;
}
