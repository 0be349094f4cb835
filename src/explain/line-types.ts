import type { SdpLine } from '../parser/model/line.js';
import type { LineValues } from '../parser/model/lines/index.js';
import { lineFamily } from '../parser/model/lines/index.js';
import { codecOf, sectionName, type ExplainContext, type SectionContext } from './context.js';
import { bandwidthTypes, lineTypeInfo, mediaKinds, specialAddresses, specialPorts, type LineTypeInfo } from './knowledge/lines.js';
import { lookup } from './knowledge/lookup.js';
import { protocolInfo } from './knowledge/protocols.js';
import { explainUnknownLineType, explainUnreadable, valueProblems } from './problems.js';
import type { Explained, ExplanationField } from './types.js';
import { capitalize, explained, field, listWords, paragraph, plural } from './words.js';

/*
 * The line types other than a= (RFC 8866 §5). The table in
 * knowledge/lines.ts says what each line and field is; this module fills in
 * the values of one line.
 */

type LineExplainer<T extends keyof LineValues> = (value: LineValues[T], line: SdpLine, info: LineTypeInfo, ctx: ExplainContext, section: SectionContext | undefined) => Explained;

const NTP_UNIX_OFFSET = 2208988800; // seconds from 1900-01-01 (NTP) to 1970-01-01 (Unix), RFC 8866 §5.9

function ntpWords(seconds: string): string {
  if (/^0+$/.test(seconds)) return '0: unbounded';
  const n = Number(seconds);
  if (!Number.isSafeInteger(n) || n < NTP_UNIX_OFFSET) return `NTP time ${seconds}`;
  const date = new Date((n - NTP_UNIX_OFFSET) * 1000);
  return Number.isNaN(date.getTime()) ? `NTP time ${seconds}` : `NTP time ${seconds}, ${date.toISOString().replace('.000Z', 'Z')}`;
}

function fieldsFrom(info: LineTypeInfo, values: readonly string[]): ExplanationField[] {
  return info.fields.map((f, i) => field(f.name, values[i] ?? '', f.meaning));
}

function textLine(words: (raw: string) => string | undefined): (value: string, line: SdpLine, info: LineTypeInfo) => Explained {
  return (value, _line, info) =>
    explained({
      label: info.label,
      summary: words(value) !== undefined ? `${info.label}: ${words(value) ?? ''}` : value === '' ? `${info.summary} It is empty` : info.summary,
      details: paragraph(words(value), info.details),
      ref: info.ref,
      fields: [field(info.fields[0]?.name ?? 'value', value, words(value) ?? info.fields[0]?.meaning ?? 'free text')],
    });
}

function sessionNameWords(raw: string): string | undefined {
  if (raw === '-') return 'a dash, how browsers write "no name"';
  if (raw === ' ') return 'a single space: the "no name" value RFC 8866 §5.3 recommends';
  if (raw === '') return 'empty: RFC 8866 §5.3 requires at least one character';
  return undefined;
}

