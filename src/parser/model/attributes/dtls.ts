import * as z from 'zod/mini';
import { defineAttribute } from '../family.js';
import { fieldRange, splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * fingerprint-attribute = "fingerprint" ":" hash-func SP fingerprint   (RFC 8122 §5)
 * hash-func = "sha-1" / "sha-224" / "sha-256" / "sha-384" / "sha-512" / "md5" / "md2" / token
 * fingerprint = 2UHEX *(":" 2UHEX)   (browsers send upper case; lower case is tolerated)
 * setup-attr = "a=setup:" role ; role = "active" / "passive" / "actpass" / "holdconn"  (RFC 4145 §4)
 * tls-id = "a=tls-id:" 20*255tls-id-char   (RFC 8842 §5)
 */
export const FingerprintSchema = /* @__PURE__ */ lazySchema(() => z.object({
  hashFunction: z.string().check(z.regex(/^[^ ]+$/)),
  fingerprint: z.string().check(z.regex(/^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*$/, 'hex bytes separated by colons')),
}));
export type Fingerprint = z.infer<typeof FingerprintSchema>;

/** Digest sizes of the hash functions in RFC 8122's registry (RFC 3279, RFC 4055). */
export const HASH_BYTES: Readonly<Record<string, number>> = {
  md2: 16, md5: 16, 'sha-1': 20, 'sha-224': 28, 'sha-256': 32, 'sha-384': 48, 'sha-512': 64,
};

export const fingerprint = defineAttribute({
  names: ['fingerprint'],
  ref: 'RFC 8122 §5',
  levels: ['session', 'media'],
  syntax: '<hash function> <hex bytes>',
  parse(value, ctx): Fingerprint | undefined {
    const f = splitFields(value);
    if (f.length !== 2) {
      ctx.report('field-count', { what: 'a=fingerprint', expected: '`<hash function> <fingerprint>` such as `sha-256 AB:CD:…`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    if (!/^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*$/.test(f[1]!)) {
      ctx.report('invalid-value', { field: 'the fingerprint', expected: 'hex bytes separated by colons (`AB:CD:…`)', text: f[1]! }, ...fieldRange(value, 1));
      return undefined;
    }
    const bytes = HASH_BYTES[f[0]!.toLowerCase()];
    const found = (f[1]!.length + 1) / 3;
    if (bytes !== undefined && bytes !== found) {
      ctx.report('invalid-value', { field: `the ${f[0]} fingerprint`, expected: `${bytes} bytes`, text: `${found} bytes` }, ...fieldRange(value, 1));
      return undefined;
    }
    return { hashFunction: f[0]!, fingerprint: f[1]! };
  },
  write: (fp) => `${fp.hashFunction} ${fp.fingerprint}`,
});

/** The DTLS setup roles (RFC 4145 §4); the schema's enum is derived from this list. */
export const SETUP_ROLES = ['active', 'passive', 'actpass', 'holdconn'] as const;
export const SetupSchema = /* @__PURE__ */ lazySchema(() => z.enum(SETUP_ROLES));
export type Setup = z.infer<typeof SetupSchema>;
const ROLES: ReadonlySet<string> = new Set(SETUP_ROLES);

export const setup = defineAttribute({
  names: ['setup'],
  ref: 'RFC 4145 §4',
  levels: ['session', 'media'],
  syntax: 'active|passive|actpass|holdconn',
  parse(value, ctx): Setup | undefined {
    if (!ROLES.has(value)) {
      ctx.report('invalid-value', { field: 'the DTLS setup role', expected: '`active`, `passive`, `actpass` or `holdconn`', text: value }, 0, value.length);
      return undefined;
    }
    return value as Setup;
  },
  write: (s) => s,
});

export const TlsIdSchema = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(/^[A-Za-z0-9+/\-_]+$/)));
export const tlsId = defineAttribute({
  names: ['tls-id'],
  ref: 'RFC 8842 §5',
  levels: ['media'],
  syntax: '<identifier>',
  parse(value, ctx): string | undefined {
    if (!/^[A-Za-z0-9+/\-_]+$/.test(value)) {
      ctx.report('invalid-value', { field: 'the tls-id', expected: '20 to 255 characters from A–Z a–z 0–9 + / - _', text: value }, 0, value.length);
      return undefined;
    }
    return value;
  },
  write: (s) => s,
});
