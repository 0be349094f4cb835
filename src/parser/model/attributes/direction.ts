import { defineFlag } from '../family.js';
import { DIRECTIONS } from './extmap.js';
import type { Direction } from './extmap.js';

/** a=sendrecv / sendonly / recvonly / inactive (RFC 8866 §6.7); media level overrides session level. */
export const direction = defineFlag({
  names: DIRECTIONS,
  ref: 'RFC 8866 §6.7',
  levels: ['session', 'media'],
});

/*
 * RFC 3264 §6.1: the directions an answer may give for each offered one.
 * The one copy of this table: lint (answer-direction), the diff (direction
 * outcome) and explain (what an offer's direction allows) read it.
 *
 *   offered    answer may be
 *   sendrecv   sendrecv, sendonly, recvonly, inactive
 *   sendonly   recvonly, inactive
 *   recvonly   sendonly, inactive
 *   inactive   inactive
 */
export const ANSWER_DIRECTIONS: Readonly<Record<Direction, readonly Direction[]>> = {
  sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  sendonly: ['recvonly', 'inactive'],
  recvonly: ['sendonly', 'inactive'],
  inactive: ['inactive'],
};
