import { bundleGroups, isRejected } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp, video } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-bundle-rejected-mid',
  severity: 'warning',
  scope: 'pair',
  docs: {
    summary: 'An answer BUNDLE group names the mid of a section the answer rejects (port 0).',
    rationale:
      'An answerer that rejects a bundled section takes its mid out of the BUNDLE group (RFC 8843 §7.3.3); a group whose first mid is ' +
      'rejected leaves the bundle without the section whose transport it uses. Firefox refuses an answer whose BUNDLE group starts with ' +
      'a rejected section ("mid specified for bundle transport in group attribute points at a disabled m-section"); Chrome takes it.',
    ref: 'RFC 8843 §7.3.3',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        ${audio('0', OFFER_TRANSPORT)}
        ${video('1', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        m=audio 0 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        ${video('1', ANSWER_TRANSPORT)}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        ${audio('0', OFFER_TRANSPORT)}
        ${video('1', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 1
        m=audio 0 UDP/TLS/RTP/SAVPF 111
        c=IN IP4 0.0.0.0
        a=mid:0
        ${ANSWER_TRANSPORT}
        a=rtcp-mux
        a=rtpmap:111 opus/48000/2
        ${video('1', ANSWER_TRANSPORT)}
      `,
    },
  },
  check({ answer, report }) {
    for (const { line, value } of bundleGroups(answer)) {
      value.mids.forEach((mid, i) => {
        const media = answer.media.find((m) => m.mid === mid);
        if (media === undefined || !isRejected(media)) return;
        // The first mid decides the transport of the whole group (Firefox checks only that one).
        report({ line, ...fieldSpan(line, i + 1), case: i === 0 ? 'tag' : 'other', message: `the answer BUNDLE group names mid \`${mid}\`, whose section the answer rejects (port 0)${i === 0 ? ': the group has no transport to use' : ''}` });
      });
    }
  },
});
