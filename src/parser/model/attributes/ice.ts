import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { splitFields } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * ice-ufrag-att = "ice-ufrag:" ufrag ; ufrag = 4*256ice-char
 * ice-pwd-att   = "ice-pwd:" password ; password = 22*256ice-char
 * ice-char = ALPHA / DIGIT / "+" / "/"                 (RFC 8839 §5.4)
 * The lengths are checked by lint rules; the parser checks the characters.
 * ice-options = "ice-options:" ice-option-tag *(SP ice-option-tag)  (§5.6)
 * ice-lite (§5.3) is a session-level flag.
 */
/** RFC 8839 §5.4 lengths in ice-chars, one copy for the lint rules and explain. */
export const ICE_UFRAG_LENGTH = { min: 4, max: 256 } as const;
export const ICE_PWD_LENGTH = { min: 22, max: 256 } as const;

const ICE_CHARS = /^[A-Za-z0-9+/]+$/;
export const IceCharsSchema = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(ICE_CHARS, 'ice-chars only (letters, digits, + and /)')));

function iceString(name: 'ice-ufrag' | 'ice-pwd', what: string) {
  return defineAttribute({
    names: [name],
    ref: 'RFC 8839 §5.4',
    levels: ['session', 'media'],
    syntax: `<${what}>`,
    parse(value, ctx): string | undefined {
      if (!ICE_CHARS.test(value)) {
        const bad = /[^A-Za-z0-9+/]/.exec(value);
        ctx.report('invalid-value', { field: `the ${what}`, expected: 'ice-chars only (letters, digits, `+`, `/`)', text: value }, bad ? bad.index : 0, bad ? bad.index + 1 : value.length);
        return undefined;
      }
      return value;
    },
    write: (s) => s,
  });
}

export const iceUfrag = iceString('ice-ufrag', 'ICE username fragment');
export const icePwd = iceString('ice-pwd', 'ICE password');

export const IceOptionsSchema = /* @__PURE__ */ lazySchema(() => z.array(z.string().check(z.regex(/^[^ ]+$/))).check(z.minLength(1)));
export const iceOptions = defineAttribute({
  names: ['ice-options'],
  ref: 'RFC 8839 §5.6',
  levels: ['session', 'media'],
  syntax: '<option> …',
  parse(value, ctx): string[] | undefined {
    const f = splitFields(value);
    if (f.length === 0) {
      ctx.report('field-count', { what: 'a=ice-options', expected: 'at least one option such as `trickle`', found: 'nothing' }, 0, value.length);
      return undefined;
    }
    return f;
  },
  write: (o) => o.join(' '),
});

export const iceLite = defineFlag({ names: ['ice-lite'], ref: 'RFC 8839 §5.3', levels: ['session'] });
