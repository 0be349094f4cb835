import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/parser/diagnostics/diagnostic.js';

/*
 * Table tests in the shape of eslint's RuleTester: per subject (a lint rule,
 * a parser field), a list of valid inputs that give no finding and a list of
 * invalid ones with every finding written out as `code line:column-endColumn`
 * (1-based, endColumn one past the last character, one line). Expected spans
 * are written by hand from the input, never copied from the output: where
 * they disagree, the code is wrong.
 */

/** One finding as the tables write it: `code line:column-endColumn`. */
export function span(d: Diagnostic): string {
  return `${d.code} ${d.line}:${d.column}-${d.endColumn}`;
}

export interface ValidCase<I> {
  /** What the case shows; shown as the test name. */
  readonly name: string;
  readonly input: I;
}

export interface InvalidCase<I> extends ValidCase<I> {
  /** Every finding, in any order: `code line:column-endColumn`. */
  readonly errors: readonly string[];
  /** A fragment the first finding's message must contain. */
  readonly message?: string;
}

export interface Table<I> {
  readonly valid: readonly ValidCase<I>[];
  readonly invalid: readonly InvalidCase<I>[];
}

/**
 * Runs a table under `describe(title)`. `run` returns the findings to compare
 * (already narrowed to the subject, e.g. one rule's code); each must span one
 * line, and an invalid case must list all of them.
 */
export function tableTest<I>(title: string, run: (input: I) => readonly Diagnostic[], table: Table<I>): void {
  describe(title, () => {
    if (table.valid.length > 0) {
      it.each(table.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
        expect(run(c.input).map(span)).toEqual([]);
      });
    }
    if (table.invalid.length > 0) {
      it.each(table.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
        const found = run(c.input);
        for (const d of found) expect(d.endLine, `${span(d)} spans one line`).toBe(d.line);
        expect(found.map(span).sort()).toEqual([...c.errors].sort());
        if (c.message !== undefined) expect(found[0]?.message).toContain(c.message);
      });
    }
  });
}
