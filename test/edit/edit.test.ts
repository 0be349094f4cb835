import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { edit, parse, print, safeEdit } from '../../src/index.js';
import type { EditOp, SdpDocument } from '../../src/index.js';
import { corpusFiles, hasCorpus } from '../helpers/corpus.js';
import { changed as lineChanges, textLines } from '../helpers/line-diff.js';

/*
 * Editing keeps every byte it was not asked to change. Expected lines are
 * written by hand from examples/ (1-based line numbers in comments).
 */
const offer = readFileSync(new URL('../../examples/chrome-offer.sdp', import.meta.url), 'utf8');
const answer = readFileSync(new URL('../../examples/firefox-answer.sdp', import.meta.url), 'utf8');
const doc = (text: string): SdpDocument => parse(text).document;
const changed = (before: string, after: string): { added: string[]; removed: string[] } => lineChanges(before, after);

const indexOfLine = (d: SdpDocument, text: string): number => d.lines.findIndex((l) => l.source?.text === text);

describe('edit: only what was asked changes', () => {
  it('replace a=setup in the audio section: one line changes, the views follow', () => {
    const d = doc(offer);
    const at = indexOfLine(d, 'a=setup:actpass');
    const { document, text } = edit(d, [{ op: 'replace', line: at, with: { type: 'a', name: 'setup', value: 'active' } }]);
    expect(changed(offer, text)).toEqual({ added: ['a=setup:active\r\n'], removed: ['a=setup:actpass\r\n'] });
    expect(textLines(text).indexOf('a=setup:active\r\n')).toBe(at);
    expect(document.media[0]!.setup).toBe('active');
    expect(print(document)).toBe(text);
  });

  it('remove a line: exactly that line goes', () => {
    const d = doc(answer);
    const at = indexOfLine(d, 'a=end-of-candidates');
    const { text, document } = edit(d, [{ op: 'remove', line: at }]);
    expect(changed(answer, text)).toEqual({ added: [], removed: ['a=end-of-candidates\r\n'] });
    expect(document.lines).toHaveLength(d.lines.length - 1);
  });

  it('an fmtp for VP8 goes right after the lines of payload type 96 (rtpmap, rtcp-fb)', () => {
    const d = doc(offer);
    const { text } = edit(d, [{ op: 'insert', in: { mid: '1' }, line: { type: 'a', name: 'fmtp', value: { format: '96', parameters: [{ key: 'x-google-max-bitrate', value: '2000' }] } } }]);
    const out = textLines(text);
    const at = out.indexOf('a=fmtp:96 x-google-max-bitrate=2000\r\n');
    expect(out[at - 1]).toBe('a=rtcp-fb:96 nack pli\r\n'); // line 72, the last of payload type 96
    expect(changed(offer, text).removed).toEqual([]);
  });

  it('a candidate goes after the other candidates, before a=end-of-candidates', () => {
    const d = doc(answer);
    const { text, document } = edit(d, [
      { op: 'insert', in: { media: 0 }, line: { type: 'a', name: 'candidate', value: { foundation: '3', component: 1, transport: 'UDP', priority: 100, address: '127.0.0.1', port: 9, type: 'host', extensions: [] } } },
    ]);
    const out = textLines(text);
    const at = out.indexOf('a=candidate:3 1 UDP 100 127.0.0.1 9 typ host\r\n');
    expect(out[at + 1]).toBe('a=end-of-candidates\r\n');
    expect(document.media[0]!.candidates.map((c) => c.foundation)).toContain('3');
  });

  it('b=AS goes after c= and before the attributes of its media description (grammar order)', () => {
    const d = doc(offer);
    const { text } = edit(d, [{ op: 'insert', in: { mid: '1' }, line: { type: 'b', value: { type: 'AS', bandwidth: 500 } } }]);
    const out = textLines(text);
    const at = out.indexOf('b=AS:500\r\n');
    expect(out[at - 1]).toBe('c=IN IP4 0.0.0.0\r\n');
    expect(out[at - 2]!.startsWith('m=video')).toBe(true);
  });

  it('a new line ends like the document: LF in an LF document', () => {
    const lf = offer.replace(/\r\n/g, '\n');
    const { text } = edit(doc(lf), [{ op: 'insert', in: 'session', line: { type: 'a', name: 'ice-lite' } }]);
    expect(text).not.toContain('\r');
    expect(changed(lf, text)).toEqual({ added: ['a=ice-lite\n'], removed: [] });
  });

  it('a rewritten line keeps its own end of line, even where it differs from the rest', () => {
    const mixed = offer.replace('a=setup:actpass\r\n', 'a=setup:actpass\n');
    const d = doc(mixed);
    const { text } = edit(d, [{ op: 'replace', line: indexOfLine(d, 'a=setup:actpass'), with: { type: 'a', name: 'setup', value: 'active' } }]);
    expect(changed(mixed, text)).toEqual({ added: ['a=setup:active\n'], removed: ['a=setup:actpass\n'] });
  });

  it('a line added after a last line without end of line gives that line one (both lines kept)', () => {
    const cut = offer.slice(0, -2);
    const { text } = edit(doc(cut), [{ op: 'insert', in: 'session', line: { type: 'a', name: 'ice-lite' }, before: doc(cut).lines.length }]);
    expect(text).toBe(`${offer}a=ice-lite\r\n`);
  });

  it('an explicit position is kept', () => {
    const d = doc(offer);
    const { text } = edit(d, [{ op: 'insert', in: 'session', line: { type: 'a', name: 'ice-lite' }, before: 1 }]);
    expect(textLines(text)[1]).toBe('a=ice-lite\r\n');
  });

  it('several operations refer to the lines as given, not renumbered by each other', () => {
    const d = doc(offer);
    const a = indexOfLine(d, 'a=setup:actpass');
    const ops: EditOp[] = [
      { op: 'remove', line: 0 },
      { op: 'insert', in: 'session', line: { type: 'a', name: 'ice-lite' } },
      { op: 'replace', line: a, with: { type: 'a', name: 'setup', value: 'passive' } },
    ];
    const { text } = edit(d, ops);
    expect(changed(offer, text)).toEqual({ added: ['a=ice-lite\r\n', 'a=setup:passive\r\n'], removed: ['v=0\r\n', 'a=setup:actpass\r\n'] });
  });
});