const explainers: { readonly [T in keyof LineValues]: LineExplainer<T> } = {
  v(value, _line, info) {
    return explained({
      label: info.label,
      summary: value === 0 ? 'SDP version 0, the only version.' : `SDP version ${value}: only version 0 exists.`,
      details: info.details,
      ref: info.ref,
      fields: [field('version', String(value), value === 0 ? 'version 0' : 'not a defined SDP version (RFC 8866 §5.1 defines only 0)')],
    });
  },
  o(o, _line, info) {
    const values = [o.username, o.sessionId, o.sessionVersion, o.netType, o.addressType, o.address];
    const fields = fieldsFrom(info, values);
    const special = lookup(specialAddresses, o.address);
    if (o.username === '-') fields[0] = field('username', '-', 'no user name (`-`), as browsers write');
    if (special !== undefined && fields[5] !== undefined) fields[5] = field('unicast-address', o.address, special.meaning);
    const firefox = o.username.startsWith('mozilla...THIS_IS_SDPARTA-') ? `Firefox ${o.username.slice('mozilla...THIS_IS_SDPARTA-'.length)}` : undefined;
    return explained({
      label: info.label,
      summary: `Session ${o.sessionId}, version ${o.sessionVersion}${firefox !== undefined ? `, created by ${firefox}` : ''}.`,
      details: info.details,
      ref: info.ref,
      fields,
    });
  },
  s: textLine(sessionNameWords),
  i: textLine(() => undefined),
  u: textLine(() => undefined),
  e: textLine(() => undefined),
  p: textLine(() => undefined),
  c(c, _line, info, ctx, section) {
    const special = lookup(specialAddresses, c.address);
    const where = section === undefined ? 'the default for every m-section without its own c= line' : `the address of ${sectionName(section)}`;
    const fields = [
      field('nettype', c.netType, c.netType === 'IN' ? 'IN: Internet' : `${c.netType}: not IN, the only network type in use`),
      field('addrtype', c.addressType, c.addressType === 'IP4' ? 'IPv4' : c.addressType === 'IP6' ? 'IPv6' : 'not IP4 or IP6'),
      field('connection-address', c.address, special !== undefined ? `${special.meaning} (${special.ref})` : ((c.ttl !== undefined || c.count !== undefined ? 'a multicast address' : 'a unicast address (with ICE: the default candidate)'))),
    ];
    if (c.ttl !== undefined) fields.push(field('ttl', String(c.ttl), 'time to live of IPv4 multicast packets'));
    if (c.count !== undefined) fields.push(field('count', String(c.count), 'number of consecutive multicast addresses'));
    const ice = section !== undefined ? section.media.candidates.length > 0 || section.media.ice.ufrag !== undefined : ctx.document.media.some((m) => m.ice.ufrag !== undefined);
    return explained({
      label: info.label,
      summary: special !== undefined ? `${c.netType} ${c.addressType} ${c.address}: ${special.meaning}.` : `Media goes to ${c.address} (${c.addressType}); ${where}.`,
      details: paragraph(ice || special !== undefined ? info.details : section === undefined ? 'At session level it is the default for every m-section without a c= line of its own' : undefined),
      ref: info.ref,
      fields,
    });
  },
  b(b, _line, info, _ctx, section) {
    const type = lookup(bandwidthTypes, b.type);
    const scope = section === undefined ? 'the whole session' : sectionName(section);
    return explained({
      label: `${info.label}: ${b.type} ${b.bandwidth}${type !== undefined ? ` ${type.unit}` : ''}`,
      summary: type !== undefined ? `At most ${b.bandwidth} ${type.unit} for ${scope} (${b.type}: ${type.meaning}).` : `A bandwidth of type ${b.type}, which sdpkit does not know, for ${scope}.`,
      details: paragraph(info.details, b.type === 'AS' || b.type === 'TIAS' ? 'libwebrtc uses b=AS or b=TIAS of a video section as the maximum send bit rate; TIAS leaves out packet overhead, so it is the more precise of the two' : undefined),
      ref: type?.ref ?? info.ref,
      fields: [
        field('bwtype', b.type, type !== undefined ? type.meaning : 'a bandwidth type sdpkit does not know; RFC 8866 §5.8 says to ignore unknown types'),
        field('bandwidth', String(b.bandwidth), type !== undefined ? `${b.bandwidth} ${type.unit}` : 'in the unit of the type'),
      ],
    });
  },
  t(t, _line, info) {
    const permanent = /^0+$/.test(t.start) && /^0+$/.test(t.stop);
    return explained({
      label: info.label,
      summary: permanent ? 'Unbounded session: t=0 0 means it has no start or end time.' : /^0+$/.test(t.stop) ? 'The session starts at a set time and has no end.' : 'The session runs between two set times.',
      details: info.details,
      ref: info.ref,
      fields: [field('start-time', t.start, ntpWords(t.start)), field('stop-time', t.stop, ntpWords(t.stop))],
    });
  },
  r(r, _line, info) {
    return explained({
      label: info.label,
      summary: `Repeats every ${r.interval} for ${r.duration}.`,
      details: info.details,
      ref: info.ref,
      fields: fieldsFrom(info, [r.interval, r.duration, r.offsets.join(' ')]),
    });
  },
  z(z, _line, info) {
    return explained({
      label: info.label,
      summary: `${plural(z.adjustments.length, 'time zone adjustment')}.`,
      details: info.details,
      ref: info.ref,
      fields: z.adjustments.map((a) => field('adjustment', `${a.time} ${a.offset}`, `from ${ntpWords(a.time)}, shift times by ${a.offset}`)),
    });
  },
  k(k, _line, info) {
    const fields = [field('method', k.method, ['prompt', 'clear', 'base64', 'uri'].includes(k.method) ? info.fields[0]?.meaning ?? '' : 'a key method sdpkit does not know')];
    if (k.key !== undefined) fields.push(field('key', k.key, info.fields[1]?.meaning ?? ''));
    return explained({ label: info.label, summary: info.summary, details: info.details, ref: info.ref, fields });
  },
  m(m, _line, info, ctx, section) {
    const proto = protocolInfo(m.protocol);
    const kind = lookup(mediaKinds, m.kind);
    const port = lookup(specialPorts, String(m.port));
    const fields: ExplanationField[] = [
      field('media', m.kind, kind ?? 'a media kind sdpkit does not know'),
      field('port', m.portCount !== undefined ? `${m.port}/${m.portCount}` : String(m.port), port?.meaning ?? (section !== undefined && section.media.candidates.length > 0 ? 'the port of the default candidate; ICE chooses the path' : 'the transport port')),
      field('proto', m.protocol, proto?.description ?? 'a transport protocol sdpkit does not know'),
    ];
    const named: string[] = [];
    for (const f of m.formats) {
      if (proto?.rtp === false || proto === undefined) {
        fields.push(field('fmt', f, f === 'webrtc-datachannel' ? 'WebRTC data channels (RFC 8841 §4.1)' : 'a format of this protocol'));
        continue;
      }
      const codec = codecOf(section, f);
      const words = codec === undefined ? 'no a=rtpmap names it in this section' : `${codec.name}/${codec.clockRate}${codec.channels !== undefined ? `/${codec.channels}` : ''}${codec.static ? ' (static payload type, RFC 3551 §6)' : ''}`;
      if (codec !== undefined) named.push(codec.name);
      fields.push(field('fmt', f, words));
    }
    const bundle = section === undefined ? undefined : bundleWords(ctx, section);
    const rejected = m.port === 0 && section !== undefined && !section.media.bundleOnly;
    const what =
      proto?.rtp === true
        ? `${plural(m.formats.length, 'RTP payload type')} (${listWords([...new Set(named)].slice(0, 6))}${new Set(named).size > 6 ? ', …' : ''})`
        : m.formats.join(' ');
    return explained({
      label: section === undefined ? `${info.label}: ${m.kind}` : `${info.label} ${section.index + 1}: ${m.kind}`,
      summary: `${section !== undefined ? `Starts ${sectionName(section)}` : 'Starts an m-section'}: ${kind ?? m.kind} over ${m.protocol}, ${what}${rejected ? '; port 0: rejected or disabled' : ''}.`,
      details: paragraph(info.details, proto?.webrtc, port !== undefined ? `${capitalize(port.meaning)} (${port.ref})` : undefined, bundle),
      ref: info.ref,
      fields,
    });
  },
};

