import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../src/lint/engines.js';
import { knowledge } from '../../src/lint/knowledge.js';
import { rules } from '../../src/lint/registry.js';
import { codes } from '../../src/parser/diagnostics/codes.js';

/*
 * The browser knowledge table is data keyed by diagnostic code: every key
 * must name a lint rule or a parser code, and every rejection must say what
 * the browser answers and where it decides it, so a finding can quote both.
 */

/**
 * Rule ids the table already uses while the rules themselves are being
 * renamed or written: the renamed browser-named rules and the new rules.
 * Remove an id from here once its rule is in the registry (the last test
 * below fails as a reminder).
 */
const PENDING_RULE_IDS: readonly string[] = [];

const ruleIds = new Set(rules.map((r) => r.id));
const codeIds = new Set(Object.keys(codes));
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Parser codes take their case from the line: `a=<attribute>` or `<type>=`. */
const LINE_KEY = /^(?:a=[a-z0-9-]+|[a-z]=)$/;

describe('knowledge table', () => {
  it('is keyed by rule ids and parser codes only', () => {
    const unknown = Object.keys(knowledge).filter((k) => !ruleIds.has(k) && !codeIds.has(k) && !PENDING_RULE_IDS.includes(k));
    expect(unknown).toEqual([]);
  });

  it('names its cases in kebab-case, each with a condition and at least one engine', () => {
    const bad: string[] = [];
    for (const [code, cases] of Object.entries(knowledge)) {
      expect(Object.keys(cases).length, code).toBeGreaterThan(0);
      for (const [key, c] of Object.entries(cases)) {
        if (!KEBAB.test(key) && !(codeIds.has(code) && LINE_KEY.test(key))) bad.push(`${code}/${key}: case key is not kebab-case`);
        if (c.condition.trim() === '') bad.push(`${code}/${key}: empty condition`);
        if (!ENGINES.some((e) => c[e] !== undefined)) bad.push(`${code}/${key}: no engine`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every rejection an error text and a source', () => {
    const missing: string[] = [];
    for (const [code, cases] of Object.entries(knowledge)) {
      for (const [key, c] of Object.entries(cases)) {
        for (const engine of ENGINES) {
          const b = c[engine];
          if (b === undefined || b.verdict !== 'rejects') continue;
          if (b.error === undefined || b.error.trim() === '') missing.push(`${code}/${key}/${engine}: no error`);
          if (b.source === undefined || b.source.trim() === '') missing.push(`${code}/${key}/${engine}: no source`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists in PENDING_RULE_IDS only ids that are not yet rules', () => {
    expect(PENDING_RULE_IDS.filter((id) => ruleIds.has(id) || codeIds.has(id))).toEqual([]);
  });
});
