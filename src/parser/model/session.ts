import * as z from 'zod/mini';
import type { AttributeValues } from './attributes/index.js';
import type { LineValues } from './lines/index.js';
import { FingerprintSchema, SetupSchema } from './attributes/dtls.js';
import { DIRECTIONS, DirectionSchema, ExtmapSchema, type Direction } from './attributes/extmap.js';
import { GroupSchema } from './attributes/group.js';
import { IdentitySchema } from './attributes/identity.js';
import { MsidSemanticSchema } from './attributes/msid.js';
import { BandwidthSchema } from './lines/bandwidth.js';
import { ConnectionSchema } from './lines/connection.js';
import { KeySchema } from './lines/key.js';
import { OriginSchema } from './lines/origin.js';
import { RepeatSchema, TimingSchema, ZoneSchema } from './lines/timing.js';
import { SdpLineSchema, type SdpLine } from './line.js';
import { lazySchema } from './lazy-schema.js';

export const SessionSchema = /* @__PURE__ */ lazySchema(() => z.object({
  version: z.optional(z.int()),
  origin: z.optional(OriginSchema),
  name: z.optional(z.string()),
  information: z.optional(z.string()),
  uri: z.optional(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  connection: z.optional(ConnectionSchema),
  bandwidths: z.array(BandwidthSchema),
  /** Each t= line with the r= lines that follow it. */
  timing: z.array(z.extend(TimingSchema, { repeats: z.array(RepeatSchema) })),
  zone: z.optional(ZoneSchema),
  key: z.optional(KeySchema),
  groups: z.array(GroupSchema),
  /** Session-level ICE defaults (RFC 8839 §5.4: media-level values override them). */
  ice: z.object({ ufrag: z.optional(z.string()), pwd: z.optional(z.string()), options: z.array(z.string()), lite: z.boolean() }),
  fingerprints: z.array(FingerprintSchema),
  setup: z.optional(SetupSchema),
  /** The session-level direction attribute, if any (the default for every m-section). */
  direction: z.optional(DirectionSchema),
  msidSemantics: z.array(MsidSemanticSchema),
  extmaps: z.array(ExtmapSchema),
  extmapAllowMixed: z.boolean(),
  identity: z.optional(IdentitySchema),
  /** The session-level lines (everything before the first m=). */
  lines: z.array(SdpLineSchema),
}));
export type Session = z.infer<typeof SessionSchema>;

const DIRECTION_SET: ReadonlySet<string> = new Set(DIRECTIONS);
export function isDirection(name: string): name is Direction {
  return DIRECTION_SET.has(name);
}

/** Builds the session view from the session-level lines. */
export function buildSession(lines: SdpLine[]): Session {
  const s: Session = {
    emails: [],
    phones: [],
    bandwidths: [],
    timing: [],
    groups: [],
    ice: { options: [], lite: false },
    fingerprints: [],
    msidSemantics: [],
    extmaps: [],
    extmapAllowMixed: false,
    lines,
  };
  for (const line of lines) {
    const v = line.value;
    switch (line.type) {
      case 'v': if (v !== undefined && s.version === undefined) s.version = v as number; break;
      case 'o': if (v !== undefined && s.origin === undefined) s.origin = v as LineValues['o']; break;
      case 's': if (s.name === undefined) s.name = line.raw ?? ''; break;
      case 'i': if (s.information === undefined) s.information = line.raw ?? ''; break;
      case 'u': if (s.uri === undefined) s.uri = line.raw ?? ''; break;
      case 'e': s.emails.push(line.raw ?? ''); break;
      case 'p': s.phones.push(line.raw ?? ''); break;
      case 'c': if (v !== undefined && s.connection === undefined) s.connection = v as LineValues['c']; break;
      case 'b': if (v !== undefined) s.bandwidths.push(v as LineValues['b']); break;
      case 't': if (v !== undefined) s.timing.push({ ...(v as LineValues['t']), repeats: [] }); break;
      case 'r': if (v !== undefined) s.timing[s.timing.length - 1]?.repeats.push(v as LineValues['r']); break;
      case 'z': if (v !== undefined && s.zone === undefined) s.zone = v as LineValues['z']; break;
      case 'k': if (v !== undefined && s.key === undefined) s.key = v as LineValues['k']; break;
      case 'a': sessionAttribute(s, line); break;
    }
  }
  return s;
}

function sessionAttribute(s: Session, line: SdpLine): void {
  const name = line.name ?? '';
  const v = line.value;
  if (isDirection(name)) {
    s.direction ??= name;
    return;
  }
  switch (name) {
    case 'ice-lite': s.ice.lite = true; return;
    case 'extmap-allow-mixed': s.extmapAllowMixed = true; return;
  }
  if (v === undefined) return;
  switch (name) {
    case 'group': s.groups.push(v as AttributeValues['group']); break;
    case 'ice-ufrag': s.ice.ufrag ??= v as string; break;
    case 'ice-pwd': s.ice.pwd ??= v as string; break;
    // A loop, not push(...v): the token count is the input's, and each spread argument takes stack.
    case 'ice-options': for (const o of v as string[]) s.ice.options.push(o); break;
    case 'fingerprint': s.fingerprints.push(v as AttributeValues['fingerprint']); break;
    case 'setup': s.setup ??= v as AttributeValues['setup']; break;
    case 'msid-semantic': s.msidSemantics.push(v as AttributeValues['msid-semantic']); break;
    case 'extmap': s.extmaps.push(v as AttributeValues['extmap']); break;
    case 'identity': s.identity ??= v as AttributeValues['identity']; break;
  }
}
