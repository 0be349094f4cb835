import type { Diagnostic } from '../parser/diagnostics/diagnostic.js';
import type { MessageParams } from '../parser/diagnostics/codes.js';
import { extractCodes, extractMessage, type ExtractCode } from './codes.js';
import type { InputPosition, InputRange } from './types.js';

/**
 * Offsets → 1-based line and column in the input. Lines end at CRLF, LF or a
 * lone CR, as the parser counts them; columns count UTF-16 code units.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): InputPosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }

  range(start: number, end: number): InputRange {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  diagnostic(code: ExtractCode, params: MessageParams, start: number, end: number): Diagnostic {
    const info = extractCodes[code];
    return {
      code,
      severity: info.severity,
      message: extractMessage(code, params),
      ...this.range(start, end),
      ...('hint' in info ? { hint: info.hint } : {}),
      ...('ref' in info ? { ref: info.ref } : {}),
    };
  }
}

/**
 * A text the extractor reads and the way back to the input: `at(i)` is the
 * input offset of character i. The input itself maps to itself; a decoded
 * JSON string maps each character to the escape sequence that produced it, so
 * positions found deep inside a double-encoded string still point at the
 * right place of what the user pasted.
 */
export interface View {
  readonly text: string;
  at(offset: number): number;
}

export function rootView(text: string): View {
  return { text, at: (i) => i };
}

/** A view of `text` whose character i came from `parent` offset `map[i]` (map has one entry more than text). */
export function mappedView(parent: View, text: string, map: readonly number[]): View {
  const last = map[map.length - 1] ?? 0;
  return { text, at: (i) => parent.at(map[i] ?? last) };
}

/** The part `[start, end)` of a view, as a view of its own. */
export function sliceView(parent: View, start: number, end: number): View {
  return { text: parent.text.slice(start, end), at: (i) => parent.at(start + i) };
}

/** A diagnostic before it is placed: offsets are input offsets. */
export interface PendingDiagnostic {
  code: ExtractCode;
  params: MessageParams;
  start: number;
  end: number;
}

export function pending(code: ExtractCode, params: MessageParams, start: number, end: number): PendingDiagnostic {
  return { code, params, start, end };
}
