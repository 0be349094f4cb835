import type { Diagnostic, InputPosition, Severity } from '../../index.js';

/** What a lint run produced, per file, in the order the files were given. */
export interface FileReport {
  /** The path as the user wrote it (or `<stdin>`); `file#N` for description N extracted from it. */
  file: string;
  diagnostics: Diagnostic[];
  /** For an extracted description: what the extraction called it. */
  label?: string;
  /** For an extracted description: the file it is in and where each of its lines starts there. */
  origin?: { file: string; lineOrigins: readonly InputPosition[] };
}

/**
 * A diagnostic of an extracted description moved to the file that holds it
 * (for SARIF and GitHub annotations, which point into real files): line k
 * starts at lineOrigins[k - 1]; columns are exact unless an escape sequence
 * came earlier on the same line.
 */
export function inFile(d: Diagnostic, lineOrigins: readonly InputPosition[]): Diagnostic {
  const last = lineOrigins[lineOrigins.length - 1];
  if (last === undefined) return d;
  const at = (line: number, column: number): InputPosition => {
    const origin = lineOrigins[Math.min(Math.max(line, 1), lineOrigins.length) - 1]!;
    return { line: origin.line, column: origin.column + Math.max(column, 1) - 1 };
  };
  const start = at(d.line, d.column);
  const end = d.endLine > lineOrigins.length ? at(lineOrigins.length, d.endColumn) : at(d.endLine, d.endColumn);
  const endAfterStart = end.line > start.line || (end.line === start.line && end.column >= start.column);
  return { ...d, line: start.line, column: start.column, endLine: endAfterStart ? end.line : start.line, endColumn: endAfterStart ? end.column : start.column };
}

/** Reports as they point into real files (extracted descriptions mapped back to theirs). */
export function fileReports(files: readonly FileReport[]): FileReport[] {
  return files.map((f) => (f.origin === undefined ? f : { file: f.origin.file, diagnostics: f.diagnostics.map((d) => inFile(d, f.origin!.lineOrigins)) }));
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

export function countReports(files: readonly FileReport[]): Counts {
  return countDiagnostics(files.flatMap((f) => f.diagnostics));
}

/** A rule or parser code as documented by the library (for SARIF's rules list). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  summary: string;
  description?: string;
  ref?: string;
}
