import {
  sectionLabel,
  describeCandidate,
  detectDescriptionType,
  diffOfferAnswer,
  exchangeCheckLists,
  pairFoundationText,
  type Candidate,
  type CandidateDescription,
  type CheckList,
  type IceRole,
  type Media,
  type SdpDocument,
} from '../../index.js';
import { plural, row, table, type Row } from './rows.js';

/*
 * ICE views: each candidate as describeCandidate sees it, and the RFC 8445
 * check lists of the exchange, one per transport after BUNDLE, as the
 * library's exchangeCheckLists builds them; the role from
 * detectDescriptionType and the diff's ICE roles.
 */

export interface DescribedCandidate {
  candidate: Candidate;
  description: CandidateDescription;
  /** 1-based line of its a=candidate. */
  line?: number;
}

export interface SectionCandidates {
  media: Media;
  candidates: DescribedCandidate[];
}


export function describeCandidates(document: SdpDocument): SectionCandidates[] {
  return document.media.map((media) => ({ media, candidates: [...describedOf(media)] }));
}

/** A section's candidates, described one at a time (nothing kept between two). */
function* describedOf(media: Media): Generator<DescribedCandidate> {
  // Media.candidates holds the a=candidate lines that have a value, in order.
  const lines = media.lines.filter((l) => l.type === 'a' && l.name === 'candidate' && l.value !== undefined);
  for (let i = 0; i < media.candidates.length; i++) {
    const candidate = media.candidates[i]!;
    const d: DescribedCandidate = { candidate, description: describeCandidate(candidate) };
    const line = lines[i]?.source?.line;
    if (line !== undefined) d.line = line;
    yield d;
  }
}

function transportOf(c: Candidate): string {
  return `${c.transport.toLowerCase()}${c.tcpType === undefined ? '' : `/${c.tcpType}`}`;
}

/** `address:port`, IPv6 in brackets. */
export function endpoint(c: Candidate): string {
  return c.address.includes(':') ? `[${c.address}]:${c.port}` : `${c.address}:${c.port}`;
}

/** One section's table: keeps only the text of each row, so a lazy `described` is never held whole. */
function sectionRows(media: Media, count: number, described: Iterable<DescribedCandidate>, side: number): Row[] {
  const rows: Row[] = [];
  const first = media.lines[0]?.source?.line;
  rows.push(row(`${sectionLabel(media)}: ${plural(count, 'candidate')}`, 'heading', first === undefined ? undefined : { side, line: first }));
  const cells = [['  comp', 'proto', 'type', 'address', 'class', 'priority', 'type/local/comp', 'stack']];
  /** Per candidate: its tone, line and the rows under it (relay transport, findings). */
  const after: { tone: 'warning' | undefined; line: number | undefined; under: Row[] }[] = [];
  for (const { candidate: c, description: d, line } of described) {
    const p = d.priority.decoded;
    const guess = d.implementation.guess;
    cells.push([
      `  ${c.component}`,
      transportOf(c),
      c.type,
      endpoint(c),
      d.address.info.class,
      String(c.priority),
      Number.isNaN(p.typePreference) ? 'invalid' : `${p.typePreference}/${p.localPreference}/${p.component}`,
      guess.confidence === 'none' ? 'unknown' : `${guess.implementation} (${guess.confidence})`,
    ]);
    const findings = d.findings.filter((f) => f.severity !== 'info');
    const under: Row[] = [];
    // Under the row, so the table keeps its width: which TURN transport the priority says.
    const relay = d.relayProtocol;
    if (relay !== undefined) under.push(row(`      relay via ${relay.via} (${relay.ref})`, 'dim'));
    for (const f of findings) under.push(row(`      ${f.severity} ${f.message}  ${f.code}`, f.severity === 'error' ? 'error' : 'warning'));
    after.push({ tone: findings.length > 0 ? 'warning' : undefined, line, under });
  }
  const texts = table(cells);
  rows.push(row(texts[0]!, 'dim'));
  after.forEach((a, i) => {
    rows.push(row(texts[i + 1]!, a.tone, a.line === undefined ? undefined : { side, line: a.line }));
    for (const u of a.under) rows.push(u);
  });
  return rows;
}

function noCandidates(rows: Row[]): Row[] {
  if (rows.length === 0) rows.push(row('no candidates (trickle ICE sends them later, or they are in another file)', 'dim'));
  return rows;
}

/**
 * The candidate tables of a document, one per section, describing each
 * candidate only while its row is made: a 50 MB description does not keep
 * 600k descriptions alive.
 */
export function documentCandidateRows(document: SdpDocument, side: number): Row[] {
  const rows: Row[] = [];
  for (const media of document.media) if (media.candidates.length > 0) for (const r of sectionRows(media, media.candidates.length, describedOf(media), side)) rows.push(r);
  return noCandidates(rows);
}

export interface RoleChoice {
  role: IceRole;
  /** Why, in words. */
  reason: string;
}

/**
 * The local agent's role: from which description is the offer
 * (detectDescriptionType) and the diff's ICE roles (ice-lite). Undefined
 * when neither text says whether it is an offer or an answer.
 */