/** Which BUNDLE group the section is in, in words. */
function bundleWords(ctx: ExplainContext, section: SectionContext): string | undefined {
  const mid = section.media.mid;
  if (mid === undefined) return undefined;
  for (const g of ctx.document.session.groups) {
    if (g.semantics !== 'BUNDLE' || !g.mids.includes(mid)) continue;
    return g.mids[0] === mid
      ? `It is the first section of the BUNDLE group (${g.mids.join(' ')}): its transport carries every section of the group (RFC 9143)`
      : `It is in the BUNDLE group (${g.mids.join(' ')}) and shares the transport of mid ${g.mids[0] ?? ''} (RFC 9143)`;
  }
  return undefined;
}

/** Explains a v o s i u e p c b t r z k or m line; other letters are unknown line types. */
export function explainLineType(line: SdpLine, ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const info = lineTypeInfo(line.type);
  const family = lineFamily(line.type);
  if (info === undefined || family === undefined) return explainUnknownLineType(line);
  const value = line.value as LineValues[keyof LineValues] | undefined;
  const textLike = line.type === 's' || line.type === 'i' || line.type === 'u' || line.type === 'e' || line.type === 'p';
  if (value === undefined && !textLike) {
    return explainUnreadable({
      label: info.label,
      what: `${line.type}= line (${family.what})`,
      syntax: info.fields.map((f) => `<${f.name}>`).join(' '),
      raw: line.raw ?? '',
      problems: valueProblems(family, line.raw ?? ''),
      ref: info.ref,
      about: info.summary,
    });
  }
  const explainer = explainers[line.type as keyof LineValues] as LineExplainer<keyof LineValues>;
  return explainer((value ?? line.raw ?? '') as LineValues[keyof LineValues], line, info, ctx, section);
}

