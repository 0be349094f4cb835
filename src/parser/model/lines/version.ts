import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { textRange } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/** proto-version = %s"v" "=" 1*DIGIT CRLF (RFC 8866 §5.1); the only defined value is 0. */
export const VersionSchema = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(0)));
export type Version = z.infer<typeof VersionSchema>;

export const version = defineLine({
  type: 'v',
  what: 'protocol version',
  ref: 'RFC 8866 §5.1',
  parse(value, ctx): Version | undefined {
    if (value !== '0') {
      ctx.report('invalid-value', { field: 'the protocol version', expected: '`0`', text: value }, ...textRange(value, value));
      return /^[0-9]{1,9}$/.test(value) ? Number(value) : undefined;
    }
    return 0;
  },
  write: (v) => String(v),
});
