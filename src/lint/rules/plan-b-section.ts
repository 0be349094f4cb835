import { attrs, describeMedia, isRtpMedia, ssrcMsid } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { tokenSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'plan-b-section',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An audio or video section that carries several tracks (Plan B): several track ids, several SIM groups, or several FID groups outside one SIM group.',
    rationale:
      'JSEP (RFC 8829 §5.2.1, "Unified Plan") sends one track per m-section; Plan B put all tracks of a kind in one section with a=ssrc ' +
      'msid lines and one SIM/FID group per track. Chrome removed Plan B and refuses such a description ("Media section has more than one ' +
      'track specified with a=ssrc lines which is not supported with Unified Plan", or "Two different track IDs in msid attribute in one ' +
      'm= section"); Firefox never supported it and plays only one of the tracks. One SIM group with one FID group per layer is a single ' +
      'simulcast track and is fine.',
    ref: 'RFC 8829 §5.2.1',
    bad: sdp`
      ${HEAD}
      a=msid-semantic: WMS stream1
      m=video 9 UDP/TLS/RTP/SAVPF 96 97
      c=IN IP4 0.0.0.0
      a=mid:video
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 1001 1002
      a=ssrc:1001 msid:stream1 camera
      a=ssrc:1002 msid:stream1 camera
      a=ssrc-group:FID 2001 2002
      a=ssrc:2001 msid:stream1 screen
      a=ssrc:2002 msid:stream1 screen
    `,
    good: sdp`
      ${HEAD}
      a=msid-semantic: WMS stream1
      m=video 9 UDP/TLS/RTP/SAVPF 96 97
      c=IN IP4 0.0.0.0
      a=mid:video
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:96 VP8/90000
      a=rtpmap:97 rtx/90000
      a=fmtp:97 apt=96
      a=ssrc-group:FID 1001 1002
      a=ssrc:1001 msid:stream1 camera
      a=ssrc:1002 msid:stream1 camera
    `,
  },
  check({ document, report }) {
    for (const media of document.media) {
      if (!isRtpMedia(media) || (media.kind !== 'audio' && media.kind !== 'video')) continue;
      const where = describeMedia(media);
      // Track ids the way libwebrtc counts them: media-level a=msid wins; else the ssrc-level msid track ids ('' when absent).
      const msids = attrs(media.lines, 'msid');
      if (msids.length > 0) {
        const first = msids[0]!.value.trackId ?? '';
        const other = msids.find((m) => (m.value.trackId ?? '') !== first);
        if (other !== undefined) {
          report({ case: 'msid-tracks', line: other.line, ...tokenSpan(other.line, other.value.trackId ?? other.value.streamId), message: `${where} names two tracks in a=msid (\`${first}\` and \`${other.value.trackId ?? ''}\`): one m-section carries one track` });
          continue;
        }
      } else {
        const tracks = new Map<string, number>();
        for (const { line, value } of attrs(media.lines, 'ssrc')) {
          const track = value.attribute === 'msid' ? (ssrcMsid(value.value)?.track ?? '') : undefined;
          if (track === undefined) continue;
          if (!tracks.has(track)) tracks.set(track, value.ssrc);
          if (tracks.size > 1) {
            report({ case: 'ssrc-tracks', line, ...tokenSpan(line, track === '' ? String(value.ssrc) : track), message: `${where} carries ${tracks.size} tracks in its a=ssrc msid lines (${[...tracks.keys()].map((t) => `\`${t}\``).join(', ')}): Plan B, refused by Chrome` });
            break;
          }
        }
        if (tracks.size > 1) continue;
      }
      // libwebrtc puts every SSRC of a section in one track (pc/webrtc_sdp.cc CreateTracksFromSsrcInfos), and an
      // audio receive stream takes exactly one (media/engine/webrtc_voice_engine.cc ValidateStreamParams).
      if (media.kind === 'audio') {
        const ssrcs = [...new Set(media.ssrcs.map((s) => s.ssrc))];
        const second = ssrcs.length > 1 ? attrs(media.lines, 'ssrc').find((a) => a.value.ssrc === ssrcs[1]) : undefined;
        if (second !== undefined) {
          report({ case: 'audio-ssrcs', line: second.line, ...tokenSpan(second.line, String(second.value.ssrc)), message: `${where} describes ${ssrcs.length} SSRCs in its a=ssrc lines: an audio track has one, Chrome refuses the others` });
          continue;
        }
      }
      const groups = attrs(media.lines, 'ssrc-group');
      const sims = groups.filter((g) => g.value.semantics.toUpperCase() === 'SIM');
      const fids = groups.filter((g) => g.value.semantics.toUpperCase() === 'FID');
      if (sims.length > 1) {
        report({ case: 'sim-groups', line: sims[1]!.line, message: `${where} has ${sims.length} SIM groups, one per simulcast track: Plan B` });
        continue;
      }
      const sim = new Set(sims[0]?.value.ssrcs ?? []);
      const outside = fids.filter((f) => !sim.has(f.value.ssrcs[0] ?? -1));
      // RID simulcast (a=simulcast, as Firefox offers it) has one FID group per encoding of the one track: not Plan B.
      const ridSimulcast = attrs(media.lines, 'simulcast').length > 0;
      if (fids.length > 1 && outside.length > 0 && !ridSimulcast) {
        report({ case: 'fid-groups', line: (outside[1] ?? outside[0])!.line, message: `${where} has ${fids.length} FID groups that no single SIM group ties together, one per track: Plan B` });
      }
    }
  },
});
