import { rejectionLines } from '../../index.js';
import type { Paint } from '../color.js';
import { padShown, plural, shownWidth } from '../views/rows.js';
import { countReports, type FileReport } from './report.js';

/*
 * The default, human format: one group per file with problems, one line per
 * problem, `file:line:col  severity  message  rule-id` (clickable in editors
 * and terminals), then a summary. Nothing at all when there is nothing to say.
 */
export function formatStylish(files: readonly FileReport[], p: Paint): string {
  const groups: string[] = [];
  for (const f of files) {
    if (f.diagnostics.length === 0) continue;
    const cells = f.diagnostics.map((d) => [`${f.file}:${d.line}:${d.column}`, d.severity, d.message, d.code]);
    // A loop, not Math.max(...): a binary or a generated file can give a million findings, one stack slot each.
    let w0 = 0;
    for (const c of cells) w0 = Math.max(w0, shownWidth(c[0]!));
    const lines = f.diagnostics.map((d, i) => {
      const [where, severity, message, code] = cells[i]!;
      const sev = severity!.padEnd(7);
      const coloured = d.severity === 'error' ? p.red(sev) : d.severity === 'warning' ? p.yellow(sev) : p.cyan(sev);
      const indent = `\n${' '.repeat(w0 + 2 + 9)}`;
      const below = [...rejectionLines(d.rejectedBy), ...(d.depends === undefined ? [] : [`depends: ${d.depends}`]), ...(d.details ?? []), ...(d.hint === undefined ? [] : [`hint: ${d.hint}`])];
      return `${p.dim(padShown(where!, w0))}  ${coloured}  ${message}  ${p.dim(code!)}${below.map((b) => `${indent}${p.dim(b)}`).join('')}`;
    });
    const label = f.label === undefined ? '' : `  ${p.dim(f.label)}`;
    groups.push(`${p.underline(f.file)}${label}\n${lines.join('\n')}`);
  }
  if (groups.length === 0) return '';
  const c = countReports(files);
  const total = c.errors + c.warnings + c.infos;
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
  if (c.infos > 0) parts.push(plural(c.infos, 'info'));
  const summary = `${c.errors > 0 ? '✖' : '⚠'} ${plural(total, 'problem')} (${parts.join(', ')})`;
  const tone = c.errors > 0 ? p.red : c.warnings > 0 ? p.yellow : p.cyan;
  return `${groups.join('\n\n')}\n\n${p.bold(tone(summary))}`;
}
