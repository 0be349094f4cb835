import fc from 'fast-check';
import type { AttributeValues, LineType, LineValues, SdpLine, ValueAttributeName } from '../../src/index.js';
import { attributeLevels, flagFamilies } from '../../src/parser/model/attributes/index.js';
import { lineText as lineTextOf } from '../../src/parser/serialize/line-text.js';

/*
 * Shared fast-check arbitraries for SDP.
 *
 * Every typed arbitrary produces values that are valid twice over: they follow
 * the RFC grammar of the family (so the parser must accept their written form
 * without a diagnostic) and they satisfy the family's zod schema (so
 * createDocument must accept them). They are NOT narrowed to what the parser
 * happens to handle: when a value valid by both measures fails a property,
 * that is a parser bug to fix in src/, not a case to drop here.
 */

// ---------------------------------------------------------------------------
// Character classes and small building blocks
// ---------------------------------------------------------------------------

/** RFC 8866 §9 token-char: visible ASCII minus `"(),/:;<=>?@[\]`. */
export const TOKEN_CHARS = "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~";
/** RFC 8839 §5.1 ice-char = ALPHA / DIGIT / "+" / "/". */
export const ICE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX_UPPER = '0123456789ABCDEF';
const BASE64 = `${ALNUM}+/`;
/** Visible ASCII without space. */
const VCHAR = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join('');

/** fc.record giving plain objects (as JSON or the parser gives), never null-prototype ones. */
export function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true });
}

export function charsFrom(chars: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...chars.split('')), minLength, maxLength });
}

/** An RFC 8866 token, 1..max characters. */
export function token(maxLength = 12): fc.Arbitrary<string> {
  return charsFrom(TOKEN_CHARS, 1, maxLength);
}

/** A token that is none of `excluded` (case-sensitive). */
export function tokenExcept(excluded: readonly string[], maxLength = 12): fc.Arbitrary<string> {
  return token(maxLength).filter((t) => !excluded.includes(t));
}

/** Decimal digits, `min`..`max` of them (leading zeros allowed: SDP keeps such fields as text). */
export function digits(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return charsFrom('0123456789', minLength, maxLength);
}

/** Non-space visible ASCII, as used for free-form fields that are one field. */
export function word(maxLength = 12, chars = VCHAR): fc.Arbitrary<string> {
  return charsFrom(chars, 1, maxLength);
}

/** Words joined by single spaces (no edge or double spaces, so splitting is unambiguous). */
export function words(minWords: number, maxWords: number, wordArb: fc.Arbitrary<string> = word()): fc.Arbitrary<string> {
  return fc.array(wordArb, { minLength: minWords, maxLength: maxWords }).map((ws) => ws.join(' '));
}

export const port: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(0, 9, 443, 3478, 5000, 19305, 54400, 65535), fc.integer({ min: 0, max: 65535 }));
export const payloadType: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(0, 8, 9, 13, 96, 97, 111, 126, 127), fc.integer({ min: 0, max: 127 }));
export const ssrcId: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(0, 1, 5150, 1399694169, 2 ** 32 - 1), fc.integer({ min: 0, max: 2 ** 32 - 1 }));

export const ipv4: fc.Arbitrary<string> = fc.oneof(fc.constantFrom('0.0.0.0', '127.0.0.1', '192.168.1.145', '203.0.113.1'), fc.ipV4());
export const ipv6: fc.Arbitrary<string> = fc.oneof(fc.constantFrom('::1', '::', '2607:f8b0:400e:c03::7f', 'fe80::1%eth0'), fc.ipV6());
/** A hostname (FQDN or an mDNS `.local` name, as browsers hide host addresses, RFC 8839 §5.1 / draft-ietf-mmusic-mdns-ice-candidates). */
export const hostname: fc.Arbitrary<string> = fc.oneof(fc.domain(), fc.uuid().map((u) => `${u}.local`));
export const ip4Multicast: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 224, max: 239 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((p) => p.join('.'));

/** An address that fits its address type (RFC 8866 §5.7: a literal of the type, or a name). */
export const addressOfType = (addressType: 'IP4' | 'IP6'): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: addressType === 'IP4' ? ipv4 : ipv6, weight: 4 }, { arbitrary: hostname, weight: 1 });
export const typedAddress: fc.Arbitrary<{ addressType: 'IP4' | 'IP6'; address: string }> = fc
  .constantFrom<'IP4' | 'IP6'>('IP4', 'IP6')
  .chain((addressType) => addressOfType(addressType).map((address) => ({ addressType, address })));

/**
 * Free text for s= i= u= e= p= (RFC 8866 §9 byte-string: anything but NUL, CR, LF),
 * including non-ASCII. Trailing white space is left out: the parser reports it as
 * `trailing-whitespace` on purpose (lone white space, as in `s= `, is kept).
 */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('-', ' ', 'Session SDP', 'SDP Seminar', 'A Seminar on the session description protocol', 'jdoe@example.com (Jane Doe)', '+1 617 555-6011', 'http://www.example.com/seminars/sdp.pdf'),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
).filter((s) => !/[\0\r\n]/.test(s) && (s.trim() === '' || !/[ \t]$/.test(s)));

// ---------------------------------------------------------------------------
// Attribute families
// ---------------------------------------------------------------------------

