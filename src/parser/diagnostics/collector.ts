import type { Diagnostic } from './diagnostic.js';
import { codes, formatMessage, type DiagnosticCode, type MessageParams } from './codes.js';
import type { FieldContext } from '../model/family.js';

/**
 * Collects diagnostics while the model is built. One instance per parse; its
 * `at` method points it at the value being parsed, so the families report
 * value-relative offsets and never deal with line numbers themselves.
 */
export class DiagnosticCollector implements FieldContext {
  /**
   * At most this many diagnostics of one code are kept; the rest are counted
   * and summed up by `finish`. Ten million blank lines must not become ten
   * million objects (RFC-valid or not, hostile input is still input).
   */
  static readonly limitPerCode = 100;
  readonly diagnostics: Diagnostic[] = [];
  private line = 1;
  private column = 1;
  private readonly counts = new Map<string, number>();
  private readonly firstDropped = new Map<string, Diagnostic>();

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
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count > DiagnosticCollector.limitPerCode) {
      if (count === DiagnosticCollector.limitPerCode + 1) {
        this.firstDropped.set(code, { code, severity: codes[code].severity, message: '', line, column, endLine, endColumn });
      }
      return;
    }
    const info = codes[code];
    const d: Diagnostic = { code, severity: info.severity, message: formatMessage(info.message, params), line, column, endLine, endColumn };
    if ('hint' in info) d.hint = info.hint;
    if ('ref' in info) d.ref = info.ref;
    this.diagnostics.push(d);
  }

  /** Adds one `diagnostics-truncated` summary per code that went over the limit. */
  finish(): Diagnostic[] {
    for (const [code, first] of this.firstDropped) {
      const dropped = (this.counts.get(code) ?? 0) - DiagnosticCollector.limitPerCode;
      const d: Diagnostic = {
        code: 'diagnostics-truncated',
        severity: first.severity,
        message: formatMessage(codes['diagnostics-truncated'].message, { count: dropped, code, limit: DiagnosticCollector.limitPerCode }),
        line: first.line,
        column: first.column,
        endLine: first.endLine,
        endColumn: first.endColumn,
      };
      this.diagnostics.push(d);
    }
    this.firstDropped.clear();
    return this.diagnostics;
  }
}
