import { bundleGroups } from '../helpers.js';
import { ANSWER_TRANSPORT, HEAD, OFFER_TRANSPORT, audio, sdp, video } from '../examples.js';
import { fieldSpan, valueSpan } from '../span.js';
import { defineRule } from '../rule.js';

export const rule = defineRule({
  id: 'answer-bundle-not-subset',
  severity: 'error',
  scope: 'pair',
  docs: {
    summary: 'An answer BUNDLE group names a mid that is not in the corresponding offer BUNDLE group (or the offer has none).',
    rationale:
      'The answerer may accept BUNDLE for some of the offered sections and move others out, but "MUST NOT" add a section the offerer did ' +
      'not put in that BUNDLE group (RFC 8843 §7.3). The offerer would otherwise have to receive a section on a transport it never ' +
      'offered for it. Chrome refuses all of these; Firefox refuses a mid no offered section has ("No transceiver for bundled mid").',
    ref: 'RFC 8843 §7.3',
    bad: {
      offer: sdp`
        ${HEAD}
        a=group:BUNDLE 0
        ${audio('0', OFFER_TRANSPORT)}
        ${video('1', OFFER_TRANSPORT)}
      `,
      answer: sdp`
        ${HEAD}
        a=group:BUNDLE 0 1
        ${audio('0', ANSWER_TRANSPORT)}
        ${video('1')}
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
        a=group:BUNDLE 0 1
        ${audio('0', ANSWER_TRANSPORT)}
        ${video('1')}
      `,
    },
  },
  check({ offer, answer, report }) {
    const offered = bundleGroups(offer).map((g) => new Set(g.value.mids));
    for (const { line, value } of bundleGroups(answer)) {
      if (value.mids.length === 0) continue;
      if (offered.length === 0) {
        report({ line, ...valueSpan(line), case: 'no-offer-group', message: 'the answer has a BUNDLE group but the offer has none: only offered BUNDLE groups can be accepted' });
        continue;
      }
      // The offer group the answer group corresponds to: the one sharing the most mids.
      const best = offered.reduce((a, b) => (value.mids.filter((m) => b.has(m)).length > value.mids.filter((m) => a.has(m)).length ? b : a));
      value.mids.forEach((mid, i) => {
        if (best.has(mid)) return;
        if (!offer.media.some((m) => m.mid === mid)) {
          report({ line, ...fieldSpan(line, i + 1), case: 'mid-unknown', message: `the answer BUNDLE group adds mid \`${mid}\`, which no offered m-section has` });
          return;
        }
        report({ line, ...fieldSpan(line, i + 1), case: 'mid-added', message: `the answer BUNDLE group adds mid \`${mid}\`, which the offer did not put in that BUNDLE group` });
      });
    }
  },
});
