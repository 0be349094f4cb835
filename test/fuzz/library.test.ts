import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as sdpkit from '../../src/index.js';
import type { Candidate, Diagnostic, SdpDocument } from '../../src/index.js';
import { hostileInput, hostileSdp, largeSdp, piece } from './hostile.js';

/*
 * Every function the library exports, called with hostile text: it never
 * throws (except the documented, typed refusals listed below), never hangs
 * (each call is timed), and never hides a crash as a finding ("internal
 * error"). The table must name every exported function, so a new export is
 * fuzzed or explicitly excused.
 */

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
/** Per call, on inputs of at most a few hundred KB, on a loaded 2-core CI machine. */
const CALL_BUDGET_MS = 3_000;

type Fuzz = (text: string, other: string) => unknown;

function docOf(text: string): SdpDocument {
  return sdpkit.parse(text).document;
}

function candidatesOf(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of docOf(text).media) for (const c of m.candidates) out.push(c);
  return out.slice(0, 60);
}

/** What a refusal may look like: a RangeError from an edit that would break the description (documented). */
function isDocumentedRefusal(error: unknown): boolean {
  return error instanceof RangeError && /without a format|priority must be an integer/.test(error.message);
}

/** The text as the bytes of a file: UTF-8, and each UTF-16 unit's low byte (a Latin-1-like or binary file). */
function bytesOf(text: string): Uint8Array[] {
  return [new TextEncoder().encode(text), Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff)];
}

const selectorOf = (text: string): sdpkit.SectionSelector => {
  const media = docOf(text).media;
  const mid = media.find((m) => m.mid !== undefined)?.mid;
  return mid === undefined ? 'all' : { mid };
};

