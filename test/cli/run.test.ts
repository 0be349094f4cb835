import { describe, expect, it } from 'vitest';
import { rulesById } from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { example, memoryHost } from './helpers.js';

const offer = example('chrome-offer.sdp').text;
const answer = example('firefox-answer.sdp').text;
const warning = (rulesById.get('dtls-fingerprint-weak-hash')!.docs.bad as string);
const error = (rulesById.get('ice-credentials-missing')!.docs.bad as string);

const files = {
  'caps/offer.sdp': offer,
  'caps/answer.sdp': answer,
  'caps/old/warn.sdp': warning,
  'bad/error.sdp': error,
  'notes.txt': 'not sdp',
};

describe('run: dispatch, help and usage errors', () => {
  it('prints usage on stderr with exit 2 without a command, and on stdout with --help', async () => {
    const none = await run([], memoryHost(files));
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^usage: sdp <command>/);
    const help = await run(['--help'], memoryHost(files));
    expect(help).toMatchObject({ exitCode: 0, stderr: '' });
    for (const c of ['lint', 'parse', 'format', 'diff', 'explain', 'ice', 'redact', 'inspect']) expect(help.stdout).toContain(`  ${c} `);
  });

  it.each([['lint'], ['diff'], ['inspect']])('prints the help of %s', async (c) => {
    const r = await run([c, '--help'], memoryHost(files));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^usage: sdp ${c} `));
    expect((await run(['help', c], memoryHost(files))).stdout).toBe(r.stdout);
  });

  it('prints the version', async () => {
    expect(await run(['--version'], memoryHost(files))).toEqual({ stdout: '9.9.9', stderr: '', exitCode: 0 });
  });

  it.each([
    [['lnit', 'x'], "sdp: unknown command 'lnit' (did you mean lint?); see sdp --help"],
    [['--frobnicate'], "sdp: unknown option '--frobnicate'; see sdp --help"],
    [['lint', '--frobnicate', 'x.sdp'], "sdp lint: unknown option '--frobnicate'; see sdp lint --help"],
    [['lint', 'nope.sdp'], "sdp lint: cannot read 'nope.sdp': no such file or directory"],
    [['parse', 'caps'], "sdp parse: cannot read 'caps': it is a directory"],
    [['lint', 'caps/*.sdpx'], "sdp lint: no files match 'caps/*.sdpx'"],
    [['diff', 'caps/offer.sdp'], 'sdp diff: missing <answer>: caps/offer.sdp is one description (usage: sdp diff <offer> <answer> | <file> --pick P:K [--json])'],
    [['lint', '-', '-'], 'sdp lint: standard input (-) can be read only once'],
    [['lint', 'caps/offer.sdp', '--max-warnings', 'many'], "sdp lint: --max-warnings takes a whole number of 0 or more (got 'many')"],
    [['lint', 'caps/offer.sdp', '--rule', 'mid-too-long'], "sdp lint: --rule takes <id>=off|warning|error (got 'mid-too-long')"],
    [['lint', 'caps/offer.sdp', '--rule', 'mid-too-long=warn'], "sdp lint: --rule mid-too-long: the setting must be off, warning, error (got 'warn')"],
    [['lint', 'caps/offer.sdp', '--target', 'chromium,opera'], 'sdp lint: --target: unknown lint target `opera`: use `chromium`, `firefox`, `webkit`, `rfc` (comma-separated)'],
    [['lint', 'caps/offer.sdp', '--format', 'xml'], "sdp lint: option --format must be one of stylish, json, sarif, github (got 'xml'); see sdp lint --help"],
    [['explain', 'caps/offer.sdp', '--line', '0'], "sdp explain: --line takes a line number of 1 or more (got '0')"],
    [['inspect', 'caps/offer.sdp'], 'sdp inspect: needs a terminal'],
  ])('%j → exit 2, one line', async (argv, message) => {
    const r = await run(argv, memoryHost(files, { stdin: offer }));
    expect(r).toEqual({ stdout: '', stderr: message, exitCode: 2 });
  });
});

describe('run: lint inputs', () => {
  it('expands globs and directories to .sdp files, in order', async () => {
    const r = await run(['lint', 'caps/*.sdp', 'caps', '--format', 'json'], memoryHost(files));
    const json = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(json.files.map((f) => f.file)).toEqual(['caps/answer.sdp', 'caps/offer.sdp', 'caps/old/warn.sdp']);
    expect(r.exitCode).toBe(0);
  });

  it('reads - from stdin', async () => {
    const r = await run(['lint', '-', '--format', 'json'], memoryHost(files, { stdin: error }));
    const json = JSON.parse(r.stdout) as { files: { file: string; errorCount: number }[] };
    expect(json.files).toMatchObject([{ file: '<stdin>', errorCount: 1 }]);
    expect(r.exitCode).toBe(1);
  });

  it('draws progress for many files only when stderr is a terminal, and clears it', async () => {
    const quiet = memoryHost(files);
    await run(['lint', 'caps'], quiet);
    expect(quiet.progressLines).toEqual([]);
    const tty = memoryHost(files, { stderrIsTTY: true });
    await run(['lint', 'caps'], tty);
    expect(tty.progressLines).toContain('sdp lint: 3/3 caps/old/warn.sdp');
    expect(tty.progressLines.at(-1)).toBe('');
  });

  it('colours stylish output on a terminal unless NO_COLOR is set', async () => {
    const tty = await run(['lint', 'bad/error.sdp'], memoryHost(files, { stdoutIsTTY: true }));
    expect(tty.stdout).toContain('\u001b[31m');
    const no = await run(['lint', 'bad/error.sdp'], memoryHost(files, { stdoutIsTTY: true, env: { NO_COLOR: '1' } }));
    expect(no.stdout).not.toContain('\u001b[');
    expect(no.stdout).toContain('error');
  });
});

describe('run: sdpkit.config.json', () => {
  it('is found in the working directory and applied', async () => {
    const withConfig = { ...files, 'sdpkit.config.json': JSON.stringify({ rules: { 'ice-credentials-missing': 'off' }, format: 'json' }) };
    const r = await run(['lint', 'bad/error.sdp'], memoryHost(withConfig));
    expect(JSON.parse(r.stdout)).toMatchObject({ errorCount: 0 });
    expect(r.exitCode).toBe(0);
  });

  it('takes targets from the config, overridden by --target, and says which targets reject a finding in every format', async () => {
    const longMid = offer.replace(/a=mid:0\r\n/, 'a=mid:a-very-long-mid-value\r\n').replace('BUNDLE 0 ', 'BUNDLE a-very-long-mid-value ');
    const host = (config?: object) => memoryHost({ ...files, 'long.sdp': longMid, ...(config === undefined ? {} : { 'sdpkit.config.json': JSON.stringify(config) }) });
    const stylish = await run(['lint', 'long.sdp'], host());
    expect(stylish.exitCode).toBe(1);
    expect(stylish.stdout).toContain('Chromium rejects it (setRemoteDescription): "The MID attribute exceeds the maximum supported length of 16 characters."');
    expect(stylish.stdout).toContain('Firefox rejects it (setRemoteDescription): "Invalid description, mid length greater than 16"');
    const firefoxOnly = await run(['lint', 'long.sdp', '--format', 'json'], host({ targets: ['chromium'] }));
    expect(firefoxOnly.stdout).toContain('"engine": "chromium"');
    const json = await run(['lint', 'long.sdp', '--format', 'json', '--target', 'firefox'], host({ targets: ['chromium'] }));
    expect(json.stdout).toContain('"engine": "firefox"');
    expect(json.stdout).not.toContain('"engine": "chromium"');
    const sarif = JSON.parse((await run(['lint', 'long.sdp', '--format', 'sarif'], host())).stdout) as { runs: { results: { ruleId: string; properties?: { rejectedBy?: { engine: string }[] } }[] }[] };
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'mid-too-long');
    expect(result?.properties?.rejectedBy?.map((r) => r.engine)).toEqual(['chromium', 'firefox']);
    const github = await run(['lint', 'long.sdp', '--format', 'github'], host());
    expect(github.stdout).toMatch(/^::error .*title=sdp lint%3A mid-too-long \(rejected by chromium%2C firefox\)::.*%0AChromium rejects it/m);
  });

  it('is overridden by the command line', async () => {
    const withConfig = { ...files, 'sdpkit.config.json': JSON.stringify({ rules: { 'ice-credentials-missing': 'off' }, maxWarnings: 0, format: 'json' }) };
    const r = await run(['lint', 'bad/error.sdp', '--rule', 'ice-credentials-missing=error', '--format', 'github'], memoryHost(withConfig));
    expect(r.stdout).toMatch(/^::error /);
    expect(r.exitCode).toBe(1);
    const warn = await run(['lint', 'caps/old/warn.sdp', '--max-warnings', '5'], memoryHost(withConfig));
    expect(warn.exitCode).toBe(0);
    expect((await run(['lint', 'caps/old/warn.sdp'], memoryHost(withConfig))).exitCode).toBe(1);
  });

  it('--config names another file; bad keys are exit 2 with one line each', async () => {
    const withConfig = { ...files, 'ci/lint.json': JSON.stringify({ rulez: {}, rules: { 'no-such-rule': 'off' }, quiet: 'yes' }) };
    const r = await run(['lint', 'caps/offer.sdp', '--config', 'ci/lint.json'], memoryHost(withConfig));
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'sdp lint: ci/lint.json: rules.no-such-rule: unknown rule id `no-such-rule`; see docs/rules.md',
      'sdp lint: ci/lint.json: quiet: expected boolean, got "yes"',
      'sdp lint: ci/lint.json: unknown key `rulez` (did you mean `rules`?); allowed keys: $schema, rules, targets, maxWarnings, format, quiet',
    ]);
  });

  it('--config that does not exist is exit 2', async () => {
    expect(await run(['lint', 'caps/offer.sdp', '-c', 'missing.json'], memoryHost(files))).toEqual({ stdout: '', stderr: "sdp lint: cannot read config 'missing.json': no such file or directory", exitCode: 2 });
  });
});

describe('run: the other commands', () => {
  it('format --write asks to write the file it read; not for stdin', async () => {
    const lf = { 'lf.sdp': offer.replace(/\r\n/g, '\n') };
    const r = await run(['format', 'lf.sdp', '--write'], memoryHost(lf));
    expect(r.writes?.[0]?.path).toBe('lf.sdp');
    expect((await run(['format', '-', '--write'], memoryHost(lf, { stdin: offer }))).exitCode).toBe(2);
  });

  it('ice --remote reads the second file', async () => {
    const r = await run(['ice', 'caps/offer.sdp', '--remote', 'caps/answer.sdp'], memoryHost(files));
    expect(r.stdout).toContain('local role: controlling');
    expect((await run(['ice', 'caps/offer.sdp', '--remote', 'nope.sdp'], memoryHost(files))).stderr).toBe("sdp ice: cannot read 'nope.sdp': no such file or directory");
  });

  it('inspect hands the files to the terminal UI', async () => {
    const host = memoryHost(files);
    const seen: string[] = [];
    const r = await run(['inspect', 'caps/offer.sdp', 'caps/answer.sdp'], { ...host, inspect: async (start) => { if ('offer' in start) seen.push(start.offer.name, start.answer?.name ?? '-'); return { stdout: '', stderr: '', exitCode: 0 }; } });
    expect(r.exitCode).toBe(0);
    expect(seen).toEqual(['caps/offer.sdp', 'caps/answer.sdp']);
  });

  it('turns an internal error into one line with exit 2', async () => {
    const host = memoryHost(files);
    const r = await run(['inspect', 'caps/offer.sdp'], { ...host, inspect: () => { throw new Error('boom'); } });
    expect(r).toEqual({ stdout: '', stderr: 'sdp inspect: internal error: boom (please report it)', exitCode: 2 });
  });
});
