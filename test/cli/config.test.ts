import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/cli/config.js';

function errors(text: string): string[] {
  const r = parseConfig(text, 'sdpkit.config.json');
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('sdpkit.config.json', () => {
  it('accepts every documented key', () => {
    const r = parseConfig(JSON.stringify({ $schema: 'x', rules: { 'mid-too-long': 'off', 'sctpmap-legacy': 'error' }, targets: ['chromium'], maxWarnings: 3, format: 'sarif', quiet: true }), 'c.json');
    expect(r).toEqual({ ok: true, config: { $schema: 'x', rules: { 'mid-too-long': 'off', 'sctpmap-legacy': 'error' }, targets: ['chromium'], maxWarnings: 3, format: 'sarif', quiet: true } });
  });

  it('accepts the old rule ids (chrome-plan-b, …) that rules were renamed from', () => {
    const r = parseConfig(JSON.stringify({ rules: { 'chrome-plan-b': 'off', 'firefox-extmap-id-above-14': 'error' } }), 'c.json');
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an unknown top-level key, with a suggestion', '{"rulez": {}}', 'sdpkit.config.json: unknown key `rulez` (did you mean `rules`?); allowed keys: $schema, rules, targets, maxWarnings, format, quiet'],
    ['an unknown rule id', '{"rules": {"mid-too-lon": "off"}}', 'sdpkit.config.json: rules.mid-too-lon: unknown rule id `mid-too-lon` (did you mean `mid-too-long`?); see docs/rules.md'],
    ['a bad severity', '{"rules": {"mid-too-long": "warn"}}', 'sdpkit.config.json: rules.mid-too-long: expected "off" | "warning" | "error", got "warn"'],
    ['an unknown target', '{"targets": ["chrome-ish"]}', 'sdpkit.config.json: targets.0: expected "chromium" | "firefox" | "webkit" | "rfc", got "chrome-ish"'],
    ['an empty target list', '{"targets": []}', 'sdpkit.config.json: targets: must be at least 1, got []'],
    ['a bad format', '{"format": "xml"}', 'sdpkit.config.json: format: expected "stylish" | "json" | "sarif" | "github", got "xml"'],
    ['a string for a number', '{"maxWarnings": "3"}', 'sdpkit.config.json: maxWarnings: expected number, got "3"'],
    ['a negative number', '{"maxWarnings": -1}', 'sdpkit.config.json: maxWarnings: must be at least 0, got -1'],
    ['not an object', '[]', 'sdpkit.config.json: expected object, got []'],
  ])('names %s', (_name, text, message) => {
    expect(errors(text)).toContain(message);
  });

  it('reports every problem, not only the first', () => {
    expect(errors('{"rulez": 1, "format": 2}')).toHaveLength(2);
  });

  it('reports invalid JSON in one line', () => {
    const [e] = errors('{ "rules": ');
    expect(e).toMatch(/^sdpkit\.config\.json: invalid JSON: /);
    expect(e).not.toContain('\n');
  });
});