describe('edit: invalid values are refused with a path', () => {
  it('a value of another family for the attribute name', () => {
    const d = doc(offer);
    // @ts-expect-error an rtpmap value on a candidate line does not compile
    const wrong: EditOp = { op: 'insert', in: { media: 0 }, line: { type: 'a', name: 'candidate', value: { payloadType: 111, encodingName: 'opus', clockRate: 48000 } } };
    const r = safeEdit(d, [wrong]);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error).toBeInstanceOf(z.core.$ZodError);
      expect(r.error.issues[0]!.path.slice(0, 4)).toEqual(['ops', 0, 'line', 'value']);
    }
  });

  it('a line break smuggled into a value, an out-of-range number, a line that does not exist', () => {
    const d = doc(offer);
    const r = safeEdit(d, [
      { op: 'insert', in: 'session', line: { type: 's', value: 'x\r\nk=clear:secret' } },
      { op: 'insert', in: { media: 0 }, line: { type: 'a', name: 'rtpmap', value: { payloadType: 200, encodingName: 'opus', clockRate: 48000 } } },
      { op: 'remove', line: 9999 },
      { op: 'insert', in: { mid: 'nope' }, line: { type: 'a', name: 'rtcp-mux' } },
    ]);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.issues.map((i) => i.path.slice(0, 3))).toEqual([
        ['ops', 0, 'line'],
        ['ops', 1, 'line'],
        ['ops', 2, 'line'],
        ['ops', 3, 'in'],
      ]);
      expect(() => edit(d, [{ op: 'remove', line: -1 }])).toThrow(z.core.$ZodError);
    }
  });
});

describe('properties', () => {
  const inputs = [offer, answer, ...(hasCorpus ? corpusFiles().map((f) => f.text) : [])];

  it('removing lines and rewriting typed lines from their own values: every other line byte for byte, views fresh', () => {
    let applied = 0;
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.array(fc.nat(), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (input, removals, rewrites) => {
        const d = doc(input);
        if (d.lines.length === 0) return;
        const remove = new Set(removals.map((n) => n % d.lines.length));
        const typed = d.lines.map((l, i) => i).filter((i) => d.lines[i]!.value !== undefined && !remove.has(i));
        const rewrite = new Set(typed.length === 0 ? [] : rewrites.map((n) => typed[n % typed.length]!));
        const ops: EditOp[] = [
          ...[...remove].map((line): EditOp => ({ op: 'remove', line })),
          ...[...rewrite].map((line): EditOp => ({ op: 'replace', line, with: d.lines[line] as never })),
        ];
        const r = safeEdit(d, ops);
        // A value the parser kept but the writer cannot spell back the same is refused, never half-written.
        if (!r.success) return;
        applied++;
        const { document, text } = r.result;
        // Untouched lines, in order, exactly as they were.
        const kept = d.lines.filter((_, i) => !remove.has(i) && !rewrite.has(i)).map((l) => l.source!.text + l.source!.eol);
        const out = document.lines.map((l) => l.source!.text + l.source!.eol);
        const rewritten = new Set([...rewrite].map((i) => i - [...remove].filter((j) => j < i).length));
        expect(out.filter((_, i) => !rewritten.has(i))).toEqual(kept);
        // Rewritten lines read back as the values they were written from.
        for (const i of rewrite) {
          const at = i - [...remove].filter((j) => j < i).length;
          expect(document.lines[at]!.value).toEqual(d.lines[i]!.value);
        }
        // The views are those of the edited text.
        expect(JSON.stringify(document.media)).toBe(JSON.stringify(parse(text).document.media));
      }),
      { numRuns: 150 },
    );
    expect(applied).toBeGreaterThan(120);
  });
});
