/*
 * The page both engines load from the oracle's local server. It long-polls
 * GET /job for a batch of jobs, runs each on fresh RTCPeerConnections
 * (iceServers: [], closed afterwards) and POSTs the results to /result,
 * until the server answers { done: true }.
 *
 * Plain JavaScript in a string: it runs unchanged in both browsers, with no
 * build step that could add helpers to it.
 */

export const JOB_TIMEOUT_MS = 5000;

export const PAGE_HTML = `<!doctype html>
<meta charset="utf-8">
<title>sdpkit oracle</title>
<script>
'use strict';
const TIMEOUT = ${JOB_TIMEOUT_MS};

function connection() {
  return new RTCPeerConnection({ iceServers: [] });
}

function text(e) {
  return e !== null && typeof e === 'object' && 'name' in e ? e.name + ': ' + e.message : String(e);
}

function stripCandidates(sdp) {
  return sdp.split('\\r\\n').filter((l) => !l.startsWith('a=candidate:') && l !== 'a=end-of-candidates').join('\\r\\n');
}

function shaped() {
  const pc = connection();
  pc.addTransceiver('audio');
  pc.addTransceiver('video');
  pc.createDataChannel('d');
  return pc;
}

async function template() {
  const pc1 = shaped();
  const pc2 = connection();
  try {
    const offer = await pc1.createOffer();
    await pc2.setRemoteDescription(offer);
    const answer = await pc2.createAnswer();
    return { offer: stripCandidates(offer.sdp), answer: stripCandidates(answer.sdp), userAgent: navigator.userAgent };
  } finally {
    pc1.close();
    pc2.close();
  }
}

/* v is filled in step by step, so a timeout reports how far the job got. */
async function offerSteps(pc, sdp, v, seq) {
  try {
    await pc.setRemoteDescription({ type: 'offer', sdp });
  } catch (e) {
    v.accepted = false;
    v.error = text(e);
    return;
  }
  v.accepted = true;
  /* Should the page die while answering, the oracle still knows the offer itself was taken. */
  await post([{ seq, accepted: true }]);
  try {
    const a = await pc.createAnswer();
    await pc.setLocalDescription(a);
    v.answered = true;
  } catch (e) {
    v.answered = false;
    v.answerError = text(e);
  }
}

async function answerSteps(pc, sdp, v) {
  try {
    await pc.setRemoteDescription({ type: 'answer', sdp });
    v.accepted = true;
  } catch (e) {
    v.accepted = false;
    v.error = text(e);
  }
}

async function run(job) {
  if (job.kind === 'template') {
    try {
      return { seq: job.seq, template: await template() };
    } catch (e) {
      return { seq: job.seq, failure: text(e) };
    }
  }
  /* The oracle's own steps (for an answer, a local offer of the template's shape) are not timed: they are not the variant's. */
  let pc;
  try {
    if (job.kind === 'offer') {
      pc = connection();
    } else {
      pc = shaped();
      await pc.setLocalDescription(await pc.createOffer());
    }
  } catch (e) {
    if (pc) pc.close();
    return { seq: job.seq, failure: text(e) };
  }
  const v = {};
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), TIMEOUT); });
  const steps = (job.kind === 'offer' ? offerSteps : answerSteps)(pc, job.sdp, v, job.seq).then(() => 'done');
  const outcome = await Promise.race([steps, timedOut]);
  clearTimeout(timer);
  pc.close();
  const verdict = { accepted: v.accepted === true };
  if (outcome === 'timeout') {
    if (v.accepted === undefined) verdict.error = 'timeout';
    else if (v.accepted && job.kind === 'offer' && v.answered === undefined) { verdict.answered = false; verdict.answerError = 'timeout'; }
  }
  if (v.error !== undefined) verdict.error = v.error;
  if (v.answered !== undefined) verdict.answered = v.answered;
  if (v.answerError !== undefined) verdict.answerError = v.answerError;
  return { seq: job.seq, verdict };
}

function post(results) {
  return fetch('/result', { method: 'POST', body: JSON.stringify(results), headers: { 'content-type': 'application/json' } });
}

async function loop() {
  for (;;) {
    let reply;
    try {
      reply = await (await fetch('/job', { cache: 'no-store' })).json();
    } catch (e) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    if (reply.done) return;
    /* Each result is posted as soon as it exists, so when the page dies the oracle knows which job it died on. */
    for (const job of reply.jobs) {
      const result = await run(job);
      await post([result]);
    }
    /* Closed connections count against Chromium's cap on live ones until they are collected (Chromium runs with --expose-gc). */
    if (typeof gc === 'function') gc();
  }
}

loop();
</script>
`;
