import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dumpIce, extractDescriptions, redactDump, unredactedValues, type ExtractResult } from '../../src/index.js';

/*
 * A whole dump redacted: same structure, one mapping across descriptions,
 * trickled candidates and stats. The real Chromium dumps only hold loopback
 * addresses (kept), so their 127.0.0.1 is first turned into a private
 * address everywhere, as a real network's dump would have it.
 */

const dir = new URL('../fixtures/dumps/', import.meta.url);
const PRIVATE = '10.20.30.40';
const internals = readFileSync(new URL('chromium-internals.json', dir), 'utf8').replaceAll('127.0.0.1', PRIVATE);
const rtcstats = gunzipSync(readFileSync(new URL('chromium-rtcstats.gz', dir))).toString('utf8').replaceAll('127.0.0.1', PRIVATE);

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
])('redactDump on a real dump (%s)', (_name, text, format) => {
  const r = redactDump(text);
  const copy = r.text!;

  it('keeps the structure and replaces every private value, with no leak', () => {
    expect(r.format).toBe(format);
    expect(r.leaks).toEqual([]);
    expect(copy).not.toContain(PRIVATE);
    expect(r.replaced.ipv4).toBe(1);
    if (format === 'json') expect(shape(JSON.parse(copy))).toEqual(shape(JSON.parse(text)));
    else expect(copy.split('\n').length).toBe(text.split('\n').length);
    // Every value redaction replaces in the original descriptions (addresses, ufrags, passwords, fingerprints, ids) is gone from the whole copy, stats included.
    const secrets = new Set(extractDescriptions(text).descriptions.flatMap((d) => unredactedValues(d.sdp).map((v) => v.value)));
    expect(secrets.size).toBeGreaterThan(10);
    expect([...secrets].filter((v) => copy.includes(v))).toEqual([]);
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
