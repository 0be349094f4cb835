import { detectDescriptionType } from '../diff/description-type.js';
import { emptyOutcome, stringView, type Outcome, type PcDraft } from './context.js';
import { foundInView, lineStartOffsets, type Found } from './found.js';
import { member, scalarText, stringMember, type JsonObject, type JsonString, type JsonValue } from './json-value.js';
import { pcLabel, timeOf } from './labels.js';
import { expectedType } from './pairs.js';
import { mappedView, pending, type View } from './positions.js';
import { candidateDraft, candidateEvent, type EventDraft } from './events.js';
import { StatsSamples } from './stats.js';
import type { DescriptionSide, IceStats, SdpType } from './types.js';

/*
 * Firefox about:webrtc. Facts used, from mozilla's source:
 *
 * - "Copy report" writes JSON.stringify({ ...report }, null, 2) of one
 *   RTCStatsReportInternal (toolkit/content/aboutwebrtc/aboutWebrtc.mjs,
 *   renderPeerConnectionTools); "copy report history" writes the
 *   WebrtcGlobalStatisticsReport { reports: [...], sdpHistories: [...] } of
 *   getStatsHistorySince (dom/webidl/WebrtcGlobalInformation.webidl).
 * - RTCStatsReportInternal (dom/webidl/RTCStatsReport.webidl) has `pcid`,
 *   `browserId`, `timestamp`, `closed`, `offerer` ("Is the PC the offerer"),
 *   and `sdpHistory`: [{ timestamp, isLocal, sdp, errors: [{ lineNumber,
 *   error }] }]; RTCSdpHistoryInternal is { pcid, sdpHistory }. Older
 *   versions had `localSdp` and `remoteSdp` instead (aboutWebrtc.js
 *   SDPStats, which labels them offer/answer from `offerer`).
 * - The page reads the id and URL out of the pcid with /id=(\S+)/ and
 *   /url=([^)]+)/ (renderPeerConnectionHeading).
 * - The SDP section's copy button writes { offer: { side, sdp: lines },
 *   answer: { side, sdp: lines } } where lines is sdp.split("\r\n")
 *   (renderSDPStats).
 * - "Save page" writes the page's HTML, whose <pre> blocks show each SDP with
 *   every CRLF replaced by LF (trimNewlines).
 * The history gives no type: it is read from a=setup (an offer's is actpass,
 * RFC 8842 §5.2) or else from the order of the offer/answer exchange.
 */

function isReport(value: JsonValue | undefined): boolean {
  return value?.kind === 'object' && stringMember(value, 'pcid') !== undefined && (member(value, 'sdpHistory') !== undefined || member(value, 'localSdp') !== undefined || member(value, 'remoteSdp') !== undefined);
}

function sdpLinesSide(value: JsonValue | undefined): boolean {
  return member(value, 'sdp')?.kind === 'array' && stringMember(value, 'side') !== undefined;
}

export function isAboutWebrtc(value: JsonValue): boolean {
  if (isReport(value)) return true;
  if (value.kind === 'array') return value.items.some(isReport);
  const reports = member(value, 'reports');
  if (reports?.kind === 'array' && reports.items.some((r) => stringMember(r, 'pcid') !== undefined)) return true;
  if (member(value, 'sdpHistories')?.kind === 'array') return true;
  return sdpLinesSide(member(value, 'offer')) || sdpLinesSide(member(value, 'answer'));
}

interface HistoryEntry {
  sdp: JsonString;
  isLocal: boolean;
  timestamp: JsonValue | undefined;
  errors: JsonValue | undefined;
}

interface ReportGroup {
  pcid: string;
  pcidOffset: number;
  reports: JsonObject[];
  history: HistoryEntry[];
}

