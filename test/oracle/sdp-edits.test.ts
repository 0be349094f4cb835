import { describe, expect, it } from 'vitest';
import { append, insertAfter, mapLines, remove, renumberPayloadType, sectionLines, sub, valueOf } from './sdp-edits.js';

/* The line helpers the variant generator is built from: each touches only its scope and keeps the line endings. */

const TEXT = ['v=0', 'a=group:BUNDLE 0 1', 'm=audio 9 X 111 0', 'a=mid:0', 'a=rtpmap:111 opus/48000/2', 'a=fmtp:111 x=1', 'm=video 9 X 96 97', 'a=mid:1', 'a=rtpmap:96 VP8/90000', 'a=fmtp:97 apt=96', ''].join('\r\n');
const lines = (t: string): string[] => t.split('\r\n').slice(0, -1);

describe('sdp-edits', () => {
  it('sub rewrites the first matching line of its scope only (all of them with `all`)', () => {
    expect(lines(sub(1, /^a=mid:.*$/, 'a=mid:v')(TEXT))).toContain('a=mid:v');
    expect(lines(sub(1, /^a=mid:.*$/, 'a=mid:v')(TEXT))).toContain('a=mid:0');
    expect(lines(sub('media', /^a=mid:.*$/, 'a=mid:z', true)(TEXT)).filter((l) => l === 'a=mid:z')).toHaveLength(2);
    expect(sub('session', /^a=mid:/, 'a=mid:z')(TEXT)).toBe(TEXT);
  });

  it('insertAfter adds after the first match; append adds at the end of each section of the scope', () => {
    expect(lines(insertAfter('media', /^a=mid:/, ['a=x'])(TEXT)).indexOf('a=x')).toBe(4);
    expect(lines(insertAfter('media', /^a=mid:/, ['a=x'])(TEXT)).filter((l) => l === 'a=x')).toHaveLength(1);
    const appended = lines(append('media', ['a=end'])(TEXT));
    expect(appended.flatMap((l, i) => (l === 'a=end' ? [i] : []))).toEqual([6, 11]);
    expect(lines(append('session', ['a=s'])(TEXT))[2]).toBe('a=s');
  });

  it('remove drops matching lines of its scope', () => {
    expect(lines(remove(0, /^a=fmtp:/)(TEXT))).toEqual(lines(TEXT).filter((l) => l !== 'a=fmtp:111 x=1'));
    expect(remove('session', /^a=fmtp:/)(TEXT)).toBe(TEXT);
  });

  it('renumberPayloadType renames a payload type on the m= line and in rtpmap, fmtp and apt', () => {
    const out = lines(renumberPayloadType(1, '96', '98')(TEXT));
    expect(out).toContain('m=video 9 X 98 97');
    expect(out).toContain('a=rtpmap:98 VP8/90000');
    expect(out).toContain('a=fmtp:97 apt=98');
    expect(out).toContain('a=rtpmap:111 opus/48000/2');
  });

  it('mapLines keeps LF endings and a missing final line break', () => {
    expect(mapLines('a\nb', (l) => l)).toBe('a\nb');
    expect(mapLines('a\nb\n', (l) => [...l, 'c'])).toBe('a\nb\nc\n');
    expect(mapLines('a\r\nb\r\n', (l) => l.reverse())).toBe('b\r\na\r\n');
  });

  it('sectionLines and valueOf read one section', () => {
    expect(sectionLines(TEXT, 1)[0]).toBe('m=video 9 X 96 97');
    expect(sectionLines(TEXT, 2)).toEqual([]);
    expect(valueOf(TEXT, 1, /^a=mid:(.*)$/)).toBe('1');
    expect(valueOf(TEXT, 'session', /^a=mid:(.*)$/)).toBeUndefined();
  });
});
