import type { Diagnostic } from '../parser/diagnostics/diagnostic.js';
import { fromAboutWebrtc, fromAboutWebrtcPage } from './about-webrtc.js';
import { emptyOutcome, levelsText, stringView, type Outcome, type PcDraft } from './context.js';
import { detect, jsonFlavor } from './detect.js';
import { findEscaped } from './escaped.js';
import type { Found } from './found.js';
import { forgetText, parseJson, type JsonValue } from './json-value.js';
import { fromJson } from './json.js';
import { scanLines, type Span } from './log.js';
import { compareDescriptions } from './munge.js';
import { pairDescriptions } from './pairs.js';
import { LineIndex, pending, rootView, sliceView, type PendingDiagnostic, type View } from './positions.js';
import { descriptionUfrag, type EventDraft } from './events.js';
import type { ExtractedDescription, ExtractedPeerConnection, ExtractResult, ExtractSource, Negotiation, PcEvent, TrickledCandidate } from './types.js';
import { fromInternals } from './webrtc-internals.js';
import { fromRtcStats } from './rtcstats.js';

/** Decoded strings inside decoded strings: deeper than this is not SDP anyone pasted. */
const MAX_DEPTH = 6;

/**
 * Every session description in a text: raw SDP, JSON (a signalling message,
 * any shape), JSON-escaped string literals (once or twice, with or without
 * their quotes), logs with a prefix on every line, chrome://webrtc-internals
 * dumps and Firefox about:webrtc reports. Each comes with where it was found
 * and diagnostics for what had to be repaired. Never throws: input without SDP
 * gives an empty list and a diagnostic that says so.
 */
export function extractDescriptions(text: string): ExtractResult {
  const input = typeof text === 'string' ? text : String(text);
  const lines = new LineIndex(input);
  try {
    let view = rootView(input);
    const notes: PendingDiagnostic[] = [];
    if (input.startsWith('\ufeff')) {
      view = sliceView(view, 1, input.length);
      notes.push(pending('extract-bom', {}, 0, 1));
    }
    const outcome = read(view, 0);
    outcome.notes.unshift(...notes);
    return finish(input, lines, outcome);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { format: 'none', descriptions: [], diagnostics: [lines.diagnostic('extract-internal-error', { error: message }, 0, 0)] };
  } finally {
    forgetText();
  }
}

function read(view: View, depth: number): Outcome {
  if (depth > MAX_DEPTH) return emptyOutcome();
  const d = detect(view.text);
  const whole = (what: string): PendingDiagnostic => pending('extract-json-without-sdp', { what }, view.at(0), view.at(view.text.length));
  switch (d.kind) {
    case 'empty': {
      const out = emptyOutcome();
      if (depth === 0) out.notes.push(pending('extract-empty-input', {}, 0, view.at(view.text.length)));
      return out;
    }
    case 'compressed': {
      const out = emptyOutcome();
      out.notes.push(pending('extract-compressed', {}, view.at(0), view.at(Math.min(2, view.text.length))));
      return out;
    }
    case 'page':
      return fromAboutWebrtcPage(view);
    case 'rtcstats':
      return fromRtcStats(view);
    case 'json': {
      const out = structured(d.value, view, depth);
      if (out.found.length === 0 && out.pcs.length === 0 && out.notes.length === 0) {
        out.notes.push(whole(d.flavor === 'string' ? 'JSON string' : d.flavor === 'json' ? 'JSON document' : `${d.flavor} document`));
      }
      return out;
    }
    case 'text': {
      const out = scanText(view, depth);
      if (d.jsonError !== undefined) {
        const at = view.at(d.jsonError.offset);
        out.notes.push(pending('extract-invalid-json', { error: d.jsonError.error }, at, at + 1));
      }
      return out;
    }
  }
}

/** A parsed JSON value, by what it is. */
function structured(value: JsonValue, view: View, depth: number): Outcome {
  const flavor = jsonFlavor(value);
  if (flavor === 'webrtc-internals' && value.kind === 'object') return fromInternals(value, view);
  if (flavor === 'about-webrtc') return fromAboutWebrtc(value, view);
  if (flavor === 'string' && value.kind === 'string') {
    // A whole JSON string literal: the SDP copied out of JSON, quotes and all.
    const inner = read(stringView(view, value), depth + 1);
    for (const f of inner.found) unescaped(f);
    return inner;
  }
  return fromJson(value, view, (v) => read(v, depth + 1));
}