export function fromAboutWebrtc(root: JsonValue, view: View): Outcome {
  const out = emptyOutcome();
  if (!isReport(root) && root.kind === 'object' && (sdpLinesSide(member(root, 'offer')) || sdpLinesSide(member(root, 'answer')))) {
    fromSdpCopy(root, view, out);
    return out;
  }
  const groups = new Map<string, ReportGroup>();
  const group = (pcid: JsonString): ReportGroup => {
    let g = groups.get(pcid.value);
    if (g === undefined) {
      g = { pcid: pcid.value, pcidOffset: view.at(pcid.start), reports: [], history: [] };
      groups.set(pcid.value, g);
    }
    return g;
  };
  const addHistory = (g: ReportGroup, list: JsonValue | undefined): void => {
    if (list?.kind !== 'array') return;
    for (const e of list.items) {
      const sdp = stringMember(e, 'sdp');
      const isLocal = member(e, 'isLocal');
      if (sdp === undefined || isLocal?.kind !== 'literal' || typeof isLocal.value !== 'boolean') continue;
      g.history.push({ sdp, isLocal: isLocal.value, timestamp: member(e, 'timestamp'), errors: member(e, 'errors') });
    }
  };
  const listed = member(root, 'reports');
  const reports: JsonValue[] = isReport(root) ? [root] : root.kind === 'array' ? root.items : listed?.kind === 'array' ? listed.items : [];
  for (const r of reports) {
    const pcid = stringMember(r, 'pcid');
    if (pcid === undefined || r.kind !== 'object') continue;
    const g = group(pcid);
    g.reports.push(r);
    addHistory(g, member(r, 'sdpHistory'));
  }
  const histories = member(root, 'sdpHistories');
  for (const h of histories?.kind === 'array' ? histories.items : []) {
    const pcid = stringMember(h, 'pcid');
    if (pcid !== undefined) addHistory(group(pcid), member(h, 'sdpHistory'));
  }
  let number = 0;
  for (const g of groups.values()) {
    const pc = peerConnection(g, ++number, view);
    out.pcs.push(pc);
    for (const item of pc.found) out.found.push(item);
  }
  return out;
}

