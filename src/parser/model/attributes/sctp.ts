import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { checkFieldCount, readUint, splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * sctp-port-attr = "a=sctp-port:" portnumber             (RFC 8841 §5.1)
 * max-message-size-attr = "a=max-message-size:" 1*DIGIT (RFC 8841 §6.1; 0 = no limit)
 * sctpmap (draft-ietf-mmusic-sctp-sdp-05, still sent by old stacks):
 *   "a=sctpmap:" sctpmap-number SP protocol [SP streams]
 */
export const SctpPortSchema = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(0), z.maximum(65535)));
export const sctpPort = defineAttribute({
  names: ['sctp-port'],
  ref: 'RFC 8841 §5.1',
  levels: ['media'],
  syntax: '<port>',
  parse: (value, ctx) => readUint(ctx, value, 0, 'the SCTP port', 0, 65535),
  write: (n) => String(n),
});

export const MaxMessageSizeSchema = /* @__PURE__ */ lazySchema(() => z.int().check(z.minimum(0)));
export const maxMessageSize = defineAttribute({
  names: ['max-message-size'],
  ref: 'RFC 8841 §6.1',
  levels: ['media'],
  syntax: '<bytes>',
  parse: (value, ctx) => readUint(ctx, value, 0, 'the max message size', 0, Number.MAX_SAFE_INTEGER),
  write: (n) => String(n),
});

export const SctpmapSchema = /* @__PURE__ */ lazySchema(() => z.object({
  port: z.int().check(z.minimum(0), z.maximum(65535)),
  protocol: z.string().check(z.regex(/^[^ ]+$/)),
  streams: z.optional(z.int().check(z.minimum(0))),
}));
export type Sctpmap = z.infer<typeof SctpmapSchema>;

export const sctpmap = defineAttribute({
  names: ['sctpmap'],
  ref: 'draft-ietf-mmusic-sctp-sdp-05 §5',
  levels: ['media'],
  syntax: '<port> <protocol> [<streams>]',
  parse(value, ctx): Sctpmap | undefined {
    const f = splitFields(value);
    if (!checkFieldCount(ctx, value, f, 'a=sctpmap', '`<port> <protocol> [<streams>]` such as `5000 webrtc-datachannel 1024`', 2, 3)) return undefined;
    const port = fieldUint(ctx, value, f[0]!, 0, 'the sctpmap port', 0, 65535);
    const streams = f[2] === undefined ? undefined : fieldUint(ctx, value, f[2], 2, 'the stream count', 0, 65535);
    if (port === undefined || (f[2] !== undefined && streams === undefined)) return undefined;
    return streams === undefined ? { port, protocol: f[1]! } : { port, protocol: f[1]!, streams };
  },
  write: (s) => `${s.port} ${s.protocol}${s.streams !== undefined ? ` ${s.streams}` : ''}`,
});