/** Marks a description found in a decoded string literal. */
function unescaped(f: Found): void {
  f.escapeLevels++;
  if (f.source === 'raw' || f.source === 'log') f.source = 'escaped';
}

function insertSpan(spans: Span[], span: Span): void {
  let i = spans.length;
  while (i > 0 && spans[i - 1]!.start > span.start) i--;
  spans.splice(i, 0, span);
}

/**
 * Text that is not one JSON value: JSON objects embedded in it (a log line with
 * a signalling message), escaped string literals, then lines (log or raw).
 */
function scanText(view: View, depth: number): Outcome {
  const text = view.text;
  const out = emptyOutcome();
  const excluded: Span[] = [];

  if (text.includes('v=0')) {
    for (let i = text.indexOf('{'); i >= 0 && i < text.length; i = text.indexOf('{', i + 1)) {
      if (!/^\{\s*"/.test(text.slice(i, i + 64))) continue;
      const r = parseJson(text, i, false);
      if (!r.ok) continue;
      const inner = structured(r.value, view, depth);
      if (inner.found.length > 0) {
        for (const f of inner.found) {
          if (depth === 0) f.diagnostics.push(pending('extract-nested-json', { where: 'embedded in other text' }, view.at(i), view.at(r.end)));
        }
        for (const item of inner.found) out.found.push(item);
        for (const item of inner.pcs) out.pcs.push(item);
        if (inner.userAgent !== undefined) out.userAgent ??= inner.userAgent;
        insertSpan(excluded, { start: i, end: r.end });
      }
      // Nothing inside a parsed object is SDP if the object gave none.
      i = r.end - 1;
    }

    for (const candidate of findEscaped(view, excluded)) {
      const inner = read(candidate.view, depth + 1);
      for (const f of inner.found) unescaped(f);
      const only = inner.found.length === 1 ? inner.found[0] : undefined;
      if (only !== undefined && inner.skipped > 0 && only.source === 'escaped') {
        const at = candidate.view.text.indexOf(only.sdp);
        const rest = at < 0 ? '' : candidate.view.text.slice(at + only.sdp.length).trim();
        if (rest !== '') {
          const shown = rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
          only.diagnostics.push(pending('extract-trailing-text', { text: shown }, only.end, view.at(candidate.end)));
        }
      }
      for (const item of inner.found) out.found.push(item);
      for (const item of inner.pcs) out.pcs.push(item);
      insertSpan(excluded, { start: candidate.start, end: candidate.end });
    }
  }

  const scan = scanLines(view, excluded);
  for (const item of scan.found) out.found.push(item);
  out.skipped = scan.skipped;
  out.found.sort((a, b) => a.start - b.start);
  return out;
}

function other(side: 'local' | 'remote'): 'local' | 'remote' {
  return side === 'local' ? 'remote' : 'local';
}

function finish(input: string, lines: LineIndex, outcome: Outcome): ExtractResult {
  const found = outcome.found;
  const index = new Map<Found, number>();
  found.forEach((f, i) => index.set(f, i));
  const place = (d: PendingDiagnostic): Diagnostic => lines.diagnostic(d.code, d.params, d.start, d.end);

  const descriptions: ExtractedDescription[] = found.map((f, i) => {
    const extra: PendingDiagnostic[] = [];
    let label = f.label ?? defaultLabel(f, lines);
    let munged: ExtractedDescription['munged'];
    if (f.created !== undefined && index.has(f.created)) {
      const report = compareDescriptions(f.created.sdp, f.sdp);
      if (report !== undefined) {
        munged = { created: index.get(f.created)!, ...report };
        const creator = f.created.event === 'createAnswerOnSuccess' ? 'createAnswer' : 'createOffer';
        extra.push(pending('extract-munged', { type: f.type ?? 'description', creator, summary: report.summary }, f.start, f.end));
        label += ' (munged)';
      }
    }
    if (f.escapeLevels > 0) extra.unshift(pending('extract-unescaped', { levels: levelsText(f.escapeLevels) }, f.start, f.end));
    const d: ExtractedDescription = {
      index: i,
      number: i + 1,
      sdp: f.sdp,
      source: f.source,
      label,
      range: lines.range(f.start, f.end),
      lineOrigins: f.lineOrigins.map((o) => lines.position(o)),
      diagnostics: [...extra, ...f.diagnostics].map(place),
    };
    if (f.type !== undefined) d.type = f.type;
    if (f.peerConnection !== undefined) d.peerConnection = f.peerConnection;
    if (f.timestamp !== undefined) d.timestamp = f.timestamp;
    if (f.time !== undefined) d.time = f.time;
    if (f.event !== undefined) d.event = f.event;
    else if (f.path !== undefined) d.event = f.path;
    if (f.side !== undefined) d.side = f.side;
    if (f.stage !== undefined) d.stage = f.stage;
    if (f.failed !== undefined) d.failed = f.failed;
    if (munged !== undefined) d.munged = munged;
    return d;
  });

  const result: ExtractResult = { format: formatOf(found, outcome.pcs), descriptions, diagnostics: outcome.notes.map(place) };
  if (outcome.pcs.length > 0) result.peerConnections = outcome.pcs.map((pc) => peerConnection(pc, index, place, lines));
  if (outcome.userAgent !== undefined) result.userAgent = outcome.userAgent;
  if (descriptions.length === 0 && !result.diagnostics.some((d) => d.severity === 'error')) {
    result.diagnostics.push(lines.diagnostic('extract-no-sdp', { what: 'the input' }, 0, input.length));
  }
  if (outcome.skipped > 0 && descriptions.length > 0 && (result.format === 'raw' || result.format === 'log')) {
    result.diagnostics.push(lines.diagnostic('extract-skipped-text', { lines: outcome.skipped === 1 ? '1 line' : `${outcome.skipped} lines` }, 0, input.length));
  }
  return result;
}

function formatOf(found: readonly Found[], pcs: readonly PcDraft[]): ExtractResult['format'] {
  const sources = new Set<ExtractSource>(found.map((f) => f.source));
  if (sources.size === 1) return [...sources][0]!;
  if (sources.size === 0) return pcs.length > 0 ? pcs[0]!.source : 'none';
  return 'mixed';
}

function defaultLabel(f: Found, lines: LineIndex): string {
  const line = lines.position(f.start).line;
  const what =
    f.source === 'json' ? `JSON ${f.path ?? ''}`.trim() : f.source === 'escaped' ? 'escaped string' : f.source === 'log' ? 'log' : 'raw SDP';
  const parts = [what];
  if (f.type !== undefined) parts.push(f.side !== undefined ? `${f.side} ${f.type}` : f.type);
  parts.push(`line ${line}`);
  return parts.join(' · ');
}

function peerConnection(
  pc: PcDraft,
  index: ReadonlyMap<Found, number>,
  place: (d: PendingDiagnostic) => Diagnostic,
  lines: LineIndex,
): ExtractedPeerConnection {
  const diagnostics = [...pc.diagnostics];
  const negotiationOf = new Map<Found, number>();
  const negotiations: Negotiation[] = pairDescriptions(pc.applied).map((p) => {
    for (const f of [p.offer, p.answer, p.rollback, ...p.pranswers]) {
      if (f === undefined) continue;
      negotiationOf.set(f, p.index);
      // What createOffer/createAnswer returned belongs to the negotiation it was applied in.
      if (f.created !== undefined) negotiationOf.set(f.created, p.index);
    }
    const n: Negotiation = { number: p.index, initiator: p.initiator, pranswers: p.pranswers.map((f) => index.get(f)!), complete: p.complete, label: '' };
    if (p.offer !== undefined) n.offer = index.get(p.offer)!;
    if (p.answer !== undefined) n.answer = index.get(p.answer)!;
    if (p.rolledBack === true) n.rolledBack = true;
    const state = p.rolledBack === true ? ' (rolled back)' : p.answer === undefined ? ' (no answer)' : p.offer === undefined ? ' (offer not in the dump)' : '';
    n.label = `negotiation ${p.index}: ${p.initiator} offer → ${other(p.initiator)} answer${state}`;
    const at = p.offer ?? p.answer;
    for (const note of p.notes) diagnostics.push(pending('extract-unanswered', { what: `${pc.label}, negotiation ${p.index}: ${note}` }, at?.start ?? pc.start, at?.end ?? pc.end));
    return n;
  });
  const out: ExtractedPeerConnection = {
    id: pc.id,
    number: pc.number,
    label: pc.label,
    source: pc.source,
    descriptions: pc.found.map((f) => index.get(f)!),
    negotiations,
    ...timeline(pc.events, index, negotiationOf, lines),
    diagnostics: diagnostics.map(place),
  };
  if (pc.stats !== undefined) out.stats = pc.stats;
  if (pc.url !== undefined) out.url = pc.url;
  if (pc.configuration !== undefined) out.configuration = pc.configuration;
  if (pc.closed !== undefined) out.closed = pc.closed;
  return out;
}


/**
 * Events with positions, description indexes and negotiation numbers; the
 * trickled candidates; and an `ice-restart` event after each applied
 * description whose ICE credentials differ from the previous one of the same
 * side (RFC 8839 §3.4.1.1.1: a restart changes ice-ufrag and ice-pwd).
 */
function timeline(
  drafts: readonly EventDraft[],
  index: ReadonlyMap<Found, number>,
  negotiationOf: ReadonlyMap<Found, number>,
  lines: LineIndex,
): { events: PcEvent[]; candidates: TrickledCandidate[] } {
  const events: PcEvent[] = [];
  const candidates: TrickledCandidate[] = [];
  let negotiation: number | undefined;
  const lastUfrag: Partial<Record<'local' | 'remote', string>> = {};
  // The credentials before a pending offer: a rollback brings them back (RFC 9429 §4.1.10.2).
  const beforeOffer: Partial<Record<'local' | 'remote', string | undefined>> = {};
  const push = (d: EventDraft, extra: Partial<PcEvent> = {}): PcEvent => {
    const e: PcEvent = { index: events.length, kind: d.kind, event: d.event, text: d.text, range: lines.range(d.start, d.end), ...extra };
    if (d.side !== undefined) e.side = d.side;
    if (d.state !== undefined) e.state = d.state;
    if (d.error !== undefined) e.error = d.error;
    if (d.time !== undefined) {
      e.timestamp = d.time.timestamp;
      if (d.time.time !== undefined) e.time = d.time.time;
    }
    if (negotiation !== undefined) e.negotiation = negotiation;
    events.push(e);
    return e;
  };
  for (const d of drafts) {
    const f = d.found;
    if (f !== undefined && negotiationOf.has(f)) negotiation = negotiationOf.get(f);
    const e = push(d, f !== undefined && index.has(f) ? { description: index.get(f)! } : {});
    if (d.candidate !== undefined) {
      const c = d.candidate;
      const t: TrickledCandidate = {
        index: candidates.length,
        side: c.side,
        candidate: c.candidate,
        endOfCandidates: c.endOfCandidates,
        event: e.index,
        range: lines.range(c.start, c.end),
      };
      if (c.sdpMid !== undefined) t.sdpMid = c.sdpMid;
      if (c.sdpMLineIndex !== undefined) t.sdpMLineIndex = c.sdpMLineIndex;
      if (c.usernameFragment !== undefined) t.usernameFragment = c.usernameFragment;
      if (c.url !== undefined) t.url = c.url;
      if (c.failed !== undefined) t.failed = c.failed;
      if (negotiation !== undefined) t.negotiation = negotiation;
      if (c.time !== undefined) {
        t.timestamp = c.time.timestamp;
        if (c.time.time !== undefined) t.time = c.time.time;
      }
      e.candidate = t.index;
      candidates.push(t);
    }
    if (f !== undefined && d.kind === 'rollback' && f.side !== undefined && f.side in beforeOffer) {
      const before = beforeOffer[f.side];
      if (before === undefined) delete lastUfrag[f.side];
      else lastUfrag[f.side] = before;
      delete beforeOffer[f.side];
    }
    if (f !== undefined && d.kind === 'description' && f.stage === 'applied' && f.side !== undefined && f.failed === undefined) {
      const ufrag = descriptionUfrag(f.sdp);
      const before = lastUfrag[f.side];
      if (f.type === 'offer') beforeOffer[f.side] = before;
      else delete beforeOffer[f.side === 'local' ? 'remote' : 'local'];
      if (ufrag !== undefined) {
        if (before !== undefined && before !== ufrag && f.type === 'offer') {
          push({ kind: 'ice-restart', event: 'iceRestart', text: `ICE restart: ${f.side} ufrag ${before} → ${ufrag}`, side: f.side, start: d.start, end: d.end, ...(d.time !== undefined ? { time: d.time } : {}) });
        }
        lastUfrag[f.side] = ufrag;
      }
    }
  }
  return { events, candidates };
}