function peerConnection(g: ReportGroup, number: number, view: View): PcDraft {
  const url = /url=([^)]+)/.exec(g.pcid)?.[1];
  const label = pcLabel(number, url);
  const last = g.reports[g.reports.length - 1];
  const closed = member(last, 'closed');
  const pc: PcDraft = {
    id: g.pcid,
    number,
    label,
    source: 'about-webrtc',
    found: [],
    applied: [],
    events: [],
    diagnostics: [],
    start: g.pcidOffset,
    end: g.pcidOffset + g.pcid.length + 2,
    ...(url !== undefined ? { url } : {}),
    ...(closed?.kind === 'literal' && typeof closed.value === 'boolean' ? { closed: closed.value } : {}),
  };

  // The same entry appears in every report and in sdpHistories: keep it once.
  const seen = new Set<string>();
  const entries = g.history.filter((e) => {
    const key = `${scalarText(e.timestamp) ?? ''}\u0000${e.isLocal}\u0000${e.sdp.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  entries.sort((a, b) => numberOf(a.timestamp) - numberOf(b.timestamp));

  let pendingOffer: DescriptionSide | undefined;
  for (const e of entries) {
    const side: DescriptionSide = e.isLocal ? 'local' : 'remote';
    const f = description(e.sdp, view, pc, side);
    const time = timeOf(e.timestamp);
    if (time !== undefined) {
      f.timestamp = time.timestamp;
      if (time.time !== undefined) f.time = time.time;
    }
    f.event = 'sdpHistory';
    const type = inferType(f, side, pendingOffer);
    pendingOffer = type === 'offer' ? side : undefined;
    f.label = `${label} · ${side} ${type}${time !== undefined ? ` · ${time.clock}` : ''}`;
    for (const err of e.errors?.kind === 'array' ? e.errors.items : []) {
      const lineNumber = scalarText(member(err, 'lineNumber')) ?? '?';
      const error = scalarText(member(err, 'error')) ?? '';
      const n = Number(lineNumber);
      const at = Number.isInteger(n) && n >= 1 ? f.lineOrigins[n - 1] : undefined;
      f.diagnostics.push(pending('extract-source-errors', { lineNumber, error }, at ?? f.start, at ?? f.end));
    }
    pc.applied.push({ side, type, ref: f });
  }

  if (entries.length === 0 && last !== undefined) {
    // Older Firefox: only the current local and remote SDP, typed by `offerer`.
    const offerer = member(last, 'offerer');
    const isOfferer = offerer?.kind === 'literal' && offerer.value === true;
    const knows = offerer?.kind === 'literal' && typeof offerer.value === 'boolean';
    const sides: [DescriptionSide, string][] = [
      ['local', 'localSdp'],
      ['remote', 'remoteSdp'],
    ];
    const ordered = isOfferer || !knows ? sides : [sides[1]!, sides[0]!];
    for (const [side, key] of ordered) {
      const node = stringMember(last, key);
      if (node === undefined || node.value === '') continue;
      const f = description(node, view, pc, side);
      f.event = key;
      if (knows) {
        const type: SdpType = (side === 'local') === isOfferer ? 'offer' : 'answer';
        f.type = type;
        f.diagnostics.push(pending('extract-type-inferred', { type, evidence: `the report says \`offerer: ${String(isOfferer)}\`` }, view.at(offerer.start), view.at(offerer.end)));
        pc.applied.push({ side, type, ref: f });
      } else {
        const type = inferType(f, side, undefined);
        pc.applied.push({ side, type, ref: f });
      }
      f.label = `${label} · ${side}${f.type !== undefined ? ` ${f.type}` : ''}`;
    }
  }
  if (pc.found.length === 0) pc.diagnostics.push(pending('extract-no-descriptions', { pc: label }, pc.start, pc.end));
  // The timeline: Firefox's report keeps the descriptions (sdpHistory), not the calls.
  for (const f of pc.found) {
    const e: EventDraft = { kind: 'description', event: f.event ?? 'sdpHistory', text: `${f.side ?? ''} ${f.type ?? 'description'}`.trim(), found: f, start: f.start, end: f.end };
    if (f.side !== undefined) e.side = f.side;
    if (f.timestamp !== undefined) e.time = { timestamp: f.timestamp, clock: f.timestamp, ...(f.time !== undefined ? { time: f.time } : {}) };
    pc.events.push(e);
  }
  // The candidates Firefox knew when the report was taken (SDP and trickled alike), as of the last negotiation.
  for (const [side, key] of [['local', 'rawLocalCandidates'], ['remote', 'rawRemoteCandidates']] as const) {
    const list = member(last, key);
    for (const item of list?.kind === 'array' ? list.items : []) {
      if (item.kind !== 'string' || item.value.trim() === '') continue;
      pc.events.push(candidateEvent(key, candidateDraft(side, { candidate: item.value }, undefined, view.at(item.start), view.at(item.end))));
    }
  }
  const stats = reportStats(g.reports);
  if (stats !== undefined) pc.stats = stats;
  return pc;
}

/**
 * Firefox's stats in each report (RTCStatsReport members as arrays:
 * iceCandidatePairStats, iceCandidateStats; dom/media/webrtc/jsapi
 * RTCStatsReport.webidl), sampled at the report's timestamp. Firefox marks
 * the pair in use with `selected: true` and has no transport stats.
 */
