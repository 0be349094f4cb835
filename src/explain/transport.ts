import { ANSWER_DIRECTIONS } from '../parser/model/attributes/direction.js';
import { ICE_PWD_LENGTH, ICE_UFRAG_LENGTH } from '../parser/model/attributes/ice.js';
import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { SdpLine } from '../parser/model/line.js';
import { sectionName, type ExplainContext, type SectionContext } from './context.js';
import { attributes, directions, groupSemantics, hashFunctions, iceOptions, setupRoles } from './knowledge/attributes.js';
import { lookup } from './knowledge/lookup.js';
import type { Explained, ExplanationField } from './types.js';
import { explained, field, listWords, paragraph, plural } from './words.js';

/*
 * Transport attributes: ICE credentials and options, DTLS (fingerprint,
 * setup, tls-id), BUNDLE (group, mid), RTCP address, data channels, SDES
 * keys and the direction attributes. Each one reads what the rest of the
 * description says where that changes the meaning.
 */

function ref(name: string): string {
  return attributes[name]?.ref ?? '';
}

function levelWords(section: SectionContext | undefined): string {
  return section === undefined ? 'at session level (the default for every m-section that does not set its own)' : `for ${sectionName(section)}`;
}

const ICE_CHAR = /^[A-Za-z0-9+/]*$/;

function iceCredential(kind: 'ice-ufrag' | 'ice-pwd', value: string, ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const { min, max } = kind === 'ice-ufrag' ? ICE_UFRAG_LENGTH : ICE_PWD_LENGTH;
  const bits = kind === 'ice-ufrag' ? 24 : 128;
  const problems: string[] = [];
  if (value.length < min) problems.push(`It is ${value.length} characters long, shorter than the ${min} RFC 8839 §5.4 requires (at least ${bits} bits of randomness)`);
  if (value.length > max) problems.push(`It is ${value.length} characters long, longer than the ${max} allowed`);
  if (!ICE_CHAR.test(value)) problems.push('It holds characters other than ice-chars (letters, digits, `+`, `/`)');
  const others = ctx.sections.filter((s) => s !== section && (kind === 'ice-ufrag' ? s.media.ice.ufrag : s.media.ice.pwd) !== undefined);
  const distinct = new Set(others.map((s) => (kind === 'ice-ufrag' ? s.media.ice.ufrag : s.media.ice.pwd)));
  const info = attributes[kind];
  const label = info?.label ?? kind;
  return explained({
    label: problems.length > 0 ? `${label} (invalid)` : label,
    summary:
      kind === 'ice-ufrag'
        ? `The ICE username fragment ${levelWords(section)}; connectivity checks to this agent carry the username \`${value}:<peer ufrag>\`.`
        : `The ICE password ${levelWords(section)}; the peer signs its connectivity checks to this agent with it (STUN MESSAGE-INTEGRITY).`,
    details: paragraph(
      ...problems,
      `RFC 8839 §5.4: ${min} to ${max} ice-chars, chosen at random with at least ${bits} bits of randomness`,
      kind === 'ice-ufrag' ? 'A new ufrag and password signal an ICE restart (RFC 8445 §9)' : undefined,
      others.length > 0 && distinct.size === 1 && distinct.has(value) ? 'Every m-section uses the same value, as browsers do (one ICE agent per BUNDLE transport)' : undefined,
    ),
    ref: info?.ref,
    fields: [field(kind === 'ice-ufrag' ? 'ufrag' : 'password', value, `${value.length} characters${problems.length === 0 ? ', valid' : ''}`)],
  });
}

