import { ANSWER_DIRECTIONS } from '../parser/model/attributes/direction.js';
import type { Direction } from '../parser/model/attributes/extmap.js';

/*
 * RFC 3264 §6.1: the answered direction depends on the offered one (the
 * table is ANSWER_DIRECTIONS, beside the direction attributes).
 *
 * Media flows from one side to the other when the sender's description says
 * it sends and the receiver's says it receives; the outcome is computed the
 * same way for invalid answers, so it always holds that the offerer sends iff
 * the answerer receives.
 */

/** Offered direction → the answers RFC 3264 §6.1 allows. */
export const allowedAnswers: Readonly<Record<Direction, readonly Direction[]>> = ANSWER_DIRECTIONS;

export interface Flow {
  sends: boolean;
  receives: boolean;
}

export interface DirectionOutcome {
  offered: Direction;
  answered: Direction;
  /** Whether `answered` is allowed for `offered` (RFC 3264 §6.1). */
  valid: boolean;
  /** The answers RFC 3264 §6.1 allows for `offered`. */
  allowed: Direction[];
  offerer: Flow;
  answerer: Flow;
  /** What the offerer ends up doing, as a direction (inactive when the section is rejected). */
  negotiated: Direction;
  /** 1-based line of the direction attribute (absent when the sendrecv default applies). */
  offerLine?: number;
  answerLine?: number;
}

function sends(d: Direction): boolean {
  return d === 'sendrecv' || d === 'sendonly';
}

function receives(d: Direction): boolean {
  return d === 'sendrecv' || d === 'recvonly';
}

export function directionOf(send: boolean, receive: boolean): Direction {
  return send ? (receive ? 'sendrecv' : 'sendonly') : receive ? 'recvonly' : 'inactive';
}

/** The reverse view: what the other side's direction must be for the same flows. */
export function reverseDirection(d: Direction): Direction {
  return directionOf(receives(d), sends(d));
}

/**
 * The outcome of one offered and answered direction. When `rejected`, nothing
 * flows whatever the attributes say (RFC 3264 §6: port 0).
 */
export function directionOutcome(offered: Direction, answered: Direction, rejected = false): DirectionOutcome {
  const allowed = allowedAnswers[offered];
  const offererSends = !rejected && sends(offered) && receives(answered);
  const offererReceives = !rejected && receives(offered) && sends(answered);
  return {
    offered,
    answered,
    valid: allowed.includes(answered),
    allowed: [...allowed],
    offerer: { sends: offererSends, receives: offererReceives },
    answerer: { sends: offererReceives, receives: offererSends },
    negotiated: directionOf(offererSends, offererReceives),
  };
}

/** Words for one side's flow: "sends and receives", "sends only", … */
export function describeFlow(flow: Flow): string {
  if (flow.sends && flow.receives) return 'sends and receives';
  if (flow.sends) return 'sends only';
  if (flow.receives) return 'receives only';
  return 'neither sends nor receives';
}
