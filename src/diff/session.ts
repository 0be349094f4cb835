import type { SdpDocument } from '../parser/model/document.js';
import type { Media } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { flagLine, setIfDefined } from './lines.js';
import type { SectionPair } from './match.js';
import { effectiveIce, type Party } from './transport.js';

/*
 * Session-level ICE facts.
 * - RFC 8445 §6.1.1: when one agent is lite, the full agent is controlling;
 *   otherwise the initiating agent (the offerer) is controlling. Two lite
 *   agents: the offerer still takes the controlling role.
 * - RFC 8839 §4.4.1.1.1: an ICE restart is signalled by new ice-ufrag AND
 *   ice-pwd values in an offer; the answer to it carries new values too.
 *   Comparing with the previous offer/answer shows which sections restarted.
 */

export interface IceRoles {
  offerLite: boolean;
  answerLite: boolean;
  offerLine?: number;
  answerLine?: number;
  controlling: Party;
  controlled: Party;
  /** Why, in words. */
  reason: string;
}

export function iceRoles(offer: SdpDocument, answer: SdpDocument, findings: DiffFinding[]): IceRoles {
  const offerLite = offer.session.ice.lite;
  const answerLite = answer.session.ice.lite;
  let controlling: Party = 'offerer';
  let reason = 'both are full ICE agents: the offerer (initiating agent) is controlling';
  if (offerLite && !answerLite) {
    controlling = 'answerer';
    reason = 'the offerer is ICE lite: the answerer, a full agent, is controlling';
  } else if (answerLite && !offerLite) {
    reason = 'the answerer is ICE lite: the offerer, a full agent, is controlling';
  } else if (offerLite && answerLite) {
    reason = 'both are ICE lite: the offerer (initiating agent) is controlling';
  }
  const roles: IceRoles = { offerLite, answerLite, controlling, controlled: controlling === 'offerer' ? 'answerer' : 'offerer', reason };
  setIfDefined(roles, 'offerLine', flagLine(offer.session.lines, ['ice-lite']));
  setIfDefined(roles, 'answerLine', flagLine(answer.session.lines, ['ice-lite']));
  if (offerLite && answerLite) {
    findings.push(diffFinding('ice-both-lite', 'both the offer and the answer say a=ice-lite', { side: 'answer', line: roles.answerLine }));
  }
  return roles;
}

/** How a side's ICE credentials compare with its previous description. */
export type CredentialChange =
  | 'unchanged'
  /** Both ice-ufrag and ice-pwd changed: an ICE restart. */
  | 'restarted'
  /** Only one of them changed. */
  | 'partial'
  /** The section is new (nothing to compare with). */
  | 'new'
  /** The section has no ICE credentials. */
  | 'none';

export interface IceRestartSection {
  section: number;
  mid?: string;
  offer: CredentialChange;
  answer: CredentialChange;
}

export interface IceRestartDiff {
  /** The offer restarted ICE on at least one transport. */
  offerRestarted: boolean;
  /** The answer changed its credentials on at least one transport. */
  answerRestarted: boolean;
  sections: IceRestartSection[];
}

/** The section of `doc` that corresponds to `m` of another description of the session (by mid, else position). */
export function counterpart(doc: SdpDocument, m: Media): Media | undefined {
  if (m.mid !== undefined) {
    const byMid = doc.media.find((x) => x.mid === m.mid);
    if (byMid !== undefined) return byMid;
  }
  return doc.media[m.index];
}

function change(prevDoc: SdpDocument, prev: Media | undefined, doc: SdpDocument, cur: Media): CredentialChange {
  if (prev === undefined) return 'new';
  const now = effectiveIce(doc, cur);
  const before = effectiveIce(prevDoc, prev);
  if (now.ufrag === undefined || now.pwd === undefined) return 'none';
  const u = now.ufrag !== before.ufrag;
  const p = now.pwd !== before.pwd;
  return u && p ? 'restarted' : u || p ? 'partial' : 'unchanged';
}

export interface RestartInput {
  offer: SdpDocument;
  answer: SdpDocument;
  previousOffer: SdpDocument;
  previousAnswer: SdpDocument;
  pairs: readonly SectionPair[];
  /** By offered position: the section is accepted and owns its transport (not a bundled non-tag section). */
  report: readonly boolean[];
  rejected: readonly boolean[];
  findings: DiffFinding[];
}

export function iceRestart(input: RestartInput): IceRestartDiff {
  const out: IceRestartDiff = { offerRestarted: false, answerRestarted: false, sections: [] };
  for (const pair of input.pairs) {
    if (pair.answerIndex === undefined || input.rejected[pair.offerIndex] === true) continue;
    const om = input.offer.media[pair.offerIndex]!;
    const am = input.answer.media[pair.answerIndex]!;
    const s: IceRestartSection = {
      section: pair.offerIndex,
      offer: change(input.previousOffer, counterpart(input.previousOffer, om), input.offer, om),
      answer: change(input.previousAnswer, counterpart(input.previousAnswer, am), input.answer, am),
    };
    setIfDefined(s, 'mid', om.mid);
    out.sections.push(s);
    if (s.offer === 'restarted' || s.offer === 'partial') out.offerRestarted = true;
    if (s.answer === 'restarted' || s.answer === 'partial') out.answerRestarted = true;
    if (input.report[pair.offerIndex] !== true) continue;
    const where = { section: pair.offerIndex, mid: om.mid };
    const name = om.mid ?? `#${pair.offerIndex + 1}`;
    const offerChanged = s.offer === 'restarted' || s.offer === 'partial';
    const offerLine = effectiveIce(input.offer, om).ufragLine;
    const answerLine = effectiveIce(input.answer, am).ufragLine;
    if (s.offer === 'partial') {
      input.findings.push(diffFinding('ice-restart-partial', `the offer changed only one of ice-ufrag and ice-pwd for mid ${name}`, { side: 'offer', line: offerLine, ...where }));
    }
    if (s.answer === 'partial') {
      input.findings.push(diffFinding('ice-restart-partial', `the answer changed only one of ice-ufrag and ice-pwd for mid ${name}`, { side: 'answer', line: answerLine, ...where }));
    }
    if (offerChanged && s.answer === 'unchanged') {
      input.findings.push(diffFinding('ice-restart-not-answered', `the offer restarted ICE for mid ${name} but the answer kept its previous ice-ufrag and ice-pwd`, { side: 'answer', line: answerLine, ...where }));
    } else if (s.offer === 'unchanged' && (s.answer === 'restarted' || s.answer === 'partial')) {
      input.findings.push(diffFinding('ice-restart-unrequested', `the answer changed its ICE credentials for mid ${name} although the offer kept its own`, { side: 'answer', line: answerLine, ...where }));
    }
  }
  return out;
}
