import { emptyOutcome, type Outcome, type PcDraft } from './context.js';
import { parseJson, scalarText, type JsonValue } from './json-value.js';
import { pcLabel, timeOf, type TimeInfo } from './labels.js';
import { pending, type View } from './positions.js';
import { StatsSamples } from './stats.js';
import { updateReader } from './update-log.js';

/*
 * The rtcstats dump chrome://webrtc-internals writes ("Create a dump" →
 * rtcstats format; gzipped by default): a first line `RTCStatsDump`, a line
 * `{"fileFormat":N}`, then one JSON array per line:
 *   [method, peerConnectionId, value, …, time]
 * where `method` is a call or callback of the peer connection (`create` with
 * the RTCConfiguration and the page URL, `createOfferOnSuccess`,
 * `setLocalDescription`, `onicecandidate`, `addIceCandidate`,
 * `onsignalingstatechange`, `getStats`, …) and `time` is milliseconds: the
 * first absolute (since 1970), each later one relative to the one before.
 * `getStats` values are stats reports keyed by id that only repeat what
 * changed since the previous report of that peer connection (the rtcstats
 * delta compression), so they are merged into the last known values.
 */

/** The first lines of an rtcstats dump. */
export function looksLikeRtcStats(text: string): boolean {
  return /^[\s\ufeff]*RTCStatsDump\s*[\r\n]/.test(text) || /^[\s\ufeff]*\["create",\s*(null|"[^"]*")\s*,/.test(text);
}

const EPOCH_MS_MIN = 1e11;

export function fromRtcStats(view: View): Outcome {
  const out = emptyOutcome();
  const text = view.text;
  const pcs = new Map<string, { pc: PcDraft; reader: ReturnType<typeof updateReader>; stats: StatsSamples; last: Map<string, Record<string, unknown>> }>();
  let clock: number | undefined;

  const pcFor = (id: string, url: string | undefined, start: number, end: number) => {
    let entry = pcs.get(id);
    if (entry === undefined) {
      const number = pcs.size + 1;
      const pc: PcDraft = {
        id,
        number,
        label: pcLabel(number, url),
        source: 'rtcstats',
        found: [],
        applied: [],
        events: [],
        diagnostics: [],
        start,
        end,
        ...(url !== undefined && url !== '' ? { url } : {}),
      };
      entry = { pc, reader: updateReader(pc, view, 'rtcstats'), stats: new StatsSamples(), last: new Map() };
      pcs.set(id, entry);
      out.pcs.push(pc);
    }
    return entry;
  };

  let lineStart = 0;
  let lineNumber = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const at = lineStart;
    lineStart = lineEnd + 1;
    lineNumber++;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed === 'RTCStatsDump' || (lineNumber <= 3 && trimmed.startsWith('{'))) continue;
    if (!trimmed.startsWith('[')) {
      out.notes.push(pending('extract-invalid-json', { error: 'an rtcstats line is not a JSON array' }, view.at(at), view.at(at + line.length)));
      continue;
    }
    const isStats = trimmed.startsWith('["getStats"') || trimmed.startsWith('["getstats"');
    let method: string | undefined;
    let id: string | undefined;
    let value: JsonValue | undefined;
    let rest: unknown[] = [];
    let parsedStats: unknown;
    if (isStats) {
      // Stats lines are most of the file and hold no description: read them fast.
      try {
        const arr: unknown = JSON.parse(trimmed);
        if (!Array.isArray(arr)) continue;
        method = String(arr[0]);
        id = typeof arr[1] === 'string' ? arr[1] : undefined;
        parsedStats = arr[2];
        rest = arr.slice(3);
      } catch {
        out.notes.push(pending('extract-invalid-json', { error: 'an rtcstats getStats line is not valid JSON' }, view.at(at), view.at(at + line.length)));
        continue;
      }
    } else {
      const r = parseJson(text, at + line.indexOf('['), false);
      if (!r.ok || r.value.kind !== 'array') {
        const where = r.ok ? at : r.offset;
        out.notes.push(pending('extract-invalid-json', { error: r.ok ? 'an rtcstats line is not a JSON array' : r.error }, view.at(where), view.at(Math.min(where + 1, text.length))));
        continue;
      }
      const items = r.value.items;
      method = scalarText(items[0]);
      const idNode = items[1];
      id = idNode?.kind === 'string' ? idNode.value : undefined;
      value = items[2];
      rest = items.slice(3).map((n) => (n.kind === 'number' || n.kind === 'string' ? n.value : undefined));
    }
    // The last number is the time: absolute first, then relative.
    const t = rest.length > 0 && typeof rest[rest.length - 1] === 'number' ? (rest[rest.length - 1] as number) : undefined;
    if (t !== undefined) clock = t >= EPOCH_MS_MIN || clock === undefined ? t : clock + t;
    const time: TimeInfo | undefined = clock === undefined ? undefined : timeOf({ kind: 'number', value: Math.round(clock * 1000) / 1000, start: 0, end: 0 });
    // navigator.mediaDevices.getUserMedia… lines use an id of their own, not a peer connection's.
    if (method === undefined || id === undefined || method.startsWith('navigator.')) continue;
    const start = view.at(at);
    const end = view.at(at + line.length);
    if (method === 'create') {
      const url = rest.find((x): x is string => typeof x === 'string');
      const entry = pcFor(id, url, start, end);
      if (value !== undefined && value.kind === 'object') entry.pc.configuration = text.slice(value.start, value.end);
      continue;
    }
    const entry = pcFor(id, undefined, start, end);
    if (isStats) {
      readStats(entry, parsedStats, clock);
      continue;
    }
    entry.reader.add(method, value, time, start, end);
  }
  for (const { pc, reader, stats } of pcs.values()) {
    reader.finish();
    const s = stats.result('rtcstats');
    if (s !== undefined) pc.stats = s;
    for (const f of pc.found) out.found.push(f);
  }
  // Peer connections interleave in the file: descriptions are numbered in file order.
  out.found.sort((a, b) => a.start - b.start);
  if (pcs.size === 0) out.notes.push(pending('extract-json-without-sdp', { what: 'rtcstats dump (it lists no peer connection)' }, view.at(0), view.at(text.length)));
  return out;
}

function readStats(entry: { stats: StatsSamples; last: Map<string, Record<string, unknown>> }, report: unknown, time: number | undefined): void {
  if (report === null || typeof report !== 'object' || Array.isArray(report)) return;
  for (const [id, delta] of Object.entries(report as Record<string, unknown>)) {
    if (delta === null || typeof delta !== 'object') continue;
    const merged = { ...(entry.last.get(id) ?? {}), ...(delta as Record<string, unknown>) };
    entry.last.set(id, merged);
    const type = merged['type'];
    if (typeof type !== 'string' || !entry.stats.wants(type)) continue;
    for (const [prop, v] of Object.entries(merged)) {
      if (prop === 'type' || prop === 'id' || prop === 'timestamp') continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') entry.stats.add(id, type, prop, v, time);
    }
  }
}
