import { describe, expect, it } from 'vitest';
import { expandGlob, hasMagic, segmentRegExp } from '../../src/cli/glob.js';
import { memoryHost } from './helpers.js';

const host = memoryHost({
  'a.sdp': '',
  'b.txt': '',
  'caps/one.sdp': '',
  'caps/two.sdp': '',
  'caps/deep/three.sdp': '',
  'caps/.hidden/four.sdp': '',
  'node_modules/pkg/five.sdp': '',
  'x1.sdp': '',
  'x22.sdp': '',
});

describe('globs', () => {
  it('knows magic', () => {
    expect(hasMagic('a/*.sdp')).toBe(true);
    expect(hasMagic('a/b.sdp')).toBe(false);
  });

  it('escapes regex characters in segments', () => {
    expect(segmentRegExp('a.(b)+*').test('a.(b)+zz')).toBe(true);
    expect(segmentRegExp('a.sdp').test('aXsdp')).toBe(false);
  });

  it.each([
    ['* in the top directory', '*.sdp', ['a.sdp', 'x1.sdp', 'x22.sdp']],
    ['? matches one character', 'x?.sdp', ['x1.sdp']],
    ['* in a sub directory', 'caps/*.sdp', ['caps/one.sdp', 'caps/two.sdp']],
    ['** matches zero or more directories, not hidden ones or node_modules', '**/*.sdp', ['a.sdp', 'caps/deep/three.sdp', 'caps/one.sdp', 'caps/two.sdp', 'x1.sdp', 'x22.sdp']],
    ['a trailing ** is every file below', 'caps/**', ['caps/deep/three.sdp', 'caps/one.sdp', 'caps/two.sdp']],
    ['a ./ prefix is kept', './caps/*.sdp', ['./caps/one.sdp', './caps/two.sdp']],
    ['an explicit hidden directory is entered', 'caps/.hidden/*.sdp', ['caps/.hidden/four.sdp']],
    ['nothing matches', 'nope/*.sdp', []],
  ])('%s', (_name, pattern, expected) => {
    expect(expandGlob(pattern, host.readDir)).toEqual(expected);
  });
});
