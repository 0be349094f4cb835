import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { extractDescriptions, isRollback, rulesById } from '../../src/index.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { parseCommand } from '../../src/cli/commands/parse.js';
import { inspectChoices, parsePick, readSource } from '../../src/cli/input.js';
import { run, type InspectStart } from '../../src/cli/run.js';
import { Inspector } from '../../src/cli/tui/Inspector.js';
import { nextSelectable } from '../../src/cli/tui/Chooser.js';
import { example, memoryHost, plain, sdp } from './helpers.js';

/*
 * Every command reads every input format through one layer (src/cli/input.ts):
 * plain SDP as before, other formats through extractDescriptions, --pick to
 * choose among several descriptions, and `sdp extract` to list them.
 */

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const FIXTURES = [
  'webrtc-internals-two-pcs.json',
  'webrtc-internals-implicit.json',
  'about-webrtc-history.json',
  'about-webrtc-report.json',
  'about-webrtc-sdp-copy.json',
  'about-webrtc-page.html',
  'log-console.txt',
  'log-server.txt',
  'signalling-messages.json',
  'signalling-offer.json',
] as const;

const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');
const errorSdp = rulesById.get('ice-credentials-missing')!.docs.bad as string;
const warningSdp = rulesById.get('dtls-fingerprint-weak-hash')!.docs.bad as string;
/** Two signalling messages whose descriptions have lint findings. */
const messages = JSON.stringify([{ type: 'offer', sdp: errorSdp }, { type: 'answer', sdp: warningSdp }], null, 2);

const files: Record<string, string> = {
  'offer.sdp': offer.text,
  'answer.sdp': answer.text,
  'messages.json': messages,
  'escaped.txt': JSON.stringify(offer.text),
  'nothing.json': '{"hello": "world"}',
};
for (const name of FIXTURES) files[`fx/${name}`] = fixture(name);

const host = () => memoryHost(files);
const DUMP = 'fx/webrtc-internals-two-pcs.json';

describe('parse, lint and extract read every format', () => {
  it.each(FIXTURES)('%s', async (name) => {
    const path = `fx/${name}`;
    const result = extractDescriptions(files[path]!);
    const n = result.descriptions.length;
    expect(n).toBeGreaterThan(0);

    const listed = await run(['extract', path], host());
    expect(listed.exitCode).toBe(0);
    expect(listed.stdout).toContain(`${path}: `);
    expect(listed.stdout).toContain(`${n} session description${n === 1 ? '' : 's'}`);
    for (const d of result.descriptions) expect(listed.stdout).toContain(d.label);

    const parsed = await run(['parse', path], host());
    if (n === 1) {
      expect(parsed.exitCode).toBe(0);
      expect(parsed.stdout).toMatch(new RegExp(`^${path}#1: \\d+ lines`));
    } else {
      expect(parsed).toEqual({
        stdout: '',
        stderr: expect.stringMatching(new RegExp(`^sdp parse: ${path} holds ${n} session descriptions.*; pick one with --pick N \\(1-${n}\\); sdp extract ${path} lists them$`)),
        exitCode: 2,
      });
      const picked = await run(['parse', path, '--pick', String(n)], host());
      expect(picked.exitCode).toBe(0);
      expect(picked.stdout).toMatch(new RegExp(`^${path}#${n}: \\d+ lines`));
      expect(picked.stderr).toContain(`sdp parse: note: ${path}#${n} is ${result.descriptions[n - 1]!.label}`);
    }

    const linted = await run(['lint', path, '--format', 'json'], host());
    expect(linted.exitCode).not.toBe(2);
    const report = JSON.parse(linted.stdout) as { files: { file: string; label: string }[] };
    // Every description; a rollback is an event and is skipped.
    const described = result.descriptions.filter((d) => !isRollback(d));
    expect(report.files.map((f) => f.file)).toEqual(described.map((d) => `${path}#${d.index + 1}`));
    expect(report.files.map((f) => f.label)).toEqual(described.map((d) => d.label));
  });
});

