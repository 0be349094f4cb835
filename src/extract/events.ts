import type { Found } from './found.js';
import type { TimeInfo } from './labels.js';
import type { DescriptionSide, PcEventKind, StateMachine } from './types.js';

/*
 * The events of a peer connection as dumps log them, before positions and
 * negotiation numbers are known (extract.ts `finish` completes them).
 */

export interface EventDraft {
  kind: PcEventKind;
  event: string;
  text: string;
  side?: DescriptionSide;
  found?: Found;
  state?: { machine: StateMachine; value: string };
  error?: string;
  candidate?: CandidateDraft;
  time?: TimeInfo;
  start: number;
  end: number;
}

export interface CandidateDraft {
  side: DescriptionSide;
  candidate: string;
  endOfCandidates: boolean;
  sdpMid?: string;
  sdpMLineIndex?: number;
  usernameFragment?: string;
  url?: string;
  failed?: string;
  time?: TimeInfo;
  start: number;
  end: number;
}

/** State-change events: webrtc-internals / rtcstats names (lower case, as the DOM events) and Firefox's. */
const STATE_EVENTS: Readonly<Record<string, StateMachine>> = {
  signalingstatechange: 'signaling',
  icegatheringstatechange: 'ice-gathering',
  iceconnectionstatechange: 'ice-connection',
  connectionstatechange: 'connection',
  dtlsstatechange: 'dtls',
};

const MACHINE_NAMES: Readonly<Record<StateMachine, string>> = {
  signaling: 'signaling',
  'ice-gathering': 'ICE gathering',
  'ice-connection': 'ICE connection',
  connection: 'connection',
  dtls: 'DTLS',
};

/** The DOM event name of an update: newer webrtc-internals dumps log the handler (`onicecandidate`, `onsignalingstatechange`). */
export function domEventName(event: string): string {
  const lower = event.toLowerCase();
  return lower.startsWith('on') && lower.length > 2 ? lower.slice(2) : lower;
}

export function stateMachineOf(event: string): StateMachine | undefined {
  return STATE_EVENTS[domEventName(event)];
}

/** A logged value: newer dumps JSON-encode even plain strings ("\"have-local-offer\""). */
export function unquoted(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(v);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // not JSON: keep the text
    }
  }
  return v;
}

export function stateText(machine: StateMachine, value: string): string {
  return `${MACHINE_NAMES[machine]}: ${value}`;
}

/** The candidate fields of RTCIceCandidate that dumps log (W3C webrtc-pc §4.8.1), plus onicecandidate's `url`. */
const CANDIDATE_KEYS = ['sdpMid', 'sdpMLineIndex', 'candidate', 'usernameFragment', 'url', 'relayProtocol'] as const;
type CandidateKey = (typeof CANDIDATE_KEYS)[number];

/**
 * An ICE candidate as a dump logged it: webrtc-internals' "sdpMid: 0,
 * sdpMLineIndex: 0, candidate: candidate:…" (blink peer_connection_tracker.cc
 * SerializeIceCandidate, `url: …` added for onicecandidate), a JSON object
 * ({"candidate":…,"sdpMid":…}, rtcstats), or the bare candidate line.
 * Undefined when the text is none of these.
 */
export function candidateFields(value: unknown): Partial<Record<CandidateKey, string>> | undefined {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const out: Partial<Record<CandidateKey, string>> = {};
    for (const k of CANDIDATE_KEYS) {
      const v = o[k];
      if (typeof v === 'string') out[k] = v;
      else if (typeof v === 'number') out[k] = String(v);
    }
    return out;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '' || text === 'null') return {};
  if (text.startsWith('{')) {
    try {
      return candidateFields(JSON.parse(text));
    } catch {
      return undefined;
    }
  }
  if (/^(a=)?candidate:/.test(text)) return { candidate: text.replace(/^a=/, '') };
  const keys = new RegExp(`(?:^|, )(${CANDIDATE_KEYS.join('|')}):(?: |$)`, 'g');
  const marks: { key: CandidateKey; at: number; valueAt: number }[] = [];
  for (const m of text.matchAll(keys)) marks.push({ key: m[1] as CandidateKey, at: m.index, valueAt: m.index + m[0].length });
  if (marks.length === 0) return undefined;
  const out: Partial<Record<CandidateKey, string>> = {};
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1]!.at : text.length;
    out[m.key] = text.slice(m.valueAt, end).trim();
  });
  return out;
}