const FUZZED: Record<string, Fuzz> = {
  // parser
  parse: (t) => sdpkit.parse(t),
  print: (t) => expect(sdpkit.print(docOf(t))).toBe(t),
  format: (t) => sdpkit.format(docOf(t)),
  createDocument: (t) => {
    const r = sdpkit.parse(t);
    // Whatever parse accepts without an error, the schema accepts too.
    if (!r.diagnostics.some((d) => d.severity === 'error')) sdpkit.createDocument({ lines: r.document.lines });
  },
  safeCreateDocument: (t) => sdpkit.safeCreateDocument({ lines: docOf(t).lines }),
  parseCandidate: (t) => sdpkit.parseCandidate(t),
  attributeValue: (t) => docOf(t).lines.map((l) => sdpkit.attributeValue(l, 'mid')),
  lineValue: (t) => docOf(t).lines.map((l) => sdpkit.lineValue(l, 'c')),
  textSegments: (t) => expect(sdpkit.textSegments(t).map((s) => (s.kind === 'text' ? s.text : s.hidden.char)).join('')).toBe(t),
  findHidden: (t) => expect(sdpkit.findHidden(t).length > 0).toBe(sdpkit.hasHidden(t)),
  hasHidden: (t) => expect(sdpkit.hasHidden(sdpkit.printable(t))).toBe(false),
  sectionName: (t) => docOf(t).media.map((m) => sdpkit.sectionName(m)),
  sectionLabel: (t) => docOf(t).media.map((m) => sdpkit.sectionLabel(m)),
  decodeInput: (t) => {
    for (const bytes of bytesOf(t)) {
      const d = sdpkit.decodeInput(bytes);
      if (d.binary === undefined) expect(sdpkit.encodeOutput(d.text, d)).toEqual(bytes);
    }
  },
  encodeOutput: (t) => bytesOf(t).map((b) => sdpkit.encodeOutput(sdpkit.decodeInput(b).text, { encoding: 'latin1', bom: false })),
  unencodableAt: (t) => (['utf-8', 'latin1', 'utf-16le', 'utf-16be'] as const).map((e) => sdpkit.unencodableAt(t, e)),
  encodingNote: (t) => bytesOf(t).map((b) => sdpkit.encodingNote(sdpkit.decodeInput(b))),
  printable: (t) => {
    const p = sdpkit.printable(t);
    expect(sdpkit.printable(p)).toBe(p);
  },
  // ICE
  candidatePriority: (t) => sdpkit.candidatePriority({ typePreference: t.length % 200, localPreference: t.length * 977, component: t.length % 300 }),
  decodePriority: (t) => candidatesOf(t).map((c) => sdpkit.decodePriority(c.priority, c)),
  guessImplementation: (t) => candidatesOf(t).map((c) => sdpkit.guessImplementation(c)),
  describeCandidate: (t) => candidatesOf(t).map((c) => sdpkit.describeCandidate(c)),
  candidateFacts: (t) => candidatesOf(t).map((c) => sdpkit.candidateFacts(c)),
  candidateIs: (t) => candidatesOf(t).map((c) => (['udp', 'tcp', 'host', 'srflx', 'prflx', 'relay', 'ipv4', 'ipv6', 'mdns'] as const).map((k) => sdpkit.candidateIs(c, k))),
  canPair: (t, o) => candidatesOf(t).flatMap((a) => candidatesOf(o).slice(0, 5).map((b) => sdpkit.canPair(a, b))),
  checkList: (t, o) => {
    sdpkit.checkList(candidatesOf(t), candidatesOf(o), { role: 'controlling' });
    sdpkit.checkList(candidatesOf(t), candidatesOf(o), { role: 'controlled', limit: 3 });
  },
  exchangeCheckLists: (t, o) => sdpkit.exchangeCheckLists(t, o),
  checkListGrid: (t, o) =>
    sdpkit.exchangeCheckLists(t, o).map((l) =>
      sdpkit.checkListGrid(l, { pairs: [], selected: { stats: { id: t, state: o }, local: { address: t, candidateType: o }, predictedIndex: 0 } }, { maxRows: 3, maxColumns: Number(o.length) }),
    ),
  candidateGraph: (t, o) => sdpkit.candidateGraph(candidatesOf(t).map((candidate) => ({ candidate })), { stats: candidatesOf(t).map((c) => ({ address: c.address, port: c.port, url: o, relayProtocol: o })) }),
  candidateEndpoint: (t) => candidatesOf(t).map((c) => sdpkit.candidateEndpoint(c)),
  ordinal: (t) => sdpkit.ordinal(t.length),
  statsAddressText: (t, o) => [sdpkit.statsAddressText({ address: t, port: o.length }), sdpkit.statsAddressText({ address: o }), sdpkit.statsAddressText(undefined)],
  addressKey: (t) => [sdpkit.addressKey(t), ...candidatesOf(t).map((c) => sdpkit.addressKey(c.address))],
  candidatePairPriority: (t, o) => candidatesOf(t).flatMap((a) => candidatesOf(o).slice(0, 3).map((b) => sdpkit.candidatePairPriority(a.priority, b.priority))),
  pairPriorityForRole: (t, o) => candidatesOf(t).flatMap((a) => candidatesOf(o).slice(0, 3).map((b) => sdpkit.pairPriorityForRole(a.priority, b.priority, 'controlled'))),
  pairFoundationText: (t, o) => sdpkit.checkList(candidatesOf(t), candidatesOf(o), { role: 'controlling' }).pairs.map((p) => sdpkit.pairFoundationText(p.foundation)),
  parseIPv4: (t) => sdpkit.parseIPv4(t),
  parseIPv6: (t) => sdpkit.parseIPv6(t),
  isMdnsName: (t) => sdpkit.isMdnsName(t),
  addressFamily: (t) => sdpkit.addressFamily(t),
  isLinkLocalIPv6: (t) => sdpkit.isLinkLocalIPv6(t),
  classifyAddress: (t) => [sdpkit.classifyAddress(t), ...candidatesOf(t).map((c) => sdpkit.classifyAddress(c.address))],
  // diff
  negotiationLadder: (t, o) => sdpkit.negotiationLadder(sdpkit.diffOfferAnswer(t, o)),
  codecMatrices: (t, o) => expect(JSON.parse(JSON.stringify(sdpkit.codecMatrices(sdpkit.diffOfferAnswer(t, o))))).toEqual(sdpkit.codecMatrices(sdpkit.diffOfferAnswer(t, o))),
  codecMatrix: (t, o) => sdpkit.diffOfferAnswer(t, o).sections.map((s) => sdpkit.codecMatrix(s)),
  sharedWith: (t, o) => {
    const d = sdpkit.diffOfferAnswer(t, o);
    return d.sections.map((_, i) => sdpkit.sharedWith(d, i));
  },
  diffOfferAnswer: (t, o) => {
    sdpkit.diffOfferAnswer(t, o);
    sdpkit.diffOfferAnswer(t, o, { previous: { offer: o, answer: t } });
  },
  detectDescriptionType: (t) => sdpkit.detectDescriptionType(t),
  matchSections: (t, o) => sdpkit.matchSections(docOf(t).media, docOf(o).media),
  directionOutcome: (t, o) => sdpkit.directionOutcome(docOf(t).media[0]?.direction ?? 'sendrecv', docOf(o).media[0]?.direction ?? 'inactive', t.length % 2 === 0),
  reverseDirection: (t) => docOf(t).media.map((m) => sdpkit.reverseDirection(m.direction)),
  describeFlow: (t) => docOf(t).media.map((m) => sdpkit.describeFlow({ send: m.direction === 'sendonly', receive: m.direction === 'recvonly' } as never)),
  describeSize: (t) => [sdpkit.describeSize(t.length), sdpkit.describeSize(null), sdpkit.describeSize(-t.length), sdpkit.describeSize(Number.MAX_VALUE)],
  codecVariant: (t) => docOf(t).media.flatMap((m) => m.codecs.map((c) => sdpkit.codecVariant(c))),
  identityKey: (t) => docOf(t).media.flatMap((m) => m.codecs.map((c) => sdpkit.identityKey(c))),
  h264Level: (t) => sdpkit.h264Level(t.length % 300, t.charCodeAt(0) || 0, t.charCodeAt(1) || 0),
  h264Profile: (t) => docOf(t).media.flatMap((m) => m.codecs.map((c) => sdpkit.h264Profile(c))),
  h264ProfileName: (t) => sdpkit.h264ProfileName(t.length % 300, t.charCodeAt(0) || 0),
  // lint
  lint: (t) => {
    noInternal(sdpkit.lint(t));
    noInternal(sdpkit.lint(t, { type: 'offer' }));
    noInternal(sdpkit.lint(t, { type: 'answer' }));
    noInternal(sdpkit.lint(t, { targets: ['rfc'] }));
    noInternal(sdpkit.lint(t, { targets: 'webkit,firefox' }));
  },
  // Throws for what is not a target list, with a message that says which targets there are.
  parseTargets: (t) => {
    try {
      sdpkit.parseTargets(t);
    } catch (error) {
      expect(String(error)).toMatch(/lint target/);
    }
  },
  canonicalRuleId: (t) => sdpkit.canonicalRuleId(t),
  rejectionLines: (t) => sdpkit.rejectionLines(sdpkit.lint(t).flatMap((d) => d.rejectedBy ?? [])),
  lintPair: (t, o) => {
    const r = sdpkit.lintPair(t, o);
    noInternal([...r.offer, ...r.answer, ...r.pair]);
  },
  newLintErrors: (t, o) => noInternal(sdpkit.newLintErrors(t, o)),
  // explain
  explain: (t) => {
    sdpkit.explain(t);
    sdpkit.explain(t, { type: 'answer' });
  },
  explainLine: (t) => sdpkit.explainLine(t, 1 + (t.length % 40)),
  lineExplainer: (t) => sdpkit.lineExplainer(t, { type: 'offer' })(1 + (t.length % 40)),
  attributeKnowledge: (t) => sdpkit.attributeKnowledge(t),
  lineTypeInfo: (t) => sdpkit.lineTypeInfo(t),
  protocolInfo: (t) => sdpkit.protocolInfo(t),
  codecInfo: (t) => sdpkit.codecInfo(t),
  codecFmtp: (t) => sdpkit.codecFmtp(t),
  fmtpParameter: (t, o) => sdpkit.fmtpParameter(t, o),
  headerExtensionInfo: (t) => sdpkit.headerExtensionInfo(t),
  rtcpFbInfo: (t, o) => sdpkit.rtcpFbInfo(t, o),
  codecRole: (t) => sdpkit.codecRole(t),
  // redact
  redact: (t) => sdpkit.redact(t),
  redactDescriptions: (t, o) => sdpkit.redactDescriptions([t, o]),
  unredactedAddresses: (t) => sdpkit.unredactedAddresses(t),
  unredactedValues: (t) => sdpkit.unredactedValues(t),
  redactDump: (t, o) => {
    sdpkit.redactDump(t);
    sdpkit.redactDump(JSON.stringify({ PeerConnections: { '1-1': { url: o, updateLog: [{ type: 'setLocalDescription', value: `type: offer, sdp: ${t}` }, { type: 'onicecandidate', value: o }] } } }));
  },
  findLeaks: (t, o) => expect(sdpkit.findLeaks([t, o], [sdpkit.redact(t).texts[0]!, sdpkit.redact(o).texts[0]!]).flat()).toEqual([]),
  // extract
  extractDescriptions: (t) => {
    const r = sdpkit.extractDescriptions(t);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('extract-internal-error');
    sdpkit.defaultSelection(r);
    for (const d of r.descriptions) sdpkit.labelWithin(d, r.peerConnections?.[0] as never);
  },
  defaultSelection: (t) => sdpkit.defaultSelection(sdpkit.extractDescriptions(t)),
  labelWithin: (t) => sdpkit.extractDescriptions(t).descriptions.map((d) => sdpkit.labelWithin(d, undefined)),
  diffLines: (t, o) => sdpkit.diffLines(t, o),
  compareDescriptions: (t, o) => sdpkit.compareDescriptions(t, o),
  pairDescriptions: (t) => sdpkit.pairDescriptions(sdpkit.extractDescriptions(t).descriptions.map((d, i) => ({ side: i % 2 === 0 ? 'local' : 'remote', type: d.type, value: d }) as never)),
  // editing
  edit: (t) => sdpkit.safeEdit(docOf(t), [{ op: 'remove', line: 1 } as never]),
  safeEdit: (t) => sdpkit.safeEdit(docOf(t), []),
  selectMedia: (t) => sdpkit.selectMedia(docOf(t), selectorOf(t)),
  applyRecipe: (t) => sdpkit.applyRecipe(docOf(t), { kind: 'end-of-candidates' }),
  applyRecipes: (t) => sdpkit.applyRecipes(docOf(t), [{ kind: 'drop-candidates', kinds: ['relay'] }, { kind: 'setup', role: 'active' }]),
  removeCodecs: (t, o) => sdpkit.removeCodecs(docOf(t), selectorOf(t), o.slice(0, 20)),
  keepCodecs: (t) => sdpkit.keepCodecs(docOf(t), 'all', 'opus'),
  preferCodecs: (t, o) => sdpkit.preferCodecs(docOf(t), 'all', o.slice(0, 20)),
  addCodec: (t) => sdpkit.addCodec(docOf(t), selectorOf(t), { payloadType: 127, name: 'VP8', clockRate: 90000, parameters: [], feedback: [] } as never),
  codecMatches: (t, o) => docOf(t).media.flatMap((m) => m.codecs.map((c) => sdpkit.codecMatches(c, o))),
  setFmtpParameters: (t, o) => sdpkit.setFmtpParameters(docOf(t), 'all', 'opus', { stereo: 1, [o.slice(0, 10) || 'x']: undefined }),
  setBandwidth: (t) => sdpkit.setBandwidth(docOf(t), 'all', 'TIAS', 1_000_000),
  dropCandidates: (t) => sdpkit.dropCandidates(docOf(t), ['host', 'mdns']),
  filterCandidates: (t) => sdpkit.filterCandidates(docOf(t), (c) => c.component === 1),
  addEndOfCandidates: (t) => sdpkit.addEndOfCandidates(docOf(t)),
  setDirection: (t) => sdpkit.setDirection(docOf(t), selectorOf(t), 'recvonly'),
  removeExtmap: (t, o) => sdpkit.removeExtmap(docOf(t), o),
  setIceCredentials: (t) => sdpkit.setIceCredentials(docOf(t), { ufrag: 'abcd', pwd: 'abcdefghijklmnopqrstuvwx' }),
  setIceOptions: (t) => sdpkit.setIceOptions(docOf(t), ['trickle']),
  setMsid: (t) => sdpkit.setMsid(docOf(t), selectorOf(t), 'stream', 'track'),
  setSetup: (t) => sdpkit.setSetup(docOf(t), 'passive'),
  rejectSection: (t) => sdpkit.rejectSection(docOf(t), selectorOf(t)),
  addSimulcast: (t) => sdpkit.addSimulcast(docOf(t), selectorOf(t), ['h', 'm', 'l']),
  removeSimulcast: (t) => sdpkit.removeSimulcast(docOf(t), 'all'),
  compressionOf: (t) => sdpkit.compressionOf(new TextEncoder().encode(t)),
  isRollback: (t, o) => sdpkit.isRollback({ type: t, sdp: o }),
  // dumps
  dumpIce: (t, o) => eachNegotiation(t, o, (r, pc, k) => sdpkit.dumpIce(r, pc, k)),
  iceRoleOf: (t, o) => eachNegotiation(t, o, (r, pc, k) => sdpkit.iceRoleOf(r, pc, k)),
  controllingParty: (t, o) => eachNegotiation(t, o, (r, pc, k) => sdpkit.controllingParty(r, pc, k)),
  previousExchange: (t, o) => eachNegotiation(t, o, (r, pc, k) => sdpkit.previousExchange(r, pc, k)),
  negotiationWindow: (t, o) => eachNegotiation(t, o, (r, pc, k) => sdpkit.negotiationWindow(r, pc, k)),
  overlayStats: (t, o) => eachNegotiation(t, o, (r, pc, k) => (pc.stats === undefined ? undefined : sdpkit.overlayStats(sdpkit.dumpIce(r, pc, k)?.checkLists ?? [], pc.stats, {}, t, o))),
  actualPairText: (t, o) => sdpkit.actualPairText({ stats: { id: t, selected: false, everSelected: false, states: [] }, local: { id: o, remote: false, address: t, relayProtocol: o, candidateType: 'relay' } }),
  descriptionFindings: (t, o) => {
    const r = dumpOf(t, o);
    r.descriptions.forEach((_, i) => sdpkit.descriptionFindings(r, i));
  },
  descriptionChange: (t, o) => eachNegotiation(t, o, (r, pc) => pc.descriptions.map((i) => sdpkit.descriptionChange(r, pc, i))),
};

