/*
 * RFC 8445 §6.1.2.3: let G be the priority of the controlling agent's
 * candidate and D the priority of the controlled agent's candidate:
 *   pair priority = 2^32*MIN(G,D) + 2*MAX(G,D) + (G>D?1:0)
 * With G and D up to 2^32-1 the result needs 64 bits, beyond Number's 2^53, so
 * it is a bigint. (werift writes `(1 << 32) * min`, and 1 << 32 is 1 in JS;
 * pion multiplies by 2^32-1 instead of 2^32, which keeps the order but not the
 * values. sdpkit follows the RFC text.)
 */

export type IceRole = 'controlling' | 'controlled';

const TWO_32 = 2n ** 32n;

function toUint32(value: number, name: string): bigint {
  if (!Number.isInteger(value) || value < 0 || value > 2 ** 32 - 1) {
    throw new RangeError(`${name} priority must be an integer from 0 to 2^32-1, got ${String(value)}`);
  }
  return BigInt(value);
}

/**
 * Pair priority per RFC 8445 §6.1.2.3. Throws a RangeError when a priority is
 * not an unsigned 32-bit integer (a programming error: parsed candidates and
 * checkList never pass one).
 */
export function candidatePairPriority(controlling: number, controlled: number): bigint {
  const g = toUint32(controlling, 'controlling');
  const d = toUint32(controlled, 'controlled');
  const min = g < d ? g : d;
  const max = g > d ? g : d;
  return TWO_32 * min + 2n * max + (g > d ? 1n : 0n);
}

/**
 * Pair priority as seen by the local agent: its role decides which side is G.
 * Controlling: G = local, D = remote. Controlled: G = remote, D = local.
 */
export function pairPriorityForRole(localPriority: number, remotePriority: number, role: IceRole): bigint {
  return role === 'controlling' ? candidatePairPriority(localPriority, remotePriority) : candidatePairPriority(remotePriority, localPriority);
}
