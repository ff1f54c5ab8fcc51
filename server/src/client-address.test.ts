// The client-address policy: the rightmost hop that is not one of our proxies, whatever the
// client wrote to the left of it.
import { describe, expect, it } from 'vitest';
import { clientAddressPolicy, countedAddress, UNKNOWN_ADDRESS } from './client-address.ts';

const FORGED = '198.51.100.23, 203.0.113.7';

describe('clientAddressPolicy', () => {
  it('off: the socket peer, X-Forwarded-For ignored', () => {
    for (const off of [0, false] as const) {
      const address = clientAddressPolicy(off);
      expect(address('192.0.2.1', FORGED)).toBe('192.0.2.1');
      expect(address(undefined, FORGED)).toBe(UNKNOWN_ADDRESS);
    }
  });

  it('one hop (on): the address our proxy appended, never a forged one left of it', () => {
    for (const one of [1, true] as const) {
      const address = clientAddressPolicy(one);
      expect(address('10.0.0.2', FORGED)).toBe('203.0.113.7');
      expect(address('10.0.0.2', '203.0.113.7')).toBe('203.0.113.7');
      expect(address('10.0.0.2', ['198.51.100.1', '203.0.113.7'])).toBe('203.0.113.7'); // repeated header
      expect(address('10.0.0.2', undefined)).toBe('10.0.0.2'); // reached without the proxy
      // In process (no socket): the hop count still applies.
      expect(address(undefined, FORGED)).toBe('203.0.113.7');
    }
  });

  it('two hops: the entry the outer proxy appended', () => {
    const address = clientAddressPolicy(2);
    expect(address('10.0.0.2', '198.51.100.23, 203.0.113.7, 10.0.0.9')).toBe('203.0.113.7');
  });

  it('a proxy list: the rightmost address outside it; an unlisted peer is the client itself', () => {
    const address = clientAddressPolicy(['loopback', '10.0.0.0/8']);
    expect(address('127.0.0.1', FORGED)).toBe('203.0.113.7');
    expect(address('::ffff:127.0.0.1', FORGED)).toBe('203.0.113.7'); // IPv4-mapped peer
    expect(address('127.0.0.1', '198.51.100.23, 203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
    expect(address('192.0.2.1', FORGED)).toBe('192.0.2.1');
    // No socket address (in process): not shown to be a proxy, so the header is not believed.
    expect(address(undefined, FORGED)).toBe(UNKNOWN_ADDRESS);
  });
});

describe('countedAddress', () => {
  it('counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4', () => {
    expect(countedAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(countedAddress('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(countedAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(countedAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(countedAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(countedAddress(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });

  it('is what the policy returns, off or behind a proxy', () => {
    expect(clientAddressPolicy(0)('::ffff:127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(clientAddressPolicy(1)('10.0.0.2', '2001:db8::1, 2001:db8:5:6:7:8:9:a')).toBe('2001:db8:5:6::/64');
  });
});

describe('ports, brackets and garbage in X-Forwarded-For', () => {
  it('drops the port a load balancer appends and unbrackets IPv6, then counts as usual', () => {
    const address = clientAddressPolicy(1);
    for (const port of [1, 4242, 51234, 65535]) expect(address('10.0.0.2', `203.0.113.78:${port}`)).toBe('203.0.113.78');
    expect(address('10.0.0.2', '[::ffff:203.0.113.78]')).toBe('203.0.113.78');
    expect(address('10.0.0.2', '[::ffff:203.0.113.78]:8080')).toBe('203.0.113.78');
    expect(address('10.0.0.2', '[2001:db8:1:2::9]:443')).toBe('2001:db8:1:2::/64');
    expect(address('10.0.0.2', '[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(address('10.0.0.2', ' 203.0.113.78:9 ')).toBe('203.0.113.78');
  });

  it('a proxy list recognises its own hops written with a port', () => {
    const address = clientAddressPolicy(['loopback', '10.0.0.0/8']);
    expect(address('127.0.0.1', '203.0.113.78:5000, 10.1.2.3:80')).toBe('203.0.113.78');
    expect(address('127.0.0.1', '203.0.113.78, [::1]:80')).toBe('203.0.113.78');
  });

  it('an entry that is no address counts as the proxy that wrote it (its socket peer): no budget per string', () => {
    const address = clientAddressPolicy(1);
    for (const garbage of ['garbage', 'unknown', '203.0.113.78:x', '[zz]', '[203.0.113.78', '::ffff:203.0.113.78:80', 'a'.repeat(300)]) {
      expect(address('10.0.0.2', garbage), garbage).toBe('10.0.0.2');
    }
    expect(address('::ffff:10.0.0.2', 'garbage')).toBe('10.0.0.2');
    expect(address(undefined, 'garbage')).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressPolicy(0)('not an address', undefined)).toBe(UNKNOWN_ADDRESS);
  });
});
