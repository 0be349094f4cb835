import type { Group } from '../parser/model/attributes/group.js';
import type { SdpDocument } from '../parser/model/document.js';
import type { Session } from '../parser/model/session.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';
import type { SectionPair } from './match.js';

/*
 * BUNDLE (RFC 9143, which replaced RFC 8843).
 * - §7.2: the offer lists the mids it wants bundled; its first mid is the
 *   offerer's suggested tag. Sections with a=bundle-only have port 0 in the
 *   offer and are not rejected for that (§6).
 * - §7.3: the answer group is a subset of the offered group. Its first mid is
 *   the answerer-tagged section (§7.3.1): the transport of that section is the
 *   transport of every section in the group. A section moved out of the group
 *   uses its own transport (§7.3.2); a rejected section is left out of the
 *   group (§7.3.3). Other bundled sections of the answer may have port 0
 *   without being rejected (the RFC 3264 update in RFC 9143 §1).
 */

export interface BundleGroupDiff {
  /** Mids of the offered group, in order. */
  offered: string[];
  offerLine?: number;
  /** The offerer's suggested tag: the first offered mid (RFC 9143 §7.2). */
  offerTag?: string;
  /** Mids of the answer group that answers it; absent when the answer declined BUNDLE. */
  accepted?: string[];
  answerLine?: number;
  /** The BUNDLE tag section: the first mid of the answer group (RFC 9143 §7.3.1). */
  tag?: string;
  /** Offered mids that are not in the answer group, and why. */
  removed: { mid: string; reason: 'rejected' | 'moved-out' | 'missing' }[];
  /** Mids of the answer group that the offer did not put in this group (invalid). */
  notOffered: string[];
  /** Offered sections of the group marked a=bundle-only (port 0 in the offer). */
  bundleOnly: string[];
}

export interface Transport {
  /** The mid whose transport is used: the BUNDLE tag, or the section's own mid. */
  mid?: string;
  bundled: boolean;
  /** Offered positions of the sections that use it. */
  sections: number[];
  mids: string[];
}

export interface BundleDiff {
  groups: BundleGroupDiff[];
  /** Answer BUNDLE groups that share no mid with any offered group (invalid). */
  unmatchedAnswerGroups: { mids: string[]; line?: number }[];
  /** The transports after the exchange: one per accepted group, one per accepted section outside a group. */
  transports: Transport[];
}

export interface SectionBundle {
  /** The offer put the section in a BUNDLE group. */
  offered: boolean;
  /** The section is accepted and the answer puts it in a BUNDLE group. */
  bundled: boolean;
  /** The answerer-tagged mid whose transport this section uses, when bundled. */
  tag?: string;
  /** Offered position of the tag section. */
  tagSection?: number;
  /** This section is the answerer-tagged one: it carries the group's transport. */
  isTag: boolean;
  /**
   * Position in `bundle.transports` of the transport the section uses
   * (accepted sections): the sections sharing it are listed there once, not
   * repeated in every section, so the result grows linearly with the sections.
   */
  transport?: number;
  /** The offer marked it a=bundle-only. */
  bundleOnly: boolean;
  /** The offer put it in a group, and the answer accepted it outside any group. */
  removed: boolean;
}

export function bundleGroups(session: Session): Group[] {
  return session.groups.filter((g) => g.semantics.toUpperCase() === 'BUNDLE');
}

/** Mids listed in any BUNDLE group of a description. */
export function bundledMids(session: Session): Set<string> {
  return new Set(bundleGroups(session).flatMap((g) => g.mids));
}

function groupLine(session: Session, g: Group): number | undefined {
  return lineNumber(findAttribute(session.lines, 'group', (v) => v.semantics === g.semantics && v.mids.join(' ') === g.mids.join(' ')));
}

export interface BundleInput {
  offer: SdpDocument;
  answer: SdpDocument;
  pairs: readonly SectionPair[];
  /** By offered position: the answer rejected the section (or it is missing). */
  rejected: readonly boolean[];
  findings: DiffFinding[];
}

