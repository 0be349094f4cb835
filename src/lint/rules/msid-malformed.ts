import { attrs, ssrcMsid } from '../helpers.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { tokenSpan, valueSpan } from '../span.js';
import { defineRule } from '../rule.js';
import type { SdpLine } from '../../parser/model/line.js';

/** RFC 8830 §2: msid-id = 1*64token-char, msid-appdata = 1*64token-char (token-char from RFC 8866 §9). */
const TOKEN = /^[!#$%&'*+\-.0-9A-Z^_`a-z{|}~]{1,64}$/;

function problem(id: string): string | undefined {
  if (id.length > 64) return `has ${id.length} characters (at most 64)`;
  if (!TOKEN.test(id)) {
    const bad = /[^!#$%&'*+\-.0-9A-Z^_`a-z{|}~]/.exec(id)?.[0] ?? '';
    return `contains \`${bad}\`, which is not a token character`;
  }
  return undefined;
}

export const rule = defineRule({
  id: 'msid-malformed',
  severity: 'warning',
  scope: 'document',
  docs: {
    summary: 'An a=msid (or a=ssrc … msid:) whose stream or track id is not 1 to 64 token characters, or has extra fields.',
    rationale:
      'msid-id and msid-appdata are each 1 to 64 token-chars (RFC 8830 §2); `/`, `:`, `@` and the like are not allowed. Browsers pass the ' +
      'ids through to MediaStream.id and MediaStreamTrack.id, but other stacks split on such characters or refuse the line, and a third ' +
      'field in an ssrc-level msid makes libwebrtc refuse the description. Firefox\'s `{uuid}` ids are valid.',
    ref: 'RFC 8830 §2',
    bad: sdp`
      ${HEAD}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=msid:room/42 mic@alice
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
      a=msid:{7d5e3c1a-9b2f-4e8d-a6c4-2f1e0d9c8b7a} {1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d}
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    const checkIds = (line: SdpLine, ids: readonly [string, string][]): void => {
      let from = 0; // the track id is searched after the stream id: both may be the same text
      for (const [what, id] of ids) {
        const span = tokenSpan(line, id, from);
        from = span.end;
        const p = problem(id);
        if (p !== undefined) report({ line, ...span, message: `the msid ${what} \`${id}\` ${p}` });
      }
    };
    for (const media of document.media) {
      for (const { line, value } of attrs(media.lines, 'msid')) {
        checkIds(line, value.trackId === undefined ? [['stream id', value.streamId]] : [['stream id', value.streamId], ['track id', value.trackId]]);
      }
      for (const { line, value } of attrs(media.lines, 'ssrc')) {
        if (value.attribute !== 'msid') continue;
        const fields = (value.value ?? '').split(' ').filter((f) => f !== '');
        if (fields.length === 0 || fields.length > 2) {
          report({ line, ...valueSpan(line), message: `a=ssrc:${value.ssrc} msid needs \`<stream id> [<track id>]\`; found ${fields.length} fields` });
          continue;
        }
        const m = ssrcMsid(value.value);
        if (m !== undefined) checkIds(line, m.track === '' ? [['stream id', m.stream]] : [['stream id', m.stream], ['track id', m.track]]);
      }
    }
  },
});
