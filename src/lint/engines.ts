import type { Severity } from '../parser/diagnostics/diagnostic.js';

/*
 * What browsers do with a description, as data. Lint severities are defined
 * by the targets a user names (`--target chromium,firefox`, config `targets`,
 * `lint(..., { targets })`):
 *   error   = at least one target engine rejects the description (or the call
 *             cannot work at all: no common codec, no ICE credentials);
 *   warning = an RFC violation or interop risk the targets tolerate;
 *   info    = style.
 * The target `rfc` keeps the strict RFC reading: each rule's own severity.
 *
 * Each entry below describes one condition ("case") a rule or a parser
 * diagnostic reports, per engine: whether the engine rejects it, at which
 * call, the engine's own error text (as the browser reports it at run time;
 * test/oracle records it from real browsers) and where in the engine's source
 * the check lives. The knowledge table itself is src/lint/knowledge.ts.
 */

/** The browser engines lint knows about. */
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

/** What a user can target: engines, or `rfc` for the strict RFC reading. */
export const TARGETS = [...ENGINES, 'rfc'] as const;
export type Target = (typeof TARGETS)[number];

/** The targets when none are given: the two engines whose verdicts test/oracle records. */
export const DEFAULT_TARGETS: readonly Target[] = ['chromium', 'firefox'];

/** The calls that apply a description. */
export const SET_CALLS = ['setRemoteDescription', 'setLocalDescription'] as const;
export type SetCall = (typeof SET_CALLS)[number];

export interface EngineBehaviour {
  /**
   * rejects: the set call fails; accepts: the description is applied (the
   * line may be ignored); depends: the verdict depends on more than the text
   * (the local offer, earlier negotiations), said so in the finding.
   */
  readonly verdict: 'rejects' | 'accepts' | 'depends';
  /** The call that fails (default: setRemoteDescription). */
  readonly call?: SetCall;
  /** The engine's own error text, as the set call's rejection reports it (a stable fragment where it quotes the input). */
  readonly error?: string;
  /** Where the engine decides it, such as "libwebrtc pc/webrtc_sdp.cc ParseFingerprintAttribute". */
  readonly source?: string;
  /** Anything a reader should know: what the engine does instead, since which version. */
  readonly note?: string;
}

/** One condition as each engine treats it; engines without an entry are unknown. */
export interface CaseKnowledge {
  /** What the condition is, for docs/rules.md (one short phrase). */
  readonly condition: string;
  /**
   * Set when the call cannot work even though the engines take the
   * description (no codec in common, no ICE credentials): an error under any
   * engine target; the text says why.
   */
  readonly fatal?: string;
  readonly chromium?: EngineBehaviour;
  readonly firefox?: EngineBehaviour;
  readonly webkit?: EngineBehaviour;
}

/** A rule's (or parser code's) conditions by case key; findings name their case, `default` otherwise. */
export type RuleKnowledge = Readonly<Record<string, CaseKnowledge>>;

/** What a diagnostic carries about the targets: which of them reject it and how. */
export interface Rejection {
  readonly engine: Engine;
  readonly call: SetCall;
  readonly error?: string | undefined;
  readonly source?: string | undefined;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The less severe of two severities. */
export function milder(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The more severe of two severities. */
export function harsher(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * One engine's behaviour for a case. WebKit applies descriptions with its
 * copy of libwebrtc (Source/ThirdParty/libwebrtc), so where the table has no
 * WebKit entry of its own, Chromium's counts for WebKit when it comes from
 * libwebrtc's code.
 */
export function behaviourOf(knowledge: CaseKnowledge | undefined, engine: Engine): EngineBehaviour | undefined {
  const own = knowledge?.[engine];
  if (own !== undefined || engine !== 'webkit') return own;
  const chromium = knowledge?.chromium;
  return chromium?.source?.startsWith('libwebrtc') === true ? chromium : undefined;
}

/** The rejections of one case by the engines among the targets, in target order. */
export function rejectionsOf(knowledge: CaseKnowledge | undefined, targets: readonly Target[]): Rejection[] {
  const out: Rejection[] = [];
  if (knowledge === undefined) return out;
  for (const t of targets) {
    if (t === 'rfc') continue;
    const b = behaviourOf(knowledge, t);
    if (b === undefined || b.verdict !== 'rejects') continue;
    const r: { engine: Engine; call: SetCall; error?: string; source?: string } = { engine: t, call: b.call ?? 'setRemoteDescription' };
    if (b.error !== undefined) r.error = b.error;
    if (b.source !== undefined) r.source = b.source;
    out.push(r);
  }
  return out;
}

/** Parses a comma-separated target list (`chromium,firefox`); throws with the valid names on an unknown one. */
export function parseTargets(text: string | readonly string[]): Target[] {
  const names = (typeof text === 'string' ? text.split(',') : text).map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const out: Target[] = [];
  for (const n of names) {
    const t = TARGET_ALIASES[n] ?? n;
    if (!(TARGETS as readonly string[]).includes(t)) throw new Error(`unknown lint target \`${n}\`: use ${TARGETS.map((x) => `\`${x}\``).join(', ')} (comma-separated)`);
    if (!out.includes(t as Target)) out.push(t as Target);
  }
  if (out.length === 0) throw new Error(`no lint target given: use ${TARGETS.map((x) => `\`${x}\``).join(', ')} (comma-separated)`);
  return out;
}

/** Other names people use for the engines. */
const TARGET_ALIASES: Readonly<Record<string, Target>> = { chrome: 'chromium', edge: 'chromium', safari: 'webkit' };

/** Engine names as people write them. */
export const ENGINE_NAMES: Readonly<Record<Engine, string>> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * One line per rejecting engine, for people: `Chromium rejects it
 * (setRemoteDescription): "Failed to set remote offer sdp: …"`. Every face
 * shows these lines under the finding.
 */
export function rejectionLines(rejections: readonly Rejection[] | undefined): string[] {
  return (rejections ?? []).map((r) => `${ENGINE_NAMES[r.engine]} rejects it (${r.call})${r.error === undefined ? '' : `: "${r.error}"`}`);
}
