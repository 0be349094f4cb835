import { describe, expect, it } from 'vitest';
import { diffOfferAnswer } from '../../src/diff/index.js';
import { pair } from './helpers.js';

const rids = (dir: 'send' | 'recv', ids: string[]): string[] => ids.map((id) => `a=rid:${id} ${dir}`);
const video = (lines: string[]) => ({ kind: 'video', codecs: ['96 VP8/90000'], lines, direction: 'sendonly' as const });
const videoAnswer = (lines: string[]) => ({ kind: 'video', codecs: ['96 VP8/90000'], lines, direction: 'recvonly' as const });

describe('simulcast (RFC 8853 §5.3) and rids (RFC 8851)', () => {
  it('offer send h;m;l answered recv h;m;l: the offerer sends three layers', () => {
    const [o, a] = pair(
      video([...rids('send', ['h', 'm', 'l']), 'a=simulcast:send h;m;l']),
      videoAnswer([...rids('recv', ['h', 'm', 'l']), 'a=simulcast:recv h;m;l']),
    );
    const d = diffOfferAnswer(o, a);
    const sc = d.sections[0]!.simulcast!;
    expect(sc).toMatchObject({ offererSends: ['h', 'm', 'l'], offererReceives: [], dropped: [], notOffered: [], declined: false, offerLine: 18, answerLine: 18 });
    expect(sc.rids[0]).toEqual({ rid: 'h', direction: 'send', accepted: true, pausedInOffer: false, pausedInAnswer: false, offerLine: 15, answerLine: 15 });
    expect(d.findings).toEqual([]);
    expect(d.sections[0]!.summary).toBe('video mid 0: sendonly ↔ recvonly, VP8/90000 accepted, simulcast: offerer sends h,m,l, DTLS client: answerer');
  });

  it('a removed layer degrades; a paused one is noted; alternatives count as layers', () => {
    const [o, a] = pair(
      video([...rids('send', ['h', 'm', 'l', 'x']), 'a=simulcast:send h,x;m;l']),
      videoAnswer([...rids('recv', ['h', 'm']), 'a=simulcast:recv h;~m']),
    );
    const d = diffOfferAnswer(o, a);
    const sc = d.sections[0]!.simulcast!;
    expect(sc.offererSends).toEqual(['h', 'm']);
    expect(sc.dropped).toEqual(['x', 'l']);
    expect(sc.rids.find((r) => r.rid === 'm')).toMatchObject({ accepted: true, pausedInAnswer: true });
    expect(d.findings.map((f) => f.code)).toEqual(['simulcast-rid-dropped', 'simulcast-rid-paused', 'simulcast-rid-dropped']);
    expect(d.verdict.status).toBe('degraded');
  });

  it('offer recv ↔ answer send: the offerer receives (an SFU offering to receive)', () => {
    const [o, a] = pair(
      { kind: 'video', codecs: ['96 VP8/90000'], direction: 'recvonly', lines: [...rids('recv', ['a', 'b']), 'a=simulcast:recv a;b'] },
      { kind: 'video', codecs: ['96 VP8/90000'], direction: 'sendonly', lines: [...rids('send', ['a', 'b']), 'a=simulcast:send a;b'] },
    );
    const sc = diffOfferAnswer(o, a).sections[0]!.simulcast!;
    expect(sc.offererReceives).toEqual(['a', 'b']);
    expect(sc.offererSends).toEqual([]);
  });

  it('an answer that keeps the offered direction: layers dropped, rids not offered, rid directions not reversed', () => {
    const [o, a] = pair(
      video([...rids('send', ['h', 'l']), 'a=simulcast:send h;l']),
      videoAnswer([...rids('send', ['h', 'l']), 'a=simulcast:send h;l']),
    );
    const d = diffOfferAnswer(o, a);
    expect(d.sections[0]!.simulcast).toMatchObject({ offererSends: [], dropped: ['h', 'l'], notOffered: [{ rid: 'h', direction: 'send', line: 15 }, { rid: 'l', direction: 'send', line: 16 }] });
    expect(d.findings.map((f) => f.code)).toEqual([
      'simulcast-rid-dropped', 'simulcast-rid-dropped',
      'simulcast-rid-not-offered', 'simulcast-rid-not-offered',
      'rid-direction-not-reversed', 'rid-direction-not-reversed',
    ]);
  });

  it('no a=simulcast in the answer: declined, one stream', () => {
    const [o, a] = pair(video([...rids('send', ['h', 'l']), 'a=simulcast:send h;l']), videoAnswer([]));
    const d = diffOfferAnswer(o, a);
    expect(d.sections[0]!.simulcast).toMatchObject({ declined: true, dropped: ['h', 'l'] });
    expect(d.verdict).toEqual({ status: 'degraded', reasons: ['the offer proposed simulcast (h, l) and the answer has no a=simulcast: one stream is used'] });
    expect(d.sections[0]!.summary).toContain('simulcast declined');
  });
});
