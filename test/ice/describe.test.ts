import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCandidate, iceFindingCodes } from '../../src/ice/index.js';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';
import { cand, corpusCandidates, hasCorpus, make, noCorpusMessage } from './helpers.js';

describe('describeCandidate', () => {
  it('explains a Chrome srflx line field by field (sdp-transform normal.sdp)', () => {
    const d = describeCandidate(
      cand('a=candidate:2 1 UDP 1686052607 203.0.113.1 54402 typ srflx raddr 192.168.1.145 rport 54402 generation 0 network-id 3 network-cost 10'),
    );
    expect(d.summary).toBe('server-reflexive UDP candidate 203.0.113.1 54402 (documentation), RTP (or everything, with rtcp-mux), libwebrtc (Chrome, Edge, Safari, native apps)');
    expect(d.type).toMatchObject({ value: 'srflx', known: true, ref: 'RFC 8445 §5.1.1.2' });
    expect(d.address.info).toMatchObject({ family: 'ipv4', class: 'documentation' });
    expect(d.related).toMatchObject({
      value: '192.168.1.145 54402',
      port: 54402,
      meaning: "the base: the agent's own (host) address behind the NAT; private network address (RFC 1918), reachable only inside its network",
    });
    expect(d.related?.info.class).toBe('private');
    expect(d.priority.decoded).toEqual({ typePreference: 100, localPreference: 32542, component: 1, findings: [] });
    expect(d.implementation.guess.implementation).toBe('libwebrtc');
    expect(d.extensions.map((e) => [e.name, e.value, e.known])).toEqual([
      ['generation', '0', true],
      ['network-id', '3', true],
      ['network-cost', '10', true],
    ]);
    expect(d.extensions[2]!.meaning).toBe("libwebrtc's network cost 10: Wi-Fi; lower costs are preferred");
    expect(d.relayProtocol).toBeUndefined();
    expect(d.findings).toEqual([]);
  });

  it('every fact carries an RFC reference', () => {
    const d = describeCandidate(cand('candidate:1 1 udp 41885439 198.51.100.1 3478 typ relay raddr 203.0.113.1 rport 5000 generation 1 ufrag abcd network-cost 901 foo bar'));
    const facts = [d.foundation, d.component, d.type, d.transport, d.address, d.related!, d.priority, d.relayProtocol!, d.implementation, ...d.extensions];
    for (const f of facts) expect(f.ref).toMatch(/RFC \d+|draft-/);
  });

  it('tells the relay protocol when the priority layout encodes it', () => {
    const d = describeCandidate(cand('candidate:3 1 UDP 92217343 198.51.100.1 5000 typ relay raddr 203.0.113.1 rport 5000'));
    expect(d.relayProtocol).toMatchObject({ value: 'UDP', protocols: ['udp'], ref: 'RFC 8656 §3.1' });
    const chrome = describeCandidate(cand('candidate:1 1 udp 41885439 198.51.100.1 3478 typ relay raddr 203.0.113.1 rport 5000'));
    expect(chrome.relayProtocol?.value).toBe('UDP or DTLS');
    const unknown = describeCandidate(cand('candidate:1 1 udp 1234 198.51.100.1 3478 typ relay raddr 203.0.113.1 rport 5000'));
    expect(unknown.relayProtocol).toBeUndefined();
  });

  it('explains extensions in words, including VPN network costs and unknown names', () => {
    const d = describeCandidate(cand('candidate:1 1 udp 2122260223 10.0.0.1 5000 typ host ufrag EsAw network-cost 901 network-id 2 x-custom 7'));
    expect(d.extensions.map((e) => e.meaning)).toEqual([
      'the username fragment (EsAw) of the ICE session this candidate belongs to, so it is not applied to another session after a restart',
      "libwebrtc's network cost 901: cellular (generic, or any cellular when costs are not differentiated) through a VPN (+1); lower costs are preferred",
      "libwebrtc's id 2 of the local network interface that gathered the candidate (same id, same interface)",
      'an extension sdpkit does not know; it is kept as is',
    ]);
    expect(d.extensions[3]!.known).toBe(false);
  });

  it('TCP types in words', () => {
    expect(describeCandidate(cand('candidate:1 1 TCP 2128609279 10.0.1.1 9 typ host tcptype active')).transport).toMatchObject({
      value: 'TCP tcptype active',
      tcpType: 'active',
      meaning: 'TCP, active: opens outgoing TCP connections only (its port is a placeholder, often 9)',
      ref: 'RFC 6544 §4.5',
    });
    const noType = describeCandidate(cand('candidate:1 1 tcp 1509957375 192.168.34.75 0 typ host'));
    expect(noType.findings.map((f) => f.code)).toEqual(['tcp-candidate-without-tcptype']);
  });

  it('an mDNS host: family unknown, class mdns', () => {
    const d = describeCandidate(cand('candidate:1 1 udp 2122260223 4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local 54321 typ host generation 0'));
    expect(d.address.info).toMatchObject({ family: 'mdns', class: 'mdns' });
    expect(d.summary).toBe('host UDP candidate 4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local 54321 (mdns), RTP (or everything, with rtcp-mux), libwebrtc (Chrome, Edge, Safari, native apps)');
  });

  it('a hidden related address (0.0.0.0 0) is said to be hidden', () => {
    const d = describeCandidate(cand('candidate:1 1 udp 1686052607 203.0.113.1 5000 typ srflx raddr 0.0.0.0 rport 0'));
    expect(d.related?.meaning).toBe('hidden: 0.0.0.0 0 is sent so that the local address does not leak');
  });

  it('collects the oddities of the Google ICE-lite host line (sdp-transform icelite.sdp)', () => {
    const d = describeCandidate(cand('a=candidate:X 1 UDP 659136 192.168.100.100 10018 typ host'));
    expect(d.findings.map((f) => f.code)).toEqual(['priority-component-mismatch', 'type-preference-inconsistent']);
    expect(d.implementation.value).toBe('unknown');
    expect(d.summary).toBe('host UDP candidate 192.168.100.100 10018 (private), RTP (or everything, with rtcp-mux), stack unknown');
  });

  it('an ambiguous stack is shown with a question mark', () => {
    expect(describeCandidate(cand('candidate:1 1 udp 2130706431 10.0.0.1 5000 typ host')).summary).toBe(
      'host UDP candidate 10.0.0.1 5000 (private), RTP (or everything, with rtcp-mux), pion/ice (Go) or aioice (Python) / werift (TypeScript)?',
    );
  });

  it('unknown type, invalid address, related address on a host', () => {
    const d = describeCandidate(make({ address: 'bad address!', port: 1, type: 'weird', priority: 2122260223 }));
    expect(d.findings.map((f) => f.code)).toEqual(['unknown-candidate-type', 'invalid-address']);
    const h = describeCandidate(make({ address: '10.0.0.1', port: 1, type: 'host', priority: 2122260223, relatedAddress: '10.0.0.9', relatedPort: 9 }));
    expect(h.findings.map((f) => f.code)).toEqual(['related-address-on-host']);
  });

  it('property: never throws, returns plain data, and every finding code is catalogued', () => {
    const arb = fc.record({
      foundation: fc.string({ maxLength: 4 }),
      component: fc.integer({ min: 1, max: 256 }),
      transport: fc.constantFrom('udp', 'tcp', 'TCP', 'ssltcp', 'sctp'),
      priority: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      address: fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('x.local', 'a.example', 'not valid')),
      port: fc.integer({ min: 0, max: 65535 }),
      type: fc.constantFrom('host', 'srflx', 'prflx', 'relay', 'other'),
      extensions: fc.array(fc.tuple(fc.constantFrom('generation', 'ufrag', 'network-id', 'network-cost', 'zzz'), fc.string({ minLength: 1, maxLength: 4 })), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(arb, (c: Candidate) => {
        const d = describeCandidate(c);
        JSON.stringify(d);
        return d.summary.length > 0 && d.extensions.length === c.extensions.length && d.findings.every((f) => f.code in iceFindingCodes && f.ref === iceFindingCodes[f.code].ref);
      }),
    );
  });
});

describe.skipIf(!hasCorpus)('describeCandidate on every candidate of real SDP files', () => {
  if (!hasCorpus) it.skip(noCorpusMessage, () => {});

  it.each(['sdp-transform/jssip.sdp', 'sdp-transform/hacky.sdp', 'webrtc-sdp/11.sdp', 'werift/issue_141_offer.sdp'])('%s', (file) => {
    for (const c of corpusCandidates(file)) {
      const d = describeCandidate(c);
      expect(d.priority.decoded.component).toBeGreaterThanOrEqual(1);
      expect(d.address.value).toBe(`${c.address} ${c.port}`);
    }
  });

  it('werift/issue_141_offer.sdp: the Google server encodes the transport in the component byte', () => {
    const codes = corpusCandidates('werift/issue_141_offer.sdp').map((c) => `${c.transport}:${describeCandidate(c).findings.map((f) => f.code).join(',')}`);
    expect(codes).toEqual(['udp:', 'tcp:priority-component-mismatch', 'ssltcp:priority-component-mismatch', 'udp:', 'tcp:priority-component-mismatch', 'ssltcp:priority-component-mismatch']);
  });
});
