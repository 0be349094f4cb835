import { describe, expect, it } from 'vitest';
import { extractDescriptions } from '../../src/extract/index.js';
import { codes, expectOriginsPointAtLines, offsetOf } from './helpers.js';

const SDP = 'v=0\r\no=- 46117317 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=setup:actpass\r\na=mid:0\r\na=rtpmap:111 opus/48000/2\r\n';
const LF = SDP.replaceAll('\r\n', '\n');
const esc = (s: string): string => JSON.stringify(s).slice(1, -1);

/** name, input, expected [source, type] per description, sdp of each (undefined: SDP), codes of the first. */
const table: [string, string, [string, string | undefined][], string[] | undefined, string[]][] = [
  ['raw SDP', SDP, [['raw', undefined]], undefined, []],
  ['raw SDP with LF only (kept: no evidence of CRLF)', LF, [['raw', undefined]], [LF], []],
  ['raw SDP after a line of text', `Offer from Alice:\n${SDP}`, [['raw', undefined]], undefined, []],
  ['two raw SDPs split at v=0', SDP + SDP, [['raw', undefined], ['raw', undefined]], undefined, []],
  ['a byte order mark first', `\ufeff${SDP}`, [['raw', undefined]], undefined, []],
  ['JSON', JSON.stringify({ type: 'offer', sdp: SDP }), [['json', 'offer']], undefined, []],
  ['Chrome\'s "Copy description to clipboard" (JSON {type, sdp})', JSON.stringify({ type: 'answer', sdp: SDP }), [['json', 'answer']], undefined, []],
  ['JSON with the SDP under a key that names the type', JSON.stringify({ remoteOffer: SDP }), [['json', 'offer']], undefined, []],
  ['JSON whose sdp is itself still escaped', JSON.stringify({ type: 'offer', sdp: esc(SDP) }), [['json', 'offer']], undefined, ['extract-unescaped']],
  ['escaped literal', JSON.stringify(SDP), [['escaped', undefined]], undefined, ['extract-unescaped']],
  ['escaped body without quotes', esc(SDP), [['escaped', undefined]], undefined, ['extract-unescaped']],
  ['escaped twice', JSON.stringify(JSON.stringify(SDP)), [['escaped', undefined]], undefined, ['extract-unescaped']],
  ['escaped twice, outer quotes lost', JSON.stringify(JSON.stringify(SDP)).slice(1, -1), [['escaped', undefined]], undefined, ['extract-unescaped']],
  ['escaped with LF escapes only: stays LF', JSON.stringify(LF), [['escaped', undefined]], [LF], ['extract-unescaped']],
  [
    'escaped body with text after it on the line',
    `remote: ${esc(SDP)} (took 3 ms)\n`,
    [['escaped', undefined]],
    undefined,
    ['extract-unescaped', 'extract-trailing-text'],
  ],
  ['a webrtc-internals value copied from the page', `type: offer, sdp: ${SDP}`, [['log', 'offer']], undefined, ['extract-first-line-prefix']],
  ['a webrtc-internals value as an escaped string', JSON.stringify(`type: answer, sdp: ${SDP}`), [['escaped', 'answer']], undefined, ['extract-unescaped', 'extract-first-line-prefix']],
  ['prefixed log', SDP.split(/(?<=\n)/).map((l, i) => `[12:03:07.${100 + i}] [pc1] ${l}`).join(''), [['log', undefined]], undefined, ['extract-prefix-stripped']],
  ['JSON lines (NDJSON)', [{ type: 'offer', sdp: SDP }, { type: 'answer', sdp: SDP }].map((m) => JSON.stringify(m)).join('\n'), [['json', 'offer'], ['json', 'answer']], undefined, ['extract-nested-json']],
  [
    'a truncated JSON message still gives its SDP',
    `{"type":"offer","sdp":"${esc(SDP)}`,
    [['escaped', undefined]],
    undefined,
    ['extract-unescaped'],
  ],
  ['SDP lines without v=0', 'o=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio 9 RTP/AVP 0\n', [['raw', undefined]], ['o=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio 9 RTP/AVP 0\n'], ['extract-no-version-line']],
];

