import type { Diagnostic, Severity } from '../../index.js';

/** What a lint run produced, per file, in the order the files were given. */
export interface FileReport {
  /** The path as the user wrote it (or `<stdin>`). */
  file: string;
  diagnostics: Diagnostic[];
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
