import { isRollback, type Diagnostic, type ExtractedDescription, type ExtractResult } from '../../index.js';
import { paint } from '../color.js';
import { toJson } from '../json.js';
import type { Source } from '../input.js';
import { plural, renderRows, row, table, type Row } from '../views/rows.js';
import { timelineCounts, timelineSummary, timelineTable } from '../views/timeline.js';
import type { CommandResult, FileWrite } from './result.js';

export interface ExtractCommandOptions {
  json: boolean;
  /** Write each description to <dir>/<NN>-<pc>-<type>.sdp. */
  outDir?: string | undefined;
  color: boolean;
}

const FORMAT_NAMES: Record<ExtractResult['format'], string> = {
  raw: 'plain SDP',
  json: 'JSON',
  escaped: 'JSON-escaped string',
  'webrtc-internals': 'chrome://webrtc-internals dump',
  rtcstats: 'chrome://webrtc-internals rtcstats dump',
  'about-webrtc': 'Firefox about:webrtc report',
  log: 'log',
  mixed: 'mixed text',
  none: 'no SDP',
};

/** At most this many changed lines of a munged description are shown (the summary counts them all). */
const MAX_CHANGES = 12;

/** A name that is safe on every file system: lower-case letters, digits and dashes. */
function safe(part: string): string {
  return part.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/** `<NN>-<pc>-<type>.sdp`: pc is `pc<number>` inside a dump, else where the description was found (json, log, …). */
export function extractFileName(result: ExtractResult, d: ExtractedDescription): string {
  const width = Math.max(2, String(result.descriptions.length).length);
  const pc = d.peerConnection === undefined ? undefined : result.peerConnections?.find((p) => p.id === d.peerConnection);
  const where = pc === undefined ? d.source : `pc${pc.number}`;
  return `${String(d.number).padStart(width, '0')}-${safe(where)}-${safe(d.type ?? 'description')}.sdp`;
}

function diagnosticRow(where: string, d: Diagnostic): Row {
  const tone = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'dim';
  return row(`  ${where}  ${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.code})`, tone);
}

/**
 * Every description in a file: a table (number, type, source, munged, how
 * many repairs, label), the munged ones' changes, the negotiations per peer
 * connection (what `--pick P:K` selects) and every repair. With --out-dir,
 * each description is written byte for byte to its own .sdp file.
 */
export function extractCommand(source: Source, options: ExtractCommandOptions): CommandResult {
  const { result } = source;
  const name = source.input.name;
  const ds = result.descriptions;
  const exitCode = ds.length === 0 ? 1 : 0;

  const writes: FileWrite[] = [];
  if (options.outDir !== undefined) {
    const dir = options.outDir.replace(/[\\/]+$/, '') || '/';
    for (const d of ds) {
      // A rollback has no description to write (it is listed in the table below).
      if (isRollback(d)) continue;
      const file = extractFileName(result, d);
      const path = dir === '/' ? `/${file}` : `${dir}/${file}`;
      // The file's encoding (a Latin-1 dump gives Latin-1 descriptions); a byte-order mark belongs to the file, not to each description.
      const encoding = source.input.encoding === undefined ? undefined : { encoding: source.input.encoding.encoding, bom: false };
      writes.push({ path, text: d.sdp, encoding, note: `sdp extract: wrote ${path}` });
    }
  }
  const withWrites = (r: CommandResult): CommandResult => (writes.length > 0 ? { ...r, writes } : r);
  if (options.json) return withWrites({ stdout: toJson(result), stdoutIs: 'data', stderr: '', exitCode });

  const pcs = result.peerConnections ?? [];
  const rows: Row[] = [
    row(`${name}: ${FORMAT_NAMES[result.format]}, ${plural(ds.length, 'session description')}${pcs.length > 0 ? ` in ${plural(pcs.length, 'peer connection')}` : ''}`, 'heading'),
  ];
  if (result.userAgent !== undefined) rows.push(row(`user agent: ${result.userAgent}`, 'dim'));

  if (ds.length > 0) {
    const cells = [['#', 'type', 'source', 'munged', 'repairs', 'label'], ...ds.map((d) => [String(d.number), d.type ?? '-', d.source, d.munged === undefined ? 'no' : 'yes', String(d.diagnostics.length), d.label])];
    const lines = table(cells);
    rows.push(row(''), row(`  ${lines[0]!}`, 'dim'));
    ds.forEach((d, i) => {
      rows.push(row(`  ${lines[i + 1]!}`, d.failed !== undefined ? 'warning' : undefined));
      if (d.failed !== undefined) rows.push(row(`      failed: ${d.failed}`, 'warning'));
      if (d.munged !== undefined) {
        const m = d.munged;
        rows.push(row(`      munged from #${m.created + 1}: ${m.summary}`, 'warning'));
        const changed = m.changes.filter((c) => c.kind !== 'same');
        for (const c of changed.slice(0, MAX_CHANGES)) rows.push(row(`        ${c.kind === 'added' ? '+' : '-'} ${c.text}`, c.kind === 'added' ? 'ok' : 'error'));
        if (changed.length > MAX_CHANGES) rows.push(row(`        … ${changed.length - MAX_CHANGES} more (sdp extract ${name} --json has them all)`, 'dim'));
      }
    });
  }

  const withNegotiations = pcs.filter((pc) => pc.negotiations.length > 0 || pc.descriptions.length > 0);
  if (withNegotiations.length > 0) {
    rows.push(row(''), row('negotiations (--pick P:K)', 'heading'));
    for (const pc of withNegotiations) {
      rows.push(row(`  ${pc.label}${pc.closed === true ? ' (closed)' : ''}  id ${pc.id}`, 'accent'));
      if (pc.negotiations.length === 0) rows.push(row('    no offer/answer exchange', 'dim'));
      const trickled = (k: number, side: 'local' | 'remote'): number => pc.candidates.filter((c) => c.negotiation === k && c.side === side && !c.endOfCandidates).length;
      const restarted = new Set(pc.events.filter((e) => e.kind === 'ice-restart').map((e) => e.negotiation));
      const cells = pc.negotiations.map((n) => [
        `${pc.number}:${n.number}`,
        n.label,
        [n.offer === undefined ? 'no offer' : `offer #${n.offer + 1}`, n.answer === undefined ? 'no answer' : `answer #${n.answer + 1}`, ...n.pranswers.map((p) => `pranswer #${p + 1}`)].join(', '),
        pc.candidates.length === 0 ? '' : `trickled ${trickled(n.number, 'local')} local, ${trickled(n.number, 'remote')} remote`,
        restarted.has(n.number) ? 'ICE restart' : '',
      ]);
      for (const line of table(cells)) rows.push(row(`    ${line}`));
      for (const r of timelineRows(result, pc)) rows.push(r);
    }
  }

  const repairs: Row[] = [
    ...result.diagnostics.map((d) => diagnosticRow('file', d)),
    ...ds.flatMap((d) => d.diagnostics.map((x) => diagnosticRow(`#${d.number}`, x))),
    ...pcs.flatMap((pc) => pc.diagnostics.map((x) => diagnosticRow(`PC ${pc.number}`, x))),
  ];
  if (repairs.length > 0) rows.push(row(''), row('repairs and notes (positions in the file)', 'heading'), ...repairs);

  if (ds.length > 1) {
    const pick = pcs.some((pc) => pc.negotiations.some((n) => n.offer !== undefined && n.answer !== undefined)) ? `sdp diff ${name} --pick ${pcs.find((pc) => pc.negotiations.length > 0)?.number ?? 1}:last` : `sdp parse ${name} --pick 2`;
    rows.push(row(''), row(`next: ${pick}, sdp lint ${name}, sdp extract ${name} --out-dir <dir>`, 'dim'));
  }
  return withWrites({ stdout: renderRows(rows, paint(options.color)), stderr: '', exitCode });
}

/** Kinds the listing shows one by one; candidates are counted per negotiation, the rest (transceivers, tracks, …) only counted. */
const SHOWN_EVENTS = new Set(['description', 'rollback', 'set-failed', 'create-failed', 'candidate-failed', 'end-of-candidates', 'ice-restart', 'state']);

/** A peer connection's timeline (the table the terminal inspector shows), without the candidate and other events. */
function timelineRows(result: ExtractResult, pc: NonNullable<ExtractResult['peerConnections']>[number]): Row[] {
  if (pc.events.length === 0) return [];
  const t = timelineTable(result, pc, (e) => SHOWN_EVENTS.has(e.kind));
  const hidden = pc.events.length - t.events.length;
  return [
    row(`    timeline: ${timelineSummary(timelineCounts(pc))}${hidden > 0 ? ` (${hidden} candidate and other events not listed)` : ''}`, 'dim'),
    row(`      ${t.header}`, 'dim'),
    ...t.rows.map((r) => ({ ...r, text: `      ${r.text}` })),
  ];
}

/** `sdp extract <file> --pick N`: the description itself, byte for byte. */
export function extractOne(d: ExtractedDescription): CommandResult {
  return { stdout: d.sdp, stdoutIs: 'sdp', stderr: '', exitCode: 0 };
}
