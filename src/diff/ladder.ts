/**
 * The negotiation ladder: an offer/answer diff reduced to the parts of a
 * picture. One row per offered m-section (offer end, answer end, the link
 * between them coloured by its outcome), one bracket per BUNDLE transport
 * (RFC 9143 §7), one DTLS client → server arrow per transport (RFC 5763
 * §5), the ICE controlling side (RFC 8445 §6.1.1) and a strip of simulcast
 * layers (RFC 8853). Every fact and every word comes from `diffOfferAnswer`;
 * a face only places and draws what this returns. Plain data, never throws.
 */
import type { OfferAnswerDiff, SectionDiff } from './index.js';
import type { Side } from './findings.js';
import type { Party } from './transport.js';
import { sectionName } from './summary.js';
import { setIfDefined } from './lines.js';

/**
 * What happened to an offered section, most important first:
 * - rejected / disabled / missing: nothing flows (port 0, offered with port 0, no answer section);
 * - direction-changed: accepted, but the flow is not what the offer asked for (or the answer's direction is invalid);
 * - codecs-dropped: accepted with the offered flow, some offered codecs are not in the answer;
 * - accepted: accepted as offered.
 */
export type LadderOutcome = 'rejected' | 'disabled' | 'missing' | 'direction-changed' | 'codecs-dropped' | 'accepted';

/** A place in one description a part of the picture points at. */
export interface LadderLine {
  side: Side;
  line: number;
}

export interface LadderEnd {
  /** e.g. "video mid 1". */
  label: string;
  /** e.g. "sendrecv · 25 codecs" or "port 0". */
  detail: string;
  /** The m= line. */
  line?: number;
}

export interface LadderLayer {
  rid: string;
  /** The offerer's direction for the layer: `send` = the offerer sends it. */
  direction: 'send' | 'recv';
  outcome: 'sent' | 'paused' | 'dropped';
  /** The layer flows after the exchange (for declined simulcast: the one encoding left). */
  survives: boolean;
  /** e.g. "rid h: offerer sends, sent". */
  text: string;
  jump?: LadderLine;
}

export interface LadderSimulcast {
  layers: LadderLayer[];
  declined: boolean;
  /** One sentence: what the offerer sends and receives. */
  text: string;
  jump?: LadderLine;
}

export interface LadderRow {
  /** Offered position of the section (0-based) — also the row's position. */
  section: number;
  mid?: string;
  kind: string;
  offer: LadderEnd;
  /** Absent when the answer has no section for it. */
  answer?: LadderEnd;
  outcome: LadderOutcome;
  /** The link between the two ends, in words, e.g. "sendrecv → sendrecv; 6 codecs accepted, 19 dropped". */
  link: string;
  /** The same in short parts (direction, codecs, …), for a picture that writes them on separate lines. */
  linkParts: string[];
  /** Where the link points: the answer's direction line, else its m= line. */
  linkJump?: LadderLine;
  /** Position in `transports` of the transport the section uses (accepted sections). */
  transport?: number;
  simulcast?: LadderSimulcast;
}

export interface LadderDtls {
  client: Party;
  server: Party;
  valid: boolean;
  /** e.g. "DTLS client: answerer (setup:active) → server: offerer (setup:actpass)". */
  text: string;
  jump?: LadderLine;
}

export interface LadderTransport {
  /** The mid whose transport is used (the BUNDLE tag, or the section's own mid). */
  mid?: string;
  bundled: boolean;
  /** Row positions of the sections that use it, ascending. */
  rows: number[];
  mids: string[];
  /** e.g. "BUNDLE 0 1 2 on the transport of mid 0". */
  text: string;
  /** The answer's a=group:BUNDLE line (bundled transports). */
  jump?: LadderLine;
  dtls?: LadderDtls;
}

/** A BUNDLE group drawn as a bracket over its rows (bundled transports only). */
export interface LadderBracket {
  transport: number;
  mids: string[];
  rows: number[];
  tag?: string;
  text: string;
  jump?: LadderLine;
}

export interface LadderIce {
  controlling: Party;
  controlled: Party;
  offerLite: boolean;
  answerLite: boolean;
  /** e.g. "ICE: the offerer is controlling (both are full ICE agents: …)". */
  text: string;
  jump?: LadderLine;
}

export interface NegotiationLadder {
  rows: LadderRow[];
  /** Answer sections that answer no offered one (drawn on the answer side only). */
  extraAnswer: LadderEnd[];
  transports: LadderTransport[];
  brackets: LadderBracket[];
  ice: LadderIce;
  verdict: OfferAnswerDiff['verdict']['status'];
  /** A one-paragraph text alternative for the whole picture. */
  description: string;
}

