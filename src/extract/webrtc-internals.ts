import { emptyOutcome, type Outcome, type PcDraft } from './context.js';
import { internalsStats } from './internals-stats.js';
import { member, scalarText, stringMember, type JsonObject, type JsonValue } from './json-value.js';
import { pcLabel, timeOf } from './labels.js';
import { pending, type View } from './positions.js';
import { updateReader } from './update-log.js';

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
  const configuration = configurationText(member(record, 'rtcConfiguration'), view);
  const pc: PcDraft = {
    id,
    number,
    label: pcLabel(number, url),
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
  const reader = updateReader(pc, view, 'webrtc-internals');
  const log = member(record, 'updateLog');
  for (const update of log?.kind === 'array' ? log.items : []) {
    const event = scalarText(member(update, 'type'));
    if (event === undefined) continue;
    reader.add(event, member(update, 'value'), timeOf(member(update, 'timestamp') ?? member(update, 'time')), view.at(update.start), view.at(update.end));
  }
  reader.finish();
  return pc;
}