export const transportExplainers = {
  'ice-ufrag': (v: AttributeValues['ice-ufrag'], _l: SdpLine, ctx: ExplainContext, s: SectionContext | undefined) => iceCredential('ice-ufrag', v, ctx, s),
  'ice-pwd': (v: AttributeValues['ice-pwd'], _l: SdpLine, ctx: ExplainContext, s: SectionContext | undefined) => iceCredential('ice-pwd', v, ctx, s),

  'ice-options'(options: AttributeValues['ice-options'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const fields = options.map((o) => {
      const info = lookup(iceOptions, o);
      return field('option', o, info === undefined ? 'an ICE option sdpkit does not know; the peer ignores options it does not know' : `${info.meaning} (${info.ref})`);
    });
    const unknown = options.every((o) => lookup(iceOptions, o) === undefined);
    return explained({
      label: `ICE options: ${options.join(' ')}`,
      summary: `ICE extensions this agent supports, ${levelWords(section)}: ${options.join(', ')}.`,
      details: paragraph(options.includes('trickle') ? 'With trickle, the description may be sent before gathering ends, with port 9 and c=IN IP4 0.0.0.0 until a candidate exists (RFC 8840)' : undefined, 'An option is in use only if both sides list it'),
      ref: ref('ice-options'),
      fields,
      unknown,
    });
  },

  fingerprint(fp: AttributeValues['fingerprint'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const hash = lookup(hashFunctions, fp.hashFunction.toLowerCase());
    const bytes = (fp.fingerprint.length + 1) / 3;
    return explained({
      label: `DTLS fingerprint (${fp.hashFunction})`,
      summary: `The ${fp.hashFunction} hash of the certificate this side presents in DTLS, ${levelWords(section)}.`,
      details: paragraph(
        'The peer accepts the DTLS handshake only if the certificate hashes to this value: that binds the media keys to the signaling (RFC 8122 §5; RFC 5763 §5)',
        'Browsers create a self-signed certificate per RTCPeerConnection, so the fingerprint also identifies the peer connection',
        hash === undefined ? `${fp.hashFunction} is not a hash function sdpkit knows` : undefined,
      ),
      ref: ref('fingerprint'),
      fields: [
        field('hash function', fp.hashFunction, hash === undefined ? 'a hash function sdpkit does not know' : hash.meaning),
        field('fingerprint', fp.fingerprint, `${bytes} bytes in hex${hash !== undefined && hash.bytes !== bytes ? `, but ${fp.hashFunction} gives ${hash.bytes}` : ''}`),
      ],
      unknown: hash === undefined,
    });
  },

  setup(role: AttributeValues['setup'], _l: SdpLine, ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const info = lookup(setupRoles, role);
    const type = ctx.options.type;
    const details = info === undefined ? [] : type === 'offer' ? [`In this offer: ${info.offer}`] : type === 'answer' ? [`In this answer: ${info.answer}`] : [`In an offer: ${info.offer}`, `In an answer: ${info.answer}`];
    const invalid = role === 'actpass' && type === 'answer';
    return explained({
      label: invalid ? `DTLS role: ${role} (not allowed in an answer)` : `DTLS role: ${role}`,
      summary: `${info?.meaning ?? role}, ${levelWords(section)}.`.replace(/^./, (c) => c.toUpperCase()),
      details: paragraph(...details, 'The DTLS client (active) sends the ClientHello once ICE connects; the DTLS role is independent of the ICE controlling/controlled role'),
      ref: info === undefined ? ref('setup') : `${ref('setup')}; RFC 5763 §5`,
      fields: [field('role', role, info?.meaning ?? 'not a DTLS role')],
    });
  },

  'tls-id'(id: AttributeValues['tls-id'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const short = id.length < 20;
    return explained({
      label: 'DTLS association id',
      summary: `Identifies the DTLS association ${levelWords(section)}: a new value asks for a new DTLS handshake.`,
      details: paragraph(short ? `It is ${id.length} characters long; RFC 8842 §5 requires 20 to 255` : undefined, 'Comparing it across offers tells whether the DTLS association goes on (same value) or starts again (new value)'),
      ref: ref('tls-id'),
      fields: [field('tls-id', id, `${id.length} characters${short ? ', too short' : ''}`)],
    });
  },

  group(g: AttributeValues['group'], _l: SdpLine, ctx: ExplainContext): Explained {
    const info = lookup(groupSemantics, g.semantics);
    const fields: ExplanationField[] = [field('semantics', g.semantics, info === undefined ? 'a grouping semantics sdpkit does not know' : `${info.meaning} (${info.ref})`)];
    const missing: string[] = [];
    const named: string[] = [];
    g.mids.forEach((mid, i) => {
      const index = ctx.midIndex.get(mid);
      const section = index === undefined ? undefined : ctx.sections[index];
      if (section === undefined) missing.push(mid);
      else named.push(`${mid} → ${sectionName(section)}`);
      const role = g.semantics === 'BUNDLE' && i === 0 ? ', the tagged section whose transport the group uses' : '';
      fields.push(field('mid', mid, section === undefined ? 'no m-section has this mid' : `${sectionName(section)}${role}${section.media.port === 0 && !section.media.bundleOnly ? ', rejected (port 0)' : ''}`));
    });
    const bundle = g.semantics === 'BUNDLE';
    return explained({
      label: `Group ${g.semantics}: ${g.mids.length > 0 ? g.mids.join(' ') : '(empty)'}`,
      summary: bundle
        ? `${plural(g.mids.length, 'm-section')} ${g.mids.length === 1 ? 'shares' : 'share'} one transport: ${listWords(named.length > 0 ? named : g.mids)}.`
        : `${g.semantics} groups ${plural(g.mids.length, 'm-section')}${info === undefined ? '' : `: ${info.meaning}`}.`,
      details: paragraph(
        missing.length > 0 ? `No m-section has mid ${missing.join(', ')}: a group must only name mids that exist (RFC 5888 §5)` : undefined,
        bundle
          ? 'One ICE agent and one DTLS connection carry all media of the group; packets are routed to sections by the MID header extension, SSRCs and payload types. Under bundlePolicy "max-bundle" only the first section gathers candidates; once the answer accepts BUNDLE, the transports of the other sections are dropped'
          : undefined,
        bundle && g.mids.length === 0 ? 'An empty BUNDLE group is allowed: it says BUNDLE is supported, in an answer that bundles nothing' : undefined,
      ),
      ref: info?.ref ?? ref('group'),
      fields,
      unknown: info === undefined,
    });
  },

  mid(mid: AttributeValues['mid'], _l: SdpLine, ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const groups = ctx.document.session.groups.filter((g) => g.mids.includes(mid));
    const duplicates = ctx.sections.filter((s) => s !== section && s.media.mid === mid);
    return explained({
      label: `Media id: ${mid}`,
      summary: `This m-section is called \`${mid}\`${groups.length > 0 ? `, in group ${groups.map((g) => `${g.semantics} (${g.mids.join(' ')})`).join(', ')}` : ''}.`,
      details: paragraph(
        duplicates.length > 0 ? `${duplicates.map(sectionName).join(', ')} use${duplicates.length === 1 ? 's' : ''} the same mid, but mids must be unique (RFC 5888 §4)` : undefined,
        'The mid ties the section to its RTCRtpTransceiver (transceiver.mid), to a=group lines and to the MID header extension; browsers use 0, 1, 2, …',
      ),
      ref: ref('mid'),
      fields: [field('identification-tag', mid, section === undefined ? 'a mid at session level has no meaning' : `the tag of ${sectionName(section)}`)],
    });
  },

  rtcp(r: AttributeValues['rtcp'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const placeholder = r.port === 9 && (r.address === undefined || r.address === '0.0.0.0');
    const fields = [field('port', String(r.port), r.port === 9 ? 'port 9 (discard): a placeholder' : 'the RTCP port')];
    if (r.netType !== undefined) fields.push(field('nettype', r.netType, 'IN: Internet'));
    if (r.addressType !== undefined) fields.push(field('addrtype', r.addressType, r.addressType === 'IP6' ? 'IPv6' : 'IPv4'));
    if (r.address !== undefined) fields.push(field('address', r.address, r.address === '0.0.0.0' ? 'no address: a placeholder' : 'the RTCP address'));
    const mux = section?.media.rtcpMux === true;
    return explained({
      label: placeholder ? 'RTCP address (placeholder)' : `RTCP address: port ${r.port}`,
      summary: placeholder ? 'A placeholder RTCP address (port 9, 0.0.0.0): RTCP goes where ICE and rtcp-mux put it.' : `RTCP goes to port ${r.port}${r.address !== undefined ? ` at ${r.address}` : ''} instead of the RTP port + 1.`,
      details: paragraph(mux ? 'The section also has a=rtcp-mux: once multiplexing is accepted, RTCP shares the RTP port and this line is ignored' : undefined, attributes['rtcp']?.details),
      ref: ref('rtcp'),
      fields,
    });
  },

  'remote-candidates'(list: AttributeValues['remote-candidates']): Explained {
    return explained({
      label: `Remote candidates (${list.length})`,
      summary: `The controlling agent's selected remote candidate${list.length === 1 ? '' : 's'}: ${list.map((r) => `component ${r.component} ${r.address} ${r.port}`).join(', ')}.`,
      details: attributes['remote-candidates']?.details ?? '',
      ref: ref('remote-candidates'),
      fields: list.map((r) => field(`component ${r.component}`, `${r.address} ${r.port}`, `the remote candidate selected for component ${r.component}`)),
    });
  },

  'sctp-port'(port: AttributeValues['sctp-port']): Explained {
    return explained({
      label: `SCTP port: ${port}`,
      summary: `The data channel SCTP association uses SCTP port ${port}.`,
      details: paragraph('It is the port inside SCTP, carried over DTLS: it has nothing to do with UDP ports or ICE. Browsers use 5000 on both sides', 'The peer learns it to address its SCTP INIT (RFC 8841 §5.1)'),
      ref: ref('sctp-port'),
      fields: [field('port', String(port), port === 5000 ? 'SCTP port 5000, what browsers use' : 'the SCTP port')],
    });
  },

  'max-message-size'(size: AttributeValues['max-message-size']): Explained {
    const words = size === 0 ? 'no limit: any message size' : size >= 1024 ? `${size} bytes (${Math.round((size / 1024) * 10) / 10} KiB)` : `${size} bytes`;
    return explained({
      label: `Max message size: ${size === 0 ? 'unlimited' : `${size} bytes`}`,
      summary: `This side can receive data channel messages of up to ${words}.`,
      details: paragraph(
        'The sender must not send larger messages; RTCSctpTransport.maxMessageSize is the smaller of both sides. Without this attribute 64 KiB is assumed (RFC 8841 §6.1)',
        'Chrome announces 262144 (256 KiB), Firefox 1073741823',
      ),
      ref: ref('max-message-size'),
      fields: [field('size', String(size), words)],
    });
  },

  sctpmap(m: AttributeValues['sctpmap']): Explained {
    const fields = [field('port', String(m.port), 'the SCTP port (the m= line format refers to it)'), field('protocol', m.protocol, m.protocol === 'webrtc-datachannel' ? 'WebRTC data channels' : 'the protocol over SCTP')];
    if (m.streams !== undefined) fields.push(field('streams', String(m.streams), 'the number of SCTP streams offered'));
    return explained({
      label: `SCTP map (old syntax): port ${m.port}`,
      summary: `Old data channel syntax: SCTP port ${m.port} carries ${m.protocol}.`,
      details: attributes['sctpmap']?.details ?? '',
      ref: ref('sctpmap'),
      fields,
    });
  },

  crypto(c: AttributeValues['crypto']): Explained {
    const fields = [
      field('tag', String(c.tag), 'identifies this offer of a crypto suite; the answer echoes the tag it accepts'),
      field('crypto-suite', c.suite, 'the SRTP cipher and authentication (e.g. AES_CM_128_HMAC_SHA1_80)'),
      field('key-params', c.keyParams, c.keyParams.startsWith('inline:') ? 'the master key and salt in base64, in clear text in the description' : 'how to get the key'),
    ];
    for (const p of c.sessionParams) fields.push(field('session-param', p, 'an SRTP session parameter'));
    return explained({
      label: `SDES key: ${c.suite}`,
      summary: `An SRTP key for ${c.suite}, sent in the description itself (SDES).`,
      details: attributes['crypto']?.details ?? '',
      ref: ref('crypto'),
      fields,
    });
  },
};

/** What an answer may say to an offered direction, in words, from the RFC 3264 §6.1 table. */
function answerWords(offered: string): string | undefined {
  if (!Object.hasOwn(ANSWER_DIRECTIONS, offered)) return undefined;
  const allowed = ANSWER_DIRECTIONS[offered as keyof typeof ANSWER_DIRECTIONS];
  const last = allowed[allowed.length - 1] ?? '';
  const list = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${last}` : last;
  return `the answer ${allowed.length === 4 ? 'may' : 'must'} be ${list}`;
}

/** Explains sendrecv / sendonly / recvonly / inactive, with offer/answer rules (RFC 3264 §6.1). */
export function explainDirection(name: string, ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const info = lookup(directions, name);
  const table = attributes[name];
  const type = ctx.options.type;
  return explained({
    label: table?.label ?? name,
    summary: `${info?.meaning ?? name}, ${levelWords(section)}.`.replace(/^./, (c) => c.toUpperCase()),
    details: paragraph(
      type === 'answer' ? undefined : info !== undefined ? `If this is an offer, ${answerWords(name) ?? ''}` : undefined,
      'Directions are from the point of view of the side that wrote the description; without any direction attribute sendrecv is assumed (RFC 8866 §6.7)',
      section === undefined ? 'A direction at media level overrides this one' : undefined,
    ),
    ref: table?.ref ?? 'RFC 8866 §6.7',
  });
}
