import { describe, expect, it } from 'vitest';
import { parse, rulesById, type PairExample } from '../../src/index.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { explainCommand } from '../../src/cli/commands/explain.js';
import { formatCommand } from '../../src/cli/commands/format.js';
import { iceCommand } from '../../src/cli/commands/ice.js';
import { lintCommand, type LintCommandOptions } from '../../src/cli/commands/lint.js';
import { parseCommand } from '../../src/cli/commands/parse.js';
import { redactCommand } from '../../src/cli/commands/redact.js';
import { corpusFiles, hasCorpus, readCorpus } from '../helpers/corpus.js';
import { checkSarifShape, example, plain, type SarifLog } from './helpers.js';

const offer = example('chrome-offer.sdp');
const answer = example('firefox-answer.sdp');

function bad(id: string): string {
  const docs = rulesById.get(id)?.docs;
  if (docs === undefined || typeof docs.bad !== 'string') throw new Error(`no document rule ${id}`);
  return docs.bad;
}

function badPair(id: string): PairExample {
  const docs = rulesById.get(id)?.docs;
  if (docs === undefined || typeof docs.bad === 'string') throw new Error(`no pair rule ${id}`);
  return docs.bad;
}

const lintDefaults: LintCommandOptions = { format: 'stylish', rules: {}, quiet: false, pair: false, color: false, version: '0.0.0' };
const errorFile = { name: 'bad-error.sdp', text: bad('ice-credentials-missing') };
const warningFile = { name: 'bad-warning.sdp', text: bad('dtls-fingerprint-weak-hash') };