function reportStats(reports: readonly JsonValue[]): IceStats | undefined {
  const samples = new StatsSamples();
  for (const r of reports) {
    const time = numberOf(member(r, 'timestamp')) || undefined;
    const feed = (list: JsonValue | undefined, fixedType?: string): void => {
      for (const item of list?.kind === 'array' ? list.items : []) {
        const id = scalarText(member(item, 'id'));
        const type = fixedType ?? scalarText(member(item, 'type'));
        if (id === undefined || type === undefined || item.kind !== 'object') continue;
        for (const e of item.entries) {
          const v = e.value;
          if (v.kind === 'string' || v.kind === 'number') samples.add(id, type, e.key, v.value, time);
          else if (v.kind === 'literal') samples.add(id, type, e.key, v.value, time);
        }
      }
    };
    feed(member(r, 'iceCandidatePairStats'), 'candidate-pair');
    feed(member(r, 'iceCandidateStats'));
  }
  return samples.result('about-webrtc');
}

function numberOf(value: JsonValue | undefined): number {
  const n = Number(scalarText(value));
  return Number.isFinite(n) ? n : 0;
}

function description(node: JsonString, view: View, pc: PcDraft, side: DescriptionSide): Found {
  const sv = stringView(view, node);
  const f = foundInView(sv, 0, sv.text.length, 'about-webrtc');
  f.peerConnection = pc.id;
  f.side = side;
  f.stage = 'applied';
  pc.found.push(f);
  return f;
}

/** Offer or answer for a history entry: a=setup when it tells, else the next step of the exchange. */
function inferType(f: Found, side: DescriptionSide, pendingOffer: DescriptionSide | undefined): SdpType {
  const guess = detectDescriptionType(f.sdp);
  const type = guess.type ?? expectedType(pendingOffer, side);
  const evidence =
    guess.type !== undefined
      ? guess.evidence
      : pendingOffer === undefined
        ? `no a=setup line; nothing was pending, so a ${side} description starts an exchange`
        : `no a=setup line; it follows a ${pendingOffer} offer`;
  f.type = type;
  f.diagnostics.push(pending('extract-type-inferred', { type, evidence }, f.start, f.lineOrigins[1] ?? f.end));
  return type;
}