type A<N extends ValueAttributeName> = fc.Arbitrary<AttributeValues[N]>;

/** RFC 8866 §6.4 non-zero-int-or-real: positive numbers in the schema's range (1e-6 to 1e9), usual ones first. */
const positiveReal: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(10, 20, 30, 40, 60, 120, 0.125, 2.5, 29.97), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 100000 }), weight: 3 },
  { arbitrary: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9999 })).map(([i, f]) => Number(`${i}.${f}`)), weight: 3 },
  { arbitrary: fc.double({ min: 0.000001, max: 1e9, noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

const encodingName = fc.oneof(
  fc.constantFrom('opus', 'PCMU', 'PCMA', 'G722', 'ISAC', 'CN', 'telephone-event', 'red', 'ulpfec', 'flexfec-03', 'rtx', 'VP8', 'VP9', 'H264', 'H265', 'AV1', 'L16'),
  token(16),
);

export const rtpmap: A<'rtpmap'> = fc.record(
  {
    payloadType,
    encodingName,
    clockRate: fc.oneof(fc.constantFrom(8000, 16000, 32000, 44100, 48000, 90000), fc.integer({ min: 1, max: 2 ** 32 - 1 })),
    channels: fc.integer({ min: 1, max: 255 }),
  },
  { noNullPrototype: true, requiredKeys: ['payloadType', 'encodingName', 'clockRate'] },
);

const fmtpKey = fc.oneof(
  fc.constantFrom('minptime', 'useinbandfec', 'stereo', 'maxaveragebitrate', 'profile-level-id', 'packetization-mode', 'level-asymmetry-allowed', 'apt', 'repair-window', 'x-google-start-bitrate', 'sprop-parameter-sets', 'profile-id', 'level-idx', 'tier'),
  token(16),
);
/** A parameter value: anything but `;` and line breaks, no edge white space (RFC 8866 §6.15 leaves the syntax to the codec). */
const fmtpValue = fc.oneof(
  fc.constantFrom('', '1', '0', '10', '42e01f', '4d0028', 'Z0IAH5WoFAFuQA==,aM48gA==', '96'),
  words(1, 2, word(16, VCHAR.replace(';', ''))),
);
/** A piece without `=`: telephone-event `0-15,66,67` (RFC 4733 §2.4.1), red `111/111` (RFC 2198 §5). */
const fmtpBarePiece = fc.oneof(
  fc.constantFrom('0-15', '0-16', '0-15,66,67', '111/111', '96/96/96'),
  fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 1, maxLength: 4 }).map((ns) => ns.join('/')),
  fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 16, max: 255 })).map(([a, b]) => `${a}-${b}`),
);
export const fmtp: A<'fmtp'> = record({
  format: fc.oneof(payloadType.map(String), word(8)),
  parameters: fc.oneof(
    fc.array(record({ key: fmtpKey, value: fmtpValue }), { maxLength: 5 }),
    fmtpBarePiece.map((key) => [{ key }]),
  ),
});

export const ptime: A<'ptime'> = positiveReal;
export const maxptime: A<'maxptime'> = positiveReal;
export const framerate: A<'framerate'> = positiveReal;

const RTCP_FB_TYPES = ['ack', 'nack', 'ccm', 'goog-remb', 'transport-cc', 'trr-int', 'app'];
export const rtcpFb: A<'rtcp-fb'> = fc
  .tuple(
    fc.oneof(fc.constant('*' as const), payloadType),
    fc.oneof(
      fc.constantFrom(
        { type: 'nack' },
        { type: 'nack', subtype: 'pli' },
        { type: 'nack', subtype: 'rpsi' },
        { type: 'ack', subtype: 'rpsi' },
        { type: 'ccm', subtype: 'fir' },
        { type: 'ccm', subtype: 'tmmbr' },
        { type: 'ccm', subtype: 'tmmbr', parameters: 'smaxpr=120' },
        { type: 'goog-remb' },
        { type: 'transport-cc' },
      ),
      // RFC 4585 §4.2: "trr-int" SP 1*DIGIT, the interval in milliseconds.
      fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((ms) => ({ type: 'trr-int', subtype: String(ms) })),
      fc
        .tuple(tokenExcept(RTCP_FB_TYPES), fc.option(token(), { nil: undefined }), fc.option(words(1, 3, token()), { nil: undefined }))
        .map(([type, subtype, parameters]) =>
          subtype === undefined ? { type } : parameters === undefined ? { type, subtype } : { type, subtype, parameters },
        ),
    ),
  )
  .map(([pt, rest]) => ({ payloadType: pt, ...rest }));

const DIRECTIONS = ['sendrecv', 'sendonly', 'recvonly', 'inactive'] as const;
export const extmap: A<'extmap'> = fc.record(
  {
    // RFC 8285 §5, §6: 1–14 one-byte, 16–255 two-byte (15 is reserved), 4096–4351 in offers.
    id: fc.oneof(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 16, max: 255 }), fc.integer({ min: 4096, max: 4351 })),
    direction: fc.constantFrom(...DIRECTIONS),
    uri: fc.oneof(
      fc.constantFrom(
        'urn:ietf:params:rtp-hdrext:ssrc-audio-level',
        'urn:ietf:params:rtp-hdrext:toffset',
        'urn:ietf:params:rtp-hdrext:sdes:mid',
        'urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id',
        'http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time',
        'http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01',
        'URI-toffset',
      ),
      word(40),
    ),
    attributes: fc.oneof(fc.constantFrom('vad=on', 'urn:ietf:params:rtp-hdrext:ssrc-audio-level'), words(1, 3)),
  },
  { noNullPrototype: true, requiredKeys: ['id', 'uri'] },
);

