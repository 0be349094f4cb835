import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * msid-value = msid-id [ SP msid-appdata ]           (RFC 8830 §2)
 * msid-id = 1*64token-char ; `-` means "no stream" (RFC 8829 §5.2.1)
 * msid-semantic (draft-ietf-mmusic-msid-05, still sent by libwebrtc):
 *   "a=msid-semantic:" [SP] token *(SP identifier)   — Chrome writes a space after the colon.
 */
export const MsidSchema = /* @__PURE__ */ lazySchema(() => z.object({
  streamId: z.string().check(z.regex(/^[^ ]+$/)),
  trackId: z.optional(z.string().check(z.regex(/^[^ ]+$/))),
}));
export type Msid = z.infer<typeof MsidSchema>;

export const msid = defineAttribute({
  names: ['msid'],
  ref: 'RFC 8830 §2',
  levels: ['media'],
  syntax: '<stream id> [<track id>]',
  parse(value, ctx): Msid | undefined {
    const f = splitFields(value);
    if (f.length < 1 || f.length > 2) {
      ctx.report('field-count', { what: 'a=msid', expected: '`<stream id> [<track id>]`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    return f.length === 2 ? { streamId: f[0]!, trackId: f[1]! } : { streamId: f[0]! };
  },
  write: (m) => (m.trackId === undefined ? m.streamId : `${m.streamId} ${m.trackId}`),
});

export const MsidSemanticSchema = /* @__PURE__ */ lazySchema(() => z.object({
  semantic: z.string().check(z.regex(/^[^ ]+$/)),
  identifiers: z.array(z.string().check(z.regex(/^[^ ]+$/))),
}));
export type MsidSemantic = z.infer<typeof MsidSemanticSchema>;

export const msidSemantic = defineAttribute({
  names: ['msid-semantic'],
  ref: 'draft-ietf-mmusic-msid-05 §3',
  levels: ['session'],
  syntax: '<semantic> [<stream id> …]',
  parse(value, ctx): MsidSemantic | undefined {
    const f = splitFields(value);
    if (f.length === 0) {
      ctx.report('field-count', { what: 'a=msid-semantic', expected: 'a semantic such as `WMS`', found: 'nothing' }, 0, value.length);
      return undefined;
    }
    return { semantic: f[0]!, identifiers: f.slice(1) };
  },
  // libwebrtc's own spelling (space after the colon) is the canonical one.
  write: (m) => ` ${[m.semantic, ...m.identifiers].join(' ')}`,
});
