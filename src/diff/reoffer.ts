import type { SdpDocument } from '../parser/model/document.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Media } from '../parser/model/media.js';
import type { Side } from './findings.js';
import { lineNumber, setIfDefined } from './lines.js';
import type { SectionPair } from './match.js';
import { counterpart, type IceRestartDiff } from './session.js';
import { effectiveIce } from './transport.js';

/*
 * Is this offer a re-offer (a subsequent offer of a session, RFC 3264 §8), and
 * does it restart ICE (RFC 8839 §4.4.1.1.1: new ice-ufrag and ice-pwd)?
 *
 * With the previous exchange of the same session the answer is exact (the
 * credential comparison of session.ts). From the pair alone, only hints:
 * - The o= session version (RFC 8866 §5.2: bumped when the description
 *   changes). libwebrtc starts the counter at 2 and bumps it for every offer
 *   AND answer its description factory creates (pc/webrtc_session_description_factory.cc,
 *   kInitSessionVersion); Firefox starts at 0 and bumps it after each
 *   description it creates (dom/media/webrtc/jsep/JsepSessionImpl.cpp,
 *   mSessionVersion). A higher number therefore says this peer created at
 *   least one description before: an earlier exchange (or an offer created
 *   and not applied). Other stacks seed it differently (pion: a timestamp),
 *   so only browser-looking origins are judged.
 * - The libwebrtc candidate extension `generation`: the transport channel
 *   numbers each gathering session by how many it had before
 *   (p2p/base/p2p_transport_channel.cc, AddAllocatorSession), and it starts a
 *   new one on an ICE restart. Generation N > 0 with the candidate's `ufrag`
 *   extension equal to the section's ice-ufrag: the current credentials come
 *   from the N-th restart, made by this offer or an earlier one (libwebrtc
 *   copies the current candidates into later offers that do not restart).
 */

/** yes/no: certain (a previous exchange was compared, or a browser's own counter says so); likely/unlikely: hints only. */
export type RenegotiationAnswer = 'yes' | 'likely' | 'unknown' | 'unlikely' | 'no';

export interface RenegotiationEvidence {
  side: Side;
  /** 1-based line number. */
  line?: number;
  /** The line's text. */
  text: string;
  /** What the line says, in words. */
  says: string;
}

export interface CredentialStep {
  section: number;
  mid?: string;
  side: Side;
  from?: string;
  to?: string;
}

export interface RenegotiationFact {
  answer: RenegotiationAnswer;
  /** One line, e.g. "likely: the o= version says this is at least the 2nd description this peer created". */
  summary: string;
  evidence: RenegotiationEvidence[];
}

export interface Renegotiation {
  /** 'previous': compared with the previous exchange; 'pair': hints in the pair alone. */
  basis: 'previous' | 'pair';
  reoffer: RenegotiationFact;
  iceRestart: RenegotiationFact & {
    /** With a previous exchange: the ice-ufrag changes, per side and transport (a change of ice-pwd alone is evidence, not a step). */
    steps?: CredentialStep[];
  };
}

/** What browsers write as the o= session version of their first description. */
const INITIAL_VERSION: readonly { stack: string; test: (username: string, address: string) => boolean; first: bigint; source: string }[] = [
  { stack: 'Firefox', test: (u) => u.startsWith('mozilla...THIS_IS_SDPARTA'), first: 0n, source: 'Firefox JsepSessionImpl.cpp' },
  // Chromium and Safari (libwebrtc) write "o=- <id> <version> IN IP4 127.0.0.1".
  { stack: 'libwebrtc', test: (u, a) => u === '-' && a === '127.0.0.1', first: 2n, source: 'libwebrtc pc/webrtc_session_description_factory.cc' },
];

function lineText(line: SdpLine | undefined): string {
  return line?.source?.text ?? '';
}

function ordinal(n: bigint): string {
  const s = n.toString();
  const teen = n % 100n >= 11n && n % 100n <= 13n;
  const last = s[s.length - 1];
  return `${s}${!teen && last === '1' ? 'st' : !teen && last === '2' ? 'nd' : !teen && last === '3' ? 'rd' : 'th'}`;
}

