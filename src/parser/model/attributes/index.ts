import type { AttributeFamily, FlagFamily, Level } from '../family.js';
import { candidate, endOfCandidates, remoteCandidates } from './candidate.js';
import { crypto } from './crypto.js';
import { direction } from './direction.js';
import { fingerprint, setup, tlsId } from './dtls.js';
import { extmap, extmapAllowMixed } from './extmap.js';
import { fmtp } from './fmtp.js';
import { bundleOnly, group, mid } from './group.js';
import { iceLite, iceOptions, icePwd, iceUfrag } from './ice.js';
import { identity } from './identity.js';
import { imageattr } from './imageattr.js';
import { rawAttributeLevels } from './known.js';
import { msid, msidSemantic } from './msid.js';
import { framerate, maxptime, ptime } from './ptime.js';
import { rid } from './rid.js';
import { rtcp, rtcpMux, rtcpMuxOnly, rtcpRsize } from './rtcp.js';
import { rtcpFb } from './rtcp-fb.js';
import { rtpmap } from './rtpmap.js';
import { maxMessageSize, sctpPort, sctpmap } from './sctp.js';
import { simulcast } from './simulcast.js';
import { ssrc, ssrcGroup } from './ssrc.js';

/** Every typed attribute family. The lookup table below is derived from this list. */
export const valueFamilies = [
  rtpmap, fmtp, ptime, maxptime, framerate, rtcpFb, extmap, group, mid, candidate, remoteCandidates,
  iceUfrag, icePwd, iceOptions, fingerprint, setup, tlsId, rtcp, msid, msidSemantic, ssrc, ssrcGroup,
  rid, simulcast, sctpPort, maxMessageSize, sctpmap, crypto, identity, imageattr,
] as const;

export const flagFamilies = [
  direction, extmapAllowMixed, bundleOnly, endOfCandidates, iceLite, rtcpMux, rtcpMuxOnly, rtcpRsize,
] as const;

type ValueFamily = (typeof valueFamilies)[number];
type ValueOf<F> = F extends AttributeFamily<infer T, string> ? T : never;

/** The typed value of each attribute name, derived from the family modules. */
export type AttributeValues = {
  [F in ValueFamily as F['names'][number]]: ValueOf<F>;
};
export type ValueAttributeName = keyof AttributeValues;
export type FlagAttributeName = (typeof flagFamilies)[number]['names'][number];

/** What the parser needs to know about an attribute name, in one lookup. */
export interface AttributeInfo {
  /** The name itself, one shared string for every line that has it. */
  readonly name: string;
  readonly family: AttributeFamily<unknown> | FlagFamily | undefined;
  readonly levels: readonly Level[];
  readonly session: boolean;
  readonly media: boolean;
}

const byName = new Map<string, AttributeInfo>();
function register(name: string, family: AttributeFamily<unknown> | FlagFamily | undefined, levels: readonly Level[]): void {
  byName.set(name, { name, family, levels, session: levels.includes('session'), media: levels.includes('media') });
}
for (const [name, levels] of Object.entries(rawAttributeLevels)) register(name, undefined, levels);
for (const f of valueFamilies) for (const n of f.names) register(n, f as AttributeFamily<unknown>, f.levels);
for (const f of flagFamilies) for (const n of f.names) register(n, f, f.levels);

export function attributeInfo(name: string): AttributeInfo | undefined {
  return byName.get(name);
}

export function attributeFamily(name: string): AttributeFamily<unknown> | FlagFamily | undefined {
  return byName.get(name)?.family;
}

export function isFlagFamily(f: AttributeFamily<unknown> | FlagFamily): f is FlagFamily {
  return 'flag' in f;
}

/** Where an attribute may appear, for typed families and the raw ones we know. */
export function attributeLevels(name: string): readonly Level[] | undefined {
  return byName.get(name)?.levels;
}
