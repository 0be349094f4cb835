import { stringView, type PcDraft } from './context.js';
import { candidateDraft, candidateEvent, candidateFields, domEventName, plainEvent, type EventDraft } from './events.js';
import { foundInView, isDescriptionType, type Found } from './found.js';
import { parseJson, plainValue, scalarText, stringMember, type JsonValue } from './json-value.js';
import type { TimeInfo } from './labels.js';
import type { AppliedDescription } from './pairs.js';
import { pending, sliceView, type PendingDiagnostic, type View } from './positions.js';
import type { DescriptionSide, SdpType } from './types.js';

/*
 * The calls and callbacks of one RTCPeerConnection as blink's
 * PeerConnectionTracker logs them (peer_connection_tracker.cc), in
 * chrome://webrtc-internals dumps (updateLog) and rtcstats dumps alike:
 * descriptions created and applied (munging = an applied local description
 * that differs from the one created before it), failures with the browser's
 * error text, trickled candidates, state changes, everything else as events.
 */

export type UpdateFn = (event: string, value: JsonValue | undefined, time: TimeInfo | undefined, start: number, end: number) => void;

interface DescriptionValue {
  type?: SdpType;
  badType?: { text: string; start: number; end: number };
  sdp: View;
}

/** Reads "type: offer, sdp: v=0…" or {"type":"offer","sdp":"v=0…"}; undefined when the value holds no description. */
function descriptionValue(node: JsonValue | undefined, view: View): DescriptionValue | undefined {
  if (node?.kind === 'object') {
    // rtcstats dumps log the RTCSessionDescriptionInit itself.
    const t = stringMember(node, 'type');
    if (t === undefined) return undefined;
    const s = stringMember(node, 'sdp');
    const sdp = s === undefined ? sliceView(view, node.end, node.end) : stringView(view, s);
    if (isDescriptionType(t.value)) return { type: t.value, sdp };
    return { sdp, badType: { text: t.value, start: view.at(t.start + 1), end: view.at(t.end - 1) } };
  }
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

/**
 * Reads the updates of one peer connection, in order: the update log of a
 * webrtc-internals dump and the events of an rtcstats dump are the same
 * calls and callbacks (blink's PeerConnectionTracker writes both).
 */
export function updateReader(pc: PcDraft, view: View, source: 'webrtc-internals' | 'rtcstats'): { add: UpdateFn; finish: () => void } {
  const { id, label } = pc;
  let lastCreated: Found | undefined;
  let implicit: AppliedDescription<Found> | undefined;
  const implicitWithoutSdp: PendingDiagnostic[] = [];

  const describe = (event: string, d: DescriptionValue, time: TimeInfo | undefined, side: DescriptionSide | undefined): Found => {
    const f = foundInView(d.sdp, 0, d.sdp.text.length, source);
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

  const add: UpdateFn = (event, valueNode, time, start, end) => {
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
      return;
    }
    const dom = domEventName(event);
    if (dom === 'icecandidate' || dom === 'addicecandidate' || dom === 'addicecandidatefailed') {
      const fields = candidateFields(valueNode?.kind === 'object' ? plainValue(valueNode) : scalarText(valueNode));
      if (fields !== undefined) {
        const c = candidateDraft(dom === 'icecandidate' ? 'local' : 'remote', fields, time, start, end);
        if (dom === 'addicecandidatefailed') c.failed = 'the browser refused the candidate';
        pc.events.push(candidateEvent(event, c));
        return;
      }
    }

    const d = descriptionValue(valueNode, view);
    if (event === 'createOfferOnSuccess' || event === 'createAnswerOnSuccess') {
      if (d === undefined) {
        pc.events.push(plainEvent(event, scalarText(valueNode), time, start, end));
        return;
      }
      const f = describe(event, d, time, 'local');
      f.stage = 'created';
      lastCreated = f;
      return;
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
        return;
      }
      const f = describe(event, d, time, side);
      f.stage = 'applied';
      pc.applied.push({ side, ref: f, ...(f.type !== undefined ? { type: f.type } : {}) });
      if (side === 'local') {
        implicit = undefined;
        if (f.type === 'rollback') lastCreated = undefined;
        else if (lastCreated !== undefined) f.created = lastCreated;
      }
      return;
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
      return;
    }
    if (d !== undefined) {
      // Any other update that carries a description is kept, unpaired.
      const side = sideOf(event);
      describe(event, d, time, side);
      return;
    }
    pc.events.push(plainEvent(event, scalarText(valueNode), time, start, end));
  };
  const finish = (): void => {
    for (const item of implicitWithoutSdp) pc.diagnostics.push(item);
    if (pc.found.length === 0) pc.diagnostics.push(pending('extract-no-descriptions', { pc: label }, pc.start, pc.end));
  };
  return { add, finish };
}
