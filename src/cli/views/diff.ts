import { sectionLabel, type DiffFinding, type OfferAnswerDiff, type RenegotiationFact, type SectionDiff } from '../../index.js';
import type { Tone } from '../color.js';
import { plural, row, table, type Row } from './rows.js';

/*
 * The readable rendering of diffOfferAnswer: the verdict, then one block per
 * offered m-section. Every fact comes from the diff; this only lays it out.
 * Side 0 is the offer, side 1 the answer (for the terminal UI's jumps).
 */

const VERDICT_TONE: Record<OfferAnswerDiff['verdict']['status'], Tone> = { ok: 'ok', degraded: 'warning', failed: 'error' };

export function findingTone(f: Pick<DiffFinding, 'severity'>): Tone {
  return f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info';
}

function at(line: number | undefined): string {
  return line === undefined ? '' : ` (line ${line})`;
}

function findingRow(f: DiffFinding, indent: string): Row {
  const where = f.line === undefined ? '' : ` ${f.side ?? 'answer'}:${f.line}`;
  const target = f.line === undefined ? undefined : { side: f.side === 'offer' ? 0 : 1, line: f.line };
  return row(`${indent}${f.severity.padEnd(7)} ${f.message}${where}  ${f.code}`, findingTone(f), target);
}

export function diffRows(diff: OfferAnswerDiff): Row[] {
  const rows: Row[] = [];
  rows.push(row(`verdict: ${diff.verdict.status}`, VERDICT_TONE[diff.verdict.status]));
  for (const reason of diff.verdict.reasons) rows.push(row(`  ${reason}`, VERDICT_TONE[diff.verdict.status]));
  rows.push(row(`ICE roles: the ${diff.ice.roles.controlling} is controlling (${diff.ice.roles.reason})`));
  rows.push(...renegotiationRows('re-offer', diff.renegotiation.reoffer));
  rows.push(...renegotiationRows('ICE restart', diff.renegotiation.iceRestart));
  for (const g of diff.bundle.groups) {
    const accepted = g.accepted === undefined ? 'declined by the answer' : `answered ${g.accepted.join(' ')}${g.tag === undefined ? '' : `, tag mid ${g.tag}`}`;
    const removed = g.removed.length === 0 ? '' : `; removed ${g.removed.map((r) => `${r.mid} (${r.reason})`).join(', ')}`;
    rows.push(row(`BUNDLE: offered ${g.offered.join(' ')}, ${accepted}${removed}`));
  }
  for (const s of diff.sections) {
    rows.push(row(''));
    rows.push(...sectionRows(s));
  }
  for (const extra of diff.extraAnswerSections) {
    rows.push(row(''));
    rows.push(row(`${sectionLabel(extra)}: in the answer only${at(extra.line)}`, 'error', extra.line === undefined ? undefined : { side: 1, line: extra.line }));
  }
  const session = diff.findings.filter((f) => f.section === undefined);
  if (session.length > 0) {
    rows.push(row(''));
    rows.push(row('session findings', 'heading'));
    for (const f of session) rows.push(findingRow(f, '  '));
  }
  return rows;
}

const STATUS_TONE: Record<SectionDiff['status'], Tone> = { accepted: 'ok', rejected: 'warning', disabled: 'dim', missing: 'error' };