function originHint(offer: SdpDocument): { answer: RenegotiationAnswer; evidence?: RenegotiationEvidence; summary: string } {
  const o = offer.session.origin;
  const line = offer.session.lines.find((l) => l.type === 'o');
  if (o === undefined || line === undefined) return { answer: 'unknown', summary: 'the offer has no readable o= line' };
  const stack = INITIAL_VERSION.find((s) => s.test(o.username, o.address));
  const base: Omit<RenegotiationEvidence, 'says'> = { side: 'offer', text: lineText(line) };
  setIfDefined(base, 'line', lineNumber(line));
  if (stack === undefined) {
    return { answer: 'unknown', summary: `the o= version ${o.sessionVersion} does not tell (not a browser origin: other stacks seed the version as they like)`, evidence: { ...base, says: `session version ${o.sessionVersion}, not a browser-looking origin` } };
  }
  const v = BigInt(o.sessionVersion);
  if (v === stack.first) {
    const says = `session version ${o.sessionVersion}: what ${stack.stack} writes in the first description a peer connection creates (${stack.source})`;
    return { answer: 'no', summary: `the o= version ${o.sessionVersion} is ${stack.stack}'s first: an initial offer`, evidence: { ...base, says } };
  }
  if (v < stack.first || v - stack.first > 1_000_000n) {
    return { answer: 'unknown', summary: `the o= version ${o.sessionVersion} is not a ${stack.stack} counter`, evidence: { ...base, says: `session version ${o.sessionVersion}, outside ${stack.stack}'s counter (starts at ${stack.first})` } };
  }
  const nth = ordinal(v - stack.first + 1n);
  const says = `session version ${o.sessionVersion}: ${stack.stack} counts from ${stack.first} and bumps it for every offer and answer it creates, so this is at least the ${nth} description of this peer (${stack.source})`;
  return { answer: 'likely', summary: `the o= version says this is the ${nth} description this ${stack.stack} peer created: a subsequent offer (or a repeated createOffer)`, evidence: { ...base, says } };
}

interface GenerationHint {
  restarted: RenegotiationEvidence[];
  initial: RenegotiationEvidence[];
  stale: RenegotiationEvidence[];
}

/** The libwebrtc `generation`/`ufrag` candidate extensions of the sections that own a transport. */
function generationHints(doc: SdpDocument, side: Side, owners: readonly Media[]): GenerationHint {
  const out: GenerationHint = { restarted: [], initial: [], stale: [] };
  for (const m of owners) {
    const ufrag = effectiveIce(doc, m).ufrag;
    for (const l of m.lines) {
      if (l.type !== 'a' || l.name !== 'candidate' || l.value === undefined) continue;
      const ext = (l.value as { extensions: [string, string][] }).extensions;
      const g = ext.find(([k]) => k === 'generation')?.[1];
      if (g === undefined || !/^[0-9]+$/.test(g)) continue;
      const u = ext.find(([k]) => k === 'ufrag')?.[1];
      const e: RenegotiationEvidence = { side, text: lineText(l), says: '' };
      setIfDefined(e, 'line', lineNumber(l));
      if (u !== undefined && ufrag !== undefined && u !== ufrag) {
        out.stale.push({ ...e, says: `generation ${g} for ufrag ${u}, but the section's ice-ufrag is ${ufrag}: a candidate of other credentials` });
      } else if (g === '0') {
        out.initial.push({ ...e, says: `generation 0${u === undefined ? '' : ` for the current ufrag ${u}`}: libwebrtc's first gathering on this transport, no ICE restart yet` });
      } else {
        out.restarted.push({ ...e, says: `generation ${g}${u === undefined ? '' : ` for the current ufrag ${u}`}: libwebrtc starts a new generation on each ICE restart (p2p/base/p2p_transport_channel.cc), so ICE was restarted ${g === '1' ? 'once' : `${g} times`} on this transport, by this offer or an earlier one` });
      }
    }
  }
  return out;
}

export interface RenegotiationInput {
  offer: SdpDocument;
  answer: SdpDocument;
  pairs: readonly SectionPair[];
  /** By offered position: accepted and owning its transport. */
  report: readonly boolean[];
  previous?: { offer: SdpDocument; answer: SdpDocument; restart: IceRestartDiff };
}

export function renegotiation(input: RenegotiationInput): Renegotiation {
  return input.previous === undefined ? fromPair(input) : fromPrevious(input, input.previous);
}

