import { attrLines, bundleGroupOf, describeMedia, mLine, ownsTransport, usesIce } from '../helpers.js';
import type { SdpDocument } from '../../parser/model/document.js';
import type { Media } from '../../parser/model/media.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'ice-credentials-missing',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A section that carries its own transport has no a=ice-ufrag or no a=ice-pwd (at media or session level).',
    rationale:
      'ICE connectivity checks are authenticated with the peer\'s username fragment and password (RFC 8839 §5.4: both MUST be present). ' +
      'Chrome refuses such a description ("Called with SDP without ice-ufrag and ice-pwd"), and so does Firefox. Sections bundled behind the BUNDLE-tag ' +
      'section of an answer, bundle-only sections and rejected sections are exempt.',
    ref: 'RFC 8839 §5.4',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, type, report }) {
    for (const media of document.media) {
      if (!ownsTransport(document, media, type)) continue;
      const missing: string[] = [];
      // A line whose value did not parse is there all the same: its characters are ice-credentials-chars' finding.
      const written = (name: string) => attrLines(media.lines, name).length > 0 || attrLines(document.session.lines, name).length > 0;
      if (media.ice.ufrag === undefined && !written('ice-ufrag')) missing.push('a=ice-ufrag');
      if (media.ice.pwd === undefined && !written('ice-pwd')) missing.push('a=ice-pwd');
      if (missing.length === 0) continue;
      const ice = usesIce(document, media);
      report({
        case: ice ? caseOf(document, media, missing.length) : 'no-ice',
        // A plain RTP section of a SIP description without any ICE line is fine by the RFCs; browsers still refuse it.
        ...(ice ? {} : { severity: 'info' as const }),
        line: mLine(media),
        message: ice
          ? `${describeMedia(media)} has no ${missing.join(' and no ')}, at media or session level: ICE cannot authenticate its checks`
          : `${describeMedia(media)} has no ICE credentials: browsers run every section over ICE and refuse it`,
        hint: 'Add the ICE credentials of the agent (RFC 8839 §5.4), once at session level or in every section that owns a transport.',
      });
    }
  },
});

/**
 * A section bundled behind another one's tag still carries its own
 * transport in an offer (the answerer may refuse BUNDLE): Firefox checks it
 * like any other, libwebrtc only when it sets up that section's transport.
 */
function caseOf(document: SdpDocument, media: Media, missing: number): string {
  const group = bundleGroupOf(document, media.mid);
  if (group === undefined || group.mids[0] === media.mid) return 'default';
  return missing === 2 ? 'offer-bundled-both' : 'offer-bundled';
}
