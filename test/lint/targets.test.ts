import { describe, expect, it } from 'vitest';
import { lint, parseTargets, rules, RULE_ALIASES } from '../../src/lint/index.js';

const planB = rules.find((r) => r.id === 'plan-b-section')!;

describe('lint targets and old rule ids', () => {
  it('parses target lists, with the usual other names, and refuses unknown ones', () => {
    expect(parseTargets('chromium,firefox')).toEqual(['chromium', 'firefox']);
    expect(parseTargets(' Chrome , safari,chromium')).toEqual(['chromium', 'webkit']);
    expect(parseTargets(['rfc'])).toEqual(['rfc']);
    expect(() => parseTargets('chromium,opera')).toThrow('unknown lint target `opera`: use `chromium`, `firefox`, `webkit`, `rfc`');
    expect(() => parseTargets(' , ')).toThrow('no lint target given');
    expect(() => lint('v=0\r\n', { targets: 'netscape' })).toThrow('unknown lint target `netscape`');
  });

  it('makes an error of what a target rejects, names only the targets, and keeps the RFC reading for rfc', () => {
    const midRule = rules.find((r) => r.id === 'mid-too-long')!;
    const bad = midRule.scope === 'document' ? midRule.docs.bad : '';
    const of = (targets: string) => lint(bad, { targets }).filter((d) => d.code === 'mid-too-long');
    expect(of('chromium,firefox').map((d) => [d.severity, d.rejectedBy?.map((r) => r.engine)])).toEqual([['error', ['chromium', 'firefox']]]);
    expect(of('firefox').map((d) => [d.severity, d.rejectedBy?.map((r) => r.engine)])).toEqual([['error', ['firefox']]]);
    expect(of('rfc').map((d) => [d.severity, d.rejectedBy])).toEqual([[midRule.severity, undefined]]);
    // The user's setting for a rule wins over the targets.
    expect(lint(bad, { rules: { 'mid-too-long': 'warning' } }).find((d) => d.code === 'mid-too-long')?.severity).toBe('warning');
  });

  it('takes the old rule ids as aliases of the renamed rules', () => {
    const bad = planB.scope === 'document' ? planB.docs.bad : '';
    expect(lint(bad).some((d) => d.code === 'plan-b-section')).toBe(true);
    expect(lint(bad, { rules: { 'chrome-plan-b': 'off' } }).some((d) => d.code === 'plan-b-section')).toBe(false);
    expect(lint(bad, { rules: { 'chrome-plan-b': 'error' } }).find((d) => d.code === 'plan-b-section')?.severity).toBe('error');
    for (const id of Object.values(RULE_ALIASES)) expect(rules.some((r) => r.id === id)).toBe(true);
    expect(() => lint(bad, { rules: { 'chrome-no-such-rule': 'off' } })).toThrow('unknown lint rule `chrome-no-such-rule`');
  });
});

describe('targets without recorded verdicts', () => {
  it('lets WebKit inherit libwebrtc verdicts, and keeps the RFC reading where an engine is not recorded', () => {
    const midRule = rules.find((r) => r.id === 'mid-too-long')!;
    const bad = midRule.scope === 'document' ? midRule.docs.bad : '';
    const d = lint(bad, { targets: 'webkit' }).find((x) => x.code === 'mid-too-long');
    expect(d?.severity).toBe('error');
    expect(d?.rejectedBy?.map((r) => [r.engine, r.source?.startsWith('libwebrtc')])).toEqual([['webkit', true]]);
  });
});

describe('plan-b-section and RID simulcast', () => {
  it('does not take the FID group per encoding of a RID simulcast offer (as Firefox makes it) for Plan B, but still a second track', async () => {
    const { variants } = await import('../oracle/variants.js');
    const base = variants().find((v) => v.id === 'base/firefox-simulcast-offer');
    const text = base?.role === 'offer' ? base.sdp : '';
    expect(text).toContain('a=simulcast:');
    expect(text.match(/a=ssrc-group:FID/g)?.length).toBeGreaterThan(1);
    expect(lint(text, { type: 'offer' }).filter((d) => d.code === 'plan-b-section')).toEqual([]);
    const videoMsid = /a=msid:(\S+) \{8e7d[^\r]*\r\n/;
    expect(text).toMatch(videoMsid);
    const planBToo = text.replace(videoMsid, (line, stream: string) => `${line}a=msid:${stream} another-track\r\n`);
    expect(lint(planBToo, { type: 'offer' }).some((d) => d.code === 'plan-b-section')).toBe(true);
  });
});
