import * as z from 'zod/mini';
import type { AttributeValues } from './attributes/index.js';
import { CandidateSchema, RemoteCandidatesSchema } from './attributes/candidate.js';
import { CryptoSchema } from './attributes/crypto.js';
import { FingerprintSchema, SetupSchema } from './attributes/dtls.js';
import { DirectionSchema, ExtmapSchema } from './attributes/extmap.js';
import { ImageattrSchema } from './attributes/imageattr.js';
import { MsidSchema } from './attributes/msid.js';
import { RidSchema } from './attributes/rid.js';
import { RtcpSchema } from './attributes/rtcp.js';
import { SctpmapSchema } from './attributes/sctp.js';
import { SimulcastSchema } from './attributes/simulcast.js';
import { SsrcGroupSchema } from './attributes/ssrc.js';
import type { LineValues } from './lines/index.js';
import { BandwidthSchema } from './lines/bandwidth.js';
import { ConnectionSchema } from './lines/connection.js';
import { KeySchema } from './lines/key.js';
import { SdpLineSchema, type SdpLine } from './line.js';
import { isDirection, type Session } from './session.js';
import { staticPayloadTypes } from './static-payloads.js';
import { lazySchema } from './lazy-schema.js';

export const FeedbackSchema = /* @__PURE__ */ lazySchema(() => z.object({ type: z.string(), subtype: z.optional(z.string()), parameters: z.optional(z.string()) }));
export type Feedback = z.infer<typeof FeedbackSchema>;

/** One RTP payload type, joined from the m= line, a=rtpmap, a=fmtp and a=rtcp-fb (including `*`). */
export const CodecSchema = /* @__PURE__ */ lazySchema(() => z.object({
  payloadType: z.int().check(z.minimum(0), z.maximum(127)),
  name: z.string(),
  clockRate: z.int(),
  channels: z.optional(z.int()),
  /** fmtp `key=value` pairs; a piece without `=` (telephone-event `0-15`) is a key with value ''. */
  parameters: z.record(z.string(), z.string()),
  feedback: z.array(FeedbackSchema),
  /** true when the name comes from RFC 3551's static table, not from an a=rtpmap line. */
  static: z.boolean(),
}));
export type Codec = z.infer<typeof CodecSchema>;

/** One signalled SSRC with its attributes in order (cname, msid, mslabel, label, …). */
export const SsrcInfoSchema = /* @__PURE__ */ lazySchema(() => z.object({
  ssrc: z.int(),
  attributes: z.array(z.object({ attribute: z.string(), value: z.optional(z.string()) })),
}));
export type SsrcInfo = z.infer<typeof SsrcInfoSchema>;

export const MediaSchema = /* @__PURE__ */ lazySchema(() => z.object({
  /** 0-based position among the m-sections. */
  index: z.int().check(z.minimum(0)),
  kind: z.string(),
  port: z.int(),
  portCount: z.optional(z.int()),
  protocol: z.string(),
  formats: z.array(z.string()),
  mid: z.optional(z.string()),
  /** The effective direction: media attribute, else session attribute, else sendrecv (RFC 8866 §6.7). */
  direction: DirectionSchema,
  information: z.optional(z.string()),
  connections: z.array(ConnectionSchema),
  bandwidths: z.array(BandwidthSchema),
  key: z.optional(KeySchema),
  codecs: z.array(CodecSchema),
  candidates: z.array(CandidateSchema),
  endOfCandidates: z.boolean(),
  remoteCandidates: z.optional(RemoteCandidatesSchema),
  extmaps: z.array(ExtmapSchema),
  extmapAllowMixed: z.boolean(),
  /** Effective ICE parameters: media level over session level (RFC 8839 §5.4, §5.6). */
  ice: z.object({ ufrag: z.optional(z.string()), pwd: z.optional(z.string()), options: z.array(z.string()) }),
  /** Effective fingerprints: media level if any, else session level (RFC 8122 §5). */
  fingerprints: z.array(FingerprintSchema),
  setup: z.optional(SetupSchema),
  tlsId: z.optional(z.string()),
  rtcp: z.optional(RtcpSchema),
  rtcpMux: z.boolean(),
  rtcpMuxOnly: z.boolean(),
  rtcpRsize: z.boolean(),
  bundleOnly: z.boolean(),
  rids: z.array(RidSchema),
  simulcast: z.optional(SimulcastSchema),
  ssrcs: z.array(SsrcInfoSchema),
  ssrcGroups: z.array(SsrcGroupSchema),
  msids: z.array(MsidSchema),
  sctpPort: z.optional(z.int()),
  maxMessageSize: z.optional(z.int()),
  sctpmap: z.optional(SctpmapSchema),
  ptime: z.optional(z.number()),
  maxptime: z.optional(z.number()),
  framerate: z.optional(z.number()),
  crypto: z.array(CryptoSchema),
  imageattrs: z.array(ImageattrSchema),
  /** The section's lines, its m= line first. */
  lines: z.array(SdpLineSchema),
}));
export type Media = z.infer<typeof MediaSchema>;