/** A webrtc-internals dump around two texts: a munged offer, trickled candidates, a refused answer, stats. */
function dumpOf(t: string, o: string): ReturnType<typeof sdpkit.extractDescriptions> {
  const update = (type: string, value: unknown, timestamp: number) => ({ type, value: typeof value === 'string' ? value : JSON.stringify(value), timestamp });
  return sdpkit.extractDescriptions(
    JSON.stringify({
      PeerConnections: {
        '1-1': {
          updateLog: [
            update('createOfferOnSuccess', { type: 'offer', sdp: o }, 1e12),
            update('setLocalDescription', { type: 'offer', sdp: t }, 1e12 + 1),
            update('onicecandidate', { sdpMid: '0', sdpMLineIndex: 0, candidate: o }, 1e12 + 2),
            update('setRemoteDescription', { type: 'answer', sdp: o }, 1e12 + 3),
            update('addIceCandidate', o, 1e12 + 4),
            update('setRemoteDescription', { type: 'offer', sdp: t }, 1e12 + 5),
            update('setRemoteDescriptionOnFailure', o, 1e12 + 6),
          ],
          stats: {
            'T01-iceRole': { statsType: 'transport', values: JSON.stringify([o, 'controlled']), startTime: 1e12, endTime: 1e12 + 9 },
            [`CP${t.slice(0, 8)}-state`]: { statsType: 'candidate-pair', values: JSON.stringify(['succeeded']), startTime: 1e12, endTime: 1e12 },
          },
        },
      },
    }),
  );
}

