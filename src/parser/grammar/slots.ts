import { NonTerminal, Option, Repetition, RepetitionMandatory, Terminal, type IProduction, type Rule } from 'chevrotain';
import { sdpGrammar } from './parser.js';

/**
 * One place for a line type in a part of the description, read from the
 * grammar's own rules (chevrotain's GAST), so that order, "at most once" and
 * "required" are stated once, by the grammar, and the diagnostics and the
 * canonical writer follow it.
 */
export interface Slot {
  /** The line type letter. */
  readonly type: string;
  /** Outside any OPTION/MANY: the part is invalid without it. */
  readonly required: boolean;
  /** Inside no repetition: at most one such line in the part. */
  readonly once: boolean;
  /**
   * Position for sorting lines into order: the slot's index, or for a slot
   * inside a sub-rule (`r=` in a time description) the index of that
   * sub-rule's first slot, so a `t=` keeps its `r=` lines.
   */
  readonly rank: number;
}

export interface PartSlots {
  /** The slots in grammar order. */
  readonly slots: readonly Slot[];
  /** Slot index by line type letter. */
  readonly index: ReadonlyMap<string, number>;
  /** The order in words, for messages: `v o s i u e p c b t r z k a`. */
  readonly order: string;
}

export type PartKind = 'session' | 'media';

let cache: Record<PartKind, PartSlots> | undefined;

/** The slots of the session part and of a media description, from the grammar (computed once). */
export function partSlots(kind: PartKind): PartSlots {
  cache ??= readSlots(sdpGrammar().getGAstProductions());
  return cache[kind];
}

function readSlots(rules: Record<string, Rule>): Record<PartKind, PartSlots> {
  return { session: fromRule(rules['sessionPart']!), media: fromRule(rules['mediaDescription']!) };
}

function fromRule(rule: Rule): PartSlots {
  const slots: Slot[] = [];
  const walk = (productions: readonly IProduction[], optional: boolean, repeated: boolean, rank: number | undefined): void => {
    for (const p of productions) {
      if (p instanceof Terminal) slots.push({ type: p.terminalType.name, required: !optional, once: !repeated, rank: rank ?? slots.length });
      else if (p instanceof NonTerminal) walk(p.referencedRule.definition, optional, repeated, rank ?? slots.length);
      else if (p instanceof Option) walk(p.definition, true, repeated, rank);
      else if (p instanceof Repetition) walk(p.definition, true, true, rank);
      else if (p instanceof RepetitionMandatory) walk(p.definition, optional, true, rank);
      else throw new Error(`the SDP grammar uses a production the slot reader does not know: ${p.constructor.name}`);
    }
  };
  walk(rule.definition, false, false, undefined);
  return { slots, index: new Map(slots.map((s, i) => [s.type, i])), order: slots.map((s) => s.type).join(' ') };
}