const midValue = fc.oneof(fc.constantFrom('0', '1', '2', 'audio', 'video', 'data', 'sdparta_0'), token(16));
export const group: A<'group'> = record({
  semantics: fc.oneof(fc.constantFrom('BUNDLE', 'LS', 'FID', 'FEC'), token()),
  mids: fc.array(midValue, { maxLength: 5 }),
});
export const mid: A<'mid'> = midValue;

const candidateExtensionName = fc.oneof(
  fc.constantFrom('generation', 'ufrag', 'network-id', 'network-cost'),
  // raddr/rport/tcptype have fixed places in the grammar; an extension of that name is not an extension.
  tokenExcept(['raddr', 'rport', 'tcptype']),
);
export const candidate: A<'candidate'> = fc
  .record(
    {
      foundation: fc.oneof(fc.constantFrom('0', '1', '2', '1127303604', '842163049'), charsFrom(ICE_CHARS, 1, 32)),
      component: fc.oneof(fc.constantFrom(1, 2), fc.integer({ min: 1, max: 256 })),
      transport: fc.oneof(fc.constantFrom('udp', 'UDP', 'tcp', 'TCP', 'ssltcp'), token(8)),
      priority: fc.oneof(fc.constantFrom(2113667327, 1686052607, 33562367, 2 ** 31 - 1), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
      address: fc.oneof(ipv4, ipv6, hostname),
      port,
      type: fc.oneof(fc.constantFrom('host', 'srflx', 'prflx', 'relay'), token(8)),
      relatedAddress: fc.oneof(ipv4, ipv6, hostname),
      relatedPort: port,
      tcpType: fc.constantFrom('active', 'passive', 'so'),
      extensions: fc.array(
        fc.tuple(candidateExtensionName, fc.oneof(fc.constantFrom('0', '1', '3', '10', '999'), charsFrom(ICE_CHARS, 4, 16), word(16))),
        { maxLength: 4 },
      ),
    },
    { noNullPrototype: true, requiredKeys: ['foundation', 'component', 'transport', 'priority', 'address', 'port', 'type', 'extensions'] },
  );

export const remoteCandidates: A<'remote-candidates'> = fc.array(
  record({ component: fc.integer({ min: 1, max: 256 }), address: fc.oneof(ipv4, ipv6, hostname), port }),
  { minLength: 1, maxLength: 4 },
);

/** RFC 8839 §5.4: ufrag 4–256 ice-chars, password 22–256. */
export const iceUfrag: A<'ice-ufrag'> = fc.oneof(fc.constantFrom('F7gI', 'A4by', 'lat6xwB1/flm+VwG'), charsFrom(ICE_CHARS, 4, 32), charsFrom(ICE_CHARS, 200, 256));
export const icePwd: A<'ice-pwd'> = fc.oneof(fc.constantFrom('x9cml/YzichV2+XlhiMu8g', 'Gfvb2rbYMiW0dZz8ZkEsXICs'), charsFrom(ICE_CHARS, 22, 48), charsFrom(ICE_CHARS, 200, 256));
export const iceOptions: A<'ice-options'> = fc.array(fc.oneof(fc.constantFrom('trickle', 'ice2', 'renomination', 'google-ice'), token()), { minLength: 1, maxLength: 3 });

/** Digest sizes (RFC 3279, RFC 4055) of the hash functions RFC 8122's registry names. */
export const HASH_BYTES: Readonly<Record<string, number>> = { md2: 16, md5: 16, 'sha-1': 20, 'sha-224': 28, 'sha-256': 32, 'sha-384': 48, 'sha-512': 64 };
const hexBytes = (n: number): fc.Arbitrary<string> =>
  fc.array(charsFrom(HEX_UPPER, 2, 2), { minLength: n, maxLength: n }).map((bs) => bs.join(':'));
export const fingerprint: A<'fingerprint'> = fc.oneof(
  { arbitrary: fc.constantFrom(...Object.keys(HASH_BYTES)).chain((h) => fc.tuple(fc.constantFrom(h, h.toUpperCase()), hexBytes(HASH_BYTES[h]!), fc.boolean())).map(([hashFunction, fp, lower]) => ({ hashFunction, fingerprint: lower ? fp.toLowerCase() : fp })), weight: 4 },
  // A hash function outside the registry: its length is unknown, any byte count is fine.
  { arbitrary: record({ hashFunction: token().filter((t) => HASH_BYTES[t.toLowerCase()] === undefined), fingerprint: fc.integer({ min: 1, max: 64 }).chain(hexBytes) }), weight: 1 },
);
export const setup: A<'setup'> = fc.constantFrom('active', 'passive', 'actpass', 'holdconn');
/** RFC 8842 §5: 20 to 255 tls-id-char. */
export const tlsId: A<'tls-id'> = charsFrom(`${ALNUM}+/-_`, 20, 255);

export const rtcp: A<'rtcp'> = fc.oneof(
  port.map((p) => ({ port: p })),
  fc.tuple(port, typedAddress).map(([p, a]) => ({ port: p, netType: 'IN', addressType: a.addressType, address: a.address })),
);

const msidId = fc.oneof(fc.constantFrom('-', 'stream', '{7b8b7e9e-25b7-4e38-8a79-3f2f3f0e6a5b}', 'Jvlam5X3SX1OP6pn20zWogvaKJz5Hjf9OnlV'), token(64));
export const msid: A<'msid'> = fc.record({ streamId: msidId, trackId: msidId }, { noNullPrototype: true, requiredKeys: ['streamId'] });
export const msidSemantic: A<'msid-semantic'> = record({
  semantic: fc.oneof(fc.constant('WMS'), token()),
  identifiers: fc.array(fc.oneof(fc.constant('*'), msidId), { maxLength: 3 }),
});

const ssrcAttributeValue = fc.oneof(fc.constantFrom('qPTZ+BI+42mgbOi+', 'stream track', 'bar'), words(1, 3, word(20)));
export const ssrc: A<'ssrc'> = fc.oneof(
  { arbitrary: ssrcId.map((s) => ({ ssrc: s })), weight: 1 },
  { arbitrary: record({ ssrc: ssrcId, attribute: fc.oneof(fc.constantFrom('cname', 'msid', 'mslabel', 'label', 'baz'), token()) }), weight: 2 },
  {
    arbitrary: record({ ssrc: ssrcId, attribute: fc.oneof(fc.constantFrom('cname', 'msid', 'mslabel', 'label', 'foo-bar'), token()), value: ssrcAttributeValue }),
    weight: 6,
  },
);
export const ssrcGroup: A<'ssrc-group'> = record({
  semantics: fc.oneof(fc.constantFrom('FID', 'FEC', 'FEC-FR', 'SIM'), token()),
  ssrcs: fc.array(ssrcId, { maxLength: 4 }),
});

const ridId = fc.oneof(fc.constantFrom('h', 'm', 'l', 'hi', 'lo', '1', 'q'), charsFrom(`${ALNUM}-_`, 1, 16));
const ridRestriction = fc.record(
  {
    key: fc.oneof(fc.constantFrom('max-width', 'max-height', 'max-fps', 'max-fs', 'max-br', 'max-pps', 'max-bpp', 'depend'), tokenExcept(['pt'])),
    value: fc.oneof(fc.integer({ min: 0, max: 100000 }).map(String), word(12, VCHAR.replace(';', '').replace(',', ''))),
  },
  { noNullPrototype: true, requiredKeys: ['key'] },
);
export const rid: A<'rid'> = fc.record(
  {
    id: ridId,
    direction: fc.constantFrom('send', 'recv'),
    payloadTypes: fc.array(payloadType.map(String), { minLength: 1, maxLength: 4 }),
    restrictions: fc.array(ridRestriction, { maxLength: 4 }),
  },
  { noNullPrototype: true, requiredKeys: ['id', 'direction', 'restrictions'] },
);

const simulcastStreams = fc.array(fc.array(record({ rid: charsFrom(`${ALNUM}-_`, 1, 8), paused: fc.boolean() }), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 4,
});
export const simulcast: A<'simulcast'> = fc.oneof(
  fc.constantFrom<'send' | 'recv'>('send', 'recv').chain((direction) => simulcastStreams.map((streams) => ({ directions: [{ direction, streams }] }))),
  fc
    .tuple(fc.constantFrom<['send', 'recv'] | ['recv', 'send']>(['send', 'recv'], ['recv', 'send']), simulcastStreams, simulcastStreams)
    .map(([[d1, d2], s1, s2]) => ({ directions: [{ direction: d1, streams: s1 }, { direction: d2, streams: s2 }] })),
);

export const sctpPort: A<'sctp-port'> = port;
export const maxMessageSize: A<'max-message-size'> = fc.oneof(fc.constantFrom(0, 65536, 262144), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
export const sctpmap: A<'sctpmap'> = fc.record(
  { port, protocol: fc.oneof(fc.constant('webrtc-datachannel'), token()), streams: fc.integer({ min: 0, max: 65535 }) },
  { noNullPrototype: true, requiredKeys: ['port', 'protocol'] },
);

export const crypto: A<'crypto'> = record({
  tag: fc.integer({ min: 0, max: 999999999 }),
  suite: fc.oneof(fc.constantFrom('AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32', 'AEAD_AES_256_GCM'), token(24)),
  keyParams: fc
    .tuple(charsFrom(BASE64, 40, 40), fc.constantFrom('', '|2^20|1:32', '|2^31'))
    .map(([k, lifetime]) => `inline:${k}${lifetime}`),
  sessionParams: fc.array(fc.oneof(fc.constantFrom('KDR=1', 'UNENCRYPTED_SRTCP', 'UNAUTHENTICATED_SRTP'), word()), { maxLength: 2 }),
});

export const identity: A<'identity'> = record({
  assertion: charsFrom(`${BASE64}=`, 1, 120),
  extensions: fc.array(word(), { maxLength: 2 }),
});

const imageattrSet = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 1, max: 4096 })).map(([x, y]) => `[x=${x},y=${y}]`),
  fc.constantFrom('[x=330,y=250,sar=[1.1,1.3,1.9],q=0.1]', '[x=[480:16:800],y=[100,200,300],par=[1.2-1.3],q=0.6]', '[x=800,y=[50,80,30],sar=1.1]'),
);
const imageattrDirection = (dir: 'send' | 'recv'): fc.Arbitrary<string> =>
  fc.oneof(fc.constant(`${dir} *`), fc.array(imageattrSet, { minLength: 1, maxLength: 3 }).map((sets) => `${dir} ${sets.join(' ')}`));
