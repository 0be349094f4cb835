import { member, scalarText, type JsonValue } from './json-value.js';
import { StatsSamples } from './stats.js';
import type { IceStats } from './types.js';

/*
 * The `stats` of a webrtc-internals PeerConnectionRecord: one entry per stats
 * object and property, keyed "<stats id>-<property>", holding { statsType,
 * startTime, endTime, values } where `values` is the JSON text of the array of
 * samples (chromium content/browser/webrtc/resources: the page's
 * TimelineDataSeries, one sample per getStats poll, about one a second,
 * written by dump_creator.js). A sample's time is not stored: the samples are
 * spread evenly between startTime and endTime, which is what the page's own
 * graphs assume.
 */

function timeValue(node: JsonValue | undefined): number | undefined {
  if (node?.kind === 'number') return node.value;
  const text = scalarText(node);
  if (text === undefined || text === '') return undefined;
  const n = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(n) ? n : undefined;
}

type Scalar = string | number | boolean | null;

function samples(node: JsonValue | undefined): Scalar[] | undefined {
  if (node === undefined) return undefined;
  if (node.kind === 'array') {
    return node.items.map((i) => (i.kind === 'string' || i.kind === 'number' || i.kind === 'literal' ? i.value : null));
  }
  if (node.kind !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(node.value);
    if (!Array.isArray(parsed)) return undefined;
    return parsed.map((v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null));
  } catch {
    return undefined;
  }
}

export function internalsStats(stats: JsonValue | undefined): IceStats | undefined {
  if (stats?.kind !== 'object') return undefined;
  const out = new StatsSamples();
  for (const entry of stats.entries) {
    const type = scalarText(member(entry.value, 'statsType'));
    if (type === undefined || !out.wants(type)) continue;
    const dash = entry.key.lastIndexOf('-');
    if (dash <= 0) continue;
    const id = entry.key.slice(0, dash);
    const prop = entry.key.slice(dash + 1);
    const values = samples(member(entry.value, 'values'));
    if (values === undefined || values.length === 0) continue;
    const start = timeValue(member(entry.value, 'startTime'));
    const end = timeValue(member(entry.value, 'endTime'));
    values.forEach((v, i) => {
      const time =
        start === undefined ? undefined : end === undefined || values.length === 1 ? start : start + ((end - start) * i) / (values.length - 1);
      out.add(id, type, prop, v, time);
    });
  }
  return out.result('webrtc-internals');
}
