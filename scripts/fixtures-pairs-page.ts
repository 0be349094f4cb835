/*
 * The page of `npm run fixtures:pairs` (scripts/fixtures-pairs.ts). Chromium
 * and Firefox ESR load it from the script's server on 127.0.0.1; it long-polls
 * GET /op for one step at a time, runs it and POSTs the outcome to /done. The
 * script holds the descriptions and carries them from one browser to the
 * other, so every pair is made the same way whichever engines take part.
 *
 * Steps (`op`), each on a peer connection the script names:
 *   pc        new RTCPeerConnection({ iceServers: [], ...config }) — nothing can widen iceServers
 *   media     getUserMedia tracks (fake devices) and transceivers / a data channel
 *   offer     createOffer(options) + setLocalDescription, then the localDescription once gathering ended
 *   answer    setRemoteDescription(offer) + createAnswer + setLocalDescription, then the same
 *   accept    setRemoteDescription(answer)
 *   senders   what each sender's encodings are after the exchange (rid, active)
 *   close     closes every peer connection and stops the tracks
 *
 * Plain JavaScript in a string: it runs in both browsers as written.
 */

/** A step waits at most this long for gathering to end. */
export const GATHER_TIMEOUT_MS = 15_000;

export const PAGE_HTML = `<!doctype html>
<meta charset="utf-8">
<title>sdpkit fixtures: offer/answer pairs</title>
<script>
'use strict';
const engine = new URLSearchParams(location.search).get('engine');
const pcs = new Map();
const tracks = [];

function text(e) {
  return e !== null && typeof e === 'object' && 'name' in e ? e.name + ': ' + e.message : String(e);
}

function get(name) {
  const pc = pcs.get(name);
  if (pc === undefined) throw new Error('no peer connection ' + name);
  return pc;
}

/* Resolves once gathering for the description just set has ended: the end-of-candidates event, or the state 'complete'. */
function gathered(pc) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('gathering did not end in ${GATHER_TIMEOUT_MS} ms (state ' + pc.iceGatheringState + ')')), ${GATHER_TIMEOUT_MS});
    const done = () => { clearTimeout(timer); resolve(); };
    let started = false;
    pc.addEventListener('icegatheringstatechange', function on() {
      if (pc.iceGatheringState === 'gathering') started = true;
      if (pc.iceGatheringState === 'complete' && started) { pc.removeEventListener('icegatheringstatechange', on); done(); }
    });
    pc.addEventListener('icecandidate', function on(e) {
      if (e.candidate === null) { pc.removeEventListener('icecandidate', on); done(); }
    });
  });
}

async function describe(pc, make) {
  const ended = gathered(pc);
  await make();
  await ended;
  return pc.localDescription.sdp;
}

const ops = {
  async pc({ name, config }) {
    pcs.set(name, new RTCPeerConnection({ ...(config || {}), iceServers: [] }));
    return navigator.userAgent;
  },
  async media({ name, audio, video, data }) {
    const pc = get(name);
    const stream = await navigator.mediaDevices.getUserMedia({ audio: audio === true, video: video !== undefined ? { width: 1280, height: 720 } : false });
    tracks.push(...stream.getTracks());
    if (audio === true) pc.addTransceiver(stream.getAudioTracks()[0], { direction: 'sendrecv', streams: [stream] });
    if (video !== undefined) pc.addTransceiver(stream.getVideoTracks()[0], { direction: 'sendrecv', streams: [stream], ...(video.sendEncodings ? { sendEncodings: video.sendEncodings } : {}) });
    if (data === true) pc.createDataChannel('d');
    return pc.getTransceivers().length;
  },
  async offer({ name, options }) {
    const pc = get(name);
    return describe(pc, async () => pc.setLocalDescription(await pc.createOffer(options || {})));
  },
  async answer({ name, sdp }) {
    const pc = get(name);
    await pc.setRemoteDescription({ type: 'offer', sdp });
    return describe(pc, async () => pc.setLocalDescription(await pc.createAnswer()));
  },
  async accept({ name, sdp }) {
    await get(name).setRemoteDescription({ type: 'answer', sdp });
    return true;
  },
  async senders({ name }) {
    return get(name).getSenders().filter((s) => s.track !== null).map((s) => ({
      kind: s.track.kind,
      encodings: (s.getParameters().encodings || []).map((e) => ({ rid: e.rid === undefined ? null : e.rid, active: e.active })),
    }));
  },
  async close() {
    for (const pc of pcs.values()) pc.close();
    pcs.clear();
    for (const t of tracks.splice(0)) t.stop();
    return true;
  },
};

async function loop() {
  for (;;) {
    let step;
    try {
      step = await (await fetch('/op?engine=' + engine, { cache: 'no-store' })).json();
    } catch (e) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    if (step.done) return;
    if (step.idle) continue;
    let reply;
    try {
      reply = { seq: step.seq, value: await ops[step.op](step.args) };
    } catch (e) {
      reply = { seq: step.seq, error: text(e) };
    }
    await fetch('/done?engine=' + engine, { method: 'POST', body: JSON.stringify(reply), headers: { 'content-type': 'application/json' } });
  }
}

loop();
</script>
`;
