import { rejectionLines, type Diagnostic, type LineExplanation } from '../../index.js';
import type { Tone } from '../color.js';
import { row, type Row } from './rows.js';

/* Renderings of explain/explainLine results, and of diagnostics on a line. */

export function severityTone(severity: Diagnostic['severity']): Tone {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'info';
}

/** Two rows per line: the line as written, then its label and summary. */
export function explanationRows(list: readonly LineExplanation[], side = 0): Row[] {
  const width = String(list.length).length;
  const rows: Row[] = [];
  for (const e of list) {
    const pad = ' '.repeat(width);
    rows.push(row(`${String(e.line).padStart(width)}  ${e.text}`, 'heading', { side, line: e.line }));
    rows.push(row(`${pad}  ${e.label}: ${e.summary}${e.ref === undefined ? '' : ` [${e.ref}]`}`, e.unknown === true ? 'dim' : undefined, { side, line: e.line }));
  }
  return rows;
}

/** Everything about one line: explanation, fields, and the diagnostics reported on it. */
export function lineDetailRows(e: LineExplanation, diagnostics: readonly Diagnostic[] = []): Row[] {
  const rows: Row[] = [row(`line ${e.line}: ${e.text}`, 'heading'), row(e.label, 'accent'), row(e.summary)];
  if (e.details !== '') rows.push(row(e.details));
  if (e.ref !== undefined) rows.push(row(`see ${e.ref}`, 'dim'));
  if (e.fields.length > 0) {
    rows.push(row('fields', 'heading'));
    for (const f of e.fields) rows.push(row(`  ${f.name} = ${f.value}: ${f.meaning}`));
  }
  rows.push(...diagnosticRows(diagnostics));
  return rows;
}

export function diagnosticRows(diagnostics: readonly Diagnostic[]): Row[] {
  const rows: Row[] = [];
  if (diagnostics.length > 0) rows.push(row('problems', 'heading'));
  for (const d of diagnostics) {
    rows.push(row(`  ${d.severity} ${d.line}:${d.column} ${d.message} (${d.code})`, severityTone(d.severity)));
    for (const r of rejectionLines(d.rejectedBy)) rows.push(row(`    ${r}`, 'dim'));
    if (d.depends !== undefined) rows.push(row(`    depends: ${d.depends}`, 'dim'));
    if (d.hint !== undefined) rows.push(row(`    hint: ${d.hint}`, 'dim'));
    if (d.ref !== undefined) rows.push(row(`    see ${d.ref}`, 'dim'));
  }
  return rows;
}
