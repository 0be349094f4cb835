import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { pair } from './helpers.js';

const rids = (dir: 'send' | 'recv', ids: string[]): string[] => ids.map((id) => `a=rid:${id} ${dir}`);
const RID_EXT = 'a=extmap:10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id';
const video = (lines: string[], direction: 'sendonly' | 'recvonly' = 'sendonly') => ({ kind: 'video', codecs: ['96 VP8/90000'], lines: [RID_EXT, ...lines], direction });
const videoAnswer = (lines: string[], direction: 'sendonly' | 'recvonly' = 'recvonly') => ({ kind: 'video', codecs: ['96 VP8/90000'], lines: [RID_EXT, ...lines], direction });

interface Row {
  name: string;
  offer: ReturnType<typeof video>;
  answer: ReturnType<typeof video>;
  /** Which layers survive. */
  sends: string[];
  receives?: string[];
  paused?: string[];
  dropped?: string[];
  declinedBy?: 'no-simulcast' | 'no-rid-extension';
  /** The exact findings, as `code: message`. */
  findings: string[];
  summary?: string;
}

const rows: Row[] = [
  {
    name: 'all layers answered: the offerer sends h, m, l',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m;l']),
    sends: ['h', 'm', 'l'],
    findings: [],
    summary: 'simulcast: offerer sends h,m,l',
  },
  {
    name: 'declined (no a=simulcast in the answer): the first encoding is still sent',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: videoAnswer([]),
    sends: ['h'],
    dropped: ['m', 'l'],
    declinedBy: 'no-simulcast',
    findings: ['simulcast-declined: the answer has no a=simulcast, so simulcast is declined: the offerer sends one stream, its first encoding (rid h), not m, l'],
    summary: 'simulcast declined: offerer sends only its first encoding h',
  },
  {
    name: 'declined with the smallest layer first: "why is my video tiny"',
    offer: video([...rids('send', ['q', 'h', 'f']), 'a=simulcast:send q;h;f']),
    answer: videoAnswer([]),
    sends: ['q'],
    dropped: ['h', 'f'],
    declinedBy: 'no-simulcast',
    findings: ['simulcast-declined: the answer has no a=simulcast, so simulcast is declined: the offerer sends one stream, its first encoding (rid q), not h, f'],
  },
  {
    name: 'declined with the first encoding paused in the offer',
    offer: video([...rids('send', ['h', 'm']), 'a=simulcast:send ~h;m']),
    answer: videoAnswer([]),
    sends: [],
    paused: ['h'],
    dropped: ['m'],
    declinedBy: 'no-simulcast',
    findings: ['simulcast-declined: the answer has no a=simulcast, so simulcast is declined: the offerer sends one stream, its first encoding (rid h, paused in the offer), not m'],
  },
  {
    name: 'a=simulcast answered without the rtp-stream-id extension: Chromium rejects the answer, older libwebrtc sent the first encoding',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: { ...videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m;l']), lines: [...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m;l'] },
    sends: ['h'],
    dropped: ['m', 'l'],
    declinedBy: 'no-rid-extension',
    findings: [
      'simulcast-rid-extension-missing: the answer has a=simulcast but no a=extmap for urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id: Chromium rejects the answer ("negotiates simulcast but does not negotiate the RID RTP header extension"); a stack that accepts it cannot tell the layers apart: the offerer sends one stream, its first encoding (rid h), not m, l',
    ],
  },
  {
    name: 'the answer lists a subset: the others are not sent',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: videoAnswer([...rids('recv', ['h', 'l']), 'a=simulcast:recv h;l']),
    sends: ['h', 'l'],
    dropped: ['m'],
    findings: ['simulcast-rid-dropped: the answer removed simulcast rid m: the offerer will not send that layer'],
    summary: 'simulcast: offerer sends h,l (1 dropped)',
  },
  {
    name: 'the answer pauses a rid (~): negotiated, not sent',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;~m;l']),
    sends: ['h', 'l'],
    paused: ['m'],
    findings: ['simulcast-rid-paused: the answer pauses rid m (~): the offerer does not send that layer until it is resumed'],
    summary: 'simulcast: offerer sends h,l, paused m',
  },
  {
    name: 'a rid in the answer a=rid lines but not on its simulcast line: not sent',
    offer: video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
    answer: videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m']),
    sends: ['h', 'm'],
    dropped: ['l'],
    findings: ['simulcast-rid-dropped: the answer removed simulcast rid l (the answer keeps a=rid:l, but only the rids on its a=simulcast line are used): the offerer will not send that layer'],
  },
  {
    name: 'alternatives: the answer keeps one of h,x',
    offer: video([...rids('send', ['h', 'm', 'l', 'x']), 'a=simulcast:send h,x;m;l']),
    answer: videoAnswer([...rids('recv', ['h', 'm']), 'a=simulcast:recv h;~m']),
    sends: ['h'],
    paused: ['m'],
    dropped: ['x', 'l'],
    findings: [
      'simulcast-rid-dropped: the answer removed simulcast rid x: the offerer will not send that layer',
      'simulcast-rid-paused: the answer pauses rid m (~): the offerer does not send that layer until it is resumed',
      'simulcast-rid-dropped: the answer removed simulcast rid l: the offerer will not send that layer',
    ],
  },
  {
    name: 'the answerer sends simulcast (offer recv ↔ answer send), one layer removed',
    offer: video([...rids('recv', ['a', 'b', 'c']), 'a=simulcast:recv a;b;c'], 'recvonly'),
    answer: videoAnswer([...rids('send', ['a', 'b']), 'a=simulcast:send a;b'], 'sendonly'),
    sends: [],
    receives: ['a', 'b'],
    dropped: ['c'],
    findings: ['simulcast-rid-dropped: the answer removed simulcast rid c: the answerer will not send that layer'],
    summary: 'simulcast: offerer receives a,b (1 dropped)',
  },
  {
    name: 'the answerer declines sending simulcast: one stream without rids',
    offer: video([...rids('recv', ['a', 'b']), 'a=simulcast:recv a;b'], 'recvonly'),
    answer: videoAnswer([], 'sendonly'),
    sends: [],
    receives: [],
    dropped: ['a', 'b'],
    declinedBy: 'no-simulcast',
    findings: ['simulcast-declined: the answer has no a=simulcast, so simulcast is declined: the answerer sends one stream without rids instead of a, b'],
    summary: 'simulcast declined',
  },
];

