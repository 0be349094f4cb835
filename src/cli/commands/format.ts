import { format, parse } from '../../index.js';
import type { CommandResult, Input } from './result.js';

export interface FormatCommandOptions {
  /** Write the result back to the file instead of printing it. */
  write: boolean;
  /** The path to write to (the input's path); undefined for stdin. */
  path?: string | undefined;
}

/**
 * Canonical SDP (CRLF, RFC 8866 line order, values rebuilt from the typed
 * model). Lines that did not parse are kept as written; errors are counted
 * on stderr so nobody mistakes formatting for fixing.
 */
export function formatCommand(input: Input, options: FormatCommandOptions): CommandResult {
  const { document, diagnostics } = parse(input.text);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const note = errors > 0 ? `sdp format: ${input.name} has ${errors} parse error${errors === 1 ? '' : 's'}; those lines are kept as written (see sdp lint)` : '';
  const text = format(document);
  if (!options.write) return { stdout: text, stdoutIs: 'sdp', stderr: note, exitCode: 0 };
  if (options.path === undefined) return { stdout: '', stderr: 'sdp format: --write needs a file, not stdin', exitCode: 2 };
  const changed = text !== input.text;
  return {
    stdout: '',
    stderr: [note, changed ? '' : `sdp format: ${input.name} is already formatted`].filter((x) => x !== '').join('\n'),
    exitCode: 0,
    writes: changed ? [{ path: options.path, text, note: `sdp format: formatted ${input.name}` }] : [],
  };
}