export const imageattr: A<'imageattr'> = record({
  payloadType: fc.oneof(fc.constant('*' as const), payloadType),
  sets: fc.oneof(
    imageattrDirection('send'),
    imageattrDirection('recv'),
    fc.tuple(imageattrDirection('send'), imageattrDirection('recv')).map(([a, b]) => `${a} ${b}`),
    fc.tuple(imageattrDirection('recv'), imageattrDirection('send')).map(([a, b]) => `${a} ${b}`),
  ),
});

/** One arbitrary per typed attribute family; the mapped type makes a missing family a compile error. */
export const attributeArbitraries: { readonly [N in ValueAttributeName]: A<N> } = {
  rtpmap,
  fmtp,
  ptime,
  maxptime,
  framerate,
  'rtcp-fb': rtcpFb,
  extmap,
  group,
  mid,
  candidate,
  'remote-candidates': remoteCandidates,
  'ice-ufrag': iceUfrag,
  'ice-pwd': icePwd,
  'ice-options': iceOptions,
  fingerprint,
  setup,
  'tls-id': tlsId,
  rtcp,
  msid,
  'msid-semantic': msidSemantic,
  ssrc,
  'ssrc-group': ssrcGroup,
  rid,
  simulcast,
  'sctp-port': sctpPort,
  'max-message-size': maxMessageSize,
  sctpmap,
  crypto,
  identity,
  imageattr,
};