describe('simulcast (RFC 8853 §5.3, RFC 8829 §3.7, libwebrtc) and rids (RFC 8851): which layers survive', () => {
  it.each(rows)('$name', (row) => {
    const [o, a] = pair(row.offer, row.answer);
    const d = diffOfferAnswer(o, a);
    const s = d.sections[0]!;
    const sc = s.simulcast!;
    expect(sc.offererSends).toEqual(row.sends);
    expect(sc.offererReceives).toEqual(row.receives ?? []);
    expect(sc.paused).toEqual(row.paused ?? []);
    expect(sc.dropped).toEqual(row.dropped ?? []);
    expect(sc.declined).toBe(row.declinedBy !== undefined);
    expect(sc.declinedBy).toBe(row.declinedBy);
    expect(d.findings.map((f) => `${f.code}: ${f.message}`)).toEqual(row.findings);
    // Every offered rid has one outcome, and the lists agree with it.
    for (const r of sc.rids) {
      const listed = r.outcome === 'dropped' ? sc.dropped : r.outcome === 'paused' ? sc.paused : r.direction === 'send' ? sc.offererSends : sc.offererReceives;
      expect(listed, r.rid).toContain(r.rid);
    }
    if (row.summary !== undefined) expect(s.summary).toContain(row.summary);
    if (row.declinedBy === 'no-rid-extension') expect(d.verdict.status).toBe('failed');
    else if (row.declinedBy !== undefined || (row.dropped ?? []).length > 0) expect(d.verdict.status).toBe('degraded');
  });

  it('points at the rid lines of both descriptions', () => {
    const [o, a] = pair(video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']), videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m;l']));
    const sc = diffOfferAnswer(o, a).sections[0]!.simulcast!;
    expect(sc).toMatchObject({ offerLine: 19, answerLine: 19 });
    expect(sc.rids[0]).toEqual({ rid: 'h', direction: 'send', accepted: true, outcome: 'sent', pausedInOffer: false, pausedInAnswer: false, offerLine: 16, answerLine: 16 });
  });

  it('an answer that keeps the offered direction: layers dropped, rids not offered, rid directions not reversed', () => {
    const [o, a] = pair(video([...rids('send', ['h', 'l']), 'a=simulcast:send h;l']), videoAnswer([...rids('send', ['h', 'l']), 'a=simulcast:send h;l']));
    const d = diffOfferAnswer(o, a);
    expect(d.sections[0]!.simulcast).toMatchObject({ offererSends: [], dropped: ['h', 'l'], notOffered: [{ rid: 'h', direction: 'send', line: 16 }, { rid: 'l', direction: 'send', line: 17 }] });
    expect(d.findings.map((f) => f.code)).toEqual([
      'simulcast-rid-dropped', 'simulcast-rid-dropped',
      'simulcast-rid-not-offered', 'simulcast-rid-not-offered',
      'rid-direction-not-reversed', 'rid-direction-not-reversed',
    ]);
  });
});
