import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryHost } from './helpers.js';

/*
 * The commands on a real gzipped Chromium dump (test/fixtures/dumps/, the
 * scenario in its README): PC 1 (A) offers first; PC 2 (B) re-offers in
 * negotiation 2; A restarts ICE in negotiation 3.
 */

const gz = readFileSync(new URL('../fixtures/dumps/chromium-internals.json.gz', import.meta.url));
const host = (): ReturnType<typeof memoryHost> => memoryHost({ 'dump.gz': gz });

describe('a real gzipped dump through the commands', () => {
  it('sdp ice --pick P:K: the real role, trickled candidates, and the pair getStats selected', async () => {
    const r = await run(['ice', 'dump.gz', '--pick', '1:1'], host());
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^role: controlling \(getStats: the transport's iceRole was controlling during negotiation 1\)$/m);
    expect(r.stdout).toMatch(/^local candidates: 1 \(0 in the description, 1 trickled, ufrag \S+\); 2 more trickled for sections the BUNDLE transport replaced$/m);
    expect(r.stdout).toMatch(/^what happened: connected over host 127\.0\.0\.1:\d+ → host 127\.0\.0\.1:\d+ \(udp\), RTT \d+ ms$/m);
    expect(r.stdout.match(/SELECTED/g)).toHaveLength(1);
  });

  it('sdp ice --json carries the actual outcome', async () => {
    const r = await run(['ice', 'dump.gz', '--pick', '2:3', '--json'], host());
    const out = JSON.parse(r.stdout) as { role: { role: string }; actual: { verdict: { state: string } }; dump: { local: string } };
    expect(out.role.role).toBe('controlled');
    expect(out.dump.local).toBe('answer');
    expect(out.actual.verdict.state).toBe('connected');
  });

  it('sdp diff --pick 2:2: B re-offers, and A, the answerer, is still controlling', async () => {
    const r = await run(['diff', 'dump.gz', '--pick', '2:2'], host());
    expect(r.stdout).toMatch(/^ICE roles: the answerer is controlling \(this peer connection \(the offerer\) was controlled: getStats/m);
  });

  it('sdp diff --pick 1:3: the ICE restart, exactly, against negotiation 2; 1:1 is an initial offer', async () => {
    const r = await run(['diff', 'dump.gz', '--pick', '1:3'], host());
    expect(r.stdout).toMatch(/^offer dump\.gz#8 ↔ answer dump\.gz#9 \(compared with negotiation 2\)$/m);
    expect(r.stdout).toContain('re-offer: yes: compared with the previous exchange of the session\n');
    expect(r.stdout).toContain('ICE restart: yes: ufrag u1hi → u3vw; the answer u2op → u4CD\n  offer:11 a=ice-ufrag:u3vw\n    ice-ufrag u1hi → u3vw\n  answer:11 a=ice-ufrag:u4CD\n');
    const first = await run(['diff', 'dump.gz', '--pick', '1:1'], host());
    expect(first.stdout).toContain("re-offer: no: the o= version 2 is libwebrtc's first: an initial offer\n  offer:2 o=- 1000000000000000001 2 IN IP4 127.0.0.1\n");
    expect(first.stdout).toContain('ICE restart: no: an initial offer starts ICE; it cannot restart it\n');
  });

  it('sdp diff --json carries the re-offer facts', async () => {
    const r = await run(['diff', 'dump.gz', '--pick', '1:3', '--json'], host());
    const out = JSON.parse(r.stdout) as { renegotiation: { basis: string; iceRestart: { answer: string; steps: { side: string; from: string; to: string }[] } } };
    expect(out.renegotiation.basis).toBe('previous');
    expect(out.renegotiation.iceRestart.answer).toBe('yes');
    expect(out.renegotiation.iceRestart.steps.map((s) => `${s.side} ${s.from}→${s.to}`)).toEqual(['offer u1hi→u3vw', 'answer u2op→u4CD']);
  });

  it('sdp lint: munged and refused descriptions are findings in JSON too, and the rollback is skipped', async () => {
    const r = await run(['lint', 'dump.gz', '--format', 'json'], host());
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { code: string; rejectedBy?: { engine: string; error?: string }[] }[] }[] };
    const codes = report.files.flatMap((f) => f.diagnostics.map((d) => d.code)).filter((c) => c === 'munged-description' || c === 'set-description-failed');
    expect(codes.sort()).toEqual(['munged-description', 'munged-description', 'set-description-failed']);
    const refused = report.files.flatMap((f) => f.diagnostics).find((d) => d.code === 'set-description-failed')!;
    expect(refused.rejectedBy).toEqual([{ engine: 'chromium', call: 'setRemoteDescription', error: 'Failed to set remote offer sdp: The MID attribute exceeds the maximum supported length of 16 characters.' }]);
    expect(r.stderr).toMatch(/skipped 1 rollback \(#\d+\)/);
  });

  it('sdp lint --format sarif and github carry them as well', async () => {
    const sarif = await run(['lint', 'dump.gz', '--format', 'sarif'], host());
    expect(sarif.stdout).toContain('"ruleId": "munged-description"');
    expect(sarif.stdout).toContain('"ruleId": "set-description-failed"');
    const github = await run(['lint', 'dump.gz', '--format', 'github'], host());
    expect(github.stdout).toMatch(/^::warning .*title=sdp lint%3A munged-description.*::the app changed the local offer between createOffer and setLocalDescription/m);
  });
});
