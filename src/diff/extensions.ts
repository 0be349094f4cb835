import type { Direction, Extmap } from '../parser/model/attributes/extmap.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { lineNumber, setIfDefined } from './lines.js';

/*
 * RTP header extensions (RFC 8285 §6): matched by URI. The answer keeps the
 * ones it supports; each side sends with the id the other side declared, so
 * an id that differs between offer and answer works but is notable (and
 * within a BUNDLE group one id must mean one URI, RFC 9143 §9.2). An answer
 * cannot add an extension that was not offered.
 */

export interface KeptExtension {
  uri: string;
  offerId: number;
  answerId: number;
  idChanged: boolean;
  offerDirection?: Direction;
  answerDirection?: Direction;
  offerLine?: number;
  answerLine?: number;
}

export interface OneSidedExtension {
  uri: string;
  id: number;
  direction?: Direction;
  line?: number;
}

export interface ExtensionsDiff {
  kept: KeptExtension[];
  dropped: OneSidedExtension[];
  /** In the answer, not offered. */
  added: OneSidedExtension[];
}

export interface ExtensionContext {
  offerMedia: Media;
  answerMedia: Media;
  offerSessionLines: readonly SdpLine[];
  answerSessionLines: readonly SdpLine[];
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

/**
 * The line number of the first a=extmap for a uri in the section, else at
 * session level (as attributeLine finds it), from maps built once: a search
 * per extension made sections with many extensions quadratic.
 */
function extmapLines(sectionLines: readonly SdpLine[], sessionLines: readonly SdpLine[]): (uri: string) => number | undefined {
  let section: Map<string, SdpLine> | undefined;
  let session: Map<string, SdpLine> | undefined;
  const index = (lines: readonly SdpLine[]): Map<string, SdpLine> => {
    const m = new Map<string, SdpLine>();
    for (const line of lines) {
      const v = line.type === 'a' && line.name === 'extmap' ? (line.value as Extmap | undefined) : undefined;
      if (v !== undefined && !m.has(v.uri)) m.set(v.uri, line);
    }
    return m;
  };
  return (uri) => {
    section ??= index(sectionLines);
    const own = section.get(uri);
    if (own !== undefined) return lineNumber(own);
    session ??= index(sessionLines);
    return lineNumber(session.get(uri));
  };
}

export function diffExtensions(ctx: ExtensionContext): ExtensionsDiff {
  const out: ExtensionsDiff = { kept: [], dropped: [], added: [] };
  const answered = new Map(ctx.answerMedia.extmaps.map((e) => [e.uri, e]));
  const offered = new Set<string>();
  const oLine = extmapLines(ctx.offerMedia.lines, ctx.offerSessionLines);
  const aLine = extmapLines(ctx.answerMedia.lines, ctx.answerSessionLines);
  const added = new Set<string>();
  const offeredIds = new Map(ctx.offerMedia.extmaps.map((e) => [e.id, e.uri]));

  for (const o of ctx.offerMedia.extmaps) {
    if (offered.has(o.uri)) continue;
    offered.add(o.uri);
    const a = answered.get(o.uri);
    if (a === undefined) {
      const d: OneSidedExtension = { uri: o.uri, id: o.id };
      setIfDefined(d, 'direction', o.direction);
      setIfDefined(d, 'line', oLine(o.uri));
      out.dropped.push(d);
      continue;
    }
    const k: KeptExtension = { uri: o.uri, offerId: o.id, answerId: a.id, idChanged: o.id !== a.id };
    setIfDefined(k, 'offerDirection', o.direction);
    setIfDefined(k, 'answerDirection', a.direction);
    setIfDefined(k, 'offerLine', oLine(o.uri));
    setIfDefined(k, 'answerLine', aLine(o.uri));
    out.kept.push(k);
    if (k.idChanged) {
      const clash = offeredIds.get(a.id);
      ctx.findings.push(diffFinding(
        'extension-id-changed',
        `${o.uri} is id ${o.id} in the offer and id ${a.id} in the answer${clash !== undefined && clash !== o.uri ? ` (id ${a.id} is ${clash} in the offer)` : ''}`,
        { side: 'answer', line: k.answerLine, section: ctx.section, mid: ctx.mid },
      ));
    }
  }
  for (const a of ctx.answerMedia.extmaps) {
    if (offered.has(a.uri) || added.has(a.uri)) continue;
    added.add(a.uri);
    const d: OneSidedExtension = { uri: a.uri, id: a.id };
    setIfDefined(d, 'direction', a.direction);
    setIfDefined(d, 'line', aLine(a.uri));
    out.added.push(d);
    ctx.findings.push(diffFinding('extension-not-offered', `the answer maps id ${a.id} to ${a.uri}, which the offer did not list`, {
      side: 'answer', line: d.line, section: ctx.section, mid: ctx.mid,
    }));
  }
  return out;
}
