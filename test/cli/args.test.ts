import { describe, expect, it } from 'vitest';
import { commandHelp, parseArgs, suggest, type CommandSpec } from '../../src/cli/args.js';

const spec: CommandSpec = {
  name: 'demo',
  summary: 'a command for tests',
  usage: 'demo <files…>',
  positionals: { min: 1, max: 2, names: '<files…>' },
  options: [
    { name: 'json', kind: 'boolean', description: 'json' },
    { name: 'format', kind: 'string', short: 'f', value: 'name', choices: ['a', 'b'], description: 'format' },
    { name: 'rule', kind: 'list', value: 'id=x', description: 'rule' },
    { name: 'max-warnings', kind: 'string', value: 'N', description: 'max' },
  ],
};

function ok(argv: string[]) {
  const r = parseArgs(argv, spec);
  if (!r.ok) throw new Error(r.error);
  return r.args;
}

function error(argv: string[]): string {
  const r = parseArgs(argv, spec);
  if (r.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return r.error;
}

describe('parseArgs', () => {
  it.each([
    ['long option with a separate value', ['x.sdp', '--format', 'b'], 'b'],
    ['long option with =', ['--format=a', 'x.sdp'], 'a'],
    ['short alias', ['-f', 'b', 'x.sdp'], 'b'],
    ['the last one wins', ['-f', 'a', '--format', 'b', 'x.sdp'], 'b'],
  ])('%s', (_name, argv, format) => {
    expect(ok(argv).values.get('format')).toBe(format);
  });

  it('keeps positionals in order, `-` as stdin and everything after `--`', () => {
    expect(ok(['-', '--', '--json']).positionals).toEqual(['-', '--json']);
    expect(ok(['a.sdp', '--json', 'b.sdp']).positionals).toEqual(['a.sdp', 'b.sdp']);
  });

  it('collects list options', () => {
    expect(ok(['x', '--rule', 'a=off', '--rule=b=error']).lists.get('rule')).toEqual(['a=off', 'b=error']);
  });

  it.each([
    ['an unknown option, with a suggestion', ['x', '--fromat', 'a'], "unknown option '--fromat' (did you mean --format?)"],
    ['an unknown short option', ['x', '-z'], "unknown option '-z'"],
    ['a missing value', ['x', '--format'], 'option --format needs a value (name)'],
    ['an option as the value', ['x', '--max-warnings', '--json'], 'option --max-warnings needs a value (N)'],
    ['a value outside the choices', ['x', '--format', 'xml'], "option --format must be one of a, b (got 'xml')"],
    ['a value on a boolean', ['x', '--json=yes'], 'option --json takes no value'],
    ['too few positionals', [], 'missing <files…> (usage: sdp demo <files…>)'],
    ['too many positionals', ['a', 'b', 'c'], "too many arguments: 'c' (usage: sdp demo <files…>)"],
  ])('rejects %s', (_name, argv, message) => {
    expect(error(argv)).toBe(message);
  });

  it('accepts --help without positionals', () => {
    expect(ok(['--help']).flags.has('help')).toBe(true);
    expect(ok(['-h']).flags.has('help')).toBe(true);
  });
});

describe('suggest and help', () => {
  it('suggests within two edits only', () => {
    expect(suggest('lnit', ['lint', 'diff'])).toBe('lint');
    expect(suggest('zzzzzz', ['lint', 'diff'])).toBeUndefined();
  });

  it('lists every option with its choices', () => {
    const help = commandHelp(spec);
    expect(help).toContain('usage: sdp demo <files…>');
    expect(help).toContain('-f, --format <name>');
    expect(help).toContain('(a|b)');
    expect(help).toContain('-h, --help');
  });
});
