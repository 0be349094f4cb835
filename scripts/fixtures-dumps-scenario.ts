/*
 * The scenario of `npm run fixtures:dumps` (scripts/fixtures-dumps.ts), and
 * the checks its downloads must pass (the script runs them before it writes a
 * file; test/extract/real-dumps.test.ts runs them on the committed files).
 *
 * The page: two
 * RTCPeerConnections, A and B, in one page, talking to each other over
 * loopback, through every kind of step a webrtc-internals dump has to show.
 * `run()` plays the whole scenario and resolves with the list of steps done
 * (the script prints it; test/fixtures/dumps/README.md describes it).
 *
 * Plain JavaScript in a string: it runs in the browser as written, with no
 * build step that could add helpers to it.
 *
 * Signalling is in-page and ordered. Descriptions go straight to the other
 * side; candidates trickle through the receiver's inbox, which hands them to
 * addIceCandidate in order, holding a candidate back until the receiver has a
 * remote description with the candidate's ufrag (after an ICE restart the new
 * candidates can arrive before the new description does). The end of
 * candidates (the event's null) is passed on as addIceCandidate(null).
 */

/** Pause between steps, so each one shows in the stats graphs of the dump. */
export const STEP_PAUSE_MS = 1500;

export const PAGE_HTML = `<!doctype html>
<meta charset="utf-8">
<title>sdpkit fixtures: two peer connections</title>
<script>
'use strict';
const STEP_PAUSE_MS = ${STEP_PAUSE_MS};
const steps = [];
const problems = [];

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(test, what, ms = 15000) {
  const end = performance.now() + ms;
  for (;;) {
    if (await test()) return;
    if (performance.now() > end) throw new Error('timed out waiting for ' + what);
    await sleep(50);
  }
}

function ufragOf(sdp) {
  const m = /\\r\\na=ice-ufrag:([^\\r\\n]+)/.exec(sdp);
  return m === null ? undefined : m[1];
}

class Side {
  constructor(name) {
    this.name = name;
    this.pc = new RTCPeerConnection({ iceServers: [] });
    this.peer = undefined;
    this.inbox = [];
    this.pumping = false;
    this.candidates = { sent: 0, added: 0, ends: 0 };
    this.pc.addEventListener('icecandidate', (e) => {
      if (e.candidate === null) this.candidates.ends++;
      else this.candidates.sent++;
      this.peer.receive(e.candidate === null ? null : e.candidate.toJSON());
    });
  }

  receive(candidate) {
    this.inbox.push(candidate);
    void this.pump();
  }

  /** Hands waiting candidates to addIceCandidate, in order; call again after each setRemoteDescription. */
  async pump() {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.inbox.length > 0) {
        const candidate = this.inbox[0];
        const remote = this.pc.remoteDescription;
        if (remote === null) break;
        if (candidate !== null && candidate.usernameFragment && candidate.usernameFragment !== ufragOf(remote.sdp)) break;
        this.inbox.shift();
        try {
          await this.pc.addIceCandidate(candidate);
          this.candidates.added++;
        } catch (e) {
          problems.push(this.name + ' addIceCandidate: ' + e);
        }
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** The m-section of each kind with codec \`name\` left out: its payload types and those of its rtx, rtpmap/fmtp/rtcp-fb lines included. */
function withoutCodec(sdp, kind, name) {
  const sections = sdp.split(/\\r\\n(?=m=)/);
  return sections.map((section) => {
    if (!section.startsWith('m=' + kind + ' ')) return section;
    const lines = section.split('\\r\\n');
    const pts = new Set();
    for (const line of lines) {
      const m = /^a=rtpmap:(\\d+) ([^/]+)\\//.exec(line);
      if (m !== null && m[2].toUpperCase() === name) pts.add(m[1]);
    }
    for (const line of lines) {
      const m = /^a=fmtp:(\\d+) apt=(\\d+)$/.exec(line);
      if (m !== null && pts.has(m[2])) pts.add(m[1]);
    }
    if (pts.size === 0) throw new Error('no ' + name + ' in the ' + kind + ' section to remove');
    return lines
      .filter((line) => {
        const m = /^a=(?:rtpmap|fmtp|rtcp-fb):(\\d+) /.exec(line);
        return m === null || !pts.has(m[1]);
      })
      .map((line, i) => (i === 0 ? line.split(' ').filter((t, k) => k < 3 || !pts.has(t)).join(' ') : line))
      .join('\\r\\n');
  }).join('\\r\\n');
}

/** The opus a=fmtp line with \`extra\` appended to its parameters. */
function withOpusFmtp(sdp, extra) {
  const pt = /\\r\\na=rtpmap:(\\d+) opus\\/48000\\/2\\r\\n/.exec(sdp);
  if (pt === null) throw new Error('no opus in the description');
  const line = new RegExp('(\\\\r\\\\na=fmtp:' + pt[1] + ' [^\\\\r\\\\n]*)');
  if (!line.test(sdp)) throw new Error('no opus a=fmtp line');
  return sdp.replace(line, '$1;' + extra);
}

/** Every mid of an offer made longer than 16 characters (a=mid and a=group:BUNDLE alike). */
function withLongMids(sdp) {
  return sdp
    .replace(/\\r\\na=mid:([^\\r\\n]+)/g, '\\r\\na=mid:$1-is-a-very-long-mid')
    .replace(/\\r\\na=group:BUNDLE ([^\\r\\n]+)/, (_, mids) => '\\r\\na=group:BUNDLE ' + mids.split(' ').map((m) => m + '-is-a-very-long-mid').join(' '));
}

/** One offer/answer exchange, each side's description optionally changed before it is applied. */
async function negotiate(offerer, answerer, options = {}) {
  const offer = await offerer.pc.createOffer(options.offerOptions);
  const offerSdp = options.mungeOffer ? options.mungeOffer(offer.sdp) : offer.sdp;
  await offerer.pc.setLocalDescription({ type: 'offer', sdp: offerSdp });
  await answerer.pc.setRemoteDescription({ type: 'offer', sdp: offerSdp });
  void answerer.pump();
  const answer = await answerer.pc.createAnswer();
  const answerSdp = options.mungeAnswer ? options.mungeAnswer(answer.sdp) : answer.sdp;
  await answerer.pc.setLocalDescription({ type: 'answer', sdp: answerSdp });
  await offerer.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
  void offerer.pump();
}

function connected(...sides) {
  return waitFor(
    () => sides.every((s) => s.pc.connectionState === 'connected' && ['connected', 'completed'].includes(s.pc.iceConnectionState)),
    'ICE and DTLS to connect',
  );
}

/** True when the side's selected candidate pair uses its current local ufrag (so an ICE restart has completed). */
async function onCurrentUfrag(side) {
  const ufrag = ufragOf(side.pc.localDescription.sdp);
  const report = await side.pc.getStats();
  for (const stats of report.values()) {
    if (stats.type !== 'transport' || !stats.selectedCandidatePairId) continue;
    const pair = report.get(stats.selectedCandidatePairId);
    const local = pair === undefined ? undefined : report.get(pair.localCandidateId);
    if (local !== undefined && local.usernameFragment === ufrag && pair.state === 'succeeded') return true;
  }
  return false;
}

async function run() {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240, frameRate: 15 } });
  const A = new Side('A');
  const B = new Side('B');
  A.peer = B;
  B.peer = A;
  for (const track of stream.getTracks()) A.pc.addTrack(track, stream);
  const channel = A.pc.createDataChannel('chat');
  const received = { A: [], B: [] };
  let remoteChannel;
  B.pc.addEventListener('datachannel', (e) => {
    remoteChannel = e.channel;
    remoteChannel.onmessage = (m) => received.B.push(m.data);
  });
  channel.onmessage = (m) => received.A.push(m.data);
  steps.push('A: getUserMedia audio+video, addTrack x2, createDataChannel chat');

  // 1. A offers, B answers; both connect, the data channel opens, messages go both ways.
  await negotiate(A, B);
  await connected(A, B);
  await waitFor(() => channel.readyState === 'open' && remoteChannel !== undefined && remoteChannel.readyState === 'open', 'the data channel to open');
  for (let i = 1; i <= 3; i++) {
    channel.send('hello from A #' + i);
    remoteChannel.send('hello from B #' + i);
  }
  await waitFor(() => received.A.length === 3 && received.B.length === 3, 'the data channel messages');
  steps.push('negotiation 1: A offer -> B answer; connected; 3 messages each way on chat');
  await sleep(STEP_PAUSE_MS);

  // 2. B adds a track and re-offers; A answers (A stays ICE-controlling).
  const back = stream.getAudioTracks()[0].clone();
  B.pc.addTrack(back, new MediaStream([back]));
  await negotiate(B, A);
  await connected(A, B);
  steps.push('negotiation 2: B addTrack audio, B offer -> A answer');
  await sleep(STEP_PAUSE_MS);

  // 3. ICE restart from A; new candidates trickle; both connect again on the new ufrags.
  await negotiate(A, B, { offerOptions: { iceRestart: true } });
  await waitFor(async () => (await onCurrentUfrag(A)) && (await onCurrentUfrag(B)), 'the ICE restart to select a new pair');
  await connected(A, B);
  steps.push('negotiation 3: A offer (iceRestart) -> B answer; connected on the new ufrags');
  await sleep(STEP_PAUSE_MS);

  // 4. A munges its offer (VP9 removed from video), B munges its answer (opus fmtp gets usedtx=1).
  await negotiate(A, B, {
    mungeOffer: (sdp) => withoutCodec(sdp, 'video', 'VP9'),
    mungeAnswer: (sdp) => withOpusFmtp(sdp, 'usedtx=1'),
  });
  await connected(A, B);
  steps.push('negotiation 4: A munged offer (VP9 removed) -> B munged answer (opus usedtx=1)');
  await sleep(STEP_PAUSE_MS);

  // 5. B starts an offer and rolls it back.
  const abandoned = await B.pc.createOffer();
  await B.pc.setLocalDescription(abandoned);
  await B.pc.setLocalDescription({ type: 'rollback' });
  steps.push('B: createOffer, setLocalDescription(offer), setLocalDescription(rollback)');

  // 6. A is handed an offer the browser rejects: B's abandoned offer with mids longer than 16 characters.
  try {
    await A.pc.setRemoteDescription({ type: 'offer', sdp: withLongMids(abandoned.sdp) });
    problems.push('A setRemoteDescription of the long-mid offer succeeded');
  } catch (e) {
    steps.push('A: setRemoteDescription(offer with long mids) failed: ' + e.message);
  }
  if (A.pc.signalingState !== 'stable' || B.pc.signalingState !== 'stable') problems.push('not stable at the end: A ' + A.pc.signalingState + ', B ' + B.pc.signalingState);
  await sleep(STEP_PAUSE_MS);

  window.sides = { A, B };
  return {
    steps,
    problems,
    candidates: { A: A.candidates, B: B.candidates },
    waiting: { A: A.inbox.length, B: B.inbox.length },
  };
}
</script>
`;

