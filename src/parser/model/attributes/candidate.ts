import * as z from 'zod/mini';
import { defineAttribute, defineFlag } from '../family.js';
import { fieldRange, splitFields, fieldUint } from '../scan.js';
import { lazySchema } from '../lazy-schema.js';

/**
 * The words candidate lines repeat (transport, type, extension names and
 * small values): one shared string each instead of a copy per line, which is
 * most of what a parsed candidate keeps alive (RFC 8839 §5.1 fields; the
 * libwebrtc extensions `generation`, `network-id`, `network-cost`, `ufrag`).
 */
const COMMON = new Map(
  ['udp', 'UDP', 'tcp', 'TCP', 'host', 'srflx', 'prflx', 'relay', 'active', 'passive', 'so', 'generation', 'network-id', 'network-cost', 'ufrag', '0', '1', '2', '3', '10', '50', '999']
    .map((w) => [w, w] as const),
);
function common(word: string): string {
  return word.length <= 12 ? (COMMON.get(word) ?? word) : word;
}

/*
 * candidate-attribute = "candidate" ":" foundation SP component-id SP
 *                       transport SP priority SP connection-address SP port
 *                       SP cand-type [SP rel-addr] [SP rel-port]
 *                       *(SP cand-extension)                   (RFC 8839 §5.1)
 * foundation    = 1*32ice-char            component-id = 1*3DIGIT (1–256)
 * transport     = "UDP" / token           priority = 1*10DIGIT (RFC 8445: 1–2^31-1)
 * cand-type     = "typ" SP ("host" / "srflx" / "prflx" / "relay" / token)
 * rel-addr      = "raddr" SP connection-address   rel-port = "rport" SP port
 * cand-extension = extension-att-name SP extension-att-value
 * tcptype (RFC 6544 §4.5) is the extension `tcptype active|passive|so`.
 */
export const CandidateSchema = /* @__PURE__ */ lazySchema(() => z.object({
  foundation: z.string().check(z.regex(/^[A-Za-z0-9+/]{0,32}$/, '0–32 ice-chars')),
  component: z.int().check(z.minimum(1), z.maximum(256)),
  transport: z.string().check(z.regex(/^[^ ]+$/)),
  priority: z.int().check(z.minimum(0), z.maximum(2 ** 32 - 1)),
  address: z.string().check(z.regex(/^[^ ]+$/)),
  port: z.int().check(z.minimum(0), z.maximum(65535)),
  type: z.string().check(z.regex(/^[^ ]+$/)),
  relatedAddress: z.optional(z.string().check(z.regex(/^[^ ]+$/))),
  relatedPort: z.optional(z.int().check(z.minimum(0), z.maximum(65535))),
  tcpType: z.optional(z.string().check(z.regex(/^[^ ]+$/))),
  /** Every other `name value` pair after the type, in order (generation, ufrag, network-id, network-cost, …). */
  extensions: z.array(z.tuple([z.string().check(z.regex(/^[^ ]+$/)), z.string().check(z.regex(/^[^ ]+$/))])),
}));
export type Candidate = z.infer<typeof CandidateSchema>;

const ICE_CHARS = /^[A-Za-z0-9+/]+$/;