/** The SDP section's copy button: { offer: { side, sdp: [lines] }, answer: { … } }. */
function fromSdpCopy(root: JsonObject, view: View, out: Outcome): void {
  for (const type of ['offer', 'answer'] as const) {
    const part = member(root, type);
    const lines = member(part, 'sdp');
    const side = stringMember(part, 'side')?.value;
    if (lines?.kind !== 'array') continue;
    const items = lines.items.filter((l): l is JsonString => l.kind === 'string');
    if (items.length === 0 || items.every((l) => l.value === '')) continue;
    const sdp = items.map((l) => l.value).join('\r\n');
    const origins = lineStartOffsets(sdp).map((_, k) => view.at((items[k]?.start ?? lines.start) + 1));
    const f: Found = {
      sdp,
      source: 'about-webrtc',
      start: view.at(lines.start),
      end: view.at(lines.end),
      lineOrigins: origins,
      type,
      stage: 'applied',
      event: `$.${type}.sdp`,
      escapeLevels: 0,
      diagnostics: [
        pending(
          'extract-lines-joined',
          { count: items.length, why: 'about:webrtc splits the SDP at CRLF when it copies it (aboutWebrtc.mjs, renderSDPStats)' },
          view.at(lines.start),
          view.at(lines.end),
        ),
      ],
      label: `about:webrtc SDP copy · ${side === 'local' || side === 'remote' ? `${side} ` : ''}${type}`,
    };
    if (side === 'local' || side === 'remote') f.side = side;
    out.found.push(f);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes HTML character references, keeping for every character the offset it came from. */
function decodeHtml(text: string, start: number, end: number): { value: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  const re = /&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/y;
  for (let i = start; i < end; ) {
    if (text[i] === '&') {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m !== null && m.index + m[0].length <= end) {
        const name = m[1]!;
        const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : undefined;
        const ch = code !== undefined ? (code <= 0x10ffff ? String.fromCodePoint(code) : undefined) : ENTITIES[name];
        if (ch !== undefined) {
          for (let k = 0; k < ch.length; k++) {
            out.push(ch[k]!);
            map.push(i);
          }
          i += m[0].length;
          continue;
        }
      }
    }
    out.push(text[i]!);
    map.push(i);
    i++;
  }
  map.push(end);
  return { value: out.join(''), map };
}

export function looksLikeAboutWebrtcPage(text: string): boolean {
  return /^\s*</.test(text) && /<pre[\s>]/i.test(text) && /about-webrtc-|aboutWebrtc|peer-connection/.test(text);
}

/**
 * A page saved with about:webrtc's "Save page": each <pre> that holds an SDP
 * becomes a description, its LF line ends turned back into CRLF (the page
 * replaced every CRLF by LF). The same SDP shows in several tabs (offer,
 * answer, history): it is kept once.
 */
export function fromAboutWebrtcPage(view: View): Outcome {
  const out = emptyOutcome();
  const text = view.text;
  const pre = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/gi;
  const byText = new Map<string, { f: Found; count: number }>();
  let m: RegExpExecArray | null;
  while ((m = pre.exec(text)) !== null) {
    const bodyStart = m.index + m[0].indexOf('>') + 1;
    const bodyEnd = bodyStart + m[1]!.length;
    const decoded = decodeHtml(text, bodyStart, bodyEnd);
    const dv = mappedView(view, decoded.value, decoded.map);
    const lead = /^\s*/.exec(dv.text)![0].length;
    if (!/^v=0[ \t]*(?:\r\n|\n|\r|$)/.test(dv.text.slice(lead))) continue;
    // CRLF back: each LF not already after a CR, and one after the last line.
    const parts: string[] = [];
    const origins: number[] = [];
    const body = dv.text.slice(lead).replace(/\s+$/, '');
    const bodyLines = body.split(/\r?\n/);
    let offset = lead;
    for (const line of bodyLines) {
      parts.push(line);
      origins.push(dv.at(offset));
      offset += line.length;
      if (dv.text[offset] === '\r') offset++;
      offset++;
    }
    const count = (body.match(/(?<!\r)\n/g) ?? []).length + 1;
    const sdp = `${parts.join('\r\n')}\r\n`;
    const known = byText.get(sdp);
    const before = text.slice(0, m.index);
    const paneAt = before.lastIndexOf('id="tab_pane_');
    const pane = paneAt < 0 ? undefined : /^id="tab_pane_(offer|answer|history)_/.exec(before.slice(paneAt, paneAt + 40))?.[1];
    if (known !== undefined) {
      known.count++;
      continue;
    }
    const f: Found = {
      sdp,
      source: 'about-webrtc',
      start: dv.at(lead),
      end: dv.at(lead + body.length),
      lineOrigins: origins,
      stage: 'applied',
      event: 'pre',
      escapeLevels: 0,
      diagnostics: [pending('extract-lf-to-crlf', { count, why: 'about:webrtc shows SDP with every CRLF replaced by LF (aboutWebrtc.mjs, trimNewlines)' }, dv.at(lead), dv.at(lead + body.length))],
    };
    if (pane === 'offer' || pane === 'answer') {
      f.type = pane;
      const button = new RegExp(`id="tab_button_${pane}_[^"]*"[^>]*data-l10n-id="about-webrtc-(local|remote)-sdp-heading`).exec(text)?.[1];
      if (button === 'local' || button === 'remote') f.side = button;
    } else {
      const local = before.lastIndexOf('about-webrtc-local-sdp-heading"');
      const remote = before.lastIndexOf('about-webrtc-remote-sdp-heading"');
      if (local >= 0 || remote >= 0) f.side = local > remote ? 'local' : 'remote';
    }
    f.label = `about:webrtc page · ${f.side !== undefined ? `${f.side} ` : ''}${f.type ?? 'SDP'}`;
    byText.set(sdp, { f, count: 1 });
    out.found.push(f);
  }
  for (const { f, count } of byText.values()) {
    if (count > 1) f.diagnostics.push(pending('extract-duplicate', { count }, f.start, f.end));
  }
  return out;
}
