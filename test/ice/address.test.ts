import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressFamily, classifyAddress, isLinkLocalIPv6, parseIPv4, parseIPv6 } from '../../src/ice/index.js';

describe('classifyAddress', () => {
  it.each([
    ['192.168.1.145', 'ipv4', 'private', 'RFC 1918 §3'],
    ['10.0.0.36', 'ipv4', 'private', 'RFC 1918 §3'],
    ['172.16.156.106', 'ipv4', 'private', 'RFC 1918 §3'],
    ['172.32.0.1', 'ipv4', 'public', 'RFC 6890 §2.2.2'],
    ['100.64.0.1', 'ipv4', 'cgnat', 'RFC 6598 §7'],
    ['100.127.255.255', 'ipv4', 'cgnat', 'RFC 6598 §7'],
    ['100.128.0.1', 'ipv4', 'public', 'RFC 6890 §2.2.2'],
    ['127.0.0.1', 'ipv4', 'loopback', 'RFC 1122 §3.2.1.3'],
    ['169.254.10.20', 'ipv4', 'link-local', 'RFC 3927 §2.1'],
    ['192.0.2.1', 'ipv4', 'documentation', 'RFC 5737 §3'],
    ['198.51.100.7', 'ipv4', 'documentation', 'RFC 5737 §3'],
    ['203.0.113.1', 'ipv4', 'documentation', 'RFC 5737 §3'],
    ['0.0.0.0', 'ipv4', 'unspecified', 'RFC 1122 §3.2.1.3'],
    ['224.0.0.251', 'ipv4', 'multicast', 'RFC 5771 §3'],
    ['240.0.0.1', 'ipv4', 'reserved', 'RFC 6890 §2.2.2'],
    ['74.125.197.127', 'ipv4', 'public', 'RFC 6890 §2.2.2'],
    ['::', 'ipv6', 'unspecified', 'RFC 4291 §2.5.2'],
    ['::1', 'ipv6', 'loopback', 'RFC 4291 §2.5.3'],
    ['fe80::1%en0', 'ipv6', 'link-local', 'RFC 4291 §2.5.6'],
    ['FEBF::1', 'ipv6', 'link-local', 'RFC 4291 §2.5.6'],
    ['fec0::1', 'ipv6', 'site-local', 'RFC 3879 §4'],
    ['fd12:3456:789a::1', 'ipv6', 'ula', 'RFC 4193 §3'],
    ['fcd9:e3b8:12ce:9fc5:74a5:c6bb:d8b:e08a', 'ipv6', 'ula', 'RFC 4193 §3'],
    ['2001:db8::1', 'ipv6', 'documentation', 'RFC 3849 §4; RFC 9637 §3'],
    ['3fff:0fff::1', 'ipv6', 'documentation', 'RFC 3849 §4; RFC 9637 §3'],
    ['2607:f8b0:400e:c03::7f', 'ipv6', 'public', 'RFC 4291 §2.5.4'],
    ['ff02::fb', 'ipv6', 'multicast', 'RFC 4291 §2.7'],
    ['::ffff:192.168.1.1', 'ipv6', 'private', 'RFC 4291 §2.5.5.2; RFC 1918 §3'],
    ['64:ff9b::8.8.8.8', 'ipv6', 'public', 'RFC 6052 §2.1'],
    ['4a8e4e0f-8c1a-4b7b-9a3e-0d5b0f6c2a11.local', 'mdns', 'mdns', 'RFC 6762 §3; draft-ietf-mmusic-mdns-ice-candidates §3.1'],
    ['Host.LOCAL.', 'mdns', 'mdns', 'RFC 6762 §3; draft-ietf-mmusic-mdns-ice-candidates §3.1'],
    ['turn.example.com', 'fqdn', 'fqdn', 'RFC 8839 §5.1'],
    ['1.2.3.999', 'invalid', 'invalid', 'RFC 8839 §5.1'],
    ['1.2.3', 'invalid', 'invalid', 'RFC 8839 §5.1'],
    ['fe80:::1', 'invalid', 'invalid', 'RFC 8839 §5.1'],
    ['1:2:3:4:5:6:7:8:9', 'invalid', 'invalid', 'RFC 8839 §5.1'],
    ['', 'invalid', 'invalid', 'RFC 8839 §5.1'],
    ['bad name!', 'invalid', 'invalid', 'RFC 8839 §5.1'],
  ])('%s is %s / %s (%s)', (address, family, cls, ref) => {
    const info = classifyAddress(address);
    expect([info.family, info.class, info.ref]).toEqual([family, cls, ref]);
    expect(addressFamily(address)).toBe(family);
  });

  it('names the IPv4 address inside an IPv4-mapped IPv6 address', () => {
    expect(classifyAddress('::ffff:c0a8:101').mappedIPv4).toBe('192.168.1.1');
  });

  it('says what the class means', () => {
    expect(classifyAddress('100.64.1.1').words).toBe('carrier-grade NAT shared address (100.64.0.0/10), behind an ISP NAT');
  });
});

describe('parsing helpers', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['::2:3', [0, 0, 0, 0, 0, 0, 2, 3]],
    ['2607:f8b0:400e:c03::7f', [0x2607, 0xf8b0, 0x400e, 0xc03, 0, 0, 0, 0x7f]],
    ['[fe80::1]', [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x102, 0x304]],
  ])('parseIPv6(%s)', (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });

  it.each(['1:2:3:4:5:6:7', '1::2::3', '12345::', 'g::1', '1.2.3.4', '::1.2.3', '1:2:3:4:5:6:7::8'])('parseIPv6 rejects %s', (text) => {
    expect(parseIPv6(text)).toBeUndefined();
  });

  it.each(['01.2.3.4', '256.1.1.1', '1.2.3.4.5', '+1.2.3.4', ' 1.2.3.4'])('parseIPv4 rejects %s', (text) => {
    expect(parseIPv4(text)).toBeUndefined();
  });

  it('isLinkLocalIPv6 is fe80::/10 only', () => {
    expect(isLinkLocalIPv6('fe80::1')).toBe(true);
    expect(isLinkLocalIPv6('febf:ffff::1')).toBe(true);
    expect(isLinkLocalIPv6('fec0::1')).toBe(false);
    expect(isLinkLocalIPv6('169.254.1.1')).toBe(false);
  });

  it('property: every IPv4 address round-trips and is classified as ipv4', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const octets = parseIPv4(ip);
        return octets !== undefined && octets.join('.') === ip && classifyAddress(ip).family === 'ipv4';
      }),
    );
  });

  it('property: every IPv6 text form parses to 8 groups that re-parse the same from full form', () => {
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const g = parseIPv6(ip);
        if (g === undefined || g.length !== 8 || !g.every((x) => x >= 0 && x <= 0xffff)) return false;
        const full = g.map((x) => x.toString(16)).join(':');
        return JSON.stringify(parseIPv6(full)) === JSON.stringify(g) && classifyAddress(ip).family === 'ipv6';
      }),
    );
  });
});
