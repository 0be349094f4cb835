/**
 * The codec matrix: one accepted m-section's codec negotiation as a grid.
 * Rows are the offered codecs, columns the answered ones, in m= line order
 * (each side's preference, RFC 3264 §6.1). Each offered primary codec has
 * exactly one cell: matched with its answer codec, or dropped (drawn in a
 * "not in the answer" column); each answered codec that matches none has an
 * added cell (drawn in a "not offered" row).
 *
 * Nothing is matched here: every pairing, reason and note comes from
 * `diffCodecs` (codecs.ts). This file only places the entries:
 *
 * - Primary codecs (media, CN, telephone-event) are rows and columns.
 * - rtx is a chip on the codec its apt names (RFC 4588 §8.6).
 * - Audio red with a payload list (RFC 2198 §5, `111/111`) is a chip on the
 *   codec it carries first (its primary encoding).
 * - Video red (no payload list), ulpfec (RFC 5109) and flexfec (RFC 8627)
 *   carry or protect whatever the sender chooses, not one codec: libwebrtc
 *   wraps every video codec in red/ulpfec and protects the whole stream with
 *   flexfec. They are chips of the section (`shared`), as is rtx whose apt
 *   names one of them, and any rtx or red whose apt or list names no codec.
 *
 * Per matched pair, the fmtp parameters are compared one by one, and each
 * parameter the explain knowledge tables know is put in words from those
 * tables (src/explain/knowledge/fmtp.ts); H.264 profile-level-id is read with
 * codec-identity's classification, the one the match uses. Plain data (it
 * survives JSON and structured clone), never throws.
 */
import { codecFmtp, fmtpDecoders, fmtpParameter, fmtpValueWords, type FmtpParameterInfo } from '../explain/knowledge/fmtp.js';
import { lookup } from '../explain/knowledge/lookup.js';
import { describeLevel, h264ProfileOf, profileWords, redPayloadTypes, rtxPayloadType, type CodecRole } from './codec-identity.js';
import type { CodecRef, CodecsDiff } from './codecs.js';
import type { Side } from './findings.js';
import type { OfferAnswerDiff, SectionDiff } from './index.js';
import { setIfDefined } from './lines.js';
import { sectionName } from './summary.js';

/** One codec on one side, with the lines that define it. */
export interface MatrixEnd {
  side: Side;
  payloadType: number;
  /** `name/clock[/channels]` as written. */
  label: string;
  /** The identifying fmtp parameters in words (H.264 profile and packetization-mode, VP9 profile-id, …). */
  variant?: string;
  /** 1-based line of the a=rtpmap (the m= line for a static payload type without one). */
  rtpmapLine?: number;
  /** 1-based line of the a=fmtp. */
  fmtpLine?: number;
}

export type ChipRole = 'rtx' | 'red' | 'fec';
export type ChipOutcome = 'accepted' | 'dropped' | 'added';

/** An rtx, red or FEC payload type, drawn on the codec it repairs or carries (or on the section). */
export interface MatrixChip {
  role: ChipRole;
  outcome: ChipOutcome;
  /** Present unless added by the answer. */
  offer?: MatrixEnd;
  /** Present unless dropped. */
  answer?: MatrixEnd;
  remapped: boolean;
  /** Why it was dropped (from the diff). */
  reason?: string;
  /** e.g. "rtx PT 97 → 97 (accepted)". */
  text: string;
}

/** A row (offered) or a column (answered) of the grid. */
export interface MatrixCodec extends MatrixEnd {
  role: CodecRole;
  /** The rtx and red that repair or carry this codec, on the same side, in m= line order. */
  chips: MatrixChip[];
  /** Index in `cells` of this codec's one cell. */
  cell: number;
}

export type FmtpChange = 'same' | 'changed' | 'offer-only' | 'answer-only';

/** One fmtp parameter of a matched pair, offer against answer. */
export interface FmtpParameterDiff {
  /** The name as written (the offer's spelling when both have it; names are case-insensitive, RFC 4855 §3). */
  key: string;
  offer?: string;
  answer?: string;
  change: FmtpChange;
  /** Written on one side only, with the value the absent side means by default: no difference in effect. */
  sameAsDefault: boolean;
  /** What the parameter is about, from the knowledge tables (absent for a parameter they do not know). */
  meaning?: string;
  offerWords?: string;
  answerWords?: string;
  /** The comparison in one sentence. */
  text: string;
}

