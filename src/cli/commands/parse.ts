import { parse, sectionName } from '../../index.js';
import { paint } from '../color.js';
import { toJson } from '../json.js';
import { diagnosticRows } from '../views/explain.js';
import { plural, renderRows, row, type Row } from '../views/rows.js';
import { ok, type CommandResult, type Input } from './result.js';

export interface ParseCommandOptions {
  json: boolean;
  color: boolean;
}

/** The typed model as JSON (bigints as strings), or a readable outline of it. */
export function parseCommand(input: Input, options: ParseCommandOptions): CommandResult {
  const result = parse(input.text);
  if (options.json) return { ...ok(toJson(result)), stdoutIs: 'data' };
  const { document, diagnostics } = result;
  const s = document.session;
  const rows: Row[] = [row(`${input.name}: ${plural(document.lines.length, 'line')}, ${plural(document.media.length, 'media section')}`, 'heading')];
  if (s.origin) rows.push(row(`  origin ${s.origin.username} session ${s.origin.sessionId} version ${s.origin.sessionVersion}`));
  for (const g of s.groups) rows.push(row(`  group ${g.semantics}: ${g.mids.join(' ')}`));
  for (const m of document.media) {
    rows.push(row(`  ${sectionName(m)}: port ${m.port} ${m.protocol} ${m.direction}`, 'accent'));
    if (m.codecs.length > 0) rows.push(row(`      codecs: ${m.codecs.map((c) => `${c.payloadType} ${c.name}/${c.clockRate}`).join(', ')}`));
    if (m.candidates.length > 0) rows.push(row(`      candidates: ${m.candidates.length}${m.endOfCandidates ? ' (end-of-candidates)' : ''}`));
    if (m.extmaps.length > 0) rows.push(row(`      header extensions: ${m.extmaps.length}`));
    if (m.setup !== undefined || m.ice.ufrag !== undefined) rows.push(row(`      DTLS setup ${m.setup ?? '-'}, ICE ufrag ${m.ice.ufrag ?? '-'}`));
    if (m.sctpPort !== undefined) rows.push(row(`      sctp-port ${m.sctpPort}${m.maxMessageSize === undefined ? '' : `, max-message-size ${m.maxMessageSize}`}`));
  }
  rows.push(...diagnosticRows(diagnostics).map((r) => ({ ...r, text: `  ${r.text}` })));
  return ok(renderRows(rows, paint(options.color)));
}
