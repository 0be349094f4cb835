import type { DiagnosticCollector } from '../diagnostics/collector.js';
import { lineTypes, type KnownLineType } from '../lexer/tokens.js';
import { partSlots, type PartKind, type PartSlots } from './slots.js';

/** Where a line starts: its 1-based number and the column of its type letter. */
export interface LineAt {
  readonly line: number;
  readonly column: number;
}

/**
 * Words the grammar's recovery in SDP terms, one part (the session part or
 * one media description) at a time, as the model phase walks the lines:
 * - a line recovery skipped is out of place: `misplaced-line` when its type
 *   has no slot in this part, `duplicate-line` when its slot takes one line
 *   and has it, `line-order` when it comes after lines whose slots follow
 *   its own, naming them (a line in order after every placed line was only
 *   passed over by a re-sync: it counts as placed);
 * - a required slot left empty is a `missing-line`, reported at the first
 *   line that should have come after it (or where the part ends).
 */
export class PartChecker {
  private readonly slots: PartSlots;
  /** Lines placed per slot. */
  private readonly counts: number[];
  /** The number of the first placed line of each slot (0: none). */
  private readonly firstLine: number[];
  /** The highest slot placed so far. */
  private last = -1;
  /** Lines per slot, placed or not. */
  private readonly present: number[];

  constructor(
    private readonly kind: PartKind,
    private readonly diags: DiagnosticCollector,
  ) {
    this.slots = partSlots(kind);
    this.counts = new Array<number>(this.slots.slots.length).fill(0);
    this.firstLine = new Array<number>(this.slots.slots.length).fill(0);
    this.present = new Array<number>(this.slots.slots.length).fill(0);
  }

  /**
   * A line the grammar placed, at this line and column. (A placed line
   * starts with its letter but for an indented one, whose column matters
   * only if a missing line is reported there: then the letter's column.)
   */
  placed(type: string, line: number, column: number): void {
    const i = this.slots.index.get(type);
    if (i === undefined) return;
    this.present[i]!++;
    if (this.counts[i] === 0) this.firstLine[i] = line;
    this.counts[i]!++;
    if (i > this.last) this.last = i;
  }

  /** A line the grammar's recovery skipped, at this line and the column of its type letter. */
  skipped(type: string, line: number, column: number): void {
    const at: LineAt = { line, column };
    const { slots, index, order } = this.slots;
    const level = this.kind === 'session' ? 'session part' : 'media description';
    const end = at.column + 2;
    const i = index.get(type);
    if (i === undefined) {
      const what = Object.hasOwn(lineTypes, type) ? lineTypes[type as KnownLineType] : 'unknown';
      this.diags.add('misplaced-line', { type, what, level, order }, at.line, at.column, at.line, end);
      return;
    }
    if (i >= this.last && !(slots[i]!.once && this.counts[i]! > 0)) {
      // In order after every line placed before it: recovery re-synced past
      // it on its way to a later line (`v o o c t`: the second `o=` has no
      // place, and chevrotain skips to the next m=). It has its place.
      this.placed(type, line, column);
      return;
    }
    this.present[i]!++;
    if (slots[i]!.once && this.counts[i]! > 0) {
      this.diags.add('duplicate-line', { type, level }, at.line, at.column, at.line, end);
      return;
    }
    // The lines already placed whose slots come after this one: it belongs before them.
    const later: string[] = [];
    for (let j = i + 1; j < slots.length; j++) if (this.counts[j]! > 0) later.push(`\`${slots[j]!.type}=\``);
    const problem = later.length === 0 ? 'is out of place' : `must come before ${joinAnd(later)}`;
    this.diags.add('line-order', { type, problem, level, order }, at.line, at.column, at.line, end);
  }

  /** The part ended (at the next `m=` line, or at the end of the input: `end`). */
  finish(end: LineAt & { readonly endColumn: number }): void {
    const { slots } = this.slots;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i]!;
      if (!slot.required || this.counts[i]! > 0) continue;
      let at = 0;
      for (let j = i + 1; j < slots.length && at === 0; j++) at = this.firstLine[j]!;
      const what = lineTypes[slot.type as KnownLineType];
      if (at === 0) this.diags.add('missing-line', { type: slot.type, what }, end.line, end.column, end.line, end.endColumn);
      else this.diags.add('missing-line', { type: slot.type, what }, at, 1, at, 3);
    }
  }

  /** How many lines of this type the part has, in their place or not. */
  count(type: string): number {
    const i = this.slots.index.get(type);
    return i === undefined ? 0 : this.present[i]!;
  }
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