export interface FmtpComparison {
  /** Every parameter of either side: the offer's in order, then the answer's own. */
  parameters: FmtpParameterDiff[];
  /** Some parameter differs in effect (not `same`, not `sameAsDefault`). */
  differs: boolean;
  /** The diff's notes on the pair, e.g. "H264 level 3.1 offered, 5.2 answered …". */
  notes: string[];
}

export type MatrixCellKind = 'matched' | 'dropped' | 'added';

export interface MatrixCell {
  kind: MatrixCellKind;
  /** Index in `rows` (absent for an added codec: the "not offered" row). */
  row?: number;
  /** Index in `columns` (absent for a dropped codec: the "not in the answer" column). */
  column?: number;
  offer?: MatrixEnd;
  answer?: MatrixEnd;
  /** Matched under another payload type number. */
  remapped: boolean;
  /** Why the offered codec was dropped. */
  reason?: string;
  /** Matched pairs: the fmtp comparison. */
  fmtp?: FmtpComparison;
  /** e.g. "VP8/90000: PT 96 → 98 (remapped)". */
  text: string;
}

export interface CodecMatrix {
  /** 0-based offered position of the section. */
  section: number;
  mid?: string;
  kind: string;
  /** e.g. "video mid 1". */
  label: string;
  /** m= lines. */
  offerLine?: number;
  answerLine?: number;
  rows: MatrixCodec[];
  columns: MatrixCodec[];
  cells: MatrixCell[];
  /** Section-wide chips: video red, ulpfec, flexfec (they protect every codec), their rtx, and rtx/red that name no codec. */
  shared: MatrixChip[];
  /** A paragraph: the grid in words, for a text alternative. */
  description: string;
}

function end(side: Side, ref: CodecRef): MatrixEnd {
  const e: MatrixEnd = { side, payloadType: ref.payloadType, label: ref.label };
  setIfDefined(e, 'variant', ref.variant);
  setIfDefined(e, 'rtpmapLine', ref.line);
  setIfDefined(e, 'fmtpLine', ref.fmtpLine);
  return e;
}

function isChipRole(role: CodecRole): role is ChipRole {
  return role === 'rtx' || role === 'red' || role === 'fec';
}

// ---------------------------------------------------------------------------
// fmtp, parameter by parameter
// ---------------------------------------------------------------------------

/** The default a knowledge entry gives, as a value ("420010 (Baseline, level 1.0)" → "420010"). */
function defaultValue(info: FmtpParameterInfo | undefined): string | undefined {
  return info?.default?.split(' ')[0];
}

function valueWords(codec: string, key: string, info: FmtpParameterInfo | undefined, value: string): string | undefined {
  if (info === undefined) return undefined;
  if (codec.toLowerCase() === 'h264' && key.toLowerCase() === 'profile-level-id') {
    const p = h264ProfileOf(value);
    return p.level === 0 ? `${value}, not three bytes in hex` : `${profileWords(p)}, level ${describeLevel(p.level)}`;
  }
  const decoded = info.decoder === undefined ? undefined : fmtpDecoders[info.decoder](value, { codecOf: () => undefined });
  return decoded?.short ?? (info.short === undefined ? undefined : lookup(info.short, value)) ?? fmtpValueWords(info, value, decoded);
}

/** The key under which a positional fmtp (telephone-event `0-15`, red `111/111`) is compared. */
export const POSITIONAL_KEY = '(list)';

