import { defineFlag } from '../family.js';

/** a=sendrecv / sendonly / recvonly / inactive (RFC 8866 §6.7); media level overrides session level. */
export const direction = defineFlag({
  names: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  ref: 'RFC 8866 §6.7',
  levels: ['session', 'media'],
});
