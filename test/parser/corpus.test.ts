import { describe, expect, it } from 'vitest';
import { format, parse, print } from '../../src/index.js';
import { corpusFiles, hasCorpus, readCorpus } from '../helpers/corpus.js';

const files = corpusFiles();

describe.skipIf(!hasCorpus)('shared corpus', () => {
  it('holds the 122 files the README promises', () => {
    expect(files.length).toBe(122);
  });

  it.each(files.map((f) => [f.name, f.text] as const))('%s prints back byte for byte', (_name, text) => {
    expect(print(parse(text).document)).toBe(text);
  });

  it.each(files.map((f) => [f.name, f.text] as const))('%s keeps its typed values through format', (_name, text) => {
    const first = parse(text).document;
    const again = parse(format(first)).document;
    const typed = (d: typeof first) => d.lines.filter((l) => l.type !== '').map((l) => ({ type: l.type, name: l.name, value: l.value }));
    // format drops blank lines and reorders out-of-order lines: compare as sorted multisets per section.
    expect(again.media.length).toBe(first.media.length);
    expect(sortValues(typed(again))).toEqual(sortValues(typed(first)));
  });
});

function sortValues(values: unknown[]): string[] {
  return values.map((v) => JSON.stringify(v)).sort();
}

/*
 * Firefox's webrtc-sdp expectations (examples/file_parser.rs drops lines that
 * start with `;` before parsing; we do the same, as a harness step).
 * We agree with every expect-success file: none gives an error. For
 * expect-failure files we agree where the RFCs make the input invalid, and
 * disagree (test asserts no error, reason given) where webrtc-sdp rejects
 * only what it does not implement.
 */
const disagreements: Record<string, string> = {
  '03.sdp':
    'only rtcp-fb values like `ack foo bar` and `ccm foo`: RFC 4585 §4.2 allows any token as ack/nack/ccm parameter and any rtcp-fb-id, webrtc-sdp rejects the ones it does not know',
  '12.sdp': 'same as 03: extension tokens in a=rtcp-fb are valid per RFC 4585 §4.2',
  '41.sdp': 'only a=crypto lines: SDES (RFC 4568) is valid SDP, webrtc-sdp rejects it because Firefox does not implement it (lint flags SDES for WebRTC)',
};

function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith(';'))
    .join('\n');
}

const expectations = hasCorpus
  ? readCorpus('webrtc-sdp/EXPECTED.txt')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((p): p is [string, string] => p.length === 2 && p[0]!.endsWith('.sdp'))
  : [];

describe.skipIf(!hasCorpus)('webrtc-sdp EXPECTED.txt', () => {
  it('lists 40 files', () => expect(expectations.length).toBe(40));

  it.each(expectations)('%s: %s', (file, expected) => {
    const { diagnostics } = parse(withoutComments(readCorpus(`webrtc-sdp/${file}`)));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (expected === 'expect-success' || disagreements[file] !== undefined) {
      expect(errors, disagreements[file] ?? 'expected no error').toEqual([]);
    } else {
      expect(errors.length, 'expected at least one error').toBeGreaterThan(0);
    }
  });
});
