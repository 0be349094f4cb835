import type { Diagnostic } from './diagnostic.js';
import { codes, formatMessage, type DiagnosticCode, type MessageParams } from './codes.js';
import type { FieldContext } from '../model/family.js';

/**
 * Collects diagnostics while the model is built. One instance per parse; its
 * `at` method points it at the value being parsed, so the families report
 * value-relative offsets and never deal with line numbers themselves.
 */
export class DiagnosticCollector implements FieldContext {
  readonly diagnostics: Diagnostic[] = [];
  private line = 1;
  private column = 1;

  /** Points reports at the value that starts at this 1-based line and column. */
  at(line: number, column: number): this {
    this.line = line;
    this.column = column;
    return this;
  }

  report(code: DiagnosticCode, params: MessageParams, start: number, end: number): void {
    this.add(code, params, this.line, this.column + start, this.line, this.column + Math.max(end, start));
  }

  add(code: DiagnosticCode, params: MessageParams, line: number, column: number, endLine: number, endColumn: number): void {
    const info = codes[code];
    const d: Diagnostic = { code, severity: info.severity, message: formatMessage(info.message, params), line, column, endLine, endColumn };
    if ('hint' in info) d.hint = info.hint;
    if ('ref' in info) d.ref = info.ref;
    this.diagnostics.push(d);
  }
}
