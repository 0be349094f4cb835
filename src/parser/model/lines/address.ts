import type { FieldContext } from '../family.js';
import { isIPv4, isIPv6 } from '../scan.js';

/**
 * Checks a unicast address against its address type (RFC 8866 §5.2/§5.7).
 * FQDNs and mDNS names are allowed for both types; a literal of the other
 * family is an error.
 */
export function checkAddressType(
  ctx: FieldContext,
  addrtype: string,
  address: string,
  range: [number, number],
): void {
  if (addrtype === 'IP4' && !isIPv4(address) && isIPv6(address)) {
    ctx.report('address-type-mismatch', { address, addrtype: 'IP4' }, range[0], range[1]);
  } else if (addrtype === 'IP6' && isIPv4(address)) {
    ctx.report('address-type-mismatch', { address, addrtype: 'IP6' }, range[0], range[1]);
  }
}