export const candidate = defineAttribute({
  names: ['candidate'],
  ref: 'RFC 8839 §5.1',
  levels: ['media'],
  syntax: '<foundation> <component> <transport> <priority> <address> <port> typ <type> …',
  parse(value, ctx): Candidate | undefined {
    // An empty foundation (`candidate: 1 udp …`, sent by some Google servers)
    // would shift every field; keep it as '' and say so.
    const emptyFoundation = value.charCodeAt(0) === 32;
    const f = emptyFoundation ? ['', ...splitFields(value)] : splitFields(value);
    // Index of f[i] among the fields of `value` (they differ by one when the foundation is empty).
    const shift = emptyFoundation ? 1 : 0;
    const at = (i: number): [number, number] => (emptyFoundation && i === 0 ? [0, 0] : fieldRange(value, i - shift));
    if (f.length < 8) {
      ctx.report('field-count', { what: 'a=candidate', expected: '8 fields: foundation, component, transport, priority, address, port, `typ`, type', found: `${f.length}` }, 0, value.length);
      return undefined;
    }
    const foundation = f[0]!;
    if (foundation === '') {
      ctx.report('empty-foundation', {}, 0, 1);
    } else if (foundation.length > 32 || !ICE_CHARS.test(foundation)) {
      ctx.report('invalid-value', { field: 'the candidate foundation', expected: '1 to 32 ice-chars (letters, digits, `+`, `/`)', text: foundation }, ...at(0));
      return undefined;
    }
    const component = fieldUint(ctx, value, f[1]!, 1 - shift, 'the component id', 1, 256);
    const transport = common(f[2]!);
    const priority = fieldUint(ctx, value, f[3]!, 3 - shift, 'the candidate priority', 0, 2 ** 32 - 1);
    const address = f[4]!;
    const port = fieldUint(ctx, value, f[5]!, 5 - shift, 'the candidate port', 0, 65535);
    if (f[6] !== 'typ') {
      ctx.report('invalid-syntax', { what: 'a=candidate', expected: '`typ` after the port', text: f[6]! }, ...at(6));
      return undefined;
    }
    if (component === undefined || priority === undefined || port === undefined) return undefined;
    const out: Candidate = { foundation, component, transport, priority, address, port, type: common(f[7]!), extensions: [] };
    let i = 8;
    if (f[i] === 'raddr') {
      if (f[i + 1] === undefined) {
        ctx.report('invalid-syntax', { what: 'a=candidate raddr', expected: 'an address after `raddr`', text: 'raddr' }, ...at(i));
        return undefined;
      }
      out.relatedAddress = f[i + 1]!;
      i += 2;
    }
    if (f[i] === 'rport') {
      const rport = f[i + 1] === undefined ? undefined : fieldUint(ctx, value, f[i + 1]!, i + 1 - shift, 'the related port', 0, 65535);
      if (rport === undefined) {
        if (f[i + 1] === undefined) ctx.report('invalid-syntax', { what: 'a=candidate rport', expected: 'a port after `rport`', text: 'rport' }, ...at(i));
        return undefined;
      }
      out.relatedPort = rport;
      i += 2;
    }
    for (; i < f.length; i += 2) {
      const name = f[i]!;
      const val = f[i + 1];
      if (val === undefined) {
        ctx.report('invalid-syntax', { what: 'a=candidate extension', expected: `a value after \`${name}\``, text: name }, ...at(i));
        return undefined;
      }
      if (name === 'tcptype' && out.tcpType === undefined) out.tcpType = common(val);
      else out.extensions.push([common(name), common(val)]);
    }
    return out;
  },
  write(c) {
    let s = `${c.foundation} ${c.component} ${c.transport} ${c.priority} ${c.address} ${c.port} typ ${c.type}`;
    if (c.relatedAddress !== undefined) s += ` raddr ${c.relatedAddress}`;
    if (c.relatedPort !== undefined) s += ` rport ${c.relatedPort}`;
    if (c.tcpType !== undefined) s += ` tcptype ${c.tcpType}`;
    for (const [k, v] of c.extensions) s += ` ${k} ${v}`;
    return s;
  },
});

/*
 * remote-candidate-att = "remote-candidates:" remote-candidate *(SP remote-candidate)
 * remote-candidate = component-id SP connection-address SP port   (RFC 8839 §5.2)
 */
export const RemoteCandidateSchema = /* @__PURE__ */ lazySchema(() => z.object({
  component: z.int().check(z.minimum(1), z.maximum(256)),
  address: z.string().check(z.regex(/^[^ ]+$/)),
  port: z.int().check(z.minimum(0), z.maximum(65535)),
}));
export const RemoteCandidatesSchema = /* @__PURE__ */ lazySchema(() => z.array(RemoteCandidateSchema).check(z.minLength(1)));
export type RemoteCandidate = z.infer<typeof RemoteCandidateSchema>;

export const remoteCandidates = defineAttribute({
  names: ['remote-candidates'],
  ref: 'RFC 8839 §5.2',
  levels: ['media'],
  syntax: '<component> <address> <port> …',
  parse(value, ctx): RemoteCandidate[] | undefined {
    const f = splitFields(value);
    if (f.length === 0 || f.length % 3 !== 0) {
      ctx.report('field-count', { what: 'a=remote-candidates', expected: 'groups of `<component> <address> <port>`', found: `${f.length} fields` }, 0, value.length);
      return undefined;
    }
    const out: RemoteCandidate[] = [];
    for (let i = 0; i < f.length; i += 3) {
      const component = fieldUint(ctx, value, f[i]!, i, 'the component id', 1, 256);
      const port = fieldUint(ctx, value, f[i + 2]!, i + 2, 'the port', 0, 65535);
      if (component === undefined || port === undefined) return undefined;
      out.push({ component, address: f[i + 1]!, port });
    }
    return out;
  },
  write: (list) => list.map((r) => `${r.component} ${r.address} ${r.port}`).join(' '),
});

/** RFC 8840 §8.2: no more candidates will be sent for this section (trickle ICE). */
export const endOfCandidates = defineFlag({ names: ['end-of-candidates'], ref: 'RFC 8840 §8.2', levels: ['session', 'media'] });
