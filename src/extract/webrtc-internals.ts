import { emptyOutcome, stringView, type Outcome, type PcDraft } from './context.js';
import { candidateDraft, candidateEvent, candidateFields, plainEvent, type EventDraft } from './events.js';
import { internalsStats } from './internals-stats.js';
import { foundInView, isDescriptionType, type Found } from './found.js';
import { member, parseJson, scalarText, stringMember, type JsonObject, type JsonValue } from './json-value.js';
import { pcLabel, timeOf, type TimeInfo } from './labels.js';
import type { AppliedDescription } from './pairs.js';
import { pending, sliceView, type PendingDiagnostic, type View } from './positions.js';
import type { DescriptionSide, SdpType } from './types.js';

/*
 * chrome://webrtc-internals "Download the PeerConnection updates and stats
 * data". Facts used, from chromium's source:
 *
 * - The file is JSON.stringify({ getUserMedia, PeerConnections, UserAgent
 *   [, UserAgentData] }, null, 1) (content/browser/webrtc/resources/
 *   dump_creator.js, onDownloadData_ / onDownloadInternals_); with "Compress
 *   result" it is gzipped (webrtc_internals_dump.gz).
 * - PeerConnections maps "<pid>-<lid>" (newer: "<rid>-<lid>",
 *   getPeerConnectionId in webrtc_internals.js) to a PeerConnectionRecord:
 *   { pid, url, rtcConfiguration, constraints, stats, updateLog }.
 * - updateLog entries are { time, type, value } with `time` written by
 *   Date.toLocaleString() (webrtc_internals.js addUpdate), or in newer
 *   versions { type, value, timestamp }.
 * - Update types come from blink's peer_connection_tracker.cc:
 *   createOffer / createAnswer (value "options: {…}"), createOfferOnSuccess,
 *   createAnswerOnSuccess, setLocalDescription, setRemoteDescription, their
 *   OnSuccess / OnFailure, icecandidate, addIceCandidate, transceiverAdded,
 *   transceiverModified, signalingstatechange, negotiationneeded, close, …
 * - A description is serialized as "type: <type>, sdp: <sdp>"
 *   (TrackSetSessionDescription, and TrackOnSuccess in
 *   rtc_peer_connection_handler.cc); the newest versions write JSON
 *   {"type":…,"sdp":…} instead (rtc_peer_connection_tracer_impl.cc
 *   SerializeSessionDescription), and webrtc_internals.js parses a value that
 *   starts with `{` as JSON.
 * - setLocalDescription() without arguments logs an empty value; the newest
 *   versions put the generated description on setLocalDescriptionOnSuccess.
 * - The page marks a setLocalDescription "(munged)" when its value differs from
 *   the last createOfferOnSuccess/createAnswerOnSuccess value; a rollback
 *   forgets that value (peer_connection_update_table.js).
 */

interface DescriptionValue {
  type?: SdpType;
  badType?: { text: string; start: number; end: number };
  sdp: View;
}

/** Reads "type: offer, sdp: v=0…" or {"type":"offer","sdp":"v=0…"}; undefined when the value holds no description. */
function descriptionValue(node: JsonValue | undefined, view: View): DescriptionValue | undefined {
  if (node?.kind !== 'string' || node.value === '') return undefined;
  const sv = stringView(view, node);
  let typeText: string | undefined;
  let typeStart = 0;
  let sdp: View | undefined;
  if (sv.text.startsWith('{')) {
    const parsed = parseJson(sv.text);
    if (!parsed.ok || parsed.value.kind !== 'object') return undefined;
    const t = stringMember(parsed.value, 'type');
    const s = stringMember(parsed.value, 'sdp');
    if (t === undefined) return undefined;
    typeText = t.value;
    typeStart = t.start + 1;
    sdp = s === undefined ? sliceView(sv, parsed.value.end, parsed.value.end) : stringView(sv, s);
  } else {
    const m = /^type: ([^,\r\n]*), sdp: ?/.exec(sv.text);
    if (m === null) return undefined;
    typeText = m[1]!;
    typeStart = 6;
    sdp = sliceView(sv, m[0].length, sv.text.length);
  }
  if (isDescriptionType(typeText)) return { type: typeText, sdp };
  return { sdp, badType: { text: typeText, start: sv.at(typeStart), end: sv.at(typeStart + typeText.length) } };
}