function compareFmtp(offer: CodecRef, answer: CodecRef, notes: readonly string[]): FmtpComparison {
  const codec = offer.name;
  const positional = codecFmtp(codec)?.positional;
  const byLower = (p: Record<string, string>): Map<string, [string, string]> => {
    const out = new Map<string, [string, string]>();
    const list: string[] = [];
    for (const [k, v] of Object.entries(p)) {
      // A piece without `=` of a codec whose fmtp is a list is part of that list, not a parameter name.
      if (positional !== undefined && v === '') list.push(k);
      else out.set(k.toLowerCase(), [k, v]);
    }
    if (list.length > 0) out.set(POSITIONAL_KEY, [POSITIONAL_KEY, list.join(',')]);
    return out;
  };
  const o = byLower(offer.parameters);
  const a = byLower(answer.parameters);
  const keys = [...o.keys(), ...[...a.keys()].filter((k) => !o.has(k))];
  const parameters = keys.map((lower): FmtpParameterDiff => {
    const ov = o.get(lower);
    const av = a.get(lower);
    const key = ov?.[0] ?? av![0];
    const info: FmtpParameterInfo | undefined =
      key === POSITIONAL_KEY && positional !== undefined ? { meaning: positional.meaning, decoder: positional.decoder, ref: '' } : fmtpParameter(codec, key);
    const change: FmtpChange = ov === undefined ? 'answer-only' : av === undefined ? 'offer-only' : ov[1] === av[1] ? 'same' : 'changed';
    const dflt = defaultValue(info);
    const sameAsDefault = (change === 'offer-only' || change === 'answer-only') && dflt !== undefined && (ov ?? av)![1] === dflt;
    const d: FmtpParameterDiff = { key, change, sameAsDefault, text: '' };
    setIfDefined(d, 'offer', ov?.[1]);
    setIfDefined(d, 'answer', av?.[1]);
    setIfDefined(d, 'meaning', info?.meaning);
    setIfDefined(d, 'offerWords', ov === undefined ? undefined : valueWords(codec, key, info, ov[1]));
    setIfDefined(d, 'answerWords', av === undefined ? undefined : valueWords(codec, key, info, av[1]));
    const shown = (v: string, words: string | undefined): string => (v === '' ? '(no value)' : words === undefined || words === v ? v : `${v} = ${words}`);
    const what = info === undefined ? '' : ` (${info.meaning})`;
    let body: string;
    if (change === 'same') body = `${shown(ov![1], d.offerWords)} on both sides`;
    else if (change === 'changed') body = `${shown(ov![1], d.offerWords)} offered, ${shown(av![1], d.answerWords)} answered`;
    else if (change === 'offer-only') body = `offer only: ${shown(ov![1], d.offerWords)}`;
    else body = `answer only: ${shown(av![1], d.answerWords)}`;
    if (sameAsDefault) body += `; the default when absent, so no difference in effect`;
    d.text = `${key}: ${body}${what}`;
    return d;
  });
  return { parameters, differs: parameters.some((p) => p.change !== 'same' && !p.sameAsDefault), notes: [...notes] };
}

// ---------------------------------------------------------------------------
// The grid
// ---------------------------------------------------------------------------

interface Entry {
  ref: CodecRef;
  role: CodecRole;
  /** The payload types (same side) it repairs or carries: rtx apt, audio red list. */
  carries?: number[];
  chip?: MatrixChip;
  cellKind: MatrixCellKind;
  /** Index into the accepted/dropped/added list. */
  at: number;
}

function carriedBy(role: CodecRole, ref: CodecRef): number[] | undefined {
  if (role === 'rtx') {
    const apt = rtxPayloadType(ref);
    return apt === undefined ? undefined : [apt];
  }
  if (role === 'red') return redPayloadTypes(ref);
  return undefined;
}

/**
 * Where each chip goes on one side: the row/column of the codec it names,
 * following rtx → audio red → codec; else section-wide.
 */
function placeChips(entries: readonly Entry[], primaryIndex: ReadonlyMap<number, number>): Map<Entry, number | 'shared'> {
  const byPt = new Map(entries.map((e) => [e.ref.payloadType, e]));
  const out = new Map<Entry, number | 'shared'>();
  const place = (e: Entry, depth: number): number | 'shared' => {
    const known = out.get(e);
    if (known !== undefined) return known;
    let at: number | 'shared' = 'shared';
    const first = e.carries?.[0];
    // Video red and FEC (no list) protect the whole section.
    if (e.role !== 'fec' && first !== undefined && depth < 4) {
      const row = primaryIndex.get(first);
      const via = byPt.get(first);
      if (row !== undefined) at = row;
      else if (via !== undefined && via !== e && via.chip !== undefined) at = place(via, depth + 1);
    }
    out.set(e, at);
    return at;
  };
  for (const e of entries) if (e.chip !== undefined) place(e, 0);
  return out;
}

