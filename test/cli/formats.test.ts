import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index.js';
import { colorEnabled, paint, withColors } from '../../src/cli/color.js';
import { ruleCatalogue } from '../../src/cli/commands/lint.js';
import { formatGithub } from '../../src/cli/format/github.js';
import { formatJson } from '../../src/cli/format/json.js';
import type { FileReport } from '../../src/cli/format/report.js';
import { SARIF_SCHEMA, formatSarif, pathToUri } from '../../src/cli/format/sarif.js';
import { formatStylish } from '../../src/cli/format/stylish.js';
import { bigintReplacer, toJson } from '../../src/cli/json.js';
import { checkSarifShape, type SarifLog } from './helpers.js';

const d = (over: Partial<Diagnostic>): Diagnostic => ({ code: 'mid-too-long', severity: 'error', message: 'too long', line: 3, column: 5, endLine: 3, endColumn: 9, ...over });

const files: FileReport[] = [
  { file: 'caps/offer.sdp', diagnostics: [d({}), d({ code: 'sctpmap-legacy', severity: 'warning', message: 'legacy, 50%', line: 7, endLine: 7, column: 1, hint: 'use a=sctp-port' })] },
  { file: 'clean.sdp', diagnostics: [] },
  { file: 'my dir/answer.sdp', diagnostics: [d({ code: 'lf-line-endings', severity: 'info', message: 'LF: a,b', line: 1, endLine: 1, column: 4, endColumn: 4 })] },
];

describe('colours', () => {
  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['an empty NO_COLOR', { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR on a pipe', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR over NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false],
  ])('%s', (_name, env, tty, expected) => {
    expect(colorEnabled(env, tty)).toBe(expected);
  });
});

describe('stylish', () => {
  it('groups by file, one `file:line:col severity message rule-id` line each, then a summary', () => {
    const out = formatStylish(files, paint(false));
    expect(out).toBe([
      'caps/offer.sdp',
      'caps/offer.sdp:3:5  error    too long  mid-too-long',
      'caps/offer.sdp:7:1  warning  legacy, 50%  sctpmap-legacy',
      '                             hint: use a=sctp-port',
      '',
      'my dir/answer.sdp',
      'my dir/answer.sdp:1:4  info     LF: a,b  lf-line-endings',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info)',
    ].join('\n'));
  });

  it('colours only when asked', () => {
    expect(formatStylish(files, paint(false))).not.toContain('\u001b[');
    const coloured = withColors(formatStylish(files, paint(true)));
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
  });

  it('says nothing when there is nothing to say', () => {
    expect(formatStylish([{ file: 'a.sdp', diagnostics: [] }], paint(true))).toBe('');
  });
});

describe('json', () => {
  it('has counts per file and in total', () => {
    const parsed = JSON.parse(formatJson(files)) as { files: { file: string; errorCount: number; diagnostics: Diagnostic[] }[]; errorCount: number; warningCount: number; infoCount: number };
    expect(parsed.files.map((f) => [f.file, f.errorCount, f.diagnostics.length])).toEqual([['caps/offer.sdp', 1, 2], ['clean.sdp', 0, 0], ['my dir/answer.sdp', 0, 1]]);
    expect([parsed.errorCount, parsed.warningCount, parsed.infoCount]).toEqual([1, 1, 1]);
  });

  it('writes bigints as strings', () => {
    expect(toJson({ p: 9115005270282354175n })).toBe('{\n  "p": "9115005270282354175"\n}');
    expect(bigintReplacer('', 1n)).toBe('1');
  });
});

describe('github annotations', () => {
  it('one workflow command per problem, escaped', () => {
    expect(formatGithub(files).split('\n')).toEqual([
      '::error file=caps/offer.sdp,line=3,endLine=3,col=5,endColumn=9,title=sdp lint%3A mid-too-long::too long',
      '::warning file=caps/offer.sdp,line=7,endLine=7,col=1,endColumn=9,title=sdp lint%3A sctpmap-legacy::legacy, 50%25%0Ause a=sctp-port',
      '::notice file=my dir/answer.sdp,line=1,endLine=1,col=4,endColumn=4,title=sdp lint%3A lf-line-endings::LF: a,b',
    ]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(files, { version: '1.2.3', rules: ruleCatalogue() })) as SarifLog;

  it('has the SARIF 2.1.0 shape', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    checkSarifShape(log);
  });

  it('lists every lint rule and parser code with its default level', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.find((r) => r.id === 'mid-too-long')?.defaultConfiguration.level).toBe('error');
    expect(rules.find((r) => r.id === 'lf-line-endings')?.defaultConfiguration.level).toBe('note');
    expect(rules.length).toBe(ruleCatalogue().length);
  });

  it('maps each problem to a result with its place', () => {
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([['mid-too-long', 'error'], ['sctpmap-legacy', 'warning'], ['lf-line-endings', 'note']]);
    expect(results[0]!.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'caps/offer.sdp', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 } });
    expect(results[2]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('my%20dir/answer.sdp');
  });

  it('adds a bare rule for a code it does not know', () => {
    const out = JSON.parse(formatSarif([{ file: 'a.sdp', diagnostics: [d({ code: 'brand-new' })] }], { version: '1', rules: [] })) as SarifLog;
    checkSarifShape(out);
    expect(out.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['brand-new']);
  });

  it.each([
    ['./a/b.sdp', { uri: 'a/b.sdp', uriBaseId: '%SRCROOT%' }],
    ['a\\b c.sdp', { uri: 'a/b%20c.sdp', uriBaseId: '%SRCROOT%' }],
    ['/tmp/x#1.sdp', { uri: 'file:///tmp/x%231.sdp' }],
    ['C:\\caps\\x.sdp', { uri: 'file:///C:/caps/x.sdp' }],
    ['<stdin>', { uri: 'stdin' }],
  ])('turns %s into a URI', (path, expected) => {
    expect(pathToUri(path)).toEqual(expected);
  });
});
