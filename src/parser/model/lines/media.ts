import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { checkFieldCount, readUint, splitFields, fieldUint, fieldStart } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * media-field = %s"m" "=" media SP port ["/" integer] SP proto 1*(SP fmt) CRLF
 * media = token; proto = token *("/" token); fmt = token       (RFC 8866 §5.14)
 * Formats stay strings: RTP payload types are numbers, but `webrtc-datachannel`,
 * `*` and other protocols' formats are not.
 */
export const MediaLineSchema = /* @__PURE__ */ lazySchema(() => z.object({
  kind: z.string().check(z.minLength(1)),
  port: z.int().check(z.minimum(0), z.maximum(65535)),
  portCount: z.optional(z.int().check(z.minimum(1))),
  protocol: z.string().check(z.minLength(1)),
  formats: z.array(z.string().check(z.minLength(1))),
}));
export type MediaLine = z.infer<typeof MediaLineSchema>;

export const mediaLine = defineLine({
  type: 'm',
  what: 'media description',
  ref: 'RFC 8866 §5.14',
  parse(value, ctx): MediaLine | undefined {
    const f = splitFields(value);
    // RFC 8866 asks for at least one format; a few stacks send none for rejected
    // sections, so 3 fields parse (with the error reported) and keep the section.
    const expected = 'at least 4 fields: media, port, protocol, formats';
    const complete = checkFieldCount(ctx, value, f, 'm=', expected, 4, Infinity);
    if (!complete && f.length < 3) return undefined;
    const [kind, portText, protocol] = f as [string, string, string];
    const slash = portText.indexOf('/');
    const ps = fieldStart(value, f, 1);
    const port = readUint(ctx, slash < 0 ? portText : portText.slice(0, slash), ps, 'the port', 0, 65535);
    if (port === undefined) return undefined;
    const out: MediaLine = { kind, port, protocol, formats: f.slice(3) };
    if (slash >= 0) {
      const count = readUint(ctx, portText.slice(slash + 1), ps + slash + 1, 'the port count', 1, 65535);
      if (count === undefined) return undefined;
      out.portCount = count;
    }
    if (/^(UDP\/)?(TLS\/)?RTP\/S?AVPF?$/.test(protocol)) {
      for (let i = 3; i < f.length; i++) {
        fieldUint(ctx, value, f[i]!, i, 'the RTP payload type', 0, 127);
      }
    }
    return out;
  },
  write: (m) =>
    [`${m.kind}`, m.portCount !== undefined ? `${m.port}/${m.portCount}` : `${m.port}`, m.protocol, ...m.formats].join(' '),
});