/** Builds the view of one m-section from its lines (m= first) and the session defaults. */
export function buildMedia(lines: SdpLine[], index: number, session: Session): Media {
  const m0 = lines[0]?.value as LineValues['m'] | undefined;
  const media: Media = {
    index,
    kind: m0?.kind ?? '',
    port: m0?.port ?? 0,
    protocol: m0?.protocol ?? '',
    formats: m0?.formats ?? [],
    direction: 'sendrecv',
    connections: [],
    bandwidths: [],
    codecs: [],
    candidates: [],
    endOfCandidates: false,
    extmaps: [],
    extmapAllowMixed: false,
    ice: { options: [] },
    fingerprints: [],
    rtcpMux: false,
    rtcpMuxOnly: false,
    rtcpRsize: false,
    bundleOnly: false,
    rids: [],
    ssrcs: [],
    ssrcGroups: [],
    msids: [],
    crypto: [],
    imageattrs: [],
    lines,
  };
  if (m0?.portCount !== undefined) media.portCount = m0.portCount;
  let direction: Media['direction'] | undefined;
  const rtpmaps: AttributeValues['rtpmap'][] = [];
  const fmtps: AttributeValues['fmtp'][] = [];
  const feedback: AttributeValues['rtcp-fb'][] = [];
  const ssrcIndex = new Map<number, SsrcInfo>();

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const v = line.value;
    switch (line.type) {
      case 'i': media.information ??= line.raw ?? ''; continue;
      case 'c': if (v !== undefined) media.connections.push(v as LineValues['c']); continue;
      case 'b': if (v !== undefined) media.bandwidths.push(v as LineValues['b']); continue;
      case 'k': if (v !== undefined) media.key ??= v as LineValues['k']; continue;
      case 'a': break;
      default: continue;
    }
    const name = line.name ?? '';
    if (isDirection(name)) {
      direction ??= name;
      continue;
    }
    switch (name) {
      case 'end-of-candidates': media.endOfCandidates = true; continue;
      case 'extmap-allow-mixed': media.extmapAllowMixed = true; continue;
      case 'rtcp-mux': media.rtcpMux = true; continue;
      case 'rtcp-mux-only': media.rtcpMuxOnly = true; continue;
      case 'rtcp-rsize': media.rtcpRsize = true; continue;
      case 'bundle-only': media.bundleOnly = true; continue;
    }
    if (v === undefined) continue;
    switch (name) {
      case 'rtpmap': rtpmaps.push(v as AttributeValues['rtpmap']); break;
      case 'fmtp': fmtps.push(v as AttributeValues['fmtp']); break;
      case 'rtcp-fb': feedback.push(v as AttributeValues['rtcp-fb']); break;
      case 'mid': media.mid ??= v as string; break;
      case 'candidate': media.candidates.push(v as AttributeValues['candidate']); break;
      case 'remote-candidates': media.remoteCandidates ??= v as AttributeValues['remote-candidates']; break;
      case 'extmap': media.extmaps.push(v as AttributeValues['extmap']); break;
      case 'ice-ufrag': media.ice.ufrag ??= v as string; break;
      case 'ice-pwd': media.ice.pwd ??= v as string; break;
      // A loop, not push(...v): the token count is the input's, and each spread argument takes stack.
      case 'ice-options': for (const o of v as string[]) media.ice.options.push(o); break;
      case 'fingerprint': media.fingerprints.push(v as AttributeValues['fingerprint']); break;
      case 'setup': media.setup ??= v as AttributeValues['setup']; break;
      case 'tls-id': media.tlsId ??= v as string; break;
      case 'rtcp': media.rtcp ??= v as AttributeValues['rtcp']; break;
      case 'rid': media.rids.push(v as AttributeValues['rid']); break;
      case 'simulcast': media.simulcast ??= v as AttributeValues['simulcast']; break;
      case 'ssrc': {
        const s = v as AttributeValues['ssrc'];
        let info = ssrcIndex.get(s.ssrc);
        if (info === undefined) {
          info = { ssrc: s.ssrc, attributes: [] };
          ssrcIndex.set(s.ssrc, info);
          media.ssrcs.push(info);
        }
        if (s.attribute !== undefined) info.attributes.push(s.value === undefined ? { attribute: s.attribute } : { attribute: s.attribute, value: s.value });
        break;
      }
      case 'ssrc-group': media.ssrcGroups.push(v as AttributeValues['ssrc-group']); break;
      case 'msid': media.msids.push(v as AttributeValues['msid']); break;
      case 'sctp-port': media.sctpPort ??= v as number; break;
      case 'max-message-size': media.maxMessageSize ??= v as number; break;
      case 'sctpmap': media.sctpmap ??= v as AttributeValues['sctpmap']; break;
      case 'ptime': media.ptime ??= v as number; break;
      case 'maxptime': media.maxptime ??= v as number; break;
      case 'framerate': media.framerate ??= v as number; break;
      case 'crypto': media.crypto.push(v as AttributeValues['crypto']); break;
      case 'imageattr': media.imageattrs.push(v as AttributeValues['imageattr']); break;
    }
  }

  media.direction = direction ?? session.direction ?? 'sendrecv';
  media.ice.ufrag ??= session.ice.ufrag;
  media.ice.pwd ??= session.ice.pwd;
  if (media.ice.ufrag === undefined) delete media.ice.ufrag;
  if (media.ice.pwd === undefined) delete media.ice.pwd;
  if (media.ice.options.length === 0) media.ice.options = [...session.ice.options];
  if (media.fingerprints.length === 0) media.fingerprints = [...session.fingerprints];
  if (media.setup === undefined && session.setup !== undefined) media.setup = session.setup;
  if (media.extmaps.length === 0 && session.extmaps.length > 0) media.extmaps = [...session.extmaps];
  media.extmapAllowMixed ||= session.extmapAllowMixed;
  media.codecs = joinCodecs(media.formats, rtpmaps, fmtps, feedback);
  return media;
}