describe('sdp lint (command)', () => {
  it('is silent with exit 0 for the clean examples', () => {
    expect(lintCommand([offer, answer], lintDefaults)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(lintCommand([offer, answer], { ...lintDefaults, pair: true })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('exits 1 on an error, 0 on warnings alone', () => {
    const r = lintCommand([errorFile, warningFile], lintDefaults);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^bad-error\.sdp\nbad-error\.sdp:\d+:\d+ +error +.+ ice-credentials-missing$/m);
    expect(r.stdout).toMatch(/^bad-warning\.sdp:\d+:\d+ +warning +.+ dtls-fingerprint-weak-hash$/m);
    expect(lintCommand([warningFile], lintDefaults).exitCode).toBe(0);
  });

  it('exits 1 when warnings pass --max-warnings, and says so on stderr', () => {
    expect(lintCommand([warningFile], { ...lintDefaults, maxWarnings: 1 }).exitCode).toBe(0);
    const r = lintCommand([warningFile], { ...lintDefaults, maxWarnings: 0 });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('sdp lint: 1 warnings, more than --max-warnings 0');
  });

  it('applies --rule settings, and reports an unknown rule id as a usage error', () => {
    expect(lintCommand([errorFile], { ...lintDefaults, rules: { 'ice-credentials-missing': 'off' } })).toMatchObject({ stdout: '', exitCode: 0 });
    expect(lintCommand([warningFile], { ...lintDefaults, rules: { 'dtls-fingerprint-weak-hash': 'error' } }).exitCode).toBe(1);
    const r = lintCommand([offer], { ...lintDefaults, rules: { 'no-such-rule': 'off' } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^sdp lint: unknown lint rule `no-such-rule`; valid rule ids: .*mid-too-long/);
    expect(r.stderr).not.toContain('\n');
  });

  it('--quiet shows errors only', () => {
    const r = lintCommand([errorFile, warningFile], { ...lintDefaults, quiet: true });
    expect(r.stdout).toContain('ice-credentials-missing');
    expect(r.stdout).not.toContain('dtls-fingerprint-weak-hash');
  });

  it('--pair runs the pair rules and puts their findings on the answer', () => {
    const { offer: o, answer: a } = badPair('answer-direction');
    const inputs = [{ name: 'o.sdp', text: o }, { name: 'a.sdp', text: a }];
    expect(lintCommand(inputs, lintDefaults).stdout).not.toContain('answer-direction');
    const r = lintCommand(inputs, { ...lintDefaults, pair: true, format: 'json' });
    const json = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { code: string }[] }[] };
    expect(json.files.find((f) => f.file === 'a.sdp')?.diagnostics.map((x) => x.code)).toContain('answer-direction');
    expect(r.exitCode).toBe(1);
  });

  it('--pair needs files two by two and no --type', () => {
    expect(lintCommand([offer], { ...lintDefaults, pair: true })).toMatchObject({ exitCode: 2, stderr: 'sdp lint: --pair takes files two by two (offer answer [offer answer …]); got 1' });
    expect(lintCommand([offer, answer], { ...lintDefaults, pair: true, type: 'offer' }).exitCode).toBe(2);
  });

  it('--type runs the offer/answer-only rules', () => {
    const text = bad('dtls-setup-answer-actpass');
    expect(lintCommand([{ name: 'x.sdp', text }], lintDefaults).stdout).not.toContain('dtls-setup-answer-actpass');
    expect(lintCommand([{ name: 'x.sdp', text }], { ...lintDefaults, type: 'answer' }).stdout).toContain('dtls-setup-answer-actpass');
  });

  it('writes valid SARIF for the corpus', () => {
    const inputs = corpusFiles().map((f) => ({ name: `corpus/${f.name}`, text: f.text }));
    const r = lintCommand(inputs.length > 0 ? inputs : [errorFile], { ...lintDefaults, format: 'sarif' });
    const log = JSON.parse(r.stdout) as SarifLog;
    checkSarifShape(log);
    expect(log.runs[0]!.results.length).toBeGreaterThan(0);
    expect(r.exitCode).toBe(1);
  });

  it('writes github annotations', () => {
    const r = lintCommand([errorFile], { ...lintDefaults, format: 'github' });
    expect(r.stdout).toMatch(/^::error file=bad-error\.sdp,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=sdp lint%3A ice-credentials-missing( \(rejected by [a-z%0-9C ]+\))?::/);
  });

  it('reports progress after each file', () => {
    const seen: string[] = [];
    lintCommand([offer, answer], { ...lintDefaults, onProgress: (done, total, file) => seen.push(`${done}/${total} ${file}`) });
    expect(seen).toEqual(['1/2 examples/chrome-offer.sdp', '2/2 examples/firefox-answer.sdp']);
  });
});

describe('sdp parse (command)', () => {
  it('outlines the model', () => {
    const r = parseCommand(answer, { json: false, color: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('examples/firefox-answer.sdp: 85 lines, 3 media sections');
    expect(r.stdout).toContain('m-section 1 (audio, mid 0): port 56789 UDP/TLS/RTP/SAVPF sendrecv');
    expect(r.stdout).toContain('candidates: 3 (end-of-candidates)');
  });

  it('prints the typed model as JSON, the session id with all its digits', () => {
    const r = parseCommand(offer, { json: true, color: false });
    const json = JSON.parse(r.stdout) as { document: { session: { origin: { sessionId: string } } }; diagnostics: unknown[] };
    expect(json.document.session.origin.sessionId).toBe('4611731400430051336');
    expect(json.diagnostics).toEqual([]);
  });

  it.runIf(hasCorpus)('lists parser diagnostics in the outline', () => {
    const r = parseCommand({ name: 'BaseSDP.sdp', text: readCorpus('pion-sdp/BaseSDP.sdp') }, { json: false, color: false });
    expect(r.stdout).toMatch(/error 1:1 missing `t=` line .*\(missing-line\)/);
  });
});

describe('sdp format (command)', () => {
  it('prints canonical SDP that parses to the same values', () => {
    const r = formatCommand(offer, { write: false });
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    expect(parse(r.stdout).document.media).toEqual(parse(offer.text).document.media.map((m) => ({ ...m, lines: expect.anything() as unknown })));
  });

  it('asks for a write only when the text changes', () => {
    const lf = { name: 'lf.sdp', text: offer.text.replace(/\r\n/g, '\n') };
    expect(formatCommand(lf, { write: true, path: 'lf.sdp' }).writes).toEqual([{ path: 'lf.sdp', text: formatCommand(lf, { write: false }).stdout, note: 'sdp format: formatted lf.sdp' }]);
    const canonical = { name: 'c.sdp', text: formatCommand(offer, { write: false }).stdout };
    expect(formatCommand(canonical, { write: true, path: 'c.sdp' })).toMatchObject({ writes: [], stderr: 'sdp format: c.sdp is already formatted' });
    expect(formatCommand(offer, { write: true, path: undefined }).exitCode).toBe(2);
  });

  it.runIf(hasCorpus)('warns that parse errors are kept as written', () => {
    const r = formatCommand({ name: 'invalid.sdp', text: readCorpus('sdp-transform/invalid.sdp') }, { write: false });
    expect(r.stderr).toBe('sdp format: invalid.sdp has 1 parse error; those lines are kept as written (see sdp lint)');
    expect(r.stdout).toContain('f=invalid:yes');
  });
});

describe('sdp diff (command)', () => {
  it('shows the negotiation per m-section', () => {
    const r = diffCommand(offer, answer, { json: false, color: false });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('verdict: ok');
    expect(r.stdout).toContain('audio mid 0: accepted (offer line 8, answer line 9)');
    expect(r.stdout).toMatch(/opus\/48000\/2 +111 +accepted/);
    expect(r.stdout).toMatch(/AV1\/90000 +45 +dropped +not in the answer/);
    expect(r.stdout).toContain('DTLS  setup actpass ↔ active: client answerer, server offerer');
  });

  it('exits 1 when the verdict is failed', () => {
    const { offer: o, answer: a } = badPair('answer-codec-not-offered');
    const r = diffCommand({ name: 'o', text: o }, { name: 'a', text: a }, { json: true, color: false });
    const json = JSON.parse(r.stdout) as { verdict: { status: string } };
    expect(r.exitCode).toBe(json.verdict.status === 'failed' ? 1 : 0);
    expect(diffCommand(answer, offer, { json: false, color: false }).exitCode).toBe(1);
  });
});

describe('sdp explain (command)', () => {
  it('explains every line', () => {
    const r = explainCommand(answer, { json: false, color: false });
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(85 * 2);
    expect(lines[0]).toBe(' 1  v=0');
    expect(lines[1]).toMatch(/^ {4}Protocol version: .*\[RFC 8866 §5\.1\]$/);
  });

  it('explains one line in full with its fields', () => {
    const r = explainCommand(offer, { line: 11, json: false, color: false });
    expect(r.stdout).toMatch(/^line 11: a=candidate:1467250027 /);
    expect(r.stdout).toContain('  priority = 2122260223: type preference 126');
  });

  it('adds the problems found on that line', () => {
    const r = explainCommand({ name: 'x', text: bad('mid-too-long') }, { line: 6, json: true, color: false });
    const json = JSON.parse(r.stdout) as { explanation: { line: number }; diagnostics: { code: string; line: number }[] };
    expect(json.explanation.line).toBe(6);
    expect(json.diagnostics.every((d) => d.line === 6)).toBe(true);
  });

  it('exits 2 for a line that does not exist', () => {
    expect(explainCommand(answer, { line: 500, json: false, color: false })).toEqual({ stdout: '', stderr: 'sdp explain: examples/firefox-answer.sdp has no line 500 (it has 85 lines)', exitCode: 2 });
  });
});

describe('sdp ice (command)', () => {
  it('describes candidates with decoded priority, address class and stack', () => {
    const r = iceCommand(offer, { json: false, color: false });
    expect(r.stdout).toMatch(/udp +host +192\.168\.1\.23:51372 +private +2122260223 +126\/32542\/1 +libwebrtc \(high\)/);
    expect(r.stdout).not.toContain('check list');
    // The relay's TURN transport, from libwebrtc's relay type preference 2, on a row of its own.
    expect(r.stdout).toMatch(/udp +relay +198\.51\.100\.20:61284 .*\n +relay via TURN\/UDP or TURN\/DTLS \(RFC 8656 §3\.1\)$/m);
  });

  it('builds the check list with the offer as controlling agent', () => {
    const r = iceCommand(offer, { remote: answer, json: false, color: false });
    expect(r.stdout).toContain('local role: controlling');
    expect(r.stdout).toMatch(/1 +Waiting +9115005270282354175 +host 192\.168\.1\.23:51372 +→ +host 192\.168\.1\.50:56789 +1467250027\/0/);
    expect(r.stdout).toContain('audio mid 0: 6 pairs, 2 pruned (2 redundant)');
  });

  it('takes the answer as controlled, unless --role says otherwise', () => {
    expect(iceCommand(answer, { remote: offer, json: false, color: false }).stdout).toContain('local role: controlled');
    expect(iceCommand(answer, { remote: offer, role: 'controlling', json: false, color: false }).stdout).toContain('local role: controlling (given with --role)');
  });

  it('writes pair priorities as strings in JSON', () => {
    const json = JSON.parse(iceCommand(offer, { remote: answer, json: true, color: false }).stdout) as { checkLists: { checkList?: { pairs: { priority: unknown }[] } }[] };
    expect(json.checkLists[0]!.checkList!.pairs[0]!.priority).toBe('9115005270282354175');
  });

  it('needs a role when neither file says which is the offer, and --remote for --role', () => {
    const noSetup = { name: 'n.sdp', text: offer.text.replace(/a=setup:actpass\r\n/g, '') };
    expect(iceCommand(noSetup, { remote: { ...noSetup, name: 'm.sdp' }, json: false, color: false }).exitCode).toBe(2);
    expect(iceCommand(offer, { role: 'controlled', json: false, color: false }).exitCode).toBe(2);
  });
});

describe('sdp redact (command)', () => {
  it('prints one redacted copy byte for byte', () => {
    const r = redactCommand([offer], {});
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('192.168.1.23');
    expect(r.stdout.split('\r\n')).toHaveLength(offer.text.split('\r\n').length);
    expect(r.stderr).toMatch(/^sdp redact: redacted .*ipv4/);
  });

  it('prints several copies with one mapping, each after a header', () => {
    const r = redactCommand([offer, answer], {});
    const [first, second] = r.stdout.split(/^==> .* <==\n/m).filter((x) => x !== '');
    expect(r.stdout).toMatch(/^==> examples\/chrome-offer\.sdp <==\n/);
    expect(r.stdout).toContain('\n==> examples/firefox-answer.sdp <==\n');
    expect(plain(first!)).not.toContain('192.168.1.50');
    expect(second).not.toContain('192.168.1.50');
  });

  it('writes each copy to --out-dir, refusing two files of the same name', () => {
    const r = redactCommand([offer, answer], { outDir: 'out/' });
    expect(r.writes?.map((w) => w.path)).toEqual(['out/chrome-offer.sdp', 'out/firefox-answer.sdp']);
    expect(r.stdout).toBe('');
    expect(redactCommand([offer, { ...offer, name: 'other/chrome-offer.sdp' }], { outDir: 'out' }).exitCode).toBe(2);
    expect(redactCommand([{ name: '<stdin>', text: offer.text }], { outDir: 'o' }).writes?.[0]?.path).toBe('o/stdin.sdp');
  });
});
