import type { CandidatePairStats, CandidateStats, IceStats, StatsChange, TransportStats } from './types.js';

/*
 * getStats history, from whichever dump recorded it, reduced to what says what
 * ICE and DTLS really did: candidate pairs (W3C webrtc-stats §6.15), the
 * candidates they join (§6.14) and the transports (§6.17) with their ICE role,
 * states and selected pair over time. Readers feed samples (id, type,
 * property, value, time) in any order; `iceStatsOf` folds them.
 */

type Scalar = string | number | boolean | null;

interface Series {
  type: string;
  props: Map<string, StatsChange<Scalar>[]>;
}

/** The stats types this module reads; every other report (codecs, RTP streams, …) is skipped on entry. */
const READ_TYPES = new Set(['candidate-pair', 'local-candidate', 'remote-candidate', 'transport']);

export class StatsSamples {
  private readonly series = new Map<string, Series>();
  private start: number | undefined;
  private end: number | undefined;

  wants(type: string): boolean {
    return READ_TYPES.has(type);
  }

  add(id: string, type: string, prop: string, value: Scalar, time: number | undefined): void {
    if (!READ_TYPES.has(type)) return;
    let s = this.series.get(id);
    if (s === undefined) {
      s = { type, props: new Map() };
      this.series.set(id, s);
    }
    let list = s.props.get(prop);
    if (list === undefined) {
      list = [];
      s.props.set(prop, list);
    }
    list.push(time === undefined ? { value } : { value, time });
    if (time !== undefined) {
      if (this.start === undefined || time < this.start) this.start = time;
      if (this.end === undefined || time > this.end) this.end = time;
    }
  }

  get size(): number {
    return this.series.size;
  }

  result(source: IceStats['source']): IceStats | undefined {
    if (this.series.size === 0) return undefined;
    const out: IceStats = { source, transports: [], pairs: [], candidates: [] };
    if (this.start !== undefined) out.start = this.start;
    if (this.end !== undefined) out.end = this.end;
    const ids = [...this.series.keys()].sort();
    for (const id of ids) {
      const s = this.series.get(id)!;
      if (s.type === 'transport') out.transports.push(transport(id, s));
      else if (s.type === 'candidate-pair') out.pairs.push(pair(id, s));
      else out.candidates.push(candidate(id, s));
    }
    const selectedAtEnd = new Set(out.transports.map((t) => t.selectedCandidatePairId).filter((x): x is string => x !== undefined));
    const selectedEver = new Set(out.transports.flatMap((t) => t.selectedPairs.map((c) => c.value)));
    for (const p of out.pairs) {
      // Firefox marks the pair in use on the pair itself (`selected`), and has no transport stats.
      const own = this.series.get(p.id);
      const flagged = own === undefined ? [] : (own.props.get('selected') ?? []);
      p.selected = selectedAtEnd.has(p.id) || (flagged.length > 0 && sorted(flagged).at(-1)!.value === true);
      p.everSelected = selectedEver.has(p.id) || flagged.some((c) => c.value === true);
    }
    return out;
  }
}

function sorted(list: readonly StatsChange<Scalar>[]): StatsChange<Scalar>[] {
  return list.every((c) => c.time !== undefined) ? [...list].sort((a, b) => a.time! - b.time!) : [...list];
}

function last(s: Series, prop: string): Scalar | undefined {
  const list = s.props.get(prop);
  if (list === undefined || list.length === 0) return undefined;
  return sorted(list).at(-1)!.value;
}

function text(s: Series, prop: string): string | undefined {
  const v = last(s, prop);
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

function num(s: Series, prop: string): number | undefined {
  const v = last(s, prop);
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function bool(s: Series, prop: string): boolean | undefined {
  const v = last(s, prop);
  return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
}

/** The values of a text property as they changed, consecutive repeats folded. */
function changes(s: Series, prop: string): StatsChange<string>[] {
  const out: StatsChange<string>[] = [];
  for (const c of sorted(s.props.get(prop) ?? [])) {
    if (typeof c.value !== 'string' || c.value === '') continue;
    if (out.at(-1)?.value === c.value) continue;
    out.push(c.time === undefined ? { value: c.value } : { value: c.value, time: c.time });
  }
  return out;
}

function setText<T extends object>(target: T, key: keyof T & string, value: string | undefined): void {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

function setNum<T extends object>(target: T, key: keyof T & string, value: number | undefined): void {
  if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}

function transport(id: string, s: Series): TransportStats {
  const t: TransportStats = {
    id,
    iceRoles: changes(s, 'iceRole'),
    iceStates: changes(s, 'iceState'),
    dtlsStates: changes(s, 'dtlsState'),
    selectedPairs: changes(s, 'selectedCandidatePairId'),
  };
  for (const key of ['iceRole', 'iceState', 'dtlsState', 'dtlsRole', 'iceLocalUsernameFragment', 'selectedCandidatePairId', 'dtlsCipher', 'srtpCipher', 'tlsVersion'] as const) {
    setText(t, key, text(s, key));
  }
  for (const key of ['selectedCandidatePairChanges', 'bytesSent', 'bytesReceived'] as const) setNum(t, key, num(s, key));
  return t;
}

function pair(id: string, s: Series): CandidatePairStats {
  const p: CandidatePairStats = { id, states: changes(s, 'state'), selected: false, everSelected: false };
  for (const key of ['transportId', 'localCandidateId', 'remoteCandidateId', 'state'] as const) setText(p, key, text(s, key));
  const nominated = bool(s, 'nominated');
  if (nominated !== undefined) p.nominated = nominated;
  for (const key of [
    'currentRoundTripTime',
    'totalRoundTripTime',
    'requestsSent',
    'requestsReceived',
    'responsesSent',
    'responsesReceived',
    'consentRequestsSent',
    'bytesSent',
    'bytesReceived',
    'packetsSent',
    'packetsReceived',
    'lastPacketSentTimestamp',
    'lastPacketReceivedTimestamp',
  ] as const) {
    setNum(p, key, num(s, key));
  }
  return p;
}

function candidate(id: string, s: Series): CandidateStats {
  const c: CandidateStats = { id, remote: s.type === 'remote-candidate' };
  // `address` since webrtc-stats 2020; `ip` before it.
  setText(c, 'address', text(s, 'address') ?? text(s, 'ip'));
  for (const key of ['transportId', 'protocol', 'candidateType', 'foundation', 'usernameFragment', 'url', 'relayProtocol', 'networkType', 'tcpType'] as const) {
    setText(c, key, text(s, key));
  }
  setNum(c, 'port', num(s, 'port'));
  setNum(c, 'priority', num(s, 'priority'));
  return c;
}
