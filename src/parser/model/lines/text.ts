import * as z from 'zod/mini';
import { defineLine } from '../family.js';
import { lazySchema } from '../lazy-schema.js';

/*
 * Free-text lines: s= session name (§5.3), i= information (§5.4), u= URI
 * (§5.5), e= email (§5.6), p= phone (§5.6). RFC 8866 §9:
 *   text = byte-string   (any bytes but NUL, CR, LF)
 * The value is kept exactly, including a lone space (`s= `).
 */
export const TextSchema = /* @__PURE__ */ lazySchema(() => z.string());
export type Text = z.infer<typeof TextSchema>;

function textLine<const L extends string>(type: L, what: string, ref: string) {
  return defineLine({
    type,
    what,
    ref,
    parse: (value) => value,
    write: (v) => v,
  });
}

export const sessionName = textLine('s', 'session name', 'RFC 8866 §5.3');
export const information = textLine('i', 'information', 'RFC 8866 §5.4');
export const uri = textLine('u', 'URI', 'RFC 8866 §5.5');
export const email = textLine('e', 'email address', 'RFC 8866 §5.6');
export const phone = textLine('p', 'phone number', 'RFC 8866 §5.6');