export function localRole(local: SdpDocument, remote: SdpDocument): RoleChoice | undefined {
  const l = detectDescriptionType(local);
  const r = detectDescriptionType(remote);
  if (l.type === 'offer' || r.type === 'answer') {
    const roles = diffOfferAnswer(local, remote).ice.roles;
    return { role: roles.controlling === 'offerer' ? 'controlling' : 'controlled', reason: `the local description is the offer (${l.type === 'offer' ? l.evidence : r.evidence}); ${roles.reason}` };
  }
  if (l.type === 'answer' || r.type === 'offer') {
    const roles = diffOfferAnswer(remote, local).ice.roles;
    return { role: roles.controlling === 'answerer' ? 'controlling' : 'controlled', reason: `the local description is the answer (${l.type === 'answer' ? l.evidence : r.evidence}); ${roles.reason}` };
  }
  return undefined;
}

export interface StreamChecks {
  /** The local section that carries the transport, e.g. "audio mid 0". */
  label: string;
  /** The mids sharing it when bundled (RFC 9143). */
  bundled?: string[];
  localIndex: number;
  remoteIndex: number;
  localCount: number;
  remoteCount: number;
  /** Absent when one side has no candidates (trickle ICE sends them later). */
  checkList?: CheckList;
}

/** Whether the local description is the offer: what the texts say (a=setup), else assumed. */
export function localIsOffer(local: SdpDocument, remote: SdpDocument): boolean {
  const l = detectDescriptionType(local).type;
  const r = detectDescriptionType(remote).type;
  if (l === 'offer' || r === 'answer') return true;
  return !(l === 'answer' || r === 'offer');
}

/** The local agent's check lists, one per transport of the exchange (exchangeCheckLists). */
export function checkLists(local: SdpDocument, remote: SdpDocument, role: IceRole, offerIsLocal = localIsOffer(local, remote)): StreamChecks[] {
  const [offer, answer] = offerIsLocal ? [local, remote] : [remote, local];
  return exchangeCheckLists(offer, answer, { local: offerIsLocal ? 'offer' : 'answer', role }).map((t) => {
    const localIndex = offerIsLocal ? t.offerIndex : t.answerIndex;
    const section = local.media[localIndex];
    const out: StreamChecks = {
      label: section === undefined ? t.label : sectionLabel(section),
      localIndex,
      remoteIndex: offerIsLocal ? t.answerIndex : t.offerIndex,
      localCount: t.localCandidates.length,
      remoteCount: t.remoteCandidates.length,
    };
    if (t.bundled) out.bundled = t.mids;
    if (out.localCount > 0 && out.remoteCount > 0) out.checkList = t.checkList;
    return out;
  });
}

export function checkListRows(streams: readonly StreamChecks[], role: RoleChoice): Row[] {
  const rows: Row[] = [row(`local role: ${role.role} (${role.reason})`)];
  if (streams.length === 0) rows.push(row(''), row('no transport: the answer accepts no section of the offer', 'dim'));
  for (const s of streams) {
    rows.push(row(''));
    const name = s.label;
    if (s.bundled !== undefined) rows.push(row(`BUNDLE transport shared by mids ${s.bundled.join(', ')} (RFC 9143)`, 'dim'));
    if (s.checkList === undefined) {
      const missing = s.localCount === 0 ? (s.remoteCount === 0 ? 'either side' : 'the local side') : 'the remote side';
      rows.push(row(`${name}: no check list, no candidates on ${missing}`, 'dim'));
      continue;
    }
    const cl = s.checkList;
    const c = cl.prunedCount;
    const reasons = [c.redundant > 0 && `${c.redundant} redundant`, c.limit > 0 && `${c.limit} beyond the limit`, c['no-base'] > 0 && `${c['no-base']} without a known base`].filter(
      (x): x is string => typeof x === 'string',
    );
    rows.push(row(`${name}: ${plural(cl.pairs.length, 'pair')}${c.total > 0 ? `, ${c.total} pruned (${reasons.join(', ')})` : ''}`, 'heading'));
    const cells = [['  #', 'state', 'pair priority', 'local', '', 'remote', 'foundation', 'notes']];
    cl.pairs.forEach((p, i) => {
      cells.push([
        `  ${i + 1}`,
        p.state,
        p.priority.toString(),
        `${p.local.type} ${endpoint(p.local)}`,
        '→',
        `${p.remote.type} ${endpoint(p.remote)}`,
        pairFoundationText(p.foundation),
        p.notes.map((n) => n.message).join('; '),
      ]);
    });
    const texts = table(cells);
    rows.push(row(texts[0]!, 'dim'));
    cl.pairs.forEach((p, i) => rows.push(row(texts[i + 1]!, p.state === 'Waiting' ? 'ok' : undefined)));
    for (const p of cl.pruned) rows.push(row(`  pruned: ${p.local.type} ${endpoint(p.local)} → ${p.remote.type} ${endpoint(p.remote)}: ${p.message}`, 'dim'));
    if (c.total > cl.pruned.length) rows.push(row(`  … and ${plural(c.total - cl.pruned.length, 'more pruned pair')} (counted, not listed)`, 'dim'));
    for (const f of cl.findings) rows.push(row(`  ${f.severity} ${f.message}  ${f.code}`, f.severity === 'error' ? 'error' : 'warning'));
  }
  return rows;
}
