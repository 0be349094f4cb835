import { toJson } from '../json.js';
import { countDiagnostics, countReports, type FileReport } from './report.js';

/** Machine-readable results: per file, its counts and diagnostics as the library returned them. */
export function formatJson(files: readonly FileReport[]): string {
  const total = countReports(files);
  return toJson({
    files: files.map((f) => {
      const c = countDiagnostics(f.diagnostics);
      return { file: f.file, ...(f.label === undefined ? {} : { label: f.label }), errorCount: c.errors, warningCount: c.warnings, infoCount: c.infos, diagnostics: f.diagnostics };
    }),
    errorCount: total.errors,
    warningCount: total.warnings,
    infoCount: total.infos,
  });
}
