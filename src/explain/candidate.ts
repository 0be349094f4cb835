import type { Candidate } from '../parser/model/attributes/candidate.js';
import { describeCandidate } from '../ice/index.js';
import { bundleGroupOfMid, hasBundlePeers, midsText, sectionName, type ExplainContext, type SectionContext } from './context.js';
import type { Explained, ExplanationField } from './types.js';
import { capitalize, explained, field, paragraph } from './words.js';

/** What the explanation needs to know about one candidate, whatever computes it. */
export interface CandidateFacts {
  /** One line, e.g. "host UDP candidate 192.168.1.4 5000 (private), component 1 (RTP), libwebrtc". */
  summary: string;
  /** The candidate type in words ("server-reflexive"), or the type as written when unknown. */
  typeWords: string;
  /** Whether the type is one of host, srflx, prflx, relay. */
  knownType: boolean;
  fields: ExplanationField[];
  /** Findings in words (inconsistent priority, TCP without tcptype, …). */
  findings: string[];
  /** Whether some extension pair is unknown to sdpkit. */
  unknownExtensions: string[];
}

function withRef(meaning: string, ref: string): string {
  return ref === '' ? meaning : `${meaning} (${ref})`;
}

/**
 * The facts about a candidate, from src/ice's describeCandidate: type in
 * words, address class, decoded priority, guessed implementation and the
 * extension pairs, each with its RFC reference.
 */
export function candidateFacts(candidate: Candidate): CandidateFacts {
  const d = describeCandidate(candidate);
  const fields: ExplanationField[] = [
    field('foundation', d.foundation.value, withRef(d.foundation.meaning, d.foundation.ref)),
    field('component', d.component.value, withRef(d.component.meaning, d.component.ref)),
    field('transport', d.transport.value, withRef(d.transport.meaning, d.transport.ref)),
    field('priority', d.priority.value, withRef(d.priority.meaning, d.priority.ref)),
    field('address', d.address.value, withRef(d.address.meaning, d.address.ref)),
    field('type', d.type.value, withRef(d.type.meaning, d.type.ref)),
  ];
  if (d.related !== undefined) fields.push(field('related address', d.related.value, withRef(d.related.meaning, d.related.ref)));
  if (d.relayProtocol !== undefined) fields.push(field('relay protocol', d.relayProtocol.value, withRef(d.relayProtocol.meaning, d.relayProtocol.ref)));
  for (const x of d.extensions) fields.push(field(x.name, x.value, withRef(x.meaning, x.ref)));
  fields.push(field('implementation', d.implementation.value, withRef(d.implementation.meaning, d.implementation.ref)));
  const typeWords = d.type.known ? (d.type.meaning.split(':')[0] ?? candidate.type) : candidate.type;
  return {
    summary: d.summary,
    typeWords,
    knownType: d.type.known,
    fields,
    findings: d.findings.map((f) => f.message),
    unknownExtensions: d.extensions.filter((x) => !x.known).map((x) => x.name),
  };
}

function endpoint(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Explains `a=candidate`, with what its section says: rtcp-mux, BUNDLE, trickle. */
export function explainCandidate(c: Candidate, ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const facts = candidateFacts(c);
  const notes: string[] = [];
  if (section !== undefined) {
    if (c.component === 2 && (section.media.rtcpMux || section.media.rtcpMuxOnly)) {
      notes.push('This is an RTCP (component 2) candidate, but the section offers rtcp-mux: once rtcp-mux is accepted only component 1 is used');
    }
    const mid = section.media.mid;
    const group = mid === undefined ? undefined : bundleGroupOfMid(ctx, mid);
    if (group !== undefined && group.mids[0] !== mid && hasBundlePeers(ctx, section)) {
      notes.push(`This section is in BUNDLE group (${midsText(ctx, group)}) but not its first: once BUNDLE is accepted, only the candidates of mid ${group.mids[0] ?? ''} are used`);
    }
  }
  const tcp = c.tcpType === undefined ? '' : ` ${c.tcpType}`;
  const where = section === undefined ? 'at session level, where candidates do not belong (RFC 8839 §5.1)' : `for ${sectionName(section)}`;
  return explained({
    label: `ICE candidate: ${c.type} ${c.transport.toUpperCase()}${tcp} ${endpoint(c.address, c.port)}`,
    summary: `${capitalize(facts.summary)}, ${where}.`,
    details: paragraph(
      ...notes,
      ...facts.findings.map(capitalize),
      facts.unknownExtensions.length > 0 ? `Unknown extension${facts.unknownExtensions.length === 1 ? '' : 's'} ${facts.unknownExtensions.join(', ')}: kept as is` : undefined,
      'Each agent pairs its candidates with the peer\'s and checks the pairs with STUN, highest pair priority first (RFC 8445 §6.1.2); candidates may also arrive later by trickle ICE (RFC 8838)',
    ),
    ref: 'RFC 8839 §5.1',
    fields: facts.fields,
    unknown: !facts.knownType,
  });
}