function chipText(role: ChipRole, c: Omit<MatrixChip, 'text'>, carried: string | undefined): string {
  const pts =
    c.outcome === 'accepted' ? `PT ${c.offer!.payloadType} → ${c.answer!.payloadType}` : c.outcome === 'dropped' ? `PT ${c.offer!.payloadType}` : `PT ${c.answer!.payloadType}`;
  const name = role === 'fec' ? (c.offer ?? c.answer)!.label.split('/')[0]! : role;
  const outcome = c.outcome === 'accepted' ? (c.remapped ? 'accepted, remapped' : 'accepted') : c.outcome === 'dropped' ? `dropped: ${c.reason ?? 'not in the answer'}` : 'added by the answer';
  return `${name} ${pts}${carried === undefined ? '' : ` ${carried}`} (${outcome})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The grid of one section's codecs; undefined when the section has no codec comparison (not accepted, or not RTP). */
export function codecMatrix(section: SectionDiff): CodecMatrix | undefined {
  const codecs: CodecsDiff | undefined = section.codecs;
  if (codecs === undefined) return undefined;
  const cells: MatrixCell[] = [];

  // Offer side: accepted and dropped, in m= line order.
  const offerEntries: Entry[] = [
    ...codecs.accepted.map((x, i): Entry => ({ ref: x.offer, role: x.role, cellKind: 'matched', at: i })),
    ...codecs.dropped.map((x, i): Entry => ({ ref: x.offer, role: x.role, cellKind: 'dropped', at: i })),
  ].sort((x, y) => x.ref.position - y.ref.position);
  // Answer side: accepted and added.
  const answerEntries: Entry[] = [
    ...codecs.accepted.map((x, i): Entry => ({ ref: x.answer, role: x.role, cellKind: 'matched', at: i })),
    ...codecs.added.map((x, i): Entry => ({ ref: x.answer, role: x.role, cellKind: 'added', at: i })),
  ].sort((x, y) => x.ref.position - y.ref.position);

  // rtx and red carry what the diff says they carry on each side; added ones read their own fmtp.
  for (const e of offerEntries) {
    if (e.cellKind === 'matched') setIfDefined(e, 'carries', codecs.accepted[e.at]!.carries?.offer);
    else setIfDefined(e, 'carries', codecs.dropped[e.at]!.carries);
    if (e.carries === undefined) setIfDefined(e, 'carries', carriedBy(e.role, e.ref));
  }
  for (const e of answerEntries) {
    if (e.cellKind === 'matched') setIfDefined(e, 'carries', codecs.accepted[e.at]!.carries?.answer);
    if (e.carries === undefined) setIfDefined(e, 'carries', carriedBy(e.role, e.ref));
  }

  // Chips: one object per offered or added chip codec, shared by its row and column.
  const chipOfAccepted = new Map<number, MatrixChip>();
  const makeChip = (e: Entry, side: Side): MatrixChip | undefined => {
    if (!isChipRole(e.role)) return undefined;
    if (e.cellKind === 'matched') {
      const known = chipOfAccepted.get(e.at);
      if (known !== undefined) return known;
      const x = codecs.accepted[e.at]!;
      const base = { role: e.role, outcome: 'accepted' as const, offer: end('offer', x.offer), answer: end('answer', x.answer), remapped: x.remapped };
      const chip: MatrixChip = { ...base, text: chipText(e.role, base, carriedWords(e.role, x.carries?.offer)) };
      chipOfAccepted.set(e.at, chip);
      return chip;
    }
    if (e.cellKind === 'dropped') {
      const x = codecs.dropped[e.at]!;
      const base = { role: e.role, outcome: 'dropped' as const, offer: end('offer', x.offer), remapped: false, reason: x.reason };
      return { ...base, text: chipText(e.role, base, carriedWords(e.role, e.carries)) };
    }
    const x = codecs.added[e.at]!;
    const base = { role: e.role, outcome: 'added' as const, answer: end(side, x.answer), remapped: false };
    return { ...base, text: chipText(e.role, base, carriedWords(e.role, e.carries)) };
  };
  for (const e of offerEntries) setIfDefined(e, 'chip', makeChip(e, 'offer'));
  for (const e of answerEntries) setIfDefined(e, 'chip', makeChip(e, 'answer'));

  const toCodec = (e: Entry, side: Side): MatrixCodec => ({ ...end(side, e.ref), role: e.role, chips: [], cell: -1 });
  const rowEntries = offerEntries.filter((e) => e.chip === undefined);
  const columnEntries = answerEntries.filter((e) => e.chip === undefined);
  const rows = rowEntries.map((e) => toCodec(e, 'offer'));
  const columns = columnEntries.map((e) => toCodec(e, 'answer'));
  const rowOfPt = new Map(rowEntries.map((e, i) => [e.ref.payloadType, i]));
  const columnOfPt = new Map(columnEntries.map((e, i) => [e.ref.payloadType, i]));

  const shared: MatrixChip[] = [];
  const sharedSeen = new Set<MatrixChip>();
  const attach = (entries: Entry[], index: ReadonlyMap<number, number>, targets: MatrixCodec[]): void => {
    const placed = placeChips(entries, index);
    for (const e of entries) {
      if (e.chip === undefined) continue;
      const at = placed.get(e);
      if (at === undefined || at === 'shared') {
        if (!sharedSeen.has(e.chip)) {
          sharedSeen.add(e.chip);
          shared.push(e.chip);
        }
      } else targets[at]!.chips.push(e.chip);
    }
  };
  attach(offerEntries, rowOfPt, rows);
  attach(answerEntries, columnOfPt, columns);

  // Cells: matched pairs in offer order, then dropped rows, then added columns.
  const columnOfAccepted = new Map(columnEntries.flatMap((e, i) => (e.cellKind === 'matched' ? [[e.at, i] as const] : [])));
  rowEntries.forEach((e, row) => {
    if (e.cellKind === 'matched') {
      const x = codecs.accepted[e.at]!;
      const column = columnOfAccepted.get(e.at)!;
      const fmtp = compareFmtp(x.offer, x.answer, x.notes);
      const differing = fmtp.parameters.filter((p) => p.change !== 'same' && !p.sameAsDefault).map((p) => p.key);
      const cell: MatrixCell = {
        kind: 'matched',
        row,
        column,
        offer: end('offer', x.offer),
        answer: end('answer', x.answer),
        remapped: x.remapped,
        fmtp,
        text: `${x.offer.label}: PT ${x.offer.payloadType} → ${x.answer.payloadType}${x.remapped ? ' (remapped)' : ''}${differing.length > 0 ? `; fmtp differs: ${differing.join(', ')}` : ''}`,
      };
      rows[row]!.cell = cells.length;
      columns[column]!.cell = cells.length;
      cells.push(cell);
    } else {
      const x = codecs.dropped[e.at]!;
      rows[row]!.cell = cells.length;
      cells.push({ kind: 'dropped', row, offer: end('offer', x.offer), remapped: false, reason: x.reason, text: `${x.offer.label} PT ${x.offer.payloadType} dropped: ${x.reason}` });
    }
  });
  columnEntries.forEach((e, column) => {
    if (e.cellKind !== 'added') return;
    const x = codecs.added[e.at]!;
    columns[column]!.cell = cells.length;
    cells.push({ kind: 'added', column, answer: end('answer', x.answer), remapped: false, text: `${x.answer.label} PT ${x.answer.payloadType} added by the answer (not offered)` });
  });

  const label = sectionName(section.kind, section.mid, section.index);
  const matched = cells.filter((c) => c.kind === 'matched');
  const dropped = cells.filter((c) => c.kind === 'dropped').length;
  const added = cells.filter((c) => c.kind === 'added').length;
  const fmtpDiffs = matched.filter((c) => c.fmtp?.differs === true).length;
  const chips = [...rows, ...columns].reduce((n, r) => n + r.chips.length, 0);
  const description = [
    `${label}: ${plural(rows.length, 'offered codec')}, ${plural(columns.length, 'answered codec')}.`,
    matched.length > 0 ? `Matched: ${matched.map((c) => c.text).join('; ')}.` : 'No codec matched.',
    dropped > 0 ? `${dropped} dropped.` : '',
    added > 0 ? `${added} added by the answer.` : '',
    fmtpDiffs > 0 ? `${plural(fmtpDiffs, 'matched pair')} with fmtp differences.` : '',
    chips > 0 ? `${plural(chips, 'rtx/red chip')} on their codecs.` : '',
    shared.length > 0 ? `For the whole section: ${shared.map((c) => c.text).join('; ')}.` : '',
  ].filter((x) => x !== '').join(' ');

  const out: CodecMatrix = { section: section.index, kind: section.kind, label, rows, columns, cells, shared, description };
  setIfDefined(out, 'mid', section.mid);
  setIfDefined(out, 'offerLine', section.offerLine);
  setIfDefined(out, 'answerLine', section.answerLine);
  return out;
}

function carriedWords(role: ChipRole, pts: readonly number[] | undefined): string | undefined {
  if (pts === undefined || pts.length === 0) return role === 'rtx' ? undefined : 'for every codec';
  return role === 'rtx' ? `for PT ${pts[0]}` : `carrying PT ${pts.join('/')}`;
}

/** The grids of every section that has a codec comparison, in offer order. */
export function codecMatrices(diff: OfferAnswerDiff): CodecMatrix[] {
  return diff.sections.flatMap((s) => {
    const m = codecMatrix(s);
    return m === undefined ? [] : [m];
  });
}