function eachNegotiation(t: string, o: string, f: (r: ReturnType<typeof sdpkit.extractDescriptions>, pc: sdpkit.ExtractedPeerConnection, k: number) => unknown): void {
  const r = dumpOf(t, o);
  for (const pc of r.peerConnections ?? []) for (const n of pc.negotiations) f(r, pc, n.number);
}

/** Exports that take no text and so have nothing to fuzz, with the reason. */
const EXCUSED: Record<string, string> = {
  defineRule: 'identity function for rule authors',
  iceFinding: 'builds a finding from a code and a message of the caller',
  diffFinding: 'builds a finding from a code and a message of the caller',
  decompress: 'asynchronous: test/text/compressed.test.ts runs it on arbitrary text, damaged gzip and a decompression bomb',
};

function noInternal(diagnostics: readonly Diagnostic[]): void {
  const internal = diagnostics.filter((d) => /internal error|internal-error/.test(d.message) || d.code === 'internal-error');
  expect(internal).toEqual([]);
}

function timed(name: string, f: () => unknown): void {
  const started = performance.now();
  try {
    f();
  } catch (error) {
    if (!isDocumentedRefusal(error)) throw error;
  }
  const ms = performance.now() - started;
  if (ms > CALL_BUDGET_MS) throw new Error(`${name} took ${Math.round(ms)} ms (budget ${CALL_BUDGET_MS} ms)`);
}