export function diffBundle(input: BundleInput): { bundle: BundleDiff; sections: SectionBundle[] } {
  const { offer, answer, pairs, rejected, findings } = input;
  const offerIndexByMid = new Map<string, number>();
  offer.media.forEach((m) => {
    if (m.mid !== undefined && !offerIndexByMid.has(m.mid)) offerIndexByMid.set(m.mid, m.index);
  });
  /** answer mid → offered position, through the section pairs. */
  const offerIndexByAnswerMid = new Map<string, number>();
  for (const p of pairs) {
    if (p.answerIndex === undefined) continue;
    const mid = answer.media[p.answerIndex]!.mid;
    if (mid !== undefined && !offerIndexByAnswerMid.has(mid)) offerIndexByAnswerMid.set(mid, p.offerIndex);
  }
  const offerGroups = bundleGroups(offer.session);
  const answerGroups = bundleGroups(answer.session);
  const usedAnswerGroups = new Set<number>();
  const groups: BundleGroupDiff[] = [];

  for (const g of offerGroups) {
    const members = new Set<number>();
    const line = groupLine(offer.session, g);
    for (const mid of g.mids) {
      const i = offerIndexByMid.get(mid);
      if (i !== undefined) members.add(i);
      else findings.push(diffFinding('bundle-unknown-mid', `the offered BUNDLE group names mid ${mid}, which no offered m-section has`, { side: 'offer', line }));
    }
    const gd: BundleGroupDiff = { offered: [...g.mids], removed: [], notOffered: [], bundleOnly: [] };
    setIfDefined(gd, 'offerLine', line);
    setIfDefined(gd, 'offerTag', g.mids[0]);
    for (const i of members) if (offer.media[i]!.bundleOnly) gd.bundleOnly.push(offer.media[i]!.mid ?? '');

    const ai = answerGroups.findIndex((ag, k) => !usedAnswerGroups.has(k) && ag.mids.some((m) => {
      const oi = offerIndexByAnswerMid.get(m);
      return oi !== undefined && members.has(oi);
    }));
    const ag = answerGroups[ai];
    const inAnswer = new Set<number>();
    if (ag !== undefined) {
      usedAnswerGroups.add(ai);
      gd.accepted = [...ag.mids];
      setIfDefined(gd, 'answerLine', groupLine(answer.session, ag));
      setIfDefined(gd, 'tag', ag.mids[0]);
      for (const mid of ag.mids) {
        const oi = offerIndexByAnswerMid.get(mid);
        if (oi !== undefined) inAnswer.add(oi);
        if (oi === undefined || !members.has(oi)) {
          gd.notOffered.push(mid);
          findings.push(diffFinding(
            'bundle-not-offered',
            oi === undefined
              ? `the answer BUNDLE group names mid ${mid}, which matches no offered m-section`
              : `the answer puts mid ${mid} in the BUNDLE group, but the offer did not put it in that group`,
            { side: 'answer', line: gd.answerLine, mid },
          ));
        }
      }
      const tagIndex = gd.tag === undefined ? undefined : offerIndexByAnswerMid.get(gd.tag);
      const tagPair = tagIndex === undefined ? undefined : pairs[tagIndex];
      const tagMedia = tagPair?.answerIndex === undefined ? undefined : answer.media[tagPair.answerIndex];
      if (tagMedia !== undefined && tagMedia.port === 0) {
        findings.push(diffFinding('bundle-tag-port-zero', `the answerer-tagged section mid ${gd.tag ?? ''} has port 0`, {
          side: 'answer', line: lineNumber(tagMedia.lines[0]), section: tagIndex, mid: gd.tag,
        }));
      }
    }
    for (const mid of g.mids) {
      const i = offerIndexByMid.get(mid);
      if (i === undefined) continue;
      if (inAnswer.has(i)) continue;
      if (pairs[i]?.answerIndex === undefined) gd.removed.push({ mid, reason: 'missing' });
      else if (rejected[i] === true) gd.removed.push({ mid, reason: 'rejected' });
      else {
        gd.removed.push({ mid, reason: 'moved-out' });
        if (ag !== undefined) {
          findings.push(diffFinding('bundle-section-removed', `mid ${mid} is accepted outside the BUNDLE group: it uses its own transport`, {
            side: 'answer', line: gd.answerLine, section: i, mid,
          }));
        }
      }
    }
    if (ag === undefined && [...members].some((i) => rejected[i] !== true)) {
      findings.push(diffFinding('bundle-declined', `the offer proposed BUNDLE ${g.mids.join(' ')} and the answer has no BUNDLE group: each accepted section uses its own transport`, {
        side: 'offer', line,
      }));
    }
    groups.push(gd);
  }

  const unmatchedAnswerGroups: BundleDiff['unmatchedAnswerGroups'] = [];
  answerGroups.forEach((ag, k) => {
    if (usedAnswerGroups.has(k)) return;
    const entry: { mids: string[]; line?: number } = { mids: [...ag.mids] };
    setIfDefined(entry, 'line', groupLine(answer.session, ag));
    unmatchedAnswerGroups.push(entry);
    findings.push(diffFinding('bundle-not-offered', `the answer has BUNDLE ${ag.mids.join(' ')}, which no offered BUNDLE group contains`, { side: 'answer', line: entry.line }));
  });

  // Per section: which answer group (if any) holds it.
  const offeredBundled = new Set<number>();
  for (const g of offerGroups) for (const mid of g.mids) {
    const i = offerIndexByMid.get(mid);
    if (i !== undefined) offeredBundled.add(i);
  }
  const groupOf = new Map<number, Group>();
  for (const ag of answerGroups) for (const mid of ag.mids) {
    const oi = offerIndexByAnswerMid.get(mid);
    if (oi !== undefined && !groupOf.has(oi) && rejected[oi] !== true) groupOf.set(oi, ag);
  }
  const sections: SectionBundle[] = offer.media.map((m) => {
    const ag = groupOf.get(m.index);
    const s: SectionBundle = {
      offered: offeredBundled.has(m.index),
      bundled: ag !== undefined,
      isTag: false,
      bundleOnly: m.bundleOnly,
      removed: offeredBundled.has(m.index) && ag === undefined && rejected[m.index] !== true,
    };
    if (ag !== undefined) {
      const tag = ag.mids[0];
      setIfDefined(s, 'tag', tag);
      const tagIndex = tag === undefined ? undefined : offerIndexByAnswerMid.get(tag);
      setIfDefined(s, 'tagSection', tagIndex);
      s.isTag = tagIndex === m.index;
    }
    return s;
  });

  const transports: Transport[] = [];
  const byGroup = new Map<Group, number>();
  offer.media.forEach((m) => {
    if (rejected[m.index] === true) return;
    const ag = groupOf.get(m.index);
    if (ag === undefined) {
      const t: Transport = { bundled: false, sections: [m.index], mids: m.mid === undefined ? [] : [m.mid] };
      setIfDefined(t, 'mid', m.mid);
      sections[m.index]!.transport = transports.length;
      transports.push(t);
      return;
    }
    let k = byGroup.get(ag);
    if (k === undefined) {
      const fresh: Transport = { bundled: true, sections: [], mids: [] };
      setIfDefined(fresh, 'mid', ag.mids[0]);
      k = transports.length;
      byGroup.set(ag, k);
      transports.push(fresh);
    }
    const t = transports[k]!;
    sections[m.index]!.transport = k;
    t.sections.push(m.index);
    if (m.mid !== undefined) t.mids.push(m.mid);
  });

  return { bundle: { groups, unmatchedAnswerGroups, transports }, sections };
}
