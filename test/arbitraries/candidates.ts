/**
 * Candidates for fast-check properties of the ICE code: few addresses and
 * ports, so that generated lists pair, repeat transport addresses (redundant
 * pairs), name their base (raddr/rport) or not, and mix families (IPv4, IPv6,
 * link-local, mDNS, DNS names), components, UDP and TCP.
 */
import fc from 'fast-check';
import type { Candidate } from '../../src/parser/model/attributes/candidate.js';

export const candidateAddresses = ['10.0.0.1', '10.0.0.2', '192.0.2.7', '2001:db8::1', '2001:db8::2', 'fe80::1', 'fe80::2', 'peer.local', 'turn.example.com'];

export function arbCandidate(side: 'local' | 'remote'): fc.Arbitrary<Candidate> {
  return fc
    .record({
      foundation: fc.constantFrom('1', '2', '3'),
      component: fc.integer({ min: 1, max: 2 }),
      transport: fc.constantFrom('udp', 'UDP', 'tcp'),
      tcpType: fc.constantFrom('active', 'passive', 'so', undefined),
      priority: fc.oneof(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom(2130706431, 1694498815, 16777215)),
      address: fc.constantFrom(...candidateAddresses),
      port: fc.integer({ min: 1, max: 3 }),
      type: fc.constantFrom('host', 'host', 'srflx', 'relay', 'prflx'),
      raddr: fc.constantFrom(...candidateAddresses),
      rport: fc.integer({ min: 1, max: 3 }),
    })
    .map((r) => {
      const c: Candidate = { foundation: side === 'local' ? r.foundation : `r${r.foundation}`, component: r.component, transport: r.transport, priority: r.priority, address: r.address, port: r.port, type: r.type, extensions: [] };
      if (r.tcpType !== undefined) c.tcpType = r.tcpType;
      if (r.type !== 'host') {
        c.relatedAddress = r.raddr;
        c.relatedPort = r.rport;
      }
      return c;
    });
}