export function sectionRows(s: SectionDiff): Row[] {
  const rows: Row[] = [];
  const name = sectionLabel(s);
  const lines = [s.offerLine === undefined ? undefined : `offer line ${s.offerLine}`, s.answerLine === undefined ? undefined : `answer line ${s.answerLine}`].filter((x) => x !== undefined);
  rows.push(row(`${name}: ${s.status}${lines.length > 0 ? ` (${lines.join(', ')})` : ''}`, 'heading', s.offerLine === undefined ? undefined : { side: 0, line: s.offerLine }));
  rows.push(row(`  ${s.summary}`, STATUS_TONE[s.status]));
  if (s.direction !== undefined && s.status === 'accepted') {
    const d = s.direction;
    rows.push(row(`  direction  offered ${d.offered}, answered ${d.answered}${d.valid ? '' : ` (invalid: RFC 3264 §6.1 allows ${d.allowed.join(', ')})`} → offerer ${d.negotiated}`, d.valid ? undefined : 'error'));
  }
  if (s.codecs !== undefined) {
    const c = s.codecs;
    rows.push(row(`  codecs  ${c.accepted.length} accepted, ${c.dropped.length} dropped${c.added.length > 0 ? `, ${c.added.length} not offered` : ''}`));
    // One table for accepted, dropped and added codecs, so the columns line up.
    const cells: string[][] = [];
    const meta: Row[] = [];
    for (const a of c.accepted) {
      const extra = [a.offer.variant, a.feedback.kept.length > 0 ? `fb ${a.feedback.kept.map((f) => f.value).join(', ')}` : undefined, ...a.notes];
      cells.push([`    ${a.offer.label}`, `${a.offer.payloadType}${a.remapped ? ` → ${a.answer.payloadType}` : ''}`, 'accepted', extra.filter((x) => x !== undefined && x !== '').join('; ')]);
      meta.push(row('', 'ok', lineTarget(1, a.answer.line)));
    }
    for (const d of c.dropped) {
      cells.push([`    ${d.offer.label}`, String(d.offer.payloadType), 'dropped', d.reason]);
      meta.push(row('', 'dim', lineTarget(0, d.offer.line)));
    }
    for (const a of c.added) {
      cells.push([`    ${a.answer.label}`, String(a.answer.payloadType), 'added', 'in the answer, not offered']);
      meta.push(row('', 'error', lineTarget(1, a.answer.line)));
    }
    table(cells).forEach((text, i) => rows.push({ ...meta[i]!, text }));
  }
  if (s.extensions !== undefined) {
    const e = s.extensions;
    if (e.kept.length + e.dropped.length + e.added.length > 0) {
      rows.push(row(`  header extensions  ${e.kept.length} kept, ${e.dropped.length} dropped${e.added.length > 0 ? `, ${e.added.length} not offered` : ''}`));
      for (const k of e.kept) rows.push(row(`    ${k.offerId}${k.idChanged ? ` → ${k.answerId}` : ''} ${k.uri}`, k.idChanged ? 'warning' : undefined));
      for (const d of e.dropped) rows.push(row(`    ${d.id} ${d.uri} (dropped)`, 'dim'));
      for (const a of e.added) rows.push(row(`    ${a.id} ${a.uri} (not offered)`, 'error'));
    }
  }
  if (s.rtcpMux !== undefined) rows.push(row(`  rtcp-mux  ${s.rtcpMux.muxed ? 'RTP and RTCP share one port' : 'not muxed'}`));
  if (s.transport !== undefined) {
    const t = s.transport;
    const from = t.inherited ? ` (from the BUNDLE tag, mid ${t.mid ?? '?'})` : '';
    rows.push(row(`  ICE  ufrag ${t.ice.offer.ufrag ?? '-'} ↔ ${t.ice.answer.ufrag ?? '-'}${t.ice.trickle ? ', trickle' : ''}${from}`));
    if (t.dtls !== undefined) {
      const d = t.dtls;
      const roles = d.valid ? `client ${d.client ?? '?'}, server ${d.server ?? '?'}` : 'roles do not resolve';
      rows.push(row(`  DTLS  setup ${d.offerSetup ?? '-'} ↔ ${d.answerSetup ?? '-'}: ${roles}; fingerprints ${d.fingerprints.offer.join(',') || '-'} ↔ ${d.fingerprints.answer.join(',') || '-'}`, d.valid ? undefined : 'error'));
    }
  }
  if (s.simulcast !== undefined) {
    const sc = s.simulcast;
    const declined = sc.declined ? 'declined: ' : '';
    const paused = sc.paused.length > 0 ? `; paused ${sc.paused.join(', ')}` : '';
    rows.push(row(`  simulcast  ${declined}offerer sends ${sc.offererSends.join(', ') || 'none'}; receives ${sc.offererReceives.join(', ') || 'none'}${paused}${sc.dropped.length > 0 ? `; dropped ${sc.dropped.join(', ')}` : ''}`));
  }
  if (s.dataChannel !== undefined) {
    const m = s.dataChannel.maxMessageSize;
    const size = (n: number | null): string => (n === null ? 'no limit' : `${n} bytes`);
    rows.push(row(`  data channel  max-message-size offerer→answerer ${size(m.offererCanSend)}, answerer→offerer ${size(m.answererCanSend)}`));
  }
  if (s.findings.length > 0) {
    rows.push(row(`  ${plural(s.findings.length, 'finding')}`));
    for (const f of s.findings) rows.push(findingRow(f, '    '));
  }
  return rows;
}

function lineTarget(side: number, line: number | undefined): Row['target'] {
  return line === undefined ? undefined : { side, line };
}

const ANSWER_TONE: Record<RenegotiationFact['answer'], Tone | undefined> = { yes: 'accent', likely: 'accent', unknown: 'dim', unlikely: undefined, no: undefined };

/** "re-offer: likely: …" and one row per evidence line ("offer:1 o=… ← what it says"). */
export function renegotiationRows(label: string, fact: RenegotiationFact): Row[] {
  const rows = [row(`${label}: ${fact.answer}: ${fact.summary}`, ANSWER_TONE[fact.answer])];
  for (const e of fact.evidence) {
    rows.push(row(`  ${e.side}:${e.line ?? '?'} ${e.text}`, 'dim', lineTarget(e.side === 'offer' ? 0 : 1, e.line)));
    rows.push(row(`    ${e.says}`, 'dim'));
  }
  return rows;
}
