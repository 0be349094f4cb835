import { emptyOutcome, stringView, unescapeDeep, type Outcome, type Recurse } from './context.js';
import { foundInView, isDescriptionType, type Found } from './found.js';
import { member, type JsonString, type JsonValue } from './json-value.js';
import { pathJoin } from './labels.js';
import { pending, type View } from './positions.js';
import type { DescriptionSide, SdpType } from './types.js';

/*
 * Descriptions in any JSON: the RTCSessionDescriptionInit shape
 * `{ "type": "offer", "sdp": "v=0\r\n…" }` (W3C webrtc-pc §4.6.2) wherever it
 * sits in a signalling message, and SDP strings under any key
 * (`"offer": "v=0…"`, `"localDescription": {…}`). A string that holds JSON
 * or escaped text is read again.
 */

/** What looks like a description: it starts with the version line (RFC 8866 §5.1). */
export function startsLikeSdp(text: string): boolean {
  return /^v=0[ \t]*(?:\r\n|\n|\r|$)/.test(text);
}

/** What an `sdp` member may hold: any text with an SDP line in it. */
function hasSdpLine(text: string): boolean {
  return /(?:^|[\r\n])[ \t]*[a-zA-Z]=/.test(text);
}

/** offer/answer/… from a member name such as `offer`, `remoteAnswer`, `sdpOffer`. */
function typeFromKey(key: string | undefined): SdpType | undefined {
  if (key === undefined) return undefined;
  const m = /(pranswer|offer|answer)/i.exec(key);
  return m === null ? undefined : (m[1]!.toLowerCase() as SdpType);
}

function sideFromKey(key: string | undefined): DescriptionSide | undefined {
  if (key === undefined) return undefined;
  if (/local/i.test(key)) return 'local';
  if (/remote/i.test(key)) return 'remote';
  return undefined;
}

export function fromJson(root: JsonValue, view: View, recurse: Recurse): Outcome {
  const out = emptyOutcome();
  visit(root, '$', undefined, view, recurse, out);
  return out;
}

function descriptionFromString(node: JsonString, view: View, path: string, requireStart: boolean): Found | undefined {
  const { view: sv, levels } = unescapeDeep(stringView(view, node));
  if (requireStart ? !startsLikeSdp(sv.text) : !hasSdpLine(sv.text)) return undefined;
  const f = foundInView(sv, 0, sv.text.length, 'json');
  f.path = path;
  f.escapeLevels = levels;
  return f;
}

function visit(node: JsonValue, path: string, key: string | undefined, view: View, recurse: Recurse, out: Outcome): void {
  if (node.kind === 'array') {
    node.items.forEach((item, i) => visit(item, pathJoin(path, i), key, view, recurse, out));
    return;
  }
  if (node.kind === 'string') {
    const value = node.value;
    if (!value.includes('v=0')) return;
    const f = descriptionFromString(node, view, path, true);
    if (f !== undefined) {
      const type = typeFromKey(key);
      const side = sideFromKey(key);
      if (type !== undefined) f.type = type;
      if (side !== undefined) f.side = side;
      out.found.push(f);
      return;
    }
    // JSON inside a string (a message encoded twice), or escaped or prefixed text.
    const inner = recurse(stringView(view, node));
    for (const g of inner.found) {
      g.path = g.path === undefined ? path : `${path} → ${g.path}`;
      if (g.source === 'raw' || g.source === 'log' || g.source === 'escaped') g.source = 'json';
      g.diagnostics.push(pending('extract-nested-json', { where: `inside the JSON string at ${path}` }, view.at(node.start), view.at(node.end)));
      out.found.push(g);
    }
    for (const item of inner.pcs) out.pcs.push(item);
    return;
  }
  if (node.kind !== 'object') return;

  const sdpNode = member(node, 'sdp');
  let sdpEntryUsed = false;
  if (sdpNode?.kind === 'string') {
    const f = descriptionFromString(sdpNode, view, pathJoin(path, 'sdp'), false);
    if (f !== undefined) {
      sdpEntryUsed = true;
      const typeNode = member(node, 'type');
      if (typeNode?.kind === 'string') {
        if (isDescriptionType(typeNode.value)) f.type = typeNode.value;
        else f.diagnostics.push(pending('extract-unknown-type', { type: typeNode.value }, view.at(typeNode.start + 1), view.at(typeNode.end - 1)));
      } else {
        const t = typeFromKey(key);
        if (t !== undefined) f.type = t;
      }
      const side = sideFromKey(key);
      if (side !== undefined) f.side = side;
      out.found.push(f);
    }
  }
  for (const e of node.entries) {
    if (sdpEntryUsed && e.key === 'sdp' && e.value === sdpNode) continue;
    visit(e.value, pathJoin(path, e.key), e.key, view, recurse, out);
  }
}
