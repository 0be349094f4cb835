import { explain, explainLine, lint, type DescriptionType } from '../../index.js';
import { paint } from '../color.js';
import { toJson } from '../json.js';
import { explanationRows, lineDetailRows } from '../views/explain.js';
import { renderRows } from '../views/rows.js';
import type { CommandResult, Input } from './result.js';

export interface ExplainCommandOptions {
  /** Only this 1-based line, in full, with the problems lint finds on it. */
  line?: number | undefined;
  type?: DescriptionType | undefined;
  json: boolean;
  color: boolean;
}

export function explainCommand(input: Input, options: ExplainCommandOptions): CommandResult {
  const explainOptions = options.type === undefined ? {} : { type: options.type };
  const p = paint(options.color);
  if (options.line !== undefined) {
    const e = explainLine(input.text, options.line, explainOptions);
    if (e === undefined) {
      const count = explain(input.text, explainOptions).length;
      return { stdout: '', stderr: `sdp explain: ${input.name} has no line ${options.line} (it has ${count} line${count === 1 ? '' : 's'})`, exitCode: 2 };
    }
    const diagnostics = lint(input.text, explainOptions).filter((d) => d.line === options.line);
    if (options.json) return { stdout: toJson({ explanation: e, diagnostics }), stdoutIs: 'data', stderr: '', exitCode: 0 };
    return { stdout: renderRows(lineDetailRows(e, diagnostics), p), stderr: '', exitCode: 0 };
  }
  const all = explain(input.text, explainOptions);
  if (options.json) return { stdout: toJson(all), stdoutIs: 'data', stderr: '', exitCode: 0 };
  return { stdout: renderRows(explanationRows(all), p), stderr: '', exitCode: 0 };
}