/** The `ufrag` extension of a candidate line (libwebrtc writes it on every candidate it signals). */
export function ufragOfCandidate(candidate: string): string | undefined {
  const m = /\sufrag\s+(\S+)/.exec(candidate);
  return m === null ? undefined : m[1];
}

/** "127.0.0.1:50000 udp host" from a candidate line, for event texts. */
export function candidateSummary(candidate: string): string {
  const parts = candidate.replace(/^(a=)?candidate:/, '').trim().split(/\s+/);
  if (parts.length < 8) return candidate.length > 60 ? `${candidate.slice(0, 60)}…` : candidate;
  const [, component, transport, , address, port, , type] = parts;
  return `${address}:${port} ${transport!.toLowerCase()} ${type}${component !== '1' ? ` (component ${component})` : ''}`;
}

export function candidateDraft(
  side: DescriptionSide,
  fields: Partial<Record<CandidateKey, string>>,
  time: TimeInfo | undefined,
  start: number,
  end: number,
): CandidateDraft {
  const candidate = fields.candidate ?? '';
  const d: CandidateDraft = { side, candidate, endOfCandidates: candidate.trim() === '', start, end };
  if (fields.sdpMid !== undefined && fields.sdpMid !== '' && fields.sdpMid !== 'null') d.sdpMid = fields.sdpMid;
  const index = fields.sdpMLineIndex !== undefined ? Number(fields.sdpMLineIndex) : NaN;
  if (Number.isInteger(index) && index >= 0) d.sdpMLineIndex = index;
  const ufrag = fields.usernameFragment !== undefined && fields.usernameFragment !== '' && fields.usernameFragment !== 'null' ? fields.usernameFragment : ufragOfCandidate(candidate);
  if (ufrag !== undefined) d.usernameFragment = ufrag;
  if (fields.url !== undefined && fields.url !== '' && fields.url !== 'null') d.url = fields.url;
  if (time !== undefined) d.time = time;
  return d;
}

/** The event for a trickled candidate. */
export function candidateEvent(event: string, c: CandidateDraft): EventDraft {
  const who = c.side === 'local' ? 'gathered' : 'added';
  const kind: PcEventKind = c.failed !== undefined ? 'candidate-failed' : c.endOfCandidates ? 'end-of-candidates' : 'candidate';
  const what = c.endOfCandidates ? `end of candidates${c.sdpMid !== undefined ? ` (mid ${c.sdpMid})` : ''}` : candidateSummary(c.candidate);
  const text = c.failed !== undefined ? `addIceCandidate failed: ${what}: ${c.failed}` : c.endOfCandidates ? `${c.side} ${what}` : `${who} ${c.side} candidate ${what}`;
  const e: EventDraft = { kind, event, text, side: c.side, candidate: c, start: c.start, end: c.end };
  if (c.failed !== undefined) e.error = c.failed;
  if (c.time !== undefined) e.time = c.time;
  return e;
}

/** Any other event: a state change, or its name and a short value. */
export function plainEvent(event: string, value: string | undefined, time: TimeInfo | undefined, start: number, end: number): EventDraft {
  const machine = stateMachineOf(event);
  const v = unquoted(value ?? '');
  const e: EventDraft =
    machine !== undefined && v !== ''
      ? { kind: 'state', event, text: stateText(machine, v), state: { machine, value: v }, start, end }
      : { kind: 'other', event, text: v === '' ? event : `${event}: ${firstLine(v)}`, start, end };
  if (time !== undefined) e.time = time;
  return e;
}

function firstLine(v: string): string {
  const line = v.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

/** The ICE username fragment of a description: its first a=ice-ufrag (session or media level). */
export function descriptionUfrag(sdp: string): string | undefined {
  const m = /^a=ice-ufrag:([^\r\n]*)/m.exec(sdp);
  return m === null ? undefined : m[1]!.trim();
}