/** Joins rtpmap, fmtp and rtcp-fb per payload type, in m= line order (RFC 8866 §6.6, §6.15; RFC 4585 §4.2). */
function joinCodecs(
  formats: readonly string[],
  rtpmaps: readonly AttributeValues['rtpmap'][],
  fmtps: readonly AttributeValues['fmtp'][],
  feedback: readonly AttributeValues['rtcp-fb'][],
): Codec[] {
  const codecs: Codec[] = [];
  if (formats.length === 0) return codecs;
  const byPt = new Map<number, Codec>();
  // Only payload types on the m= line are offered; an a=rtpmap for another one is left to lint.
  for (const f of formats) {
    const pt = payloadTypeOf(f);
    if (pt < 0 || byPt.has(pt)) continue;
    const fixed = staticPayloadTypes[pt];
    const codec: Codec = fixed === undefined
      ? { payloadType: pt, name: '', clockRate: 0, parameters: {}, feedback: [], static: false }
      : { payloadType: pt, name: fixed.name, clockRate: fixed.clockRate, parameters: {}, feedback: [], static: true };
    if (fixed?.channels !== undefined) codec.channels = fixed.channels;
    byPt.set(pt, codec);
    codecs.push(codec);
  }
  const mapped = new Set<number>();
  for (const r of rtpmaps) {
    const codec = byPt.get(r.payloadType);
    if (codec === undefined || mapped.has(r.payloadType)) continue; // the first rtpmap wins; lint reports duplicates
    mapped.add(r.payloadType);
    codec.name = r.encodingName;
    codec.clockRate = r.clockRate;
    codec.static = false;
    if (r.channels !== undefined) codec.channels = r.channels;
    else delete codec.channels;
  }
  for (const f of fmtps) {
    const codec = byPt.get(payloadTypeOf(f.format));
    if (codec === undefined) continue;
    for (const p of f.parameters) setParameter(codec.parameters, p.key, p.value ?? '');
  }
  for (const fb of feedback) {
    const entry: Feedback = { type: fb.type };
    if (fb.subtype !== undefined) entry.subtype = fb.subtype;
    if (fb.parameters !== undefined) entry.parameters = fb.parameters;
    if (fb.payloadType === '*') for (const c of codecs) c.feedback.push(entry);
    else byPt.get(fb.payloadType)?.feedback.push(entry);
  }
  // A dynamic payload type without a=rtpmap names no codec (RFC 8866 §6.6): left out, lint reports it.
  return mapped.size === codecs.length ? codecs : codecs.filter((c) => c.static || mapped.has(c.payloadType));
}

/** The payload type a format string names, or -1 (formats of non-RTP protocols are not numbers). */
function payloadTypeOf(format: string): number {
  const n = format.length;
  if (n === 0 || n > 3) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = format.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v <= 127 ? v : -1;
}

/** Sets a key even when it is `__proto__` (hostile input must not change an object's prototype). */
function setParameter(target: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
