import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint, lintPair, rules, rulesById } from '../../src/lint/index.js';
import type { Diagnostic } from '../../src/parser/diagnostics/diagnostic.js';
import type { Rule } from '../../src/lint/rule.js';
import type { Target } from '../../src/lint/engines.js';

/*
 * The docs examples are the tests (like Biome): every rule reports its bad
 * example at least once and its good example never. Good examples are also
 * kept clean of any error, from any rule or the parser, so the docs never
 * show a "fixed" description that is still broken.
 */

const rulesDir = new URL('../../src/lint/rules/', import.meta.url);

function findingsOf(rule: Rule, example: 'bad' | 'good', targets?: readonly Target[]): Diagnostic[] {
  if (rule.scope === 'document') {
    return lint(rule.docs[example], { type: rule.docs.exampleType, targets });
  }
  const { offer, answer } = rule.docs[example];
  const r = lintPair(offer, answer, { targets });
  return [...r.offer, ...r.answer, ...r.pair];
}

describe('the rule registry', () => {
  it('holds at least 30 rules', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
  });

  it('has one file per rule, named after its id', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(files).toEqual(rules.map((r) => r.id).sort());
  });

  it('has unique kebab-case ids', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...rulesById.keys()].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('documents every rule with a summary, a rationale and an RFC reference', () => {
    for (const r of rules) {
      expect(r.docs.summary.length, r.id).toBeGreaterThan(10);
      expect(r.docs.rationale.length, r.id).toBeGreaterThan(40);
      expect(r.docs.ref, r.id).toMatch(/^RFC \d{4} §\d+(\.\d+)*$/);
    }
  });

  it('exports each rule as `rule` from its file', async () => {
    for (const r of rules) {
      const mod = (await import(new URL(`${r.id}.ts`, rulesDir).href)) as { rule: Rule };
      expect(mod.rule).toBe(r);
    }
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('reports its bad example, at its RFC severity with the target rfc and as an error exactly when a target engine rejects it', () => {
    const strict = findingsOf(rule, 'bad', ['rfc']).filter((d) => d.code === id);
    expect(strict.length).toBeGreaterThan(0);
    for (const d of strict) expect(d.severity).toBe(rule.severity);
    const found = findingsOf(rule, 'bad').filter((d) => d.code === id);
    expect(found.length).toBe(strict.length);
    for (const d of found) {
      if (d.rejectedBy !== undefined) expect(d.severity).toBe('error');
      else if (d.severity === 'error') expect(rule.severity).toBe('error');
      expect(d.ref).toBe(rule.docs.ref);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.endLine).toBe(d.line);
      expect(d.endColumn).toBeGreaterThanOrEqual(d.column);
      expect(d.message).not.toMatch(/undefined|\[object Object\]/);
    }
  });

  it('does not report its good example', () => {
    expect(findingsOf(rule, 'good').filter((d) => d.code === id)).toEqual([]);
  });

  it('has a good example without any error', () => {
    expect(findingsOf(rule, 'good').filter((d) => d.severity === 'error')).toEqual([]);
  });
});