/** The downloads, as written to test/fixtures/dumps/. */
export const FILES = {
  plain: 'chromium-internals.json',
  gzip: 'chromium-internals.json.gz',
  rtcstats: 'chromium-rtcstats.gz',
} as const;

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const MDNS = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.local\.?$/i;

/** Keys that hold an address: getStats members and webrtc-internals series named after them. */
const ADDRESS_KEY = /(^|-)(address|ip|relatedAddress)$/;

function allowedAddress(address: string): boolean {
  return LOOPBACK_V4.test(address) || address === '0.0.0.0' || address === '::1' || address === '::' || MDNS.test(address);
}

/**
 * Every address in a download that is not loopback, unspecified or mDNS, with
 * what it was found in. Looked at: candidate strings (address and raddr, in
 * SDP, in candidate events, escaped or not), c= and a=rtcp lines, every JSON
 * value under a key named address, ip or relatedAddress (webrtc-internals
 * keeps stats as series `<stats id>-address` whose `values` is a JSON array
 * in a string), and any dotted quad anywhere in the text once version numbers
 * (`Chrome/156.0.0.0`, `"version": "8.0.0.0"`) are set aside.
 */
export function foreignAddresses(text: string, values: readonly unknown[]): string[] {
  const found = new Set<string>();
  // JSON-escaped SDP inside JSON strings: \r\n turn into spaces for the scan.
  const flat = text.replace(/\\[rn]/g, ' ');
  for (const m of flat.matchAll(/candidate:\S+ \d+ \S+ \d+ (\S+) \d+ typ \S+(?: raddr (\S+))?/g)) {
    for (const a of [m[1], m[2]]) if (a !== undefined && !allowedAddress(a)) found.add(`candidate ${a}`);
  }
  for (const m of flat.matchAll(/(?:c=IN|a=rtcp:\d+ IN) IP[46] ([^\s"\\]+)/g)) {
    if (!allowedAddress(m[1]!)) found.add(m[0]);
  }
  const versionless = flat.replace(/"version\\?"\s*:\s*\\?"[^"\\]*\\?"/g, '').replace(/[A-Za-z]\/[\d.]+/g, '');
  for (const m of versionless.matchAll(/(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/g)) {
    if (m.slice(1, 5).every((o) => Number(o) <= 255) && !allowedAddress(m[0])) found.add(`text ${m[0]}`);
  }
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value !== null && typeof value === 'object') {
      // A series `<id>-address` keeps its addresses in `values`.
      for (const [k, v] of Object.entries(value)) walk(v, k === 'values' && ADDRESS_KEY.test(key) ? key : k);
    } else if (typeof value === 'string' && ADDRESS_KEY.test(key)) {
      const inner = value.startsWith('[') ? (JSON.parse(value) as unknown) : value;
      if (Array.isArray(inner)) walk(inner, key);
      else if (typeof inner === 'string' && inner !== '' && !allowedAddress(inner)) found.add(`${key} ${inner}`);
    }
  };
  for (const v of values) walk(v, '');
  return [...found];
}

export interface InternalsDump {
  PeerConnections: Record<string, { url: string; updateLog: { type: string; value: string }[]; stats: Record<string, { statsType: string; values: string }> }>;
  getUserMedia: unknown[];
  UserAgent: string;
}

/** setLocalDescription calls whose description is not the one the last createOffer/createAnswer returned. */
function mungedCount(log: { type: string; value: string }[]): number {
  let created: string | undefined;
  let munged = 0;
  for (const u of log) {
    if (u.type === 'createOfferOnSuccess' || u.type === 'createAnswerOnSuccess') created = u.value;
    else if (u.type === 'setLocalDescription' && created !== undefined) {
      if (u.value !== created) munged++;
      created = undefined;
    }
  }
  return munged;
}

/** What the dump must show for the scenario; each missing piece is one line. */
export function missingSteps(dump: InternalsDump): string[] {
  const missing: string[] = [];
  const pcs = Object.entries(dump.PeerConnections);
  if (pcs.length !== 2) missing.push(`expected 2 peer connections, found ${pcs.length}`);
  if (dump.getUserMedia.length === 0) missing.push('no getUserMedia request');
  const count = (log: { type: string; value: string }[], type: string, value?: RegExp): number =>
    log.filter((u) => u.type === type && (value === undefined || value.test(u.value))).length;
  const need = (what: string, n: number, wanted: number): void => {
    if (n !== wanted) missing.push(`${what}: expected ${wanted}, found ${n}`);
  };
  const [a, b] = pcs.map(([, pc]) => pc.updateLog);
  if (a !== undefined && b !== undefined) {
    need('A createOfferOnSuccess', count(a, 'createOfferOnSuccess'), 3);
    need('A setLocalDescription', count(a, 'setLocalDescription'), 4);
    need('A setRemoteDescription', count(a, 'setRemoteDescription'), 5);
    need('A setRemoteDescriptionOnFailure', count(a, 'setRemoteDescriptionOnFailure'), 1);
    need('A createOffer with iceRestart', count(a, 'createOffer', /"iceRestart":true/), 1);
    need('B createOfferOnSuccess', count(b, 'createOfferOnSuccess'), 2);
    need('B setLocalDescription', count(b, 'setLocalDescription'), 6);
    need('B setLocalDescription rollback', count(b, 'setLocalDescription', /rollback/), 1);
    need('B setRemoteDescription', count(b, 'setRemoteDescription'), 4);
    for (const [name, log] of [['A', a], ['B', b]] as const) {
      // Candidates of both ICE generations (before and after the restart), trickled both ways.
      for (const type of ['onicecandidate', 'addIceCandidate']) {
        for (const generation of [0, 1]) {
          if (count(log, type, new RegExp(` generation ${generation} `)) === 0) missing.push(`${name}: no ${type} of generation ${generation}`);
        }
      }
      if (count(log, 'onconnectionstatechange', /^"connected"$/) === 0) missing.push(`${name}: never connected`);
      need(`${name} munged setLocalDescription`, mungedCount(log), 1);
      for (const fail of ['setLocalDescriptionOnFailure', 'createOfferOnFailure', 'createAnswerOnFailure', 'addIceCandidateOnFailure']) {
        if (count(log, fail) !== 0) missing.push(`${name}: unexpected ${fail}`);
      }
    }
  }
  pcs.forEach(([id, pc], i) => {
    const types = new Set(Object.values(pc.stats).map((s) => s.statsType));
    for (const t of ['candidate-pair', 'transport', 'local-candidate', 'remote-candidate', 'inbound-rtp', 'outbound-rtp', 'data-channel']) {
      if (!types.has(t)) missing.push(`${id}: no ${t} stats`);
    }
    // The transport's series: A stays ICE-controlling although B re-offered, and the restart shows as a second local ufrag.
    const series = (name: string): string[] =>
      Object.entries(pc.stats).flatMap(([key, s]) => (s.statsType === 'transport' && key.endsWith(`-${name}`) ? (JSON.parse(s.values) as string[]) : []));
    const roles = new Set(series('iceRole'));
    const role = i === 0 ? 'controlling' : 'controlled';
    if (roles.size !== 1 || !roles.has(role)) missing.push(`${id}: transport iceRole ${[...roles].join(', ') || 'missing'}, expected only ${role}`);
    const ufrags = new Set(series('iceLocalUsernameFragment'));
    if (ufrags.size !== 2) missing.push(`${id}: ${ufrags.size} local ufrags in the transport stats, expected 2 (before and after the ICE restart)`);
  });
  return missing;
}