const exportedFunctions = Object.keys(sdpkit)
  .filter((k) => typeof (sdpkit as Record<string, unknown>)[k] === 'function')
  .sort();

describe('fuzz: every exported function with hostile text', () => {
  it('names every exported function (fuzzed or excused)', () => {
    const listed = new Set([...Object.keys(FUZZED), ...Object.keys(EXCUSED)]);
    expect(exportedFunctions.filter((k) => !listed.has(k))).toEqual([]);
    expect([...listed].filter((k) => !exportedFunctions.includes(k))).toEqual([]);
  });

  it.each(Object.keys(FUZZED).sort())('%s never throws and stays within its time budget', (name) => {
    const f = FUZZED[name]!;
    fc.assert(
      fc.property(hostileInput, hostileSdp, (text, other) => {
        timed(name, () => f(text, other));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.keys(FUZZED).sort())('%s takes short hostile pieces', (name) => {
    const f = FUZZED[name]!;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((ps) => ps.join('')), piece, (text, other) => {
        timed(name, () => f(text, other));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe('fuzz: 100k-line inputs stay linear', () => {
  const big = largeSdp(100_000);
  const binary = Array.from({ length: 2_000_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  /** The text-taking functions that see the whole input, with their budget for about 4 MB. */
  const whole: Record<string, (t: string) => unknown> = {
    parse: (t) => sdpkit.parse(t),
    format: (t) => sdpkit.format(docOf(t)),
    lint: (t) => sdpkit.lint(t),
    explain: (t) => sdpkit.explain(t),
    redact: (t) => sdpkit.redact(t),
    extractDescriptions: (t) => sdpkit.extractDescriptions(t),
    diffOfferAnswer: (t) => sdpkit.diffOfferAnswer(t, t),
    exchangeCheckLists: (t) => sdpkit.exchangeCheckLists(t, t),
    checkListGrid: (t) => sdpkit.exchangeCheckLists(t, t).map((l) => sdpkit.checkListGrid(l)),
  };
  it.each(Object.keys(whole))('%s on 100k lines and on 2 MB of binary', { timeout: 120_000 }, (name) => {
    for (const input of [big, binary]) {
      const started = performance.now();
      whole[name]!(input);
      const ms = performance.now() - started;
      expect(ms, `${name} on ${input.length} characters`).toBeLessThan(30_000);
    }
  });
});