function sideOf(event: string): DescriptionSide | undefined {
  if (/^(createOffer|createAnswer|setLocalDescription)/.test(event)) return 'local';
  if (/^setRemoteDescription/.test(event)) return 'remote';
  return undefined;
}

export function isInternalsDump(value: JsonValue): value is JsonObject {
  return member(value, 'PeerConnections')?.kind === 'object';
}

export function fromInternals(root: JsonObject, view: View): Outcome {
  const out = emptyOutcome();
  const ua = stringMember(root, 'UserAgent');
  if (ua !== undefined) out.userAgent = ua.value;
  const pcs = member(root, 'PeerConnections');
  if (pcs?.kind !== 'object') return out;
  pcs.entries.forEach((entry, i) => {
    const pc = peerConnection(entry.key, entry.value, i + 1, view, view.at(entry.keyStart));
    out.pcs.push(pc);
    for (const item of pc.found) out.found.push(item);
  });
  if (out.pcs.length === 0) {
    out.notes.push(pending('extract-json-without-sdp', { what: 'webrtc-internals dump (it lists no peer connection)' }, view.at(pcs.start), view.at(pcs.end)));
  }
  return out;
}

function configurationText(node: JsonValue | undefined, view: View): string | undefined {
  if (node === undefined) return undefined;
  if (node.kind === 'string') return node.value === '' ? undefined : node.value;
  return view.text.slice(node.start, node.end);
}

