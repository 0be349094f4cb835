import { lookup } from './lookup.js';

/**
 * Line types other than a= (RFC 8866 §5): what each line is, what each of
 * its fields means, and the special values WebRTC stacks write.
 */
export interface LineFieldInfo {
  readonly name: string;
  readonly meaning: string;
}

export interface LineTypeInfo {
  readonly label: string;
  readonly summary: string;
  readonly details: string;
  readonly ref: string;
  /** The fields in order, as the ABNF names them. */
  readonly fields: readonly LineFieldInfo[];
}

export const lineTypes: Readonly<Record<string, LineTypeInfo>> = {
  v: {
    label: 'Protocol version',
    summary: 'The SDP version, always 0.',
    details: 'Every description starts with v=0; no other version exists.',
    ref: 'RFC 8866 §5.1',
    fields: [{ name: 'version', meaning: 'the SDP version; 0 is the only one defined' }],
  },
  o: {
    label: 'Origin',
    summary: 'Who created the description, with a session id and a version that grows with every change.',
    details:
      'Browsers do not put a real user or address here: Chrome writes `- <random id> <version> IN IP4 127.0.0.1`, Firefox `mozilla...THIS_IS_SDPARTA-<version>`. The session id stays the same for the whole session; the version grows by one with each new offer or answer that changes something (RFC 3264 §8; RFC 8829 §5.2.2), so an unchanged version means an unchanged description.',
    ref: 'RFC 8866 §5.2',
    fields: [
      { name: 'username', meaning: "the user's login on the originating host; `-` when there is none (browsers)" },
      { name: 'sess-id', meaning: 'a numeric id that, with the username and address, makes the session globally unique; browsers use a random 63-bit number (up to 20 digits, keep it as text)' },
      { name: 'sess-version', meaning: 'the version of this description, increased each time it changes' },
      { name: 'nettype', meaning: 'the network type; IN (Internet) is the only one used' },
      { name: 'addrtype', meaning: 'the address type: IP4 or IP6' },
      { name: 'unicast-address', meaning: 'the address of the machine that created the session; browsers write 127.0.0.1 or 0.0.0.0 so no address leaks' },
    ],
  },
  s: {
    label: 'Session name',
    summary: 'The name of the session.',
    details: 'Must not be empty. RFC 8866 suggests a single space when there is no name; browsers write `s=-` as JSEP asks (RFC 8829 §5.2.1).',
    ref: 'RFC 8866 §5.3',
    fields: [{ name: 'session name', meaning: 'free text' }],
  },
  i: {
    label: 'Information',
    summary: 'A human-readable description of the session or of this media.',
    details: 'Optional free text; WebRTC stacks do not send it.',
    ref: 'RFC 8866 §5.4',
    fields: [{ name: 'information', meaning: 'free text' }],
  },
  u: {
    label: 'URI',
    summary: 'A URI with more information about the session.',
    details: 'Optional; one per description, before e= and p=.',
    ref: 'RFC 8866 §5.5',
    fields: [{ name: 'uri', meaning: 'a URI' }],
  },
  e: {
    label: 'Email address',
    summary: 'The email address of the person responsible for the session.',
    details: 'Optional contact information, mostly in announced (SAP) sessions.',
    ref: 'RFC 8866 §5.6',
    fields: [{ name: 'email', meaning: 'an address, optionally with a name' }],
  },
  p: {
    label: 'Phone number',
    summary: 'The phone number of the person responsible for the session.',
    details: 'Optional contact information, mostly in announced (SAP) sessions.',
    ref: 'RFC 8866 §5.6',
    fields: [{ name: 'phone', meaning: 'a phone number, optionally with a name' }],
  },
  c: {
    label: 'Connection',
    summary: 'The address media is sent to.',
    details:
      'At session level it is the default for every m-section; a media-level c= overrides it. With ICE the address here is only the default candidate (RFC 8839 §4.2.1): browsers write `IN IP4 0.0.0.0` until they have a candidate, and ICE picks the real path anyway.',
    ref: 'RFC 8866 §5.7',
    fields: [
      { name: 'nettype', meaning: 'the network type; IN (Internet)' },
      { name: 'addrtype', meaning: 'IP4 or IP6' },
      { name: 'connection-address', meaning: 'the unicast or multicast address (multicast with /ttl and /count)' },
    ],
  },
  b: {
    label: 'Bandwidth',
    summary: 'The bandwidth the session or the media may use.',
    details: 'At media level it limits that m-section; browsers honour b=AS and b=TIAS as a send cap. Unknown bandwidth types are ignored (RFC 8866 §5.8).',
    ref: 'RFC 8866 §5.8',
    fields: [
      { name: 'bwtype', meaning: 'the kind of limit (AS, CT, TIAS, RS, RR)' },
      { name: 'bandwidth', meaning: 'the value, in the unit of the type' },
    ],
  },
  t: {
    label: 'Timing',
    summary: 'When the session starts and stops, in NTP seconds.',
    details: '`t=0 0` means an unbounded, permanent session: what every WebRTC description uses (RFC 8829 §5.2.1).',
    ref: 'RFC 8866 §5.9',
    fields: [
      { name: 'start-time', meaning: 'NTP seconds (since 1900); 0 means no start bound' },
      { name: 'stop-time', meaning: 'NTP seconds; 0 means no stop bound' },
    ],
  },
  r: {
    label: 'Repeat times',
    summary: 'How the session repeats after its start time.',
    details: 'For scheduled broadcast sessions; WebRTC never uses it.',
    ref: 'RFC 8866 §5.10',
    fields: [
      { name: 'repeat interval', meaning: 'the time between repetitions' },
      { name: 'active duration', meaning: 'how long each repetition lasts' },
      { name: 'offsets', meaning: 'the start offsets of repetitions within the interval' },
    ],
  },
  z: {
    label: 'Time zone adjustments',
    summary: 'Daylight-saving changes that affect repeated sessions.',
    details: 'Pairs of an NTP time and an offset; only meaningful with r= lines.',
    ref: 'RFC 8866 §5.11',
    fields: [{ name: 'adjustments', meaning: 'pairs of `<time> <offset>`' }],
  },
  k: {
    label: 'Encryption key',
    summary: 'An encryption key or a way to get one (obsolete).',
    details: 'RFC 8866 keeps k= only for compatibility and says not to use it; WebRTC keys come from DTLS-SRTP.',
    ref: 'RFC 8866 §5.12',
    fields: [
      { name: 'method', meaning: 'prompt, clear, base64 or uri' },
      { name: 'key', meaning: 'the key or URI, for the methods that carry one' },
    ],
  },
  m: {
    label: 'Media section',
    summary: 'Starts an m-section: its media kind, port, transport protocol and formats.',
    details:
      'Every line after it, up to the next m=, describes this section. With ICE the port is only that of the default candidate; the path media takes is what ICE finds.',
    ref: 'RFC 8866 §5.14',
    fields: [
      { name: 'media', meaning: 'the media kind' },
      { name: 'port', meaning: 'the transport port (the default candidate with ICE)' },
      { name: 'proto', meaning: 'the transport protocol' },
      { name: 'fmt', meaning: 'the formats: RTP payload types, or a protocol-specific format' },
    ],
  },
};