describe('the input layer', () => {
  it('a plain SDP file behaves exactly as before: same output, no notes', async () => {
    const r = await run(['parse', 'offer.sdp'], host());
    expect(r).toEqual(parseCommand({ name: 'offer.sdp', text: offer.text }, { json: false, color: false }));
    expect(r.stderr).toBe('');
    expect(readSource({ name: 'offer.sdp', text: offer.text }).plain).toBe(true);
    // Text without any SDP still goes to the parser, which says what is wrong with it.
    expect(readSource({ name: 'x', text: 'not sdp' }).plain).toBe(true);
  });

  it('one description in another format is used, with the repairs as notes on stderr', async () => {
    const r = await run(['parse', 'escaped.txt'], host());
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^escaped\.txt#1: 183 lines, 3 media sections/);
    const notes = r.stderr.split('\n');
    expect(notes.every((l) => l.startsWith('sdp parse: note: escaped.txt'))).toBe(true);
    expect(r.stderr).toContain('(extract-unescaped)');
  });

  it('lint reports each description as file#N with its label, and uses the type the source gave', async () => {
    const r = await run(['lint', 'messages.json'], host());
    expect(r.exitCode).toBe(1);
    const out = plain(r.stdout);
    expect(out).toContain('messages.json#1  JSON $[0].sdp · offer · line 4\nmessages.json#1:5:1  error');
    expect(out).toContain('messages.json#2  JSON $[1].sdp · answer · line 8');
    // Known to be an answer: the answer-only rule runs.
    expect(out).toMatch(/messages\.json#2:\d+:\d+ +error +an answer with a=setup:actpass.*dtls-setup-answer-actpass/);
    expect((await run(['lint', 'messages.json', '--type', 'offer'], host())).stdout).not.toContain('dtls-setup-answer-actpass');
    expect((await run(['lint', 'messages.json', '--pick', '2', '--format', 'json'], host())).stdout).not.toContain('messages.json#1');
  });

  it('sarif and github annotations point into the file itself', async () => {
    const r = await run(['lint', 'messages.json', '--format', 'github'], host());
    const lines = messages.split('\n');
    const annotations = r.stdout.split('\n');
    expect(annotations).toHaveLength(3);
    for (const a of annotations) {
      const m = /file=messages\.json,line=(\d+),endLine=\d+,col=(\d+),endColumn=(\d+)/.exec(a)!;
      expect(m).not.toBeNull();
      const text = lines[Number(m[1]) - 1]!.slice(Number(m[2]) - 1, Number(m[3]) - 1);
      if (a.includes('dtls-fingerprint-weak-hash')) expect(text).toBe('sha-1');
      if (a.includes('ice-credentials-missing')) expect(text).toMatch(/^m=audio /);
    }
    const sarif = JSON.parse((await run(['lint', 'messages.json', '--format', 'sarif'], host())).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(new Set(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['messages.json']));
  });

  it('lint --pair takes the offer and answer of each negotiation of a dump', async () => {
    const r = await run(['lint', '--pair', DUMP, '--format', 'json'], host());
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([2, 3, 5, 6, 7, 9].map((n) => `${DUMP}#${n}`));
  });

  it('--quiet hides the notes', async () => {
    expect((await run(['lint', 'messages.json'], host())).stderr).toBe('');
    const r = await run(['lint', DUMP], host());
    // Munging is a finding of the description, in every output format, not a note.
    expect(r.stderr).not.toContain('(extract-munged)');
    expect(r.stdout).toContain('munged-description');
    const implicit = await run(['lint', 'fx/webrtc-internals-implicit.json'], host());
    expect(implicit.stderr).toContain('skipped 1 rollback');
    expect((await run(['lint', 'fx/webrtc-internals-implicit.json', '--quiet'], host())).stderr).toBe('');
    expect((await run(['lint', DUMP, '--quiet'], host())).stderr).toBe('');
  });

  it('format --write refuses to overwrite a dump with one description', async () => {
    const r = await run(['format', 'messages.json', '--pick', '1', '--write'], host());
    expect(r.exitCode).toBe(2);
    expect(r.writes).toBeUndefined();
    expect(r.stderr).toMatch(/^sdp format: --write rewrites plain SDP files only/);
    expect((await run(['format', 'messages.json', '--pick', '1'], host())).exitCode).toBe(0);
  });

  it('redact: one copy per description, named after the file and number', async () => {
    const r = await run(['redact', 'messages.json', '--out-dir', 'out'], host());
    expect(r.writes?.map((w) => w.path)).toEqual(['out/messages-1.sdp', 'out/messages-2.sdp']);
    const printed = await run(['redact', 'messages.json'], host());
    expect(printed.stdout).toContain('==> messages.json#1 <==');
    expect(printed.stdout).toContain('==> messages.json#2 <==');
  });

  it('ice --pick P:K: the peer connection\'s own description is local', async () => {
    const r = await run(['ice', DUMP, '--pick', '2:1'], host());
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^candidates of ${DUMP}#9\\n`));
    expect(r.stdout).toContain(`candidates of ${DUMP}#7 (remote)`);
  });
});

describe('--pick', () => {
  it.each([
    ['7', { kind: 'description', text: '7', number: 7 }],
    ['2:last', { kind: 'negotiation', text: '2:last', pc: 2, negotiation: 'last' }],
    ['pc1:2', { kind: 'negotiation', text: 'pc1:2', pc: 1, negotiation: 2 }],
  ])('parses %s', (text, pick) => {
    expect(parsePick(text)).toEqual(pick);
  });

  it.each(['0', '-1', 'two', '1:', ':2', '1:0', '2.last', '1:2:3'])('rejects %s', (text) => {
    expect(parsePick(text)).toBeUndefined();
  });

  it.each([
    [['parse', DUMP, '--pick', 'x'], "sdp parse: --pick takes N (a description, as sdp extract lists them) or P:K (peer connection P, negotiation K or last) (got 'x')"],
    [['parse', DUMP, '--pick', '10'], `sdp parse: --pick 10: ${DUMP} holds 9 session descriptions (1-9)`],
    [['parse', 'offer.sdp', '--pick', '2'], 'sdp parse: --pick 2: offer.sdp holds 1 session description'],
    [['parse', DUMP, '--pick', '1', '--pick', '2'], 'sdp parse: one file takes one --pick (got 2)'],
    [['parse', DUMP, '--pick', '1:1'], 'sdp parse: --pick 1:1 picks a negotiation (an offer and an answer); parse takes one description: --pick N'],
    [['explain', DUMP], `sdp explain: ${DUMP} holds 9 session descriptions (3 negotiations); pick one with --pick N (1-9); sdp extract ${DUMP} lists them`],
    [['diff', DUMP], `sdp diff: ${DUMP} holds 9 session descriptions (3 negotiations); pick a negotiation with --pick P:K (e.g. --pick 1:last) or descriptions with --pick N (1-9); sdp extract ${DUMP} lists them`],
    [['diff', DUMP, '--pick', '3:1'], `sdp diff: --pick 3:1: ${DUMP} has 2 peer connections (1-2)`],
    [['diff', DUMP, '--pick', '2:2'], `sdp diff: --pick 2:2: PC 2 (https://meet.example.com) has 1 negotiation (1)`],
    [['diff', DUMP, '--pick', '2'], 'sdp diff: --pick 2 picks one description; diff needs an offer and an answer: --pick P:K or --pick N --pick M'],
    [['diff', 'messages.json', '--pick', '1:1'], 'sdp diff: --pick 1:1: messages.json has no peer connections (only webrtc-internals and about:webrtc dumps do); pick descriptions with --pick N'],
    [['diff', 'fx/webrtc-internals-implicit.json', '--pick', '1:3'], 'sdp diff: --pick 1:3: PC 1 (https://call.example.org), negotiation 3: local offer → remote answer (rolled back): there is no answer'],
    [['diff', 'offer.sdp', DUMP, '--pick', '1', '--pick', '2:1'], 'sdp diff: --pick 2:1 picks a negotiation of one file (sdp diff <file> --pick 2:1); with two files, --pick N picks a description of each'],
    [['lint', 'offer.sdp', '--pick', '1', '--pick', '1'], 'sdp lint: 2 --pick options for 1 file: one --pick per file, in order'],
    [['extract', DUMP, '--pick', '1:last'], 'sdp extract: --pick 1:last: extract prints one description: --pick N (the negotiations list gives their numbers)'],
    [['parse', 'nothing.json'], expect.stringMatching(/^sdp parse: nothing\.json: .*\(extract-no-sdp\)$/)],
  ])('%j → exit 2, one line', async (argv, message) => {
    const r = await run(argv, host());
    expect(r).toEqual({ stdout: '', stderr: message, exitCode: 2 });
  });

  it('diff dump --pick 2:last compares PC 2\'s last offer and answer', async () => {
    const r = await run(['diff', DUMP, '--pick', '2:last'], host());
    const ds = extractDescriptions(files[DUMP]!).descriptions;
    // PC 2 answered PC 1's offer: from the dump, it is the controlled side, whatever a later re-offer says.
    const roles = { controlling: 'offerer' as const, reason: 'this peer connection (the answerer) was controlled: the other side made the offer: controlled (RFC 8445 §6.1.1)' };
    const expected = diffCommand({ name: `${DUMP}#7`, text: ds[6]!.sdp }, { name: `${DUMP}#9`, text: ds[8]!.sdp }, { json: false, color: false, roles });
    expect(r.stdout).toBe(expected.stdout);
    expect(r.exitCode).toBe(expected.exitCode);
    expect(r.stdout).toMatch(new RegExp(`^offer ${DUMP}#7 ↔ answer ${DUMP}#9\\n`));
    expect(r.stderr).toBe(`sdp diff: note: --pick 2:last is PC 2 (https://meet.example.com), negotiation 1: remote offer → local answer (#7 ↔ #9)`);
  });

  it('last skips a rolled-back negotiation; N and M pick any two; one negotiation needs no pick', async () => {
    expect((await run(['diff', 'fx/webrtc-internals-implicit.json', '--pick', '1:last'], host())).stdout).toMatch(/^offer fx\/webrtc-internals-implicit\.json#4 ↔ answer fx\/webrtc-internals-implicit\.json#5/);
    expect((await run(['diff', DUMP, '--pick', '5', '--pick', '6'], host())).stdout).toMatch(new RegExp(`^offer ${DUMP}#5 ↔ answer ${DUMP}#6`));
    const only = await run(['diff', 'fx/about-webrtc-report.json', '--json'], host());
    expect(only.exitCode).toBe(0);
    expect(only.stderr).toContain('the only negotiation');
    expect(JSON.parse(only.stdout)).toHaveProperty('verdict');
    // Two files, each with its own --pick, in order.
    expect((await run(['diff', DUMP, 'messages.json', '--pick', '5', '--pick', '2'], host())).stdout).toMatch(new RegExp(`^offer ${DUMP}#5 ↔ answer messages\\.json#2`));
  });
});

describe('sdp extract', () => {
  it('lists the descriptions, the negotiations and what munging changed', async () => {
    const r = await run(['extract', DUMP], host());
    const out = r.stdout;
    expect(out).toMatch(/^fx\/webrtc-internals-two-pcs\.json: chrome:\/\/webrtc-internals dump, 9 session descriptions in 2 peer connections/);
    expect(out).toMatch(/^ {2}# +type +source +munged +repairs +label$/m);
    expect(out).toMatch(/^ {2}2 +offer +webrtc-internals +yes +1 +PC 1 \(https:\/\/meet\.example\.com\) · setLocalDescription offer .*\(munged\)$/m);
    expect(out).toContain('munged from #1: 2 lines added, 1 removed');
    expect(out).toMatch(/^ {8}- a=fmtp:111 minptime=10;useinbandfec=1$/m);
    expect(out).toMatch(/^ {4}1:2 +negotiation 2: local offer → remote answer +offer #5, answer #6 +trickled 0 local, 0 remote$/m);
    expect(out).toMatch(/^ {4}2:1 +negotiation 1: remote offer → local answer +offer #7, answer #9 +trickled 0 local, 1 remote$/m);
    // The timeline: what happened, in order, with the negotiation it belongs to.
    expect(out).toMatch(/^ {4}timeline: 28 events: 2 negotiations, 0 rollbacks, 0 failed calls, 0 ICE restarts, 2 trickled candidates \(14 candidate and other events not listed\)$/m);
    expect(out).toMatch(/^ {6}5\/14\/2024, 12:03:07 PM +1 +state +ICE connection: connected$/m);
    expect(out).toContain('(extract-munged)');
  });

  it('--json prints the extraction result', async () => {
    const r = await run(['extract', DUMP, '--json'], host());
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(extractDescriptions(files[DUMP]!))));
  });

  it('--pick N prints the description byte for byte', async () => {
    const r = await run(['extract', 'fx/log-server.txt', '--pick', '2'], host());
    expect(r).toEqual({ stdout: extractDescriptions(files['fx/log-server.txt']!).descriptions[1]!.sdp, stdoutIs: 'sdp', stderr: '', exitCode: 0 });
  });

  it('--out-dir writes <NN>-<pc>-<type>.sdp, byte-identical to the extracted SDP', async () => {
    const r = await run(['extract', DUMP, '--out-dir', 'out/'], host());
    const ds = extractDescriptions(files[DUMP]!).descriptions;
    expect(r.writes?.map((w) => w.path)).toEqual([
      'out/01-pc1-offer.sdp', 'out/02-pc1-offer.sdp', 'out/03-pc1-answer.sdp', 'out/04-pc1-offer.sdp', 'out/05-pc1-offer.sdp',
      'out/06-pc1-answer.sdp', 'out/07-pc2-offer.sdp', 'out/08-pc2-answer.sdp', 'out/09-pc2-answer.sdp',
    ]);
    r.writes!.forEach((w, i) => expect(w.text).toBe(ds[i]!.sdp));
    const log = await run(['extract', 'fx/log-server.txt', '--out-dir', 'o'], host());
    expect(log.writes?.map((w) => w.path)).toEqual(['o/01-log-description.sdp', 'o/02-escaped-description.sdp', 'o/03-log-description.sdp']);
  });

  it('no description: exit 1 and the reason', async () => {
    const r = await run(['extract', 'nothing.json'], host());
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('0 session descriptions');
    expect(r.stdout).toContain('extract-no-sdp');
  });
});

describe('help', () => {
  it('sdp --help lists extract and the formats; every file command documents --pick', async () => {
    const help = await run(['--help'], host());
    expect(help.stdout).toContain('  extract <file>');
    expect(help.stdout).toContain('--pick N');
    for (const c of ['lint', 'parse', 'format', 'diff', 'explain', 'ice', 'redact', 'inspect', 'extract']) {
      const r = await run([c, '--help'], host());
      expect(r.stdout).toMatch(['lint', 'diff', 'ice', 'redact', 'inspect'].includes(c) ? /-p, --pick <N\|P:K> / : /-p, --pick <N> /);
    }
    const extract = await run(['extract', '--help'], host());
    expect(extract.stdout).toMatch(/^usage: sdp extract <file> \[--out-dir <dir>\]/);
    expect(extract.stdout).toContain('<NN>-<pc>-<type>.sdp');
  });
});

describe('sdp inspect with a dump', () => {
  function inspectHost(seen: InspectStart[]) {
    return { ...host(), inspect: async (start: InspectStart) => { seen.push(start); return { stdout: '', stderr: '', exitCode: 0 as const }; } };
  }

  it('several descriptions and no --pick: the chooser', async () => {
    const seen: InspectStart[] = [];
    expect((await run(['inspect', DUMP], inspectHost(seen))).exitCode).toBe(0);
    const start = seen[0]!;
    expect('choices' in start && start.title).toBe(`${DUMP}: 9 session descriptions in 2 peer connections`);
    expect('choices' in start && start.choices.map((c) => c.label)).toEqual([
      'PC 1 (https://meet.example.com)',
      '  1:1  negotiation 1: local offer → remote answer  #2 ↔ #3',
      '  1:2  negotiation 2: local offer → remote answer  #5 ↔ #6',
      '  #1  createOfferOnSuccess offer · 5/14/2024, 12:03:07 PM',
      '  #2  setLocalDescription offer · 5/14/2024, 12:03:07 PM (munged)',
      '  #3  setRemoteDescription answer · 5/14/2024, 12:03:07 PM',
      '  #4  createOfferOnSuccess offer · 5/14/2024, 12:03:48 PM',
      '  #5  setLocalDescription offer · 5/14/2024, 12:03:48 PM',
      '  #6  setRemoteDescription answer · 5/14/2024, 12:03:48 PM',
      'PC 2 (https://meet.example.com)',
      '  2:1  negotiation 1: remote offer → local answer  #7 ↔ #9',
      '  #7  setRemoteDescription offer · 5/14/2024, 12:04:08 PM',
      '  #8  createAnswerOnSuccess answer · 5/14/2024, 12:04:08 PM',
      '  #9  setLocalDescription answer · 5/14/2024, 12:04:08 PM',
    ]);
  });

  it('--pick opens the pair or the description directly; no terminal is an error after the pick is checked', async () => {
    const seen: InspectStart[] = [];
    await run(['inspect', DUMP, '--pick', '2:last'], inspectHost(seen));
    await run(['inspect', DUMP, '--pick', '4'], inspectHost(seen));
    await run(['inspect', 'fx/signalling-offer.json'], inspectHost(seen));
    expect(seen.map((s) => ('offer' in s ? [s.offer.name, s.answer?.name] : 'chooser'))).toEqual([
      [`${DUMP}#7`, `${DUMP}#9`],
      [`${DUMP}#4`, undefined],
      ['fx/signalling-offer.json#1', undefined],
    ]);
    expect((await run(['inspect', DUMP, '--pick', '12'], host())).stderr).toBe(`sdp inspect: --pick 12: ${DUMP} holds 9 session descriptions (1-9)`);
    expect((await run(['inspect', DUMP], host())).stderr).toBe('sdp inspect: needs a terminal');
  });
});

describe('the inspect chooser (Ink)', () => {
  let instances: { unmount: () => void }[] = [];
  afterEach(() => {
    for (const i of instances) i.unmount();
    instances = [];
  });

  const source = readSource({ name: 'dump.json', text: files[DUMP]! });
  const choices = inspectChoices(source);

  it('moves over the entries that open something, skipping headings', () => {
    expect(nextSelectable(choices, 1, 1)).toBe(2);
    expect(nextSelectable(choices, 8, 1)).toBe(10);
    expect(nextSelectable(choices, 10, -1)).toBe(8);
    expect(nextSelectable(choices, 1, -1)).toBe(1);
    expect(nextSelectable(choices, 1, 100)).toBe(13);
  });

  it('arrows and Enter open the chosen negotiation on the Lines screen', async () => {
    const app = render(createElement(Inspector, { start: { title: 'dump.json: 9 session descriptions', choices }, width: 100, height: 30 }));
    instances.push(app);
    const frame = (): string => plain(app.lastFrame() ?? '');
    const waitFor = async (expected: string): Promise<string> => {
      const deadline = Date.now() + 3000;
      for (;;) {
        const f = frame();
        if (f.includes(expected)) return f;
        if (Date.now() > deadline) throw new Error(`the frame never showed ${expected}:\n${f}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let f = frame();
    expect(f).toContain('dump.json: 9 session descriptions');
    expect(f).toContain('PC 2 (https://meet.example.com)');
    expect(f).toContain('↑↓ jk move  Enter inspect  q quit');
    // From 1:1, eight steps down reach 2:1 (the PC 2 heading is skipped).
    for (let i = 0; i < 8; i++) {
      app.stdin.write('\u001b[B');
      await new Promise((r) => setTimeout(r, 15));
    }
    app.stdin.write('k');
    await new Promise((r) => setTimeout(r, 15));
    app.stdin.write('j');
    await new Promise((r) => setTimeout(r, 15));
    app.stdin.write('\r');
    f = await waitFor('Lines  1/');
    expect(f).toMatch(/^ 1 Lines {2}2 Diff/);
    expect(f).toContain('offer dump.json#7:');
    expect(f).toContain('dump.json#7 ↔ dump.json#9');
  });
});

describe('sdp (process) with dumps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sdp-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extract --out-dir writes files byte-identical to the extracted SDP', () => {
    const out = join(dir, 'out');
    const r = sdp(['extract', `test/fixtures/webrtc-internals-two-pcs.json`, '--out-dir', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`sdp extract: wrote ${out}/09-pc2-answer.sdp`);
    const ds = extractDescriptions(fixture('webrtc-internals-two-pcs.json')).descriptions;
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(ds.length);
    written.forEach((name, i) => expect(readFileSync(join(out, name), 'utf8')).toBe(ds[i]!.sdp));
  });

  it('diff --pick 2:last, parse --pick N and the missing-pick error', () => {
    const diff = sdp(['diff', 'test/fixtures/webrtc-internals-two-pcs.json', '--pick', '2:last']);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^offer test\/fixtures\/webrtc-internals-two-pcs\.json#7 ↔ answer test\/fixtures\/webrtc-internals-two-pcs\.json#9\nverdict: ok/);
    const parse = sdp(['parse', 'test/fixtures/log-console.txt', '--pick', '2']);
    expect(parse.status).toBe(0);
    expect(parse.stdout).toMatch(/^test\/fixtures\/log-console\.txt#2: \d+ lines/);
    const all = sdp(['lint', 'test/fixtures/about-webrtc-history.json', '--format', 'json']);
    expect(all.status).toBe(0);
    const none = sdp(['explain', 'test/fixtures/signalling-messages.json']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('sdp explain: test/fixtures/signalling-messages.json holds 3 session descriptions; pick one with --pick N (1-3); sdp extract test/fixtures/signalling-messages.json lists them\n');
  });
});