// ---------------------------------------------------------------------------
// Line families (everything but a=)
// ---------------------------------------------------------------------------

type L<T extends LineType> = fc.Arbitrary<LineValues[T]>;

/** RFC 8866 §5.1: the only version is 0. */
export const version: L<'v'> = fc.constant(0);

export const origin: L<'o'> = fc
  .record({
    username: fc.oneof(fc.constantFrom('-', 'jdoe', 'mozilla...THIS_IS_SDPARTA-99.0'), word(24)),
    // Chrome writes 19 digits, Firefox up to 20 (a u64): none may be lost.
    sessionId: fc.oneof(fc.constantFrom('3836772544440436510', '18446744073709551615', '0', '2890844526'), digits(1, 20)),
    sessionVersion: fc.oneof(fc.constantFrom('0', '2', '18446744073709551615'), digits(1, 20)),
    address: typedAddress,
  })
  .map(({ address, ...o }) => ({ ...o, netType: 'IN', addressType: address.addressType, address: address.address }));

export const sessionName: L<'s'> = freeText;
export const information: L<'i'> = freeText;
export const uri: L<'u'> = fc.oneof(fc.webUrl(), freeText);
export const email: L<'e'> = fc.oneof(fc.emailAddress(), freeText);
export const phone: L<'p'> = fc.oneof(fc.constantFrom('+1 617 555-6011', '+44-171-380-7777'), freeText);

/**
 * c= (RFC 8866 §5.7): unicast of either type, IP4 multicast with TTL and
 * optional count (`224.2.1.1/127/3`), IP6 with optional count (`ff15::101/3`).
 */
export const connection: L<'c'> = fc.oneof(
  typedAddress.map((a) => ({ netType: 'IN', addressType: a.addressType, address: a.address })),
  fc
    .record(
      { address: ip4Multicast, ttl: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 2 ** 31 - 1 }) },
      { noNullPrototype: true, requiredKeys: ['address', 'ttl'] },
    )
    .map((m) => ({ netType: 'IN', addressType: 'IP4', ...m })),
  fc
    .record({ address: fc.oneof(fc.constantFrom('ff15::101', 'ff0e::1'), ipv6), count: fc.integer({ min: 1, max: 2 ** 31 - 1 }) })
    .map((m) => ({ netType: 'IN', addressType: 'IP6', ...m })),
);

export const bandwidth: L<'b'> = record({
  type: fc.oneof(fc.constantFrom('AS', 'CT', 'TIAS', 'RS', 'RR', 'X-YZ'), token()),
  bandwidth: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 }), fc.constant(Number.MAX_SAFE_INTEGER)),
});