function fromPrevious(input: RenegotiationInput, prev: NonNullable<RenegotiationInput['previous']>): Renegotiation {
  const steps: CredentialStep[] = [];
  const evidence: RenegotiationEvidence[] = [];
  const pwdOnlySides = new Set<Side>();
  for (const s of prev.restart.sections) {
    const pair = input.pairs.find((p) => p.offerIndex === s.section);
    if (pair?.answerIndex === undefined) continue;
    const sides: [Side, SdpDocument, SdpDocument, Media][] = [
      ['offer', input.offer, prev.offer, input.offer.media[pair.offerIndex]!],
      ['answer', input.answer, prev.answer, input.answer.media[pair.answerIndex]!],
    ];
    for (const [side, doc, before, m] of sides) {
      const change = side === 'offer' ? s.offer : s.answer;
      if (change !== 'restarted' && change !== 'partial') continue;
      if (input.report[s.section] !== true && side === 'answer') continue;
      const was = counterpart(before, m);
      const now = effectiveIce(doc, m);
      const step: CredentialStep = { section: s.section, side };
      setIfDefined(step, 'mid', s.mid);
      setIfDefined(step, 'from', was === undefined ? undefined : effectiveIce(before, was).ufrag);
      setIfDefined(step, 'to', now.ufrag);
      const pwdOnly = step.from === step.to;
      if (pwdOnly) pwdOnlySides.add(side);
      else if (steps.some((x) => x.side === side && x.from === step.from && x.to === step.to)) continue;
      else steps.push(step);
      const name = pwdOnly ? 'ice-pwd' : 'ice-ufrag';
      const line = m.lines.find((l) => l.type === 'a' && l.name === name) ?? doc.session.lines.find((l) => l.type === 'a' && l.name === name);
      const says = pwdOnly
        ? `ice-pwd changed, ice-ufrag ${step.to ?? '-'} kept: not an ICE restart by RFC 8839 §4.4.1.1.1 (both must change), though libwebrtc treats a change of either as one (IceCredentialsChanged, p2p/base/p2p_transport_channel.cc)`
        : `ice-ufrag ${step.from ?? '-'} → ${step.to ?? '-'}${change === 'partial' ? ' (ice-pwd kept: RFC 8839 §4.4.1.1.1 wants both changed)' : ''}`;
      const e: RenegotiationEvidence = { side, text: lineText(line), says };
      setIfDefined(e, 'line', lineNumber(line));
      evidence.push(e);
    }
  }
  const offerSteps = steps.filter((x) => x.side === 'offer');
  // A new ufrag is a new ICE session for any agent; a new ice-pwd alone is not a restart by the RFC.
  const restarted = offerSteps.length > 0;
  const words = (side: Side): string => steps.filter((x) => x.side === side).map((x) => `${x.from ?? '-'} → ${x.to ?? '-'}`).join(', ');
  const summary = restarted
    ? `ufrag ${words('offer')}${steps.some((x) => x.side === 'answer') ? `; the answer ${words('answer')}` : '; the answer kept its ufrag'}`
    : pwdOnlySides.has('offer')
      ? 'the offer changed only its ice-pwd: not an ICE restart by RFC 8839 (libwebrtc would still restart)'
      : steps.some((x) => x.side === 'answer')
        ? `the offer kept its ice-ufrag (the answer changed its own: ${words('answer')})`
        : 'both sides kept their ice-ufrag and ice-pwd';
  return {
    basis: 'previous',
    reoffer: { answer: 'yes', summary: 'compared with the previous exchange of the session', evidence: [] },
    iceRestart: { answer: restarted ? 'yes' : 'no', summary, evidence, steps },
  };
}

function fromPair(input: RenegotiationInput): Renegotiation {
  const origin = originHint(input.offer);
  const owners = (side: Side): Media[] =>
    input.pairs.flatMap((p) => {
      if (input.report[p.offerIndex] !== true) return [];
      const i = side === 'offer' ? p.offerIndex : p.answerIndex;
      const m = i === undefined ? undefined : (side === 'offer' ? input.offer : input.answer).media[i];
      return m === undefined ? [] : [m];
    });
  const offerGen = generationHints(input.offer, 'offer', owners('offer'));
  const answerGen = generationHints(input.answer, 'answer', owners('answer'));

  const reEvidence: RenegotiationEvidence[] = origin.evidence === undefined ? [] : [origin.evidence];
  let reAnswer = origin.answer;
  let reSummary = origin.summary;
  // The origin says "first description" but the candidates say "after a restart": an edited description.
  const conflict = reAnswer === 'no' && offerGen.restarted.length > 0;
  if (conflict) {
    reEvidence.push(offerGen.restarted[0]!);
    reAnswer = 'unknown';
    reSummary = `the o= version is a first description's, but the candidates are of an ICE generation above 0: the description was edited, they cannot both be true`;
  } else if (offerGen.restarted.length > 0) {
    reEvidence.push(offerGen.restarted[0]!);
    if (reAnswer !== 'likely') {
      reAnswer = 'likely';
      reSummary = `the offer's candidates are of an ICE generation above 0: there was an ICE restart before, so an earlier exchange`;
    }
  }

  const restartEvidence = [...offerGen.restarted, ...answerGen.restarted, ...offerGen.stale, ...answerGen.stale];
  let rAnswer: RenegotiationAnswer;
  let rSummary: string;
  if (conflict) {
    rAnswer = 'unknown';
    rSummary = 'the o= version and the candidate generations disagree (see re-offer)';
  } else if (offerGen.restarted.length > 0) {
    rAnswer = 'likely';
    rSummary = `the offer's current credentials come from an ICE restart (candidate generation above 0); the pair alone cannot tell whether this offer or an earlier one made it`;
  } else if (offerGen.initial.length > 0) {
    rAnswer = 'unlikely';
    rSummary = `the offer's candidates are generation 0 for its ufrag: libwebrtc's first ICE generation`;
    restartEvidence.unshift(offerGen.initial[0]!);
  } else if (reAnswer === 'no') {
    rAnswer = 'no';
    rSummary = 'an initial offer starts ICE; it cannot restart it';
  } else {
    rAnswer = 'unknown';
    rSummary = 'the pair alone does not show it (no generation-tagged candidates); the previous exchange would tell (diff a negotiation of a dump)';
  }
  return {
    basis: 'pair',
    reoffer: { answer: reAnswer, summary: reSummary, evidence: reEvidence },
    iceRestart: { answer: rAnswer, summary: rSummary, evidence: restartEvidence },
  };
}
