import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dumpIce, extractDescriptions, redactDump, unredactedAddresses, type ExtractResult } from '../../src/index.js';

/*
 * A whole dump redacted: same structure, one mapping across descriptions,
 * trickled candidates and stats. The real Chromium dumps were redacted when
 * they were made and only hold loopback addresses (kept), so private values
 * are put back first, everywhere (SDP, candidates, stats): a private address
 * for 127.0.0.1 and a made-up ufrag for each stand-in ufrag, as a real dump
 * would have them.
 */

const dir = new URL('../fixtures/dumps/', import.meta.url);
const PRIVATE = '10.20.30.40';

function unredacted(text: string): { text: string; secrets: string[] } {
  const ufrags = [...new Set([...text.matchAll(/ice-ufrag:([A-Za-z0-9+/]+)/g)].map((m) => m[1]!))];
  const secrets = [PRIVATE];
  let out = text.replaceAll('127.0.0.1', PRIVATE);
  ufrags.forEach((u, i) => {
    const real = `Zq${i}${'x'.repeat(Math.max(0, u.length - 3))}`.slice(0, Math.max(4, u.length));
    secrets.push(real);
    out = out.replace(new RegExp(`(?<![A-Za-z0-9+/])${u.replace(/[+/]/g, '\\$&')}(?![A-Za-z0-9+/])`, 'g'), real);
  });
  return { text: out, secrets };
}

const internals = unredacted(readFileSync(new URL('chromium-internals.json', dir), 'utf8'));
const rtcstats = unredacted(gunzipSync(readFileSync(new URL('chromium-rtcstats.gz', dir))).toString('utf8'));

/** Every key path of a JSON value (array positions included): the structure. Stats ids embed a certificate's fingerprint or an SSRC, which are redacted. */
function shape(v: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => shape(x, `${path}[${i}]`, out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) shape(x, `${path}.${k.replace(/(?:[0-9A-Fa-f]{2}:){15,}[0-9A-Fa-f]{2}/g, 'FP').replace(/\d{3,}/g, 'N')}`, out);
  else out.push(`${path}:${typeof v}`);
  return out;
}

function iceSummary(result: ExtractResult): unknown[] {
  return result.peerConnections!.flatMap((pc) =>
    pc.negotiations.map((n) => {
      const ice = dumpIce(result, pc, n.number);
      if (ice === undefined) return [pc.number, n.number, 'none'];
      const t = ice.actual?.transports[0];
      return [pc.number, n.number, ice.role.role, ice.role.source, ice.trickled.local.length, ice.trickled.remote.length, ice.actual?.verdict.state, t?.selected?.predictedIndex];
    }),
  );
}

describe.each([
  ['webrtc-internals JSON', internals, 'json'],
  ['rtcstats dump', rtcstats, 'rtcstats'],
] as const)('redactDump on a real dump (%s)', (_name, { text, secrets }, format) => {
  const r = redactDump(text);
  const copy = r.text!;

  it('keeps the structure and replaces every private value, with no leak', () => {
    expect(r.format).toBe(format);
    expect(r.leaks).toEqual([]);
    expect(copy).not.toContain(PRIVATE);
    expect(r.replaced.ipv4).toBe(1);
    if (format === 'json') expect(shape(JSON.parse(copy))).toEqual(shape(JSON.parse(text)));
    else expect(copy.split('\n').length).toBe(text.split('\n').length);
    // The private address and every ufrag are gone from the whole copy: descriptions, trickled candidates and stats.
    expect(secrets.length).toBeGreaterThan(3);
    expect(secrets.filter((v) => text.includes(v))).toEqual(secrets);
    expect(secrets.filter((v) => copy.includes(v))).toEqual([]);
    for (const d of extractDescriptions(copy).descriptions) expect(unredactedAddresses(d.sdp)).toEqual([]);
  });

  it('reads the same: descriptions, negotiations, events, and ICE with one mapping across SDP, candidates and stats', () => {
    const before = extractDescriptions(text);
    const after = extractDescriptions(copy);
    expect(after.descriptions.map((d) => [d.type, d.event, d.munged !== undefined, d.failed])).toEqual(before.descriptions.map((d) => [d.type, d.event, d.munged !== undefined, d.failed]));
    expect(after.peerConnections!.map((pc) => pc.events.map((e) => e.kind))).toEqual(before.peerConnections!.map((pc) => pc.events.map((e) => e.kind)));
    // The selected pair is found in the predicted list only if the stats' addresses and ufrags got the stand-ins the candidates and SDP got.
    expect(iceSummary(after)).toEqual(iceSummary(before));
    const selected = dumpIce(after, after.peerConnections![0]!, 1)!.actual!.transports[0]!.selected!;
    expect(selected.local!.address).toBe(dumpIce(after, after.peerConnections![0]!, 1)!.checkLists[0]!.checkList.pairs[selected.predictedIndex!]!.local.address);
    expect(selected.local!.address).not.toBe(PRIVATE);
  });

  it('changes nothing in a redacted copy', () => {
    expect(redactDump(copy).text).toBe(copy);
  });
});

describe('redactDump on any JSON', () => {
  it('keeps page origins and drops paths that can name a room', () => {
    const r = redactDump(JSON.stringify({ PeerConnections: { '1-1': { url: 'https://meet.example.com/secret-room?token=abc', updateLog: [] } } }, null, 1));
    expect(r.text).toContain('"url": "https://meet.example.com/redacted"');
    expect(r.text).not.toContain('secret-room');
  });

  it('is undefined for text that is not JSON', () => {
    expect(redactDump('v=0\r\n').format).toBe('not-json');
  });

  it('never throws, and the copy is JSON with the same structure', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v, null, 1);
        const r = redactDump(text);
        expect(shape(JSON.parse(r.text!))).toEqual(shape(v === undefined ? null : JSON.parse(text)));
      }),
    );
  });
});