/** NTP seconds: 0 (unbounded) or today's 10 digits, kept as text (more digits one day). */
const ntpTime = fc.oneof(fc.constantFrom('0', '2873397496', '2873404696'), digits(1, 20));
export const timing: L<'t'> = record({ start: ntpTime, stop: ntpTime });
const typedTime = fc.tuple(digits(1, 10), fc.constantFrom('', 'd', 'h', 'm', 's')).map(([n, u]) => n + u);
export const repeat: L<'r'> = record({ interval: typedTime, duration: typedTime, offsets: fc.array(typedTime, { minLength: 1, maxLength: 3 }) });
export const zone: L<'z'> = record({
  adjustments: fc.array(record({ time: digits(1, 10), offset: fc.tuple(fc.boolean(), typedTime).map(([neg, t]) => (neg ? `-${t}` : t)) }), {
    minLength: 1,
    maxLength: 3,
  }),
});
export const key: L<'k'> = fc.oneof(
  fc.constant({ method: 'prompt' }),
  record({ method: fc.constant('clear'), key: words(1, 2) }),
  record({ method: fc.constant('base64'), key: charsFrom(`${BASE64}=`, 1, 44) }),
  record({ method: fc.constant('uri'), key: fc.webUrl() }),
);

const RTP_PROTOCOLS = ['RTP/AVP', 'RTP/AVPF', 'RTP/SAVP', 'RTP/SAVPF', 'UDP/TLS/RTP/SAVPF', 'TCP/TLS/RTP/SAVPF', 'UDP/TLS/RTP/SAVP'] as const;
export const mediaLine: L<'m'> = fc
  .record(
    {
      kind: fc.oneof(fc.constantFrom('audio', 'video', 'text', 'application', 'message', 'image'), token()),
      port,
      portCount: fc.integer({ min: 1, max: 65535 }),
      transport: fc.oneof<fc.Arbitrary<readonly [string, readonly string[]]>[]>(
        fc.tuple(fc.constantFrom<string>(...RTP_PROTOCOLS), fc.array(payloadType.map(String), { minLength: 1, maxLength: 12 })),
        fc.constantFrom<readonly [string, readonly string[]]>(['UDP/DTLS/SCTP', ['webrtc-datachannel']], ['DTLS/SCTP', ['5000']], ['TCP/BFCP', ['*']], ['udptl', ['t38']]),
        fc.tuple(token(), fc.array(token(), { minLength: 1, maxLength: 4 })),
      ),
    },
    { noNullPrototype: true, requiredKeys: ['kind', 'port', 'transport'] },
  )
  .map(({ transport: [protocol, formats], ...m }) => ({ ...m, protocol, formats: [...formats] }));

/** One arbitrary per line family; the mapped type makes a missing one a compile error. */
export const lineArbitraries: { readonly [T in LineType]: L<T> } = {
  v: version,
  o: origin,
  s: sessionName,
  i: information,
  u: uri,
  e: email,
  p: phone,
  c: connection,
  b: bandwidth,
  t: timing,
  r: repeat,
  z: zone,
  k: key,
  m: mediaLine,
};

// ---------------------------------------------------------------------------
// Whole documents
// ---------------------------------------------------------------------------

const valueNames = Object.keys(attributeArbitraries) as ValueAttributeName[];
const flagNames: string[] = flagFamilies.flatMap((f) => [...f.names]);

function levelsOf(name: string): readonly string[] {
  return attributeLevels(name) ?? [];
}

/** A typed attribute line `{ type: 'a', name, value }` of any family allowed at `level`. */
export function typedAttributeLine(level: 'session' | 'media'): fc.Arbitrary<SdpLine> {
  const names = valueNames.filter((n) => levelsOf(n).includes(level));
  return fc.constantFrom(...names).chain((name) => (attributeArbitraries[name] as fc.Arbitrary<unknown>).map((value) => ({ type: 'a', name, value }) as SdpLine));
}

/** A property attribute (`a=rtcp-mux`) allowed at `level`: no raw, no value. */
export function flagAttributeLine(level: 'session' | 'media'): fc.Arbitrary<SdpLine> {
  return fc.constantFrom(...flagNames.filter((n) => levelsOf(n).includes(level))).map((name) => ({ type: 'a', name }));
}

/** An attribute sdpkit does not know, kept as raw text (`a=x-foo:bar`) or as a bare name. */
export const unknownAttributeLine: fc.Arbitrary<SdpLine> = fc.oneof(
  token(10).map((n) => ({ type: 'a', name: `x-${n}` })),
  fc.tuple(token(10), words(1, 3)).map(([n, raw]) => ({ type: 'a', name: `x-${n}`, raw })),
);

export function attributeLine(level: 'session' | 'media'): fc.Arbitrary<SdpLine> {
  return fc.oneof(
    { arbitrary: typedAttributeLine(level), weight: 6 },
    { arbitrary: flagAttributeLine(level), weight: 2 },
    { arbitrary: unknownAttributeLine, weight: 1 },
  );
}

function typed<T extends LineType>(type: T): fc.Arbitrary<SdpLine> {
  return (lineArbitraries[type] as fc.Arbitrary<unknown>).map((value) => ({ type, value }) as SdpLine);
}
const optional = (arb: fc.Arbitrary<SdpLine>): fc.Arbitrary<SdpLine[]> => fc.option(arb, { nil: undefined }).map((l) => (l === undefined ? [] : [l]));
const many = (arb: fc.Arbitrary<SdpLine>, maxLength: number, minLength = 0): fc.Arbitrary<SdpLine[]> => fc.array(arb, { minLength, maxLength });

/**
 * One media section in RFC 8866 §5 order: m, [i], *c, *b, [k], *a. With
 * `needsConnection` (no session-level c=) it carries at least one c=.
 */
