import { printable, rejectionLines } from '../../index.js';
import { fileReports, type FileReport } from './report.js';

/*
 * GitHub Actions workflow commands: one annotation per problem
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 * info becomes a notice. Values are escaped as the runner expects: in the
 * message `%`, CR and LF; in properties also `:` and `,` (the toolkit's
 * escapeData/escapeProperty, @actions/core src/command.ts). Before that, every
 * value goes through printable(): the annotation is shown to people in the
 * log and on the pull request, and the SDP is the other peer's text.
 */

function escapeData(s: string): string {
  return printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(files: readonly FileReport[]): string {
  const out: string[] = [];
  // Extracted descriptions are annotated where they are in the file.
  for (const f of fileReports(files)) {
    for (const d of f.diagnostics) {
      const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${d.line}`,
        `endLine=${d.endLine}`,
        `col=${d.column}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(`sdp lint: ${d.code}${d.rejectedBy === undefined ? '' : ` (rejected by ${d.rejectedBy.map((r) => r.engine).join(', ')})`}`)}`,
      ];
      const message = [d.message, ...rejectionLines(d.rejectedBy), ...(d.depends === undefined ? [] : [`depends: ${d.depends}`]), ...(d.details ?? []), ...(d.hint === undefined ? [] : [d.hint])].join('\n');
      out.push(`::${command} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return out.join('\n');
}