function at(side: Side, line: number | undefined): LadderLine | undefined {
  return line === undefined ? undefined : { side, line };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function outcomeOf(s: SectionDiff): LadderOutcome {
  if (s.status !== 'accepted') return s.status;
  const d = s.direction;
  if (d !== undefined && (!d.valid || d.negotiated !== d.offered)) return 'direction-changed';
  if (s.codecs !== undefined && s.codecs.dropped.length > 0) return 'codecs-dropped';
  return 'accepted';
}

/** Words for each outcome, for legends and text alternatives. */
export const LADDER_OUTCOMES: Readonly<Record<LadderOutcome, string>> = {
  accepted: 'accepted as offered',
  'codecs-dropped': 'accepted, codecs dropped',
  'direction-changed': 'accepted, direction changed',
  rejected: 'rejected (port 0)',
  disabled: 'disabled in the offer (port 0)',
  missing: 'not in the answer',
};

function endDetail(direction: string | undefined, port: number, codecs: number | undefined): string {
  if (port === 0) return direction === undefined ? 'port 0' : `port 0 · ${direction}`;
  const parts: string[] = [];
  if (direction !== undefined) parts.push(direction);
  if (codecs !== undefined) parts.push(plural(codecs, 'codec'));
  return parts.join(' · ');
}

function linkParts(s: SectionDiff, outcome: LadderOutcome): string[] {
  if (outcome === 'missing') return ['no answer section'];
  if (outcome === 'rejected') return ['port 0 in the answer'];
  if (outcome === 'disabled') return ['port 0 in the offer'];
  const parts: string[] = [];
  const d = s.direction;
  if (d !== undefined) {
    parts.push(`${d.offered} → ${d.answered}${d.valid ? '' : ' (invalid)'}`);
  }
  const c = s.codecs;
  if (c !== undefined) {
    parts.push(`${plural(c.accepted.length, 'codec')} accepted${c.dropped.length > 0 ? `, ${c.dropped.length} dropped` : ''}`);
  }
  if (s.dataChannel !== undefined) parts.push('data channel');
  return parts;
}

function simulcastOf(s: SectionDiff): LadderSimulcast | undefined {
  const sc = s.simulcast;
  if (sc === undefined) return undefined;
  const flowing = new Set([...sc.offererSends, ...sc.offererReceives]);
  const layers = sc.rids.map((r): LadderLayer => {
    const survives = r.outcome === 'sent' && flowing.has(r.rid);
    const who = r.direction === 'send' ? 'offerer sends' : 'offerer receives';
    const layer: LadderLayer = {
      rid: r.rid,
      direction: r.direction,
      outcome: r.outcome,
      survives,
      text: `rid ${r.rid}: ${who}, ${r.outcome}${survives ? ' (flows)' : ''}`,
    };
    setIfDefined(layer, 'jump', at('offer', r.offerLine) ?? at('answer', r.answerLine));
    return layer;
  });
  const parts: string[] = [];
  if (sc.declined) parts.push(`simulcast declined${sc.declinedBy === 'no-rid-extension' ? ' (no rid header extension)' : ''}`);
  if (sc.offererSends.length > 0) parts.push(`offerer sends ${sc.offererSends.join(', ')}`);
  if (sc.offererReceives.length > 0) parts.push(`offerer receives ${sc.offererReceives.join(', ')}`);
  if (sc.dropped.length > 0) parts.push(`dropped ${sc.dropped.join(', ')}`);
  if (sc.paused.length > 0) parts.push(`paused ${sc.paused.join(', ')}`);
  const out: LadderSimulcast = { layers, declined: sc.declined, text: `simulcast: ${parts.length > 0 ? parts.join('; ') : 'no layer flows'}` };
  setIfDefined(out, 'jump', at('answer', sc.answerLine) ?? at('offer', sc.offerLine));
  return out;
}

/** Reduces `diffOfferAnswer`'s result to the rows, brackets and arrows of the ladder picture. */
export function negotiationLadder(diff: OfferAnswerDiff): NegotiationLadder {
  const rows = diff.sections.map((s): LadderRow => {
    const outcome = outcomeOf(s);
    const name = sectionName(s.kind, s.mid, s.index);
    const offer: LadderEnd = {
      label: name,
      detail: endDetail(s.direction?.offered, s.port.offer, s.codecs === undefined ? undefined : s.codecs.accepted.length + s.codecs.dropped.length),
    };
    setIfDefined(offer, 'line', s.offerLine);
    const parts = linkParts(s, outcome);
    const row: LadderRow = { section: s.index, kind: s.kind, offer, outcome, link: parts.join('; '), linkParts: parts };
    setIfDefined(row, 'mid', s.mid);
    if (s.answerIndex !== undefined) {
      const answerName = sectionName(s.answerKind ?? s.kind, s.answerMid ?? s.mid, s.answerIndex);
      const answer: LadderEnd = {
        label: answerName,
        detail: endDetail(s.direction?.answered, s.port.answer ?? 0, s.codecs === undefined ? undefined : s.codecs.accepted.length + s.codecs.added.length),
      };
      setIfDefined(answer, 'line', s.answerLine);
      row.answer = answer;
    }
    setIfDefined(row, 'linkJump', at('answer', s.direction?.answerLine) ?? at('answer', s.answerLine) ?? at('offer', s.offerLine));
    if (s.status === 'accepted') setIfDefined(row, 'transport', s.bundle.transport);
    const sc = simulcastOf(s);
    if (sc !== undefined) row.simulcast = sc;
    return row;
  });

  const transports = diff.bundle.transports.map((t): LadderTransport => {
    const rowsOf = [...t.sections].sort((a, b) => a - b);
    const group = t.bundled ? diff.bundle.groups.find((g) => g.accepted !== undefined && t.mid !== undefined && g.tag === t.mid) : undefined;
    const text = t.bundled
      ? `BUNDLE ${t.mids.join(' ')} on the transport of mid ${t.mid ?? '?'}`
      : `own transport of ${rowsOf.map((i) => rows[i]?.offer.label ?? `#${i + 1}`).join(', ')}`;
    const lt: LadderTransport = { bundled: t.bundled, rows: rowsOf, mids: [...t.mids], text };
    setIfDefined(lt, 'mid', t.mid);
    setIfDefined(lt, 'jump', at('answer', group?.answerLine));
    // Every section of a transport shares its DTLS outcome (the tag's, RFC 9143 §7.3.1).
    const first = rowsOf[0] === undefined ? undefined : diff.sections[rowsOf[0]];
    const d = first?.transport?.dtls;
    if (d !== undefined && d.client !== undefined && d.server !== undefined) {
      const dtls: LadderDtls = {
        client: d.client,
        server: d.server,
        valid: d.valid,
        text: `DTLS client: ${d.client} (setup:${(d.client === 'offerer' ? d.offerSetup : d.answerSetup) ?? '?'}) → server: ${d.server} (setup:${(d.server === 'offerer' ? d.offerSetup : d.answerSetup) ?? '?'})`,
      };
      setIfDefined(dtls, 'jump', at('answer', d.answerLine) ?? at('offer', d.offerLine));
      lt.dtls = dtls;
    }
    return lt;
  });

  const brackets: LadderBracket[] = [];
  transports.forEach((t, i) => {
    if (!t.bundled) return;
    const b: LadderBracket = { transport: i, mids: [...t.mids], rows: [...t.rows], text: t.text };
    setIfDefined(b, 'tag', t.mid);
    setIfDefined(b, 'jump', t.jump);
    brackets.push(b);
  });

  const r = diff.ice.roles;
  const ice: LadderIce = {
    controlling: r.controlling,
    controlled: r.controlled,
    offerLite: r.offerLite,
    answerLite: r.answerLite,
    text: `ICE: the ${r.controlling} is controlling (${r.reason})`,
  };
  // The a=ice-lite line that decided it, when there is one.
  setIfDefined(ice, 'jump', at('offer', r.offerLine) ?? at('answer', r.answerLine));

  const extraAnswer = diff.extraAnswerSections.map((x): LadderEnd => {
    const e: LadderEnd = { label: sectionName(x.kind, x.mid, x.index), detail: 'answers no offered section' };
    setIfDefined(e, 'line', x.line);
    return e;
  });

  const counts = new Map<LadderOutcome, number>();
  for (const row of rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  const outcomeWords = [...counts].map(([o, n]) => `${n} ${LADDER_OUTCOMES[o]}`).join(', ');
  const description = [
    `${plural(rows.length, 'offered m-section')}${rows.length > 0 ? `: ${outcomeWords}` : ''}.`,
    ...brackets.map((b) => `${b.text}.`),
    ...transports.flatMap((t) => (t.dtls === undefined ? [] : [`${t.mid !== undefined ? `mid ${t.mid}: ` : ''}${t.dtls.text}.`])),
    `${ice.text}.`,
    ...rows.flatMap((row) => (row.simulcast === undefined ? [] : [`${row.offer.label}: ${row.simulcast.text}.`])),
    extraAnswer.length > 0 ? `${plural(extraAnswer.length, 'answer section')} answer no offered section.` : '',
  ].filter((x) => x !== '').join(' ');

  return { rows, extraAnswer, transports, brackets, ice, verdict: diff.verdict.status, description };
}