describe('formats', () => {
  it.each(table)('%s', (_name, input, expected, sdps, firstCodes) => {
    const r = extractDescriptions(input);
    expect(r.descriptions.map((d) => [d.source, d.type])).toEqual(expected);
    expect(r.descriptions.map((d) => d.sdp)).toEqual(sdps ?? expected.map(() => SDP));
    expect(codes(r.descriptions[0]!)).toEqual(firstCodes);
    for (const d of r.descriptions) expectOriginsPointAtLines(input, d);
  });

  it('says what it skipped, and what it repaired, with positions in the input', () => {
    const r = extractDescriptions(`Offer from Alice:\n${SDP}`);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([['extract-skipped-text', 'info', 'ignored text that is not SDP: 1 line']]);
    const bom = extractDescriptions(`\ufeff${SDP}`);
    expect(bom.diagnostics.map((d) => [d.code, d.line, d.column, d.endColumn])).toEqual([['extract-bom', 1, 1, 2]]);
    expect(bom.descriptions[0]!.range).toEqual({ line: 1, column: 2, endLine: 10, endColumn: 1 });
  });

  it('points the lines of an escaped string at their columns on the one input line', () => {
    const input = `{"type":"offer","sdp":${JSON.stringify(SDP)}}`;
    const d = extractDescriptions(input).descriptions[0]!;
    expect(d.lineOrigins.slice(0, 3)).toEqual([
      { line: 1, column: 24 },
      { line: 1, column: 31 },
      { line: 1, column: 66 },
    ]);
    expect(input.slice(offsetOf(input, d.lineOrigins[1]!)).startsWith('o=- 46117317')).toBe(true);
    expect(d.range).toEqual({ line: 1, column: 24, endLine: 1, endColumn: input.length - 1 });
  });

  it('restores CRLF only with evidence, and says so', () => {
    const mixed = SDP.split(/(?<=\n)/)
      .map((l, i) => `I ${i} ${i % 2 ? l.replace('\r\n', '\n') : l}`)
      .join('');
    const d = extractDescriptions(mixed).descriptions[0]!;
    expect(d.sdp).toBe(SDP);
    expect(d.diagnostics.map((x) => x.message)).toEqual([
      'stripped the log prefix `I 0 ` from 9 lines',
      '4 of 9 lines ended with LF while the others kept CRLF: CRLF restored',
    ]);
    const allLf = extractDescriptions(LF.split(/(?<=\n)/).map((l, i) => `I ${i} ${l}`).join('')).descriptions[0]!;
    expect(allLf.sdp).toBe(LF);
  });

  it('reports invalid JSON and still scans the text', () => {
    const input = `{"type":"offer","sdp":${JSON.stringify(SDP)},}`;
    const r = extractDescriptions(input);
    expect(r.descriptions.map((d) => d.sdp)).toEqual([SDP]);
    expect(r.diagnostics.map((d) => [d.code, d.message, d.column])).toEqual([
      [
        'extract-invalid-json',
        `the input looks like JSON but is not valid: expected \`"\` to start a member name, found \`}\`; the text was scanned for SDP instead`,
        input.length,
      ],
    ]);
  });

  it('reports what it cannot read', () => {
    const cases: [string, string][] = [
      ['', 'extract-empty-input'],
      [' \n\t', 'extract-empty-input'],
      ['\u001f\u008b\u0008\u0000\u0000', 'extract-compressed'],
      ['nothing to see here', 'extract-no-sdp'],
      ['{"type":"offer","sdp":""}', 'extract-json-without-sdp'],
      ['{"PeerConnections":{}}', 'extract-json-without-sdp'],
    ];
    for (const [input, code] of cases) {
      const r = extractDescriptions(input);
      expect(r.descriptions, input).toEqual([]);
      expect(r.diagnostics.map((d) => d.code), input).toContain(code);
      expect(r.diagnostics.some((d) => d.severity === 'error'), input).toBe(true);
    }
  });

  it('webrtc-internals: a peer connection without descriptions and an implicit setLocalDescription the dump does not record', () => {
    const r = extractDescriptions(
      JSON.stringify({
        PeerConnections: {
          '1-1': { url: 'https://a.example/', updateLog: [{ time: '1', type: 'icegatheringstatechange', value: 'gathering' }] },
          '1-2': {
            url: 'https://a.example/',
            updateLog: [
              { time: '1', type: 'setRemoteDescription', value: `type: offer, sdp: ${SDP}` },
              { time: '2', type: 'setLocalDescription', value: '' },
              { time: '3', type: 'createAnswerOnFailure', value: 'Session error code: ERROR_CONTENT.' },
            ],
          },
        },
      }),
    );
    expect(r.peerConnections!.map((pc) => codes(pc))).toEqual([
      ['extract-no-descriptions'],
      ['extract-create-failed', 'extract-implicit-without-sdp'],
    ]);
    expect(r.peerConnections![1]!.negotiations.map((n) => [n.initiator, n.offer, n.answer, n.complete, n.label])).toEqual([
      ['remote', 0, undefined, false, 'negotiation 1: remote offer → local answer (no answer)'],
    ]);
  });

  it('is fast on a large webrtc-internals dump (stats make most of it)', () => {
    const stats = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [`RTCInboundRTPVideoStream_${i}-framesDecoded`, { statsType: 'inbound-rtp', values: JSON.stringify(Array.from({ length: 300 }, (_, k) => k)) }]),
    );
    const dump = JSON.stringify(
      { PeerConnections: { '1-1': { url: 'https://a.example/', updateLog: [{ time: '1', type: 'setRemoteDescription', value: `type: offer, sdp: ${SDP}` }], stats } }, UserAgent: 'x' },
      null,
      1,
    );
    expect(dump.length).toBeGreaterThan(3_000_000);
    const started = performance.now();
    expect(extractDescriptions(dump).descriptions).toHaveLength(1);
    expect(extractDescriptions(dump.slice(0, -3)).descriptions).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('is fast on a large log', () => {
    const log = Array.from({ length: 300 }, (_, k) => SDP.split(/(?<=\n)/).map((l, i) => `2024-05-14T12:03:07.${k}${i}Z DEBUG [pc${k}] ${l}`).join('') + `INFO step ${k}\n`).join('');
    const started = performance.now();
    const r = extractDescriptions(log);
    expect(r.descriptions).toHaveLength(300);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
