import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../src/cli/commands/result.js';
import { run } from '../../src/cli/run.js';
import { memoryHost } from './helpers.js';
import { CLEAR, EVIL_NAME, RAW, RLO, TITLE, ZWSP, hostileAnswer, hostileOffer } from '../helpers/hostile.js';

/*
 * An SDP is the other peer's text. Every command's human output (stdout,
 * stderr, the notes of files written) must show control, bidi and zero-width
 * characters instead of passing them to the terminal; machine output (SDP to a
 * pipe, JSON, SARIF) keeps the exact value.
 */

const files = { 'offer.sdp': hostileOffer, 'answer.sdp': hostileAnswer, [EVIL_NAME]: hostileOffer, 'dump.log': `offer: ${JSON.stringify({ type: 'offer', sdp: hostileOffer })}\n` };

/** Our own colours, the only escape sequences a command may print. */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[(?:1|2|4|22|24|31|32|33|36|39)m/g;

function shown(r: CommandResult): string {
  return [r.stdout, r.stderr, ...(r.writes ?? []).map((w) => w.note ?? '')].join('\n');
}

type Case = [name: string, argv: string[], options?: { tty?: boolean; color?: boolean; silent?: boolean }];

const CASES: Case[] = [
  ['lint (stylish)', ['lint', 'offer.sdp', EVIL_NAME]],
  ['lint (stylish, colours)', ['lint', 'offer.sdp', EVIL_NAME], { color: true }],
  ['lint --pair (stylish)', ['lint', '--pair', 'offer.sdp', 'answer.sdp']],
  ['lint --format github', ['lint', '--format', 'github', 'offer.sdp', EVIL_NAME]],
  ['explain', ['explain', 'offer.sdp']],
  ['explain (colours)', ['explain', 'offer.sdp'], { color: true }],
  ['explain --line', ['explain', 'offer.sdp', '--line', '3']],
  ['explain --line past the end', ['explain', EVIL_NAME, '--line', '9999']],
  ['parse', ['parse', 'offer.sdp']],
  ['parse of a badly named file', ['parse', EVIL_NAME]],
  ['diff', ['diff', 'offer.sdp', 'answer.sdp']],
  ['diff (colours)', ['diff', 'offer.sdp', 'answer.sdp'], { color: true }],
  ['extract (listing and notes)', ['extract', 'dump.log'], { silent: true }],
  ['extract --pick on a terminal', ['extract', 'dump.log', '--pick', '1'], { tty: true }],
  ['format on a terminal', ['format', 'offer.sdp'], { tty: true }],
  ['redact on a terminal', ['redact', 'offer.sdp', EVIL_NAME], { tty: true }],
  ['redact --out-dir (notes)', ['redact', EVIL_NAME, '--out-dir', `out${CLEAR}`]],
  ['ice', ['ice', 'offer.sdp']],
  ['ice --remote', ['ice', 'offer.sdp', '--remote', 'answer.sdp']],
  ['edit --diff', ['edit', 'offer.sdp', '--drop-candidates', 'tcp', '--diff']],
  ['edit on a terminal', ['edit', 'offer.sdp', '--setup', 'passive'], { tty: true }],
  ['an unknown command', [`lint${CLEAR}`]],
  ['an unknown option', ['lint', `--x${TITLE}`, 'offer.sdp']],
  ['a missing file', ['parse', `missing${TITLE}${RLO}.sdp`]],
  ['a glob that matches nothing', ['lint', `*${CLEAR}.sdp`]],
];

describe('every command shows hostile characters instead of obeying them', () => {
  it('the hostile inputs hold what they should', () => {
    for (const t of [hostileOffer, hostileAnswer]) expect(t).toMatch(RAW);
  });

  it.each(CASES)('%s', async (_name, argv, options = {}) => {
    const host = memoryHost(files, { stdoutIsTTY: options.tty ?? false, env: options.color === true ? { FORCE_COLOR: '1' } : {} });
    const r = await run(argv, host);
    const text = shown(r);
    expect(text.replace(SGR, '')).not.toMatch(RAW);
    if (options.color === true) expect(text).toMatch(SGR);
    // It still said something about the hostile input.
    if (options.silent !== true) expect(text).toMatch(/\\x1B|⟨U\+20[0-2][0-9A-F]⟩|\\x9B/);
  });

  it('the progress line names files shown, not obeyed', async () => {
    const host = memoryHost(files, { stderrIsTTY: true });
    await run(['lint', 'offer.sdp', EVIL_NAME], host);
    expect(host.progressLines.join('\n')).toContain('evil\\x1B]0;pwned-title\\x07⟨U+202E⟩.sdp');
    expect(host.progressLines.join('\n')).not.toMatch(RAW);
  });

  it('the answer with mid `0⟨U+200B⟩` reads differently from the offer\'s `0`', async () => {
    const r = await run(['lint', '--pair', 'offer.sdp', 'answer.sdp'], memoryHost(files));
    expect(r.stdout).toContain("answer m-section 1 has mid `0⟨U+200B⟩`, but the offer's section 1 has mid `0`");
  });
});

describe('colours cannot be forged', () => {
  it('an SGR sequence in the input is shown, while our own colours reach the terminal', async () => {
    const text = hostileOffer.replace(`a=x-link:`, 'a=x-red:\u001b[31mred\r\na=x-link:');
    const r = await run(['explain', 'x.sdp'], memoryHost({ 'x.sdp': text }, { env: { FORCE_COLOR: '1' } }));
    expect(r.stdout).toContain('\\x1B[31mred');
    expect(r.stdout).not.toContain('\u001b[31mred');
    expect(r.stdout).toMatch(SGR);
  });
});

describe('machine output keeps the exact text', () => {
  it('SDP through a pipe: format, redact, extract --pick, edit', async () => {
    for (const argv of [['format', 'offer.sdp'], ['redact', 'offer.sdp'], ['extract', 'dump.log', '--pick', '1'], ['edit', 'offer.sdp', '--setup', 'passive']]) {
      const r = await run(argv, memoryHost(files));
      expect(r.stdout, argv.join(' ')).toContain(CLEAR);
      expect(r.stdout, argv.join(' ')).toContain(`opus${ZWSP}/48000/2`);
    }
  });

  it('JSON and SARIF: the same values, with hidden characters written as \\u escapes', async () => {
    for (const argv of [['parse', 'offer.sdp', '--json'], ['lint', 'offer.sdp', '--format', 'json'], ['lint', 'offer.sdp', '--format', 'sarif'], ['explain', 'offer.sdp', '--json'], ['diff', 'offer.sdp', 'answer.sdp', '--json'], ['ice', 'offer.sdp', '--json'], ['extract', 'dump.log', '--json']]) {
      const r = await run(argv, memoryHost(files));
      expect(r.stdout, argv.join(' ')).not.toMatch(RAW);
      JSON.parse(r.stdout);
    }
    const parsed = JSON.parse((await run(['parse', 'offer.sdp', '--json'], memoryHost(files))).stdout) as { document: { session: { name?: string } } };
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(`${CLEAR}${TITLE}\u009b2J\u007f`).slice(1, -1));
  });
});
