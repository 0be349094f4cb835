import { describe, expect, it } from 'vitest';
import { rewriteAddresses } from './sdp-edits.js';
import { answerEdits } from './answer-edits.js';
import { bases, sampleTemplates, variants } from './variants.js';
import type { Variant } from './variant.js';

/*
 * The oracle's variants without a browser: each text a browser may be
 * handed only names loopback, unspecified or mDNS addresses (or a token
 * that is no address at all, listed below), ids are unique, generation is
 * deterministic, and every edit changes its base.
 */

/** Address tokens that are not addresses, planted on purpose or found in the corpus as is: nothing can route to them. */
const NON_ADDRESSES = new Set(['999.1.1.1', 'foo', '<', 'X', '<redacted>']);

const ALLOWED = /^(127\.0\.0\.1|::1|0\.0\.0\.0|::)(\/\d+)*$/;
const MDNS = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.local$/i;

const IP_LIKE = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)(\/\S*)?$/;
const ADDRESS_LINE = /^(c=|o=|a=candidate:|a=rtcp:|a=remote-candidates:)/;

/**
 * The address tokens of a text that are neither loopback/unspecified nor
 * mDNS nor a listed non-address. Written apart from rewriteAddresses (no
 * shared field table): every IP-like token of a c=, o=, a=candidate,
 * a=rtcp or a=remote-candidates line counts, plus a candidate's address
 * and raddr whatever they look like.
 */
function badAddresses(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const m = ADDRESS_LINE.exec(line);
    if (m === null) continue;
    const tokens = line.slice(m[0].length).split(/[ \t]+/);
    const candidate = m[0] === 'a=candidate:';
    tokens.forEach((t, i) => {
      const position = candidate && (i === 4 || tokens[i - 1] === 'raddr');
      if ((position || IP_LIKE.test(t)) && !ALLOWED.test(t) && !MDNS.test(t) && !NON_ADDRESSES.has(t)) found.push(t);
    });
  }
  return found;
}

const templates = Object.entries(sampleTemplates());
/** Every text a variant gives: the offer, or the answer made from each sample template. */
const texts = (v: Variant): string[] => (v.role === 'offer' ? [v.sdp] : templates.map(([, t]) => v.make(t)));

describe('rewriteAddresses', () => {
  it.each([
    ['c=IN IP4 203.0.113.7', 'c=IN IP4 127.0.0.1'],
    ['c=IN IP4 0.0.0.0', 'c=IN IP4 0.0.0.0'],
    ['c=IN IP4 224.2.17.12/127', 'c=IN IP4 127.0.0.1/127'],
    ['c=IN IP6 2001:db8::1', 'c=IN IP6 ::1'],
    ['c=IN IP6 ::', 'c=IN IP6 ::'],
    ['c=IN IP4 fe80::5a55:caff:fe1a:e187', 'c=IN IP4 ::1'],
    ['o=- 1 2 IN IP4 10.47.16.5', 'o=- 1 2 IN IP4 127.0.0.1'],
    ['a=rtcp:9 IN IP6 2001:db8::8888', 'a=rtcp:9 IN IP6 ::1'],
    ['a=rtcp:9', 'a=rtcp:9'],
    ['a=candidate:1 1 udp 1686052607 203.0.113.7 51372 typ srflx raddr 192.168.1.23 rport 51372', 'a=candidate:1 1 udp 1686052607 127.0.0.1 51372 typ srflx raddr 127.0.0.1 rport 51372'],
    ['a=candidate:1 1 udp 2122262783 2607:f8b0:400e:c03::7f 9 typ host', 'a=candidate:1 1 udp 2122262783 ::1 9 typ host'],
    ['a=remote-candidates:1 192.0.2.1 3478 2 192.0.2.1 3479', 'a=remote-candidates:1 127.0.0.1 3478 2 127.0.0.1 3479'],
    ['a=x-note:192.0.2.1', 'a=x-note:192.0.2.1'],
    ['a=candidate:1 1 udp 2122260223 ab.local 9 typ host', 'a=candidate:1 1 udp 2122260223 ab.local 9 typ host'],
  ])('%s → %s', (line, want) => {
    expect(rewriteAddresses(`${line}\r\n`)).toBe(`${want}\r\n`);
  });

  it('keeps line endings and the missing final line break', () => {
    expect(rewriteAddresses('c=IN IP4 1.2.3.4\nc=IN IP4 5.6.7.8')).toBe('c=IN IP4 127.0.0.1\nc=IN IP4 127.0.0.1');
  });

  it('leaves no routable address in the bases', () => {
    for (const [name, text] of Object.entries(bases())) expect(badAddresses(text), name).toEqual([]);
  });
});

describe('variants', () => {
  const all = variants();

  it('are several hundred, with unique path-like ids', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(all.length).toBeLessThanOrEqual(1000);
    const ids = all.map((v) => v.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const v of all) {
      expect(v.id).toMatch(/^(base|defect|syntax|benign|docs|corpus|answer)\/[\w./+-]+$/);
      expect(v.description.length, v.id).toBeGreaterThan(0);
      expect(v.aims, v.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('are deterministic: a second generation gives the same ids and texts', () => {
    const again = variants();
    expect(again.map((v) => v.id)).toEqual(all.map((v) => v.id));
    expect(again.flatMap(texts)).toEqual(all.flatMap(texts));
  });

  it('hand browsers only loopback, unspecified, mDNS or non-addresses', () => {
    const bad = all.flatMap((v) => texts(v).flatMap((t) => badAddresses(t).map((a) => `${v.id}: ${a}`)));
    expect(bad).toEqual([]);
  });

  it('change their base: every offer edit differs from its base, every answer edit (but as-is) from the template answer', () => {
    const b = bases();
    for (const v of all) {
      if (v.role === 'offer') {
        const [source, base] = v.id.split('/');
        if (source === 'defect' || source === 'syntax' || source === 'benign') {
          expect(b[base ?? ''], v.id).toBeDefined();
          expect(v.sdp, v.id).not.toBe(b[base ?? '']);
        }
        continue;
      }
      for (const [name, t] of templates) {
        const made = v.make(t);
        if (v.id === 'answer/as-is') expect(made, name).toBe(rewriteAddresses(t.answer));
        else expect(made, `${v.id} on ${name}`).not.toBe(rewriteAddresses(t.answer));
      }
    }
  });

  it('cover every answer edit and the corpus', () => {
    expect(all.filter((v) => v.role === 'answer')).toHaveLength(answerEdits.length);
    expect(all.filter((v) => v.aims === 'corpus').length).toBeGreaterThanOrEqual(100);
  });
});
