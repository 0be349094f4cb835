import type { Candidate } from '../../parser/model/attributes/candidate.js';
import type { SdpDocument } from '../../parser/model/document.js';
import { edit, type EditOp, type EditResult } from '../edit.js';
import { linesWhere, selectMedia } from '../sections.js';

/** Candidate kinds the CLI names: transport, type, address family, or an mDNS name (RFC 8445 §5.1.1, draft-ietf-mmusic-mdns-ice-candidates). */
export type CandidateKind = 'udp' | 'tcp' | 'host' | 'srflx' | 'prflx' | 'relay' | 'ipv4' | 'ipv6' | 'mdns';

export function candidateIs(candidate: Candidate, kind: CandidateKind): boolean {
  switch (kind) {
    case 'udp':
    case 'tcp':
      return candidate.transport.toLowerCase() === kind;
    case 'host':
    case 'srflx':
    case 'prflx':
    case 'relay':
      return candidate.type === kind;
    case 'ipv4':
      return /^\d+\.\d+\.\d+\.\d+$/.test(candidate.address);
    case 'ipv6':
      return candidate.address.includes(':');
    case 'mdns':
      return candidate.address.toLowerCase().endsWith('.local');
  }
}

/** Keeps the candidates (session or media level) for which `keep` is true; removes the other a=candidate lines. */
export function filterCandidates(document: SdpDocument, keep: (candidate: Candidate, media: number) => boolean): EditResult {
  const ops: EditOp[] = [];
  for (const s of selectMedia(document, 'all')) {
    for (const i of linesWhere(s, (l) => l.type === 'a' && l.name === 'candidate' && l.value !== undefined && !keep(l.value as Candidate, s.index))) {
      ops.push({ op: 'remove', line: i });
    }
  }
  return edit(document, ops);
}

/** Removes the candidates of any of these kinds. */
export function dropCandidates(document: SdpDocument, kinds: readonly CandidateKind[]): EditResult {
  return filterCandidates(document, (c) => !kinds.some((k) => candidateIs(c, k)));
}

/** Adds a=end-of-candidates (RFC 8840 §4.1) to every media description that has candidates and none yet. */
export function addEndOfCandidates(document: SdpDocument): EditResult {
  const ops: EditOp[] = selectMedia(document, 'all')
    .filter((s) => s.media.port !== 0 && s.media.candidates.length > 0 && !s.media.lines.some((l) => l.type === 'a' && l.name === 'end-of-candidates'))
    .map((s): EditOp => ({ op: 'insert', in: { media: s.index }, line: { type: 'a', name: 'end-of-candidates' } }));
  return edit(document, ops);
}