export function mediaSection(needsConnection: boolean, maxAttributes = 12): fc.Arbitrary<SdpLine[]> {
  return fc
    .tuple(typed('m'), optional(typed('i')), many(typed('c'), 2, needsConnection ? 1 : 0), many(typed('b'), 2), optional(typed('k')), many(attributeLine('media'), maxAttributes))
    .map((parts) => parts.flat());
}

/**
 * A valid typed document `{ lines }` in canonical order: v o s [i] [u] *e *p
 * [c] *b 1*(t *r) [z] [k] *a, then 0–4 media sections. Every attribute is at
 * a level its family allows, and every media section has a connection.
 */
export function sdpDocument(options: { maxMedia?: number; maxAttributes?: number } = {}): fc.Arbitrary<{ lines: SdpLine[] }> {
  const maxMedia = options.maxMedia ?? 4;
  const maxAttributes = options.maxAttributes ?? 12;
  return fc.boolean().chain((sessionConnection) =>
    fc
      .tuple(
        fc.tuple(typed('v'), typed('o'), typed('s')).map((t) => [...t]),
        optional(typed('i')),
        optional(typed('u')),
        many(typed('e'), 2),
        many(typed('p'), 2),
        sessionConnection ? typed('c').map((c) => [c]) : fc.constant([]),
        many(typed('b'), 2),
        fc.array(fc.tuple(typed('t'), many(typed('r'), 2)).map(([t, rs]) => [t, ...rs]), { minLength: 1, maxLength: 2 }).map((ts) => ts.flat()),
        optional(typed('z')),
        optional(typed('k')),
        many(attributeLine('session'), maxAttributes),
        fc.array(mediaSection(!sessionConnection, maxAttributes), { maxLength: maxMedia }).map((ms) => ms.flat()),
      )
      .map((parts) => ({ lines: parts.flat() })),
  );
}

// ---------------------------------------------------------------------------
// SDP-like text (for the never-throw / lossless / positions properties)
// ---------------------------------------------------------------------------

/** Any UTF-16 string, lone surrogates included (what a JS caller can hand us). */
export const anyUtf16: fc.Arbitrary<string> = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 });

const REAL_LINES = [
  'v=0',
  'o=- 3836772544440436510 2 IN IP4 127.0.0.1',
  'o=mozilla...THIS_IS_SDPARTA-99.0 18446744073709551615 0 IN IP4 0.0.0.0',
  's=-',
  's= ',
  't=0 0',
  'c=IN IP4 0.0.0.0',
  'c=IN IP4 224.2.1.1/127/3',
  'c=IN IP6 ff15::101/3',
  'b=AS:30',
  'b=TIAS:128000',
  'r=604800 3600 0 90000',
  'z=2882844526 -1h 2898848070 0',
  'k=prompt',
  'a=group:BUNDLE 0 1 2',
  'a=msid-semantic: WMS',
  'a=msid-semantic:WMS *',
  'a=ice-lite',
  'a=extmap-allow-mixed',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
  'm=video 9 UDP/TLS/RTP/SAVPF 96 97 98 99',
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'm=audio 49170/2 RTP/AVP 0',
  'a=rtpmap:111 opus/48000/2',
  'a=fmtp:111 minptime=10;useinbandfec=1',
  'a=fmtp:126 0-15',
  'a=fmtp:63 111/111',
  'a=rtcp-fb:* ccm fir',
  'a=rtcp-fb:98 trr-int 100',
  'a=extmap:2/recvonly urn:ietf:params:rtp-hdrext:toffset',
  'a=candidate:842163049 1 udp 1677729535 203.0.113.7 61665 typ srflx raddr 192.168.1.2 rport 61665 generation 0 ufrag F7gI network-id 1 network-cost 10',
  'a=candidate: 1 udp 2113939711 2607:f8b0:400e:c03::7f 19305 typ host generation 0',
  'a=candidate:1 1 TCP 2128609279 10.0.1.1 9 typ host tcptype active',
  'a=ice-ufrag:F7gI',
  'a=ice-pwd:x9cml/YzichV2+XlhiMu8g',
  'a=fingerprint:sha-256 15:B0:92:1F:C7:40:EE:22:A6:AF:26:EF:EA:FF:37:1D:B3:EF:11:0B:8B:73:4F:01:7D:C9:AE:26:4F:87:E0:95',
  'a=setup:actpass',
  'a=mid:0',
  'a=sendrecv',
  'a=rtcp-mux',
  'a=rtcp:9 IN IP4 0.0.0.0',
  'a=msid:- {7b8b7e9e-25b7-4e38-8a79-3f2f3f0e6a5b}',
  'a=ssrc:1399694169 cname:qPTZ+BI+42mgbOi+',
  'a=ssrc-group:FID 1 2',
  'a=rid:h send pt=96,97;max-width=1280;max-height=720',
  'a=simulcast:send h;~m;l recv x',
  'a=simulcast: send rid=1,4;2;3 paused=4',
  'a=sctp-port:5000',
  'a=max-message-size:262144',
  'a=sctpmap:5000 webrtc-datachannel 1024',
  'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:8QVQSHJ2AM8gIumHpYRRdWHyZ5NkLhaTD1AENOWx',
  'a=imageattr:97 send [x=1280,y=720] recv [x=1280,y=720] [x=320,y=180]',
  'a=end-of-candidates',
];

