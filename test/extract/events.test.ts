import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDescriptions } from '../../src/extract/index.js';
import { candidateFields, candidateSummary } from '../../src/extract/events.js';
import { fixture } from './helpers.js';

describe('peer connection events (the timeline of a dump)', () => {
  const result = extractDescriptions(fixture('webrtc-internals-two-pcs.json'));
  const [pc1, pc2] = result.peerConnections!;

  it('lists every update of the log, in order, with its line, negotiation and kind', () => {
    expect(pc1!.events).toHaveLength(28);
    const rows = pc1!.events.filter((e) => e.kind !== 'other').map((e) => [e.kind, e.negotiation ?? '-', e.text, e.range.line]);
    expect(rows).toEqual([
      ['description', 1, 'createOfferOnSuccess offer', 41],
      ['description', 1, 'setLocalDescription offer', 46],
      ['state', 1, 'signaling: have-local-offer', 51],
      ['state', 1, 'ICE gathering: gathering', 61],
      ['candidate', 1, 'gathered local candidate 192.0.2.23:51372 udp host', 66],
      ['candidate', 1, 'gathered local candidate 203.0.113.7:51372 udp srflx', 71],
      ['description', 1, 'setRemoteDescription answer', 76],
      ['state', 1, 'signaling: stable', 86],
      ['state', 1, 'ICE connection: checking', 96],
      ['state', 1, 'ICE connection: connected', 101],
      ['state', 1, 'connection: connected', 106],
      ['description', 2, 'createOfferOnSuccess offer', 126],
      ['description', 2, 'setLocalDescription offer', 131],
      ['state', 2, 'signaling: have-local-offer', 136],
      ['description', 2, 'setRemoteDescription answer', 146],
      ['state', 2, 'signaling: stable', 151],
    ]);
    const described = pc1!.events.filter((e) => e.description !== undefined).map((e) => e.description);
    expect(described).toEqual(pc1!.descriptions);
  });

  it('keeps trickled candidates with their mid, line index and negotiation', () => {
    expect(pc1!.candidates.map((c) => [c.side, c.sdpMid, c.sdpMLineIndex, c.negotiation, c.range.line, c.event])).toEqual([
      ['local', '0', 0, 1, 66, 9],
      ['local', '0', 0, 1, 71, 10],
    ]);
    expect(pc2!.candidates).toHaveLength(1);
    expect(pc2!.candidates[0]).toMatchObject({ side: 'remote', candidate: 'candidate:0 1 UDP 2122252543 198.51.100.50 56789 typ host', endOfCandidates: false });
  });

  it('reads the stats series it understands and skips the rest', () => {
    expect(pc1!.stats?.transports.map((t) => t.id)).toEqual(['T01']);
    expect(pc2!.stats).toBeUndefined();
  });
});

describe('candidate fields as dumps log them', () => {
  it.each([
    ['sdpMid: 0, sdpMLineIndex: 0, candidate: candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0 ufrag AbCd network-id 1', { sdpMid: '0', sdpMLineIndex: '0', candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host generation 0 ufrag AbCd network-id 1' }],
    ['sdpMid: 0, sdpMLineIndex: 0, candidate: candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host, url: stun:stun.example.org', { sdpMid: '0', sdpMLineIndex: '0', candidate: 'candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host', url: 'stun:stun.example.org' }],
    ['{"candidate":"candidate:1 1 udp 1 127.0.0.1 9 typ host","sdpMid":"1","sdpMLineIndex":1,"usernameFragment":"u1"}', { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host', sdpMid: '1', sdpMLineIndex: '1', usernameFragment: 'u1' }],
    ['sdpMid: 0, sdpMLineIndex: 0, candidate: ', { sdpMid: '0', sdpMLineIndex: '0', candidate: '' }],
    ['a=candidate:1 1 udp 1 127.0.0.1 9 typ host', { candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host' }],
    ['', {}],
  ])('%j', (text, fields) => {
    expect(candidateFields(text)).toEqual(fields);
  });

  it('is undefined for text that is not a candidate', () => {
    expect(candidateFields('gathering')).toBeUndefined();
    expect(candidateFields('{broken')).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        candidateFields(s);
        candidateSummary(s);
      }),
    );
  });
});

describe('rollbacks, failed calls and ICE restarts as events', () => {
  const offer = (ufrag: string, version: number): string =>
    `v=0\r\no=- 1 ${version} IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=ice-ufrag:${ufrag}\r\na=ice-pwd:${ufrag}pppppppppppppppppppp\r\na=mid:0\r\na=rtpmap:111 opus/48000/2\r\n`;
  const answer = offer;
  const dump = JSON.stringify(
    {
      PeerConnections: {
        '1-1': {
          url: 'https://app.example',
          updateLog: [
            { time: 't1', type: 'setLocalDescription', value: `type: offer, sdp: ${offer('aaaa', 2)}` },
            { time: 't2', type: 'setRemoteDescription', value: `type: answer, sdp: ${answer('bbbb', 2)}` },
            { time: 't3', type: 'setRemoteDescription', value: `type: offer, sdp: ${offer('bbbb', 3)}` },
            { time: 't4', type: 'setRemoteDescriptionOnFailure', value: 'Failed to set remote offer sdp: boom' },
            { time: 't5', type: 'setLocalDescription', value: `type: offer, sdp: ${offer('cccc', 3)}` },
            { time: 't6', type: 'setLocalDescription', value: 'type: rollback, sdp: ' },
            { time: 't7', type: 'setLocalDescription', value: `type: offer, sdp: ${offer('dddd', 4)}` },
            { time: 't8', type: 'setRemoteDescription', value: `type: answer, sdp: ${answer('eeee', 3)}` },
            { time: 't9', type: 'addIceCandidateFailed', value: 'sdpMid: 0, sdpMLineIndex: 0, candidate: candidate:1 1 udp 1 127.0.0.1 9 typ host' },
          ],
        },
      },
    },
    null,
    1,
  );
  const pc = extractDescriptions(dump).peerConnections![0]!;

  it('names each, with the negotiation it belongs to', () => {
    expect(pc.events.map((e) => [e.kind, e.negotiation ?? '-', e.text])).toEqual([
      ['description', 1, 'setLocalDescription offer'],
      ['description', 1, 'setRemoteDescription answer'],
      ['description', 1, 'setRemoteDescription offer'],
      ['set-failed', 1, 'setRemoteDescription failed: Failed to set remote offer sdp: boom'],
      ['description', 2, 'setLocalDescription offer'],
      ['ice-restart', 2, 'ICE restart: local ufrag aaaa → cccc'],
      ['rollback', 2, 'setLocalDescription rollback'],
      ['description', 3, 'setLocalDescription offer'],
      ['ice-restart', 3, 'ICE restart: local ufrag aaaa → dddd'],
      ['description', 3, 'setRemoteDescription answer'],
      ['candidate-failed', 3, 'addIceCandidate failed: 127.0.0.1:9 udp host: the browser refused the candidate'],
    ]);
    expect(pc.events[3]!.error).toBe('Failed to set remote offer sdp: boom');
    expect(pc.negotiations.map((n) => n.label)).toEqual([
      'negotiation 1: local offer → remote answer',
      'negotiation 2: local offer → remote answer (rolled back)',
      'negotiation 3: local offer → remote answer',
    ]);
  });
});
