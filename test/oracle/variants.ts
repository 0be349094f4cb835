import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../src/lint/registry.js';
import type { AnswerVariant, OfferVariant, Template, Variant } from './variant.js';
import { offerEdits, syntaxEdits, benignEdits, type NamedEdit } from './offer-edits.js';
import { answerEdits } from './answer-edits.js';
import { append, chain, insertAfter, remove, rewriteAddresses, sub } from './sdp-edits.js';

/*
 * The SDP variants the browser oracle applies to real browsers (see
 * variant.ts): real offers (a Chromium offer, a Firefox offer, a Firefox
 * simulcast offer) with one edit each, the lint rules' docs examples, the
 * shared corpus as it is, and transforms of each engine's own answer.
 * Everything is deterministic and every base goes through rewriteAddresses
 * first, so a browser that accepts a text can only reach loopback.
 *
 * List them: npx tsx test/oracle/variants.ts --list [--text]
 */

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string): string => readFileSync(here(p), 'utf8');

/** The Firefox offer of the about:webrtc report fixture (audio and video, Firefox 126). */
function firefoxFixtureOffer(): string {
  const report = JSON.parse(read('../fixtures/about-webrtc-report.json')) as { sdpHistory: { isLocal: boolean; sdp: string }[] };
  const offer = report.sdpHistory.find((h) => h.isLocal && h.sdp.includes('a=setup:actpass'));
  if (offer === undefined) throw new Error('no Firefox offer in test/fixtures/about-webrtc-report.json');
  return offer.sdp;
}

/** The data channel section as Firefox writes it (the shape of examples/firefox-answer.sdp's, offering side). */
const FIREFOX_DATA = [
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'c=IN IP4 0.0.0.0',
  'a=sendrecv',
  'a=ice-pwd:6b9f0a1e2d3c4b5a69788f7e6d5c4b3a',
  'a=ice-ufrag:c3a1f0e2',
  'a=mid:2',
  'a=setup:actpass',
  'a=sctp-port:5000',
  'a=max-message-size:1073741823',
];

/**
 * Firefox's offer with a data channel: the fixture's audio and video
 * sections plus a data section, all three in the BUNDLE group.
 */
function firefoxOffer(): string {
  return chain(sub('session', /^a=group:BUNDLE 0 1$/, 'a=group:BUNDLE 0 1 2'), append(1, FIREFOX_DATA))(firefoxFixtureOffer());
}

/**
 * Firefox's offer when the video sender has three encodings (rids a, b, c):
 * the rtp-stream-id extensions, one a=rid per encoding, a=simulcast, and
 * an RTX pair (one ssrc-group FID) per encoding, the way Firefox lays them out.
 */
function firefoxSimulcastOffer(): string {
  const ssrcs: [number, number][] = [
    [2917554873, 1043817790],
    [3344556677, 1122334455],
    [4011223344, 2233445566],
  ];
  const cname = 'a=ssrc:%s cname:{0f9e8d7c-6b5a-4948-8372-6150e4d3c2b1}';
  return chain(
    insertAfter(1, /^a=extmap:5 /, ['a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id', 'a=extmap:11 urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id']),
    insertAfter(1, /^a=msid:/, ['a=rid:a send', 'a=rid:b send', 'a=rid:c send']),
    insertAfter(1, /^a=setup:/, ['a=simulcast:send a;b;c']),
    remove(1, /^a=ssrc(-group)?:/),
    append(1, [
      ...ssrcs.flatMap(([p, r]) => [cname.replace('%s', String(p)), cname.replace('%s', String(r))]),
      ...ssrcs.map(([p, r]) => `a=ssrc-group:FID ${p} ${r}`),
    ]),
  )(firefoxOffer());
}

/** The real offers every edit is tried on, addresses rewritten to loopback. */
export function bases(): Record<string, string> {
  return {
    'chrome-offer': rewriteAddresses(read('../../examples/chrome-offer.sdp')),
    'firefox-offer': rewriteAddresses(firefoxOffer()),
    'firefox-simulcast-offer': rewriteAddresses(firefoxSimulcastOffer()),
  };
}

const corpusDir = here('../../../shared/corpus');

/** ../shared/corpus/<dir>/<file>.sdp, sorted; empty when the corpus is not beside the repository. */
function corpus(): { name: string; text: string }[] {
  let dirs: string[];
  try {
    dirs = readdirSync(corpusDir).sort();
  } catch {
    return [];
  }
  return dirs
    .filter((d) => statSync(join(corpusDir, d)).isDirectory())
    .flatMap((d) =>
      readdirSync(join(corpusDir, d))
        .filter((f) => f.endsWith('.sdp'))
        .sort()
        .map((f) => ({ name: `${d}/${f.slice(0, -'.sdp'.length)}`, text: readFileSync(join(corpusDir, d, f), 'utf8') })),
    );
}

/**
 * Edits tried on the simulcast offer as well: the ones about the video
 * section's encodings (rids, simulcast, ssrc groups, RTX, header
 * extensions, payload types). The others would repeat the Firefox offer's
 * variants line for line.
 */
