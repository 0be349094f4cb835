import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { checkAddressType } from './address.js';
import { checkFieldCount, fieldRange, splitFields, fieldStart } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * origin-field = %s"o" "=" username SP sess-id SP sess-version SP
 *                nettype SP addrtype SP unicast-address CRLF   (RFC 8866 §5.2)
 * sess-id and sess-version are kept as strings: browsers use up to 20 digits
 * (Chrome's are 19), past what a JS number holds exactly.
 */
export const OriginSchema = /* @__PURE__ */ lazySchema(() => z.object({
  username: z.string().check(z.minLength(1)),
  sessionId: z.string().check(z.regex(/^[0-9]+$/, 'digits only')),
  sessionVersion: z.string().check(z.regex(/^[0-9]+$/, 'digits only')),
  netType: z.string().check(z.minLength(1)),
  addressType: z.string().check(z.minLength(1)),
  address: z.string().check(z.minLength(1)),
}));
export type Origin = z.infer<typeof OriginSchema>;

export const origin = defineLine({
  type: 'o',
  what: 'origin',
  ref: 'RFC 8866 §5.2',
  parse(value, ctx): Origin | undefined {
    const f = splitFields(value);
    const expected = '6 fields: username, session id, session version, network type, address type, address';
    if (!checkFieldCount(ctx, value, f, 'o=', expected, 6, 6)) return undefined;
    const [username, sessionId, sessionVersion, netType, addressType, address] = f as [string, string, string, string, string, string];
    let ok = true;
    for (const [i, text, name] of [[1, sessionId, 'the session id'], [2, sessionVersion, 'the session version']] as const) {
      if (!/^[0-9]+$/.test(text)) {
        ctx.report('invalid-number', { field: name, expected: 'a number (digits only)', text }, ...fieldRange(value, i));
        ok = false;
      } else if (text.length > 20) {
        ctx.report('number-out-of-range', { field: name, value: text, min: 0, max: '2^64-1 (20 digits)' }, ...fieldRange(value, i));
      }
    }
    if (netType !== 'IN') {
      ctx.report('invalid-value', { field: 'the network type', expected: '`IN`', text: netType }, ...fieldRange(value, 3));
    }
    if (addressType !== 'IP4' && addressType !== 'IP6') {
      ctx.report('invalid-value', { field: 'the address type', expected: '`IP4` or `IP6`', text: addressType }, ...fieldRange(value, 4));
    } else {
      checkAddressType(ctx, addressType, address, [fieldStart(value, f, 5), fieldStart(value, f, 5) + address.length]);
    }
    return ok ? { username, sessionId, sessionVersion, netType, addressType, address } : undefined;
  },
  write: (o) => `${o.username} ${o.sessionId} ${o.sessionVersion} ${o.netType} ${o.addressType} ${o.address}`,
});
