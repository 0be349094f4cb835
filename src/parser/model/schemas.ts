import type * as z from 'zod/mini';
import type { AttributeValues, ValueAttributeName } from './attributes/index.js';
import type { LineType, LineValues } from './lines/index.js';
import { CandidateSchema, RemoteCandidatesSchema } from './attributes/candidate.js';
import { CryptoSchema } from './attributes/crypto.js';
import { FingerprintSchema, SetupSchema, TlsIdSchema } from './attributes/dtls.js';
import { ExtmapSchema } from './attributes/extmap.js';
import { FmtpSchema } from './attributes/fmtp.js';
import { GroupSchema, MidSchema } from './attributes/group.js';
import { IceCharsSchema, IceOptionsSchema } from './attributes/ice.js';
import { IdentitySchema } from './attributes/identity.js';
import { ImageattrSchema } from './attributes/imageattr.js';
import { MsidSchema, MsidSemanticSchema } from './attributes/msid.js';
import { PositiveRealSchema } from './attributes/ptime.js';
import { RidSchema } from './attributes/rid.js';
import { RtcpSchema } from './attributes/rtcp.js';
import { RtcpFbSchema } from './attributes/rtcp-fb.js';
import { RtpmapSchema } from './attributes/rtpmap.js';
import { MaxMessageSizeSchema, SctpmapSchema, SctpPortSchema } from './attributes/sctp.js';
import { SimulcastSchema } from './attributes/simulcast.js';
import { SsrcGroupSchema, SsrcSchema } from './attributes/ssrc.js';
import { BandwidthSchema } from './lines/bandwidth.js';
import { ConnectionSchema } from './lines/connection.js';
import { KeySchema } from './lines/key.js';
import { MediaLineSchema } from './lines/media.js';
import { OriginSchema } from './lines/origin.js';
import { TextSchema } from './lines/text.js';
import { RepeatSchema, TimingSchema, ZoneSchema } from './lines/timing.js';
import { VersionSchema } from './lines/version.js';

/*
 * The schema of each typed value, by attribute name and by line type: the
 * lookup createDocument validates with. It lives apart from the family
 * registries on purpose: only the validation path imports this module, so a
 * bundle that only parses and prints carries no zod.
 */

const attributeSchemas = {
  rtpmap: RtpmapSchema,
  fmtp: FmtpSchema,
  ptime: PositiveRealSchema,
  maxptime: PositiveRealSchema,
  framerate: PositiveRealSchema,
  'rtcp-fb': RtcpFbSchema,
  extmap: ExtmapSchema,
  group: GroupSchema,
  mid: MidSchema,
  candidate: CandidateSchema,
  'remote-candidates': RemoteCandidatesSchema,
  'ice-ufrag': IceCharsSchema,
  'ice-pwd': IceCharsSchema,
  'ice-options': IceOptionsSchema,
  fingerprint: FingerprintSchema,
  setup: SetupSchema,
  'tls-id': TlsIdSchema,
  rtcp: RtcpSchema,
  msid: MsidSchema,
  'msid-semantic': MsidSemanticSchema,
  ssrc: SsrcSchema,
  'ssrc-group': SsrcGroupSchema,
  rid: RidSchema,
  simulcast: SimulcastSchema,
  'sctp-port': SctpPortSchema,
  'max-message-size': MaxMessageSizeSchema,
  sctpmap: SctpmapSchema,
  crypto: CryptoSchema,
  identity: IdentitySchema,
  imageattr: ImageattrSchema,
} satisfies { readonly [N in ValueAttributeName]: z.ZodMiniType<AttributeValues[N]> };

const lineSchemas = {
  v: VersionSchema,
  o: OriginSchema,
  s: TextSchema,
  i: TextSchema,
  u: TextSchema,
  e: TextSchema,
  p: TextSchema,
  c: ConnectionSchema,
  b: BandwidthSchema,
  t: TimingSchema,
  r: RepeatSchema,
  z: ZoneSchema,
  k: KeySchema,
  m: MediaLineSchema,
} satisfies { readonly [T in LineType]: z.ZodMiniType<LineValues[T]> };

/*
 * `satisfies` alone lets a schema produce a narrower type than the family's
 * parser; these fail to compile unless each schema's output is exactly the
 * family's value type, so the two halves of a family cannot drift apart.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mismatches<S, V> = { [K in keyof V]: K extends keyof S ? (Same<z.output<S[K]>, V[K]> extends true ? never : K) : K }[keyof V];
type MustBeNever<T extends never> = T;
export type AttributeSchemasMatch = MustBeNever<Mismatches<typeof attributeSchemas, AttributeValues>>;
export type LineSchemasMatch = MustBeNever<Mismatches<typeof lineSchemas, LineValues>>;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The schema of an attribute's typed value, or undefined when the attribute has none (flags, raw ones). */
export function attributeSchema(name: string): z.ZodMiniType | undefined {
  return hasOwn(attributeSchemas, name) ? attributeSchemas[name as ValueAttributeName] : undefined;
}

/** The schema of a non-attribute line's typed value, or undefined for unknown line types. */
export function lineSchema(type: string): z.ZodMiniType | undefined {
  return hasOwn(lineSchemas, type) ? lineSchemas[type as LineType] : undefined;
}