const SIMULCAST_TOO = new Set([
  'simulcast-without-rids', 'simulcast-rid-undeclared', 'simulcast-recv-direction', 'simulcast-paused', 'simulcast-alternatives',
  'simulcast-no-rid-extension', 'simulcast-malformed', 'rid-pt-unlisted', 'rid-pt-listed', 'rid-duplicate', 'rid-bad-direction',
  'rid-too-long', 'rid-without-simulcast', 'rid-max-width', 'ssrc-group-fid-1', 'ssrc-group-fid-3', 'ssrc-group-fid-unknown',
  'ssrc-group-sim-1', 'ssrc-group-sim-4', 'ssrc-group-fec-fr', 'rtx-apt-unknown', 'rtx-apt-removed', 'rtpmap-removed-first-video',
  'pt-video-77', 'rtcp-fb-unlisted', 'bundle-extmap-uri-ids-differ', 'bundle-extmap-id-conflict', 'extmap-allow-mixed-id-15',
  'mid-duplicate', 'mid-removed-video', 'bundle-only-port-0', 'bundle-only-outside-bundle', 'msid-two-in-audio', 'ssrc-second-track',
  // benign
  'ssrc-lines-removed', 'rtx-removed', 'rtcp-fb-removed', 'direction-sendonly', 'direction-recvonly', 'reject-video',
  'attributes-sorted-video', 'codec-unknown-added', 'extmap-allow-mixed-added', 'msid-removed',
]);

/** An edit applied to one base; an edit that changes nothing on a base it claims to apply to is a bug in the table. */
function applied(source: string, baseName: string, base: string, e: NamedEdit): OfferVariant[] {
  if (e.when !== undefined && !e.when(base)) return [];
  if (e.bases !== undefined && !e.bases.includes(baseName)) return [];
  const sdp = e.edit(base);
  if (sdp === base) throw new Error(`edit ${e.name} changes nothing on ${baseName}`);
  return [{ role: 'offer', id: `${source}/${baseName}/${e.name}`, description: e.description, aims: e.aims, sdp }];
}

/** Every variant, in a fixed order: bases, defects, syntax, benign edits, docs examples, corpus, answers. */
export function variants(): Variant[] {
  const out: Variant[] = [];
  const b = bases();
  for (const [name, text] of Object.entries(b)) {
    out.push({ role: 'offer', id: `base/${name}`, description: `the ${name} base as it is (addresses on loopback)`, aims: 'benign', sdp: text });
  }
  for (const [source, table, on] of [
    ['defect', offerEdits, ['chrome-offer', 'firefox-offer', 'firefox-simulcast-offer']],
    ['syntax', syntaxEdits, ['chrome-offer']],
    ['benign', benignEdits, ['chrome-offer', 'firefox-offer', 'firefox-simulcast-offer']],
  ] as const) {
    for (const e of table) {
      for (const name of on) {
        if (name === 'firefox-simulcast-offer' && !SIMULCAST_TOO.has(e.name)) continue;
        out.push(...applied(source, name, b[name] ?? '', e));
      }
    }
  }
  for (const rule of rules) {
    if (rule.scope !== 'document' || rule.docs.exampleType === 'answer') continue;
    out.push({ role: 'offer', id: `docs/${rule.id}/bad`, description: `the ${rule.id} rule's bad docs example`, aims: rule.id, sdp: rewriteAddresses(rule.docs.bad) });
    out.push({ role: 'offer', id: `docs/${rule.id}/good`, description: `the ${rule.id} rule's good docs example`, aims: 'benign', sdp: rewriteAddresses(rule.docs.good) });
  }
  for (const f of corpus()) {
    out.push({ role: 'offer', id: `corpus/${f.name}`, description: `../shared/corpus/${f.name}.sdp as it is (addresses on loopback)`, aims: 'corpus', sdp: rewriteAddresses(f.text) });
  }
  for (const e of answerEdits) {
    const v: AnswerVariant = {
      role: 'answer',
      id: `answer/${e.name}`,
      description: e.description,
      aims: e.aims,
      make: (t: Template) => e.edit(rewriteAddresses(t.answer), rewriteAddresses(t.offer)),
    };
    out.push(v);
  }
  return out;
}

/**
 * Template pairs shaped like the engines' (audio, video, data channel), for
 * listing answer variants and testing them without a browser: a Chromium
 * offer answered by Firefox, and a Firefox offer answered the way Chromium
 * answers (its own offer's lines with setup:active and its own credentials).
 */
export function sampleTemplates(): Record<string, Template> {
  const b = bases();
  const chrome = b['chrome-offer'] ?? '';
  const firefox = b['firefox-offer'] ?? '';
  /** An answer shaped the way Chromium answers: the offer's own sections, no candidates or ssrcs, setup:active, other credentials. */
  const answerTo = chain(
    remove('everywhere', /^a=(candidate|ice-options|ssrc|ssrc-group|rtcp:|extmap-allow-mixed|msid-semantic)/),
    sub('everywhere', /^a=setup:actpass$/, 'a=setup:active', true),
    sub('everywhere', /^a=ice-ufrag:.*/, 'a=ice-ufrag:Hk3q', true),
    sub('media', /^m=(\S+) \d+ /, (l) => l.replace(/^m=(\S+) \d+ /, 'm=$1 9 '), true),
    sub('media', /^c=IN IP4 .*/, 'c=IN IP4 0.0.0.0', true),
  );
  return {
    'chrome-offer+firefox-answer': { offer: chrome, answer: rewriteAddresses(read('../../examples/firefox-answer.sdp')) },
    'firefox-offer+chromium-like-answer': { offer: firefox, answer: answerTo(firefox) },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--list')) {
  const all = variants();
  const withText = process.argv.includes('--text');
  const t = sampleTemplates()['chrome-offer+firefox-answer'];
  for (const v of all) {
    console.log(`${v.id}\t${v.role}\t${v.aims}\t${v.description}`);
    if (withText) console.log(v.role === 'offer' ? v.sdp : t === undefined ? '' : v.make(t));
  }
  const count = new Map<string, number>();
  for (const v of all) {
    const k = v.id.split('/')[0] ?? '';
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  console.log(`${all.length} variants: ${[...count].map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
