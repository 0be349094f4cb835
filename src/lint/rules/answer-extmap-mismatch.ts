import { effectiveAttrs, isRejected, sectionPairs } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp } from '../examples.js';
import { fieldSpan } from '../span.js';
import { defineRule } from '../rule.js';
import { EXTMAP_OFFER_ONLY_MIN, type Extmap } from '../../parser/model/attributes/extmap.js';

/** RFC 8285 §6: offer ids 4096–4351 let the answerer choose; below that the answer keeps the offered id. */
const ANSWERER_CHOOSES = EXTMAP_OFFER_ONLY_MIN;

export const rule = defineRule({
  id: 'answer-extmap-mismatch',
  severity: 'warning',
  scope: 'pair',
  docs: {
    summary: 'An answer a=extmap whose URI the offer section did not offer, or whose id differs from the offered one.',
    rationale:
      'The answerer accepts a subset of the offered header extensions and keeps their ids, unless the offer used an id from 4096 to 4351 ' +
      'to let it choose (RFC 8285 §6). An extension that was not offered, or a changed id, makes the two sides read extension elements ' +
      'differently. Firefox refuses such an answer ("Answer has extmap … that was not present in offer", "Answer changed id for extmap ' +
      'attribute"); Chrome uses the answer\'s ids as they are.',
    ref: 'RFC 8285 §6',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT, 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT, 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:5 urn:ietf:params:rtp-hdrext:sdes:mid')}
      `,
    },
    good: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT, 'a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level', 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', ANSWER_TRANSPORT, 'a=extmap:4 urn:ietf:params:rtp-hdrext:sdes:mid')}
      `,
    },
  },
  check({ offer, answer, report }) {
    for (const { index: i, offer: o, answer: a } of sectionPairs(offer, answer)) {
      if (isRejected(o) || isRejected(a)) continue;
      // uri → the offer's extmaps for it, in order.
      const offered = new Map<string, Extmap[]>();
      for (const { value } of effectiveAttrs(offer, o, 'extmap')) {
        const list = offered.get(value.uri);
        if (list === undefined) offered.set(value.uri, [value]);
        else list.push(value);
      }
      for (const { line, value } of effectiveAttrs(answer, a, 'extmap')) {
        const match = offered.get(value.uri) ?? [];
        if (match.length === 0) {
          report({ line, ...fieldSpan(line, 1), case: 'uri-not-offered', message: `answer m-section ${i + 1} uses header extension ${value.uri}, which the offer's section ${i + 1} did not offer` });
        } else if (!match.some((e) => e.id === value.id || e.id >= ANSWERER_CHOOSES)) {
          report({ line, ...fieldSpan(line, 0), case: 'id-changed', message: `answer m-section ${i + 1} maps ${value.uri} to id ${value.id}, but the offer used id ${match[0]!.id}` });
        }
      }
    }
  },
});