function peerConnection(id: string, record: JsonValue, number: number, view: View, keyOffset: number): PcDraft {
  const url = stringMember(record, 'url')?.value;
  const label = pcLabel(number, url);
  const configuration = configurationText(member(record, 'rtcConfiguration'), view);
  const pc: PcDraft = {
    id,
    number,
    label,
    source: 'webrtc-internals',
    found: [],
    applied: [],
    events: [],
    diagnostics: [],
    start: keyOffset,
    end: keyOffset + id.length + 2,
    ...(url !== undefined && url !== '' ? { url } : {}),
    ...(configuration !== undefined ? { configuration } : {}),
  };
  const stats = internalsStats(member(record, 'stats'));
  if (stats !== undefined) pc.stats = stats;
  const log = member(record, 'updateLog');
  let lastCreated: Found | undefined;
  let implicit: AppliedDescription<Found> | undefined;
  const implicitWithoutSdp: PendingDiagnostic[] = [];

  const describe = (event: string, d: DescriptionValue, time: TimeInfo | undefined, side: DescriptionSide | undefined): Found => {
    const f = foundInView(d.sdp, 0, d.sdp.text.length, 'webrtc-internals');
    f.event = event;
    f.peerConnection = id;
    if (d.type !== undefined) f.type = d.type;
    if (d.badType !== undefined) f.diagnostics.push(pending('extract-unknown-type', { type: d.badType.text }, d.badType.start, d.badType.end));
    if (side !== undefined) f.side = side;
    if (time !== undefined) {
      f.timestamp = time.timestamp;
      if (time.time !== undefined) f.time = time.time;
    }
    f.label = `${label} · ${event}${d.type !== undefined ? ` ${d.type}` : ''}${time !== undefined ? ` · ${time.clock}` : ''}`;
    pc.found.push(f);
    const e: EventDraft = {
      kind: d.type === 'rollback' ? 'rollback' : 'description',
      event,
      text: `${event}${d.type !== undefined ? ` ${d.type}` : ''}`,
      found: f,
      start: currentStart,
      end: currentEnd,
    };
    if (side !== undefined) e.side = side;
    if (time !== undefined) e.time = time;
    pc.events.push(e);
    return f;
  };
  let currentStart = 0;
  let currentEnd = 0;

  const dropLastApplied = (side: DescriptionSide): Found | undefined => {
    for (let k = pc.applied.length - 1; k >= 0; k--) {
      const a = pc.applied[k]!;
      if (a.side !== side) continue;
      pc.applied.splice(k, 1);
      return a.ref;
    }
    return undefined;
  };

  for (const update of log?.kind === 'array' ? log.items : []) {
    const event = scalarText(member(update, 'type'));
    if (event === undefined) continue;
    const valueNode = member(update, 'value');
    const time = timeOf(member(update, 'timestamp') ?? member(update, 'time'));
    const start = view.at(update.start);
    const end = view.at(update.end);
    currentStart = start;
    currentEnd = end;

    if (event.endsWith('OnFailure')) {
      const base = event.slice(0, -'OnFailure'.length);
      const error = scalarText(valueNode) ?? '';
      const side = sideOf(base);
      const e: EventDraft = { kind: 'other', event, text: `${base} failed: ${error}`, error, start, end };
      if (side !== undefined) e.side = side;
      if (time !== undefined) e.time = time;
      if (base.startsWith('set') && side !== undefined) {
        const failed = dropLastApplied(side);
        e.kind = 'set-failed';
        const d = pending('extract-apply-failed', { event: base, error }, start, end);
        if (failed !== undefined) {
          failed.failed = error;
          failed.diagnostics.push(d);
          e.found = failed;
        } else {
          pc.diagnostics.push(d);
        }
      } else if (base === 'createOffer' || base === 'createAnswer') {
        e.kind = 'create-failed';
        pc.diagnostics.push(pending('extract-create-failed', { event: base, error }, start, end));
      }
      pc.events.push(e);
      continue;
    }
    if (event === 'icecandidate' || event === 'addIceCandidate' || event === 'addIceCandidateFailed') {
      const fields = candidateFields(valueNode?.kind === 'string' ? valueNode.value : scalarText(valueNode));
      if (fields !== undefined) {
        const c = candidateDraft(event === 'icecandidate' ? 'local' : 'remote', fields, time, start, end);
        if (event === 'addIceCandidateFailed') c.failed = 'the browser refused the candidate';
        pc.events.push(candidateEvent(event, c));
        continue;
      }
    }

    const d = descriptionValue(valueNode, view);
    if (event === 'createOfferOnSuccess' || event === 'createAnswerOnSuccess') {
      if (d === undefined) {
        pc.events.push(plainEvent(event, scalarText(valueNode), time, start, end));
        continue;
      }
      const f = describe(event, d, time, 'local');
      f.stage = 'created';
      lastCreated = f;
      continue;
    }
    if (event === 'setLocalDescription' || event === 'setRemoteDescription' || event === 'setLocalDescriptionImplicitCreateOfferOrAnswer') {
      const side: DescriptionSide = event === 'setRemoteDescription' ? 'remote' : 'local';
      if (d === undefined) {
        if (side === 'local' && scalarText(valueNode) === '') {
          // setLocalDescription() without a description: the browser makes one.
          implicit = { side };
          pc.applied.push(implicit);
          implicitWithoutSdp.push(pending('extract-implicit-without-sdp', {}, start, end));
        }
        pc.events.push(plainEvent(event, scalarText(valueNode), time, start, end));
        continue;
      }
      const f = describe(event, d, time, side);
      f.stage = 'applied';
      pc.applied.push({ side, ref: f, ...(f.type !== undefined ? { type: f.type } : {}) });
      if (side === 'local') {
        implicit = undefined;
        if (f.type === 'rollback') lastCreated = undefined;
        else if (lastCreated !== undefined) f.created = lastCreated;
      }
      continue;
    }
    if (event.startsWith('setLocalDescription') && event.endsWith('OnSuccess') && d !== undefined) {
      // The newest versions report the description an implicit
      // setLocalDescription() generated on its OnSuccess.
      const f = describe(event, d, time, 'local');
      f.stage = 'applied';
      if (implicit !== undefined && implicit.ref === undefined) {
        implicit.ref = f;
        if (f.type !== undefined) implicit.type = f.type;
        implicitWithoutSdp.pop();
      } else {
        pc.applied.push({ side: 'local', ref: f, ...(f.type !== undefined ? { type: f.type } : {}) });
      }
      implicit = undefined;
      continue;
    }
    if (d !== undefined) {
      // Any other update that carries a description is kept, unpaired.
      const side = sideOf(event);
      describe(event, d, time, side);
      continue;
    }
    pc.events.push(plainEvent(event, scalarText(valueNode), time, start, end));
  }
  for (const item of implicitWithoutSdp) pc.diagnostics.push(item);
  if (pc.found.length === 0) pc.diagnostics.push(pending('extract-no-descriptions', { pc: label }, pc.start, pc.end));
  return pc;
}
