import type { AttributeValues } from '../parser/model/attributes/index.js';
import type { SdpLine } from '../parser/model/line.js';
import { codecOf, inSimulcast, sectionName, ssrcGroupsOf, type ExplainContext, type SectionContext } from './context.js';
import { attributes, msidSemantics, ridRestrictions, ssrcAttributes, ssrcGroupSemantics } from './knowledge/attributes.js';
import { lookup } from './knowledge/lookup.js';
import type { Explained, ExplanationField } from './types.js';
import { explained, field, listWords, paragraph, plural } from './words.js';

/*
 * Stream attributes: msid and msid-semantic (MediaStreams and tracks),
 * ssrc and ssrc-group (RTP sources), rid and simulcast (RTP stream ids),
 * imageattr.
 */

function ref(name: string): string {
  return attributes[name]?.ref ?? '';
}

function streamWords(id: string): string {
  return id === '-' ? '`-`: the track belongs to no MediaStream (RFC 8829 §5.2.1)' : 'the MediaStream id (stream.id on the receiving side)';
}

export const streamExplainers = {
  msid(m: AttributeValues['msid'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const fields: ExplanationField[] = [field('stream id', m.streamId, streamWords(m.streamId))];
    if (m.trackId !== undefined) fields.push(field('track id', m.trackId, 'the track id (msid-appdata); the WebRTC API no longer uses it for track.id, browsers generate their own'));
    const noStream = m.streamId === '-';
    return explained({
      label: noStream ? 'Media stream id: no stream' : `Media stream id: ${m.streamId}`,
      summary: noStream
        ? `The track${section !== undefined ? ` of ${sectionName(section)}` : ''} belongs to no MediaStream.`
        : `The track${section !== undefined ? ` of ${sectionName(section)}` : ''} belongs to MediaStream ${m.streamId}.`,
      details: paragraph(
        'On the receiving side, ontrack fires with event.streams built from these ids: tracks with the same stream id end up in one MediaStream (RFC 8830 §2)',
        'A section may carry several a=msid lines, one per stream (addTrack(track, stream1, stream2))',
      ),
      ref: ref('msid'),
      fields,
    });
  },

  'msid-semantic'(m: AttributeValues['msid-semantic']): Explained {
    const info = lookup(msidSemantics, m.semantic);
    const fields: ExplanationField[] = [field('semantic', m.semantic, info === undefined ? 'a semantic sdpkit does not know' : info.meaning)];
    for (const id of m.identifiers) fields.push(field('stream id', id, id === '*' ? '`*`: any stream (Firefox writes it instead of listing them)' : 'a MediaStream id in use'));
    return explained({
      label: `MSID semantics: ${[m.semantic, ...m.identifiers].join(' ')}`,
      summary: `Declares msid semantics ${m.semantic}${m.identifiers.length > 0 ? ` with ${plural(m.identifiers.length, 'stream id')}` : ''}.`,
      details: attributes['msid-semantic']?.details ?? '',
      ref: ref('msid-semantic'),
      fields,
      unknown: info === undefined,
    });
  },

  ssrc(s: AttributeValues['ssrc'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const info = s.attribute === undefined ? undefined : lookup(ssrcAttributes, s.attribute);
    const fields: ExplanationField[] = [field('ssrc', String(s.ssrc), 'the synchronization source id of one RTP stream')];
    if (s.attribute !== undefined) fields.push(field('attribute', s.attribute, info === undefined ? 'a source attribute sdpkit does not know' : info.meaning));
    if (s.value !== undefined) {
      if (s.attribute === 'msid') {
        const [stream, track] = s.value.split(' ');
        fields.push(field('value', s.value, `stream ${stream ?? ''}${track !== undefined ? `, track ${track}` : ''}`));
      } else fields.push(field('value', s.value, s.attribute === 'cname' ? 'the CNAME' : 'the attribute value'));
    }
    const groups = section === undefined ? [] : ssrcGroupsOf(section, s.ssrc);
    const role = groups
      .map(({ group: g, index: i }) => {
        const sem = lookup(ssrcGroupSemantics, g.semantics);
        const r = sem?.roles?.[Math.min(i, sem.roles.length - 1)];
        return r !== undefined ? `${r} of ${g.semantics} group` : g.semantics === 'SIM' ? `simulcast layer ${i} of the SIM group` : `member of ${g.semantics} group`;
      })
      .join(', ');
    const what = s.attribute === undefined ? 'with no attribute' : `${s.attribute}${s.value !== undefined ? ` ${s.value}` : ''}`;
    return explained({
      label: `SSRC ${s.ssrc}${s.attribute !== undefined ? `: ${s.attribute}` : ''}`,
      summary: `RTP source ${s.ssrc}${role !== '' ? ` (${role})` : ''}: ${what}.`,
      details: paragraph(
        s.attribute === undefined ? 'RFC 5576 §4.1 requires an attribute after the SSRC' : undefined,
        info !== undefined ? `${s.attribute ?? ''}: ${info.meaning} (${info.ref})` : s.attribute !== undefined ? `\`${s.attribute}\` is not a source attribute sdpkit knows; kept as is` : undefined,
        'Signalled SSRCs let a receiver map incoming streams to this section before any header extension is seen; with the mid/rid header extensions they are optional (unified plan)',
      ),
      ref: info?.ref ?? ref('ssrc'),
      fields,
      unknown: s.attribute !== undefined && info === undefined,
    });
  },

  'ssrc-group'(g: AttributeValues['ssrc-group']): Explained {
    const info = lookup(ssrcGroupSemantics, g.semantics);
    const fields: ExplanationField[] = [field('semantics', g.semantics, info === undefined ? 'a grouping semantics sdpkit does not know' : info.meaning)];
    g.ssrcs.forEach((ssrc, i) => {
      const role = info?.roles?.[Math.min(i, info.roles.length - 1)] ?? (g.semantics === 'SIM' ? `layer ${i}${i === 0 ? ' (lowest)' : i === g.ssrcs.length - 1 ? ' (highest)' : ''}` : `member ${i + 1}`);
      fields.push(field('ssrc', String(ssrc), role));
    });
    return explained({
      label: `SSRC group ${g.semantics}: ${g.ssrcs.join(' ')}`,
      summary:
        info === undefined
          ? `Groups ${plural(g.ssrcs.length, 'SSRC')} with semantics ${g.semantics}, which sdpkit does not know.`
          : g.semantics === 'FID' && g.ssrcs.length === 2
            ? `SSRC ${g.ssrcs[1]} carries the retransmissions (rtx) of SSRC ${g.ssrcs[0]}.`
            : `${g.semantics}: ${info.meaning}.`,
      details: paragraph(info?.details, info === undefined ? 'A receiver ignores grouping semantics it does not know' : undefined),
      ref: info?.ref ?? ref('ssrc-group'),
      fields,
      unknown: info === undefined,
    });
  },

  rid(r: AttributeValues['rid'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const fields: ExplanationField[] = [
      field('rid-id', r.id, 'the RTP stream id, also sent in the rtp-stream-id header extension'),
      field('direction', r.direction, r.direction === 'send' ? 'a stream this side sends' : 'a stream this side receives'),
    ];
    if (r.payloadTypes !== undefined) {
      fields.push(field('pt', r.payloadTypes.join(','), `only these payload types: ${r.payloadTypes.map((pt) => `${pt} (${codecOf(section, pt)?.name ?? 'no rtpmap'})`).join(', ')}`));
    }
    const restrictions: string[] = [];
    for (const p of r.restrictions) {
      const info = lookup(ridRestrictions, p.key);
      fields.push(field(p.key, p.value ?? '', info === undefined ? 'a restriction sdpkit does not know' : info.meaning));
      restrictions.push(p.value === undefined ? p.key : `${p.key} ${p.value}`);
    }
    const simulcast = section !== undefined && inSimulcast(section, r.id);
    return explained({
      label: `RTP stream id: ${r.id} (${r.direction})`,
      summary: `Stream \`${r.id}\` is ${r.direction === 'send' ? 'sent' : 'received'} by this side${restrictions.length > 0 ? `, restricted to ${restrictions.join(', ')}` : ''}.`,
      details: paragraph(
        simulcast ? 'It is one of the simulcast streams of a=simulcast in this section' : section?.media.simulcast !== undefined ? 'It is not listed in this section\'s a=simulcast' : undefined,
        'Browsers use rids for simulcast: one rid per encoding of sendEncodings, each stream identified in RTP by the rtp-stream-id header extension (RFC 8851 §4)',
      ),
      ref: ref('rid'),
      fields,
    });
  },

  simulcast(s: AttributeValues['simulcast'], line: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const fields: ExplanationField[] = [];
    const words: string[] = [];
    const rids = new Set(section?.media.rids.map((r) => r.id) ?? []);
    const missing: string[] = [];
    for (const d of s.directions) {
      const streams = d.streams.map((alt) => alt.map((id) => `${id.rid}${id.paused ? ' (paused)' : ''}`).join(' or '));
      words.push(`${d.direction === 'send' ? 'sends' : 'receives'} ${plural(d.streams.length, 'stream')} (${streams.join(', ')})`);
      d.streams.forEach((alt, i) => {
        for (const id of alt) if (section !== undefined && !rids.has(id.rid)) missing.push(id.rid);
        fields.push(field(`${d.direction} stream ${i + 1}`, alt.map((id) => `${id.paused ? '~' : ''}${id.rid}`).join(','), `${alt.length > 1 ? `alternatives ${listWords(alt.map((id) => id.rid))}` : `rid ${alt[0]?.rid ?? ''}`}${alt.some((id) => id.paused) ? '; `~` marks a paused stream' : ''}`));
      });
    }
    return explained({
      label: `Simulcast: ${s.directions.map((d) => `${d.direction} ${d.streams.length}`).join(', ')}`,
      summary: `This side ${listWords(words)}.`,
      details: paragraph(
        /(^|\s)rid=/.test(line.raw ?? '') ? 'Written in the old draft syntax (`rid=`, `paused=`); RFC 8853 lists the rids directly and marks paused ones with `~`' : undefined,
        missing.length > 0 ? `No a=rid line in this section defines ${[...new Set(missing)].join(', ')}; every rid used here needs one (RFC 8853 §5.1)` : undefined,
        'Streams are separated by `;`, alternatives for one stream by `,`; the order is the sender\'s preference, not a resolution order (RFC 8853 §5.1)',
      ),
      ref: ref('simulcast'),
      fields,
    });
  },

  imageattr(i: AttributeValues['imageattr'], _l: SdpLine, _ctx: ExplainContext, section: SectionContext | undefined): Explained {
    const codec = i.payloadType === '*' ? undefined : codecOf(section, i.payloadType);
    return explained({
      label: `Image attributes (${i.payloadType === '*' ? 'all codecs' : codec?.name ?? `PT ${i.payloadType}`})`,
      summary: `Picture sizes for ${i.payloadType === '*' ? 'every payload type' : `payload type ${i.payloadType}`}: ${i.sets}.`,
      details: 'Each `[x=…,y=…]` set is a resolution (or range) with optional sample aspect ratio and preference; `send` sets say what this side can send, `recv` what it wants (RFC 6236 §3.1).',
      ref: ref('imageattr'),
      fields: [field('payload type', String(i.payloadType), i.payloadType === '*' ? 'every payload type' : codec?.name ?? 'no rtpmap for it'), field('sets', i.sets, 'send/recv resolution sets, kept as written')],
    });
  },
};