/** Lines built from the typed arbitraries, as a family writes them. */
const writtenLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...(Object.keys(lineArbitraries) as LineType[])).chain((type) =>
    (lineArbitraries[type] as fc.Arbitrary<unknown>).map((value) => ({ type, value })),
  ),
  fc.constantFrom(...valueNames).chain((name) => (attributeArbitraries[name] as fc.Arbitrary<unknown>).map((value) => ({ type: 'a', name, value }))),
).map((l) => l as SdpLine).map((line) => lineTextOf(line));

/** A real line with one character inserted, deleted or replaced (near-misses hit every error path). */
const mutatedLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.constantFrom(...REAL_LINES), writtenLine), fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom(' ', '\t', ':', '=', '/', '-', 'x', '9', '\u00e9', '\u{1F600}', '\0', ''))
  .map(([line, at, op, ch]) => {
    const i = line.length === 0 ? 0 : at % line.length;
    if (op === 'insert') return line.slice(0, i) + ch + line.slice(i);
    if (op === 'delete') return line.slice(0, i) + line.slice(i + 1);
    return line.slice(0, i) + ch + line.slice(i + 1);
  });

/**
 * A real or written line with one field made hostile: emptied (`c=IN IP4 /127`), dropped with
 * its separator, doubled, or its separator doubled. Near-misses one character away (mutatedLine)
 * rarely empty a whole field; these do.
 */
export const fieldMutatedLine: fc.Arbitrary<string> = fc
  .tuple(fc.oneof({ arbitrary: fc.constantFrom(...REAL_LINES), weight: 3 }, { arbitrary: writtenLine, weight: 1 }), fc.nat(), fc.constantFrom('empty', 'empty', 'drop', 'double', 'double-separator'))
  .map(([line, at, op]) => {
    const head = line.slice(0, 2);
    const parts = line.slice(2).split(/([ /:;,=])/);
    const fields = parts.map((p, i) => ({ p, i })).filter((x) => x.i % 2 === 0);
    const chosen = fields[at % fields.length]!.i;
    const out = parts.map((p, i) => {
      if (i === chosen) return op === 'empty' ? '' : op === 'double' ? `${p}${parts[i + 1] ?? ' '}${p}` : p;
      if (i === chosen + 1 && op === 'double-separator') return `${p}${p}`;
      return p;
    });
    if (op === 'drop') out.splice(chosen, 2);
    return head + out.join('');
  });

/** A valid session head, then field-mutated lines (each in a media section, as most attributes belong there). */
export const fieldMutatedText: fc.Arbitrary<string> = fc
  .array(fieldMutatedLine, { minLength: 1, maxLength: 6 })
  .map((lines) => ['v=0', 'o=- 1 2 IN IP4 127.0.0.1', 's=-', 't=0 0', 'm=audio 9 UDP/TLS/RTP/SAVPF 111', ...lines].map((l) => `${l}\r\n`).join(''));

const garbageLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '\t', 'a =x', ' a=x', '\ta=rtcp-mux', 'x', '=', 'a=', 'a=:', 'm=', 'v=', 'Z=1', 'a=candidate:', 'a=rtpmap', 'a=rtcp-mux:1', '\u00e9=\u00e9', '\ufeffv=0'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.tuple(fc.constantFrom('a=', 'm=', 'c=', 'o=', 'b=', 't=', 's=', 'a=candidate:', 'a=rtpmap:', 'a=ssrc:'), fc.string({ unit: 'binary-ascii', maxLength: 30 })).map(([p, s]) => p + s),
);

/** Very long lines (the line splitter and the families must not be quadratic or overflow). */
const longLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('a=', 's=', 'a=fmtp:96 ', 'a=candidate:1 1 udp 1 '), fc.constantFrom('x', ' ', ';', 'a=b;', '1 '), fc.integer({ min: 1000, max: 20000 })).map(([p, unit, n]) => p + unit.repeat(Math.ceil(n / unit.length))),
);

const eol = fc.constantFrom('\r\n', '\r\n', '\r\n', '\n', '\r', '');

/**
 * Text that looks like SDP: real and written lines, near-misses, garbage,
 * blank and very long lines, joined by a random mix of CRLF, LF, CR and no
 * end-of-line at all (the last one is often missing).
 */
export const sdpLikeText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { arbitrary: fc.constantFrom(...REAL_LINES), weight: 6 },
        { arbitrary: writtenLine, weight: 4 },
        { arbitrary: mutatedLine, weight: 3 },
        { arbitrary: garbageLine, weight: 2 },
        { arbitrary: longLine, weight: 1 },
      ),
      eol,
    ),
    { maxLength: 25 },
  )
  .map((pairs) => pairs.map(([l, e]) => l + e).join(''));

/** A generated typed document written with CRLF, then randomly re-ended and truncated: nearly-valid text. */
export const nearlyValidText: fc.Arbitrary<string> = fc
  .tuple(sdpDocument({ maxMedia: 2, maxAttributes: 6 }), fc.constantFrom('\r\n', '\n', '\r'), fc.boolean())
  .map(([doc, e, dropLast]) => {
    const text = doc.lines.map((l) => lineTextOf(l) + e).join('');
    return dropLast ? text.slice(0, -e.length) : text;
  });
