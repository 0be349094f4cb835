import type { AttributeValues } from '../parser/model/attributes/index.js';
import { codecOf, type ExplainContext, type SectionContext } from './context.js';
import { lookup } from './knowledge/lookup.js';
import { rtcpFbFamilies, rtcpFbInfo } from './knowledge/rtcp-fb.js';
import type { Explained } from './types.js';
import { explained, field, paragraph } from './words.js';

const RTCP_FB_REF = 'RFC 4585 §4.2';

function typeWords(type: string, subtype: string | undefined, description: string | undefined): string {
  const family = lookup(rtcpFbFamilies, type.toLowerCase());
  if (subtype !== undefined && family !== undefined && type.toLowerCase() !== 'trr-int') return `the family of ${family}; the subtype names the message`;
  return description ?? 'a feedback type sdpkit does not know';
}

/** Explains `a=rtcp-fb` knowing the codec of its payload type (or `*`, every codec of the section). */
export function explainRtcpFb(fb: AttributeValues['rtcp-fb'], _ctx: ExplainContext, section: SectionContext | undefined): Explained {
  const codec = fb.payloadType === '*' ? undefined : codecOf(section, fb.payloadType);
  const target = fb.payloadType === '*' ? 'every codec of this section' : codec === undefined ? `payload type ${fb.payloadType} (no a=rtpmap for it here)` : `${codec.name} (payload type ${fb.payloadType})`;
  const short = fb.payloadType === '*' ? 'all codecs' : codec?.name ?? `PT ${fb.payloadType}`;
  const hit = rtcpFbInfo(fb.type, fb.subtype);
  const isTrrInt = fb.type.toLowerCase() === 'trr-int';
  const fields = [
    field('payload type', String(fb.payloadType), fb.payloadType === '*' ? 'every payload type of this m-section' : codec === undefined ? 'no a=rtpmap names it in this section' : `${codec.name}/${codec.clockRate}`),
    field('type', fb.type, typeWords(fb.type, fb.subtype, hit?.info.description)),
  ];
  if (fb.subtype !== undefined) {
    fields.push(
      isTrrInt
        ? field('interval', fb.subtype, `${fb.subtype} ms between regular RTCP reports at least`)
        : field('subtype', fb.subtype, hit?.exact === true ? `${hit.info.name}: ${hit.info.description}` : `a ${fb.type} subtype sdpkit does not know`),
    );
  }
  if (fb.parameters !== undefined) fields.push(field('parameters', fb.parameters, 'parameters of the feedback message, kept as written'));

  if (hit === undefined || !hit.exact) {
    const what = fb.subtype === undefined ? fb.type : `${fb.type} ${fb.subtype}`;
    return explained({
      label: `RTCP feedback: ${what} (${short})`,
      summary: `Unknown RTCP feedback \`${what}\` for ${target}: sdpkit does not know it and keeps it as is.`,
      details: paragraph(
        hit !== undefined ? `\`${fb.type}\` is known (${hit.info.description}), but not with \`${fb.subtype ?? ''}\`` : undefined,
        'A peer that does not know a feedback type leaves it out of its answer; only types present on both sides are used (RFC 4585 §4.2)',
      ),
      ref: RTCP_FB_REF,
      fields,
      unknown: true,
    });
  }
  const info = hit.info;
  return explained({
    label: `RTCP feedback: ${info.name} (${short})`,
    summary: isTrrInt ? `For ${target}: at least ${fb.subtype ?? '?'} ms between regular RTCP reports.` : `For ${target}: ${info.description}.`,
    details: paragraph(
      info.details,
      info.message !== undefined ? `Sent as RTCP ${info.message}` : undefined,
      'In offer/answer, a feedback type is used only if both sides list it for the codec (RFC 4585 §4.2)',
    ),
    ref: info.ref,
    fields,
  });
}