/** b= bandwidth types. */
export const bandwidthTypes: Readonly<Record<string, { readonly meaning: string; readonly unit: string; readonly ref: string }>> = {
  AS: { meaning: 'application-specific maximum: the most this session or m-section may use, IP and UDP overhead included', unit: 'kbit/s', ref: 'RFC 8866 §5.8' },
  CT: { meaning: 'conference total: the most the whole conference may use', unit: 'kbit/s', ref: 'RFC 8866 §5.8' },
  TIAS: { meaning: 'transport-independent application-specific maximum: the media bit rate without IP/UDP/RTP overhead', unit: 'bit/s', ref: 'RFC 3890 §6.2' },
  RS: { meaning: 'RTCP bandwidth for senders', unit: 'bit/s', ref: 'RFC 3556 §2' },
  RR: { meaning: 'RTCP bandwidth for receivers', unit: 'bit/s', ref: 'RFC 3556 §2' },
};

/** m= media kinds (RFC 8866 §5.14). */
export const mediaKinds: Readonly<Record<string, string>> = {
  audio: 'audio',
  video: 'video',
  text: 'real-time text (RFC 4103)',
  application: 'application data (in WebRTC: data channels over SCTP)',
  message: 'messaging (MSRP, RFC 4975)',
  image: 'still images (T.38 fax)',
};

/** Ports with a meaning of their own. */
export const specialPorts: Readonly<Record<string, { readonly meaning: string; readonly ref: string }>> = {
  '0': { meaning: 'port 0: the section is rejected or disabled, or (with a=bundle-only) carried on the BUNDLE transport', ref: 'RFC 3264 §6; RFC 9143 §6' },
  '9': { meaning: 'port 9, the discard port: a placeholder, ICE decides where media goes', ref: 'RFC 8839 §4.2.1; RFC 8829 §5.2.1' },
};

/** Addresses with a meaning of their own. */
export const specialAddresses: Readonly<Record<string, { readonly meaning: string; readonly ref: string }>> = {
  '0.0.0.0': { meaning: 'no address: a placeholder, ICE decides where media goes', ref: 'RFC 8839 §4.2.1; RFC 8829 §5.2.1' },
  '::': { meaning: 'no address (IPv6): a placeholder, ICE decides where media goes', ref: 'RFC 8839 §4.2.1' },
  '127.0.0.1': { meaning: 'loopback: a placeholder browsers write so no real address leaks', ref: 'RFC 8829 §5.2.1' },
};

export function lineTypeInfo(type: string): LineTypeInfo | undefined {
  return lookup(lineTypes, type);
}
