import dns from 'node:dns';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where webhooks may be sent: only to public unicast addresses, so that an editor's webhook (or a
 * stolen editor session) cannot make the gateway call into its own network — the database, a
 * cloud metadata service at 169.254.169.254, an admin port on loopback (server-side request
 * forgery). `allowPrivate` (WEBHOOK_ALLOW_PRIVATE) lifts the rule for receivers on a private
 * network and for tests.
 *
 * An address is public when ipaddr.js's range() calls it `unicast` after IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) is unwrapped: every special-purpose range it knows (loopback, private,
 * link-local, unique-local, site-local, carrier-grade NAT, multicast, broadcast, unspecified,
 * reserved and benchmarking (198.18.0.0/15), discard-only, 6to4/Teredo/NAT64 (RFC 6052 and the
 * local-use 64:ff9b:1::/48 of RFC 8215) which embed IPv4 addresses) is refused; an IPv6 address
 * must also lie in global unicast, 2000::/3.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv6' && !ip.match(GLOBAL_UNICAST_V6)) return false;
  return ip.range() === 'unicast';
}

/**
 * 2000::/3, the only IPv6 block IANA allocates for global unicast (RFC 4291 §2.4, IANA's IPv6
 * address space registry). Outside it, ipaddr.js still calls some addresses `unicast`: the
 * deprecated IPv4-compatible `::a.b.c.d` (`::127.0.0.1` reaches loopback on some stacks) and
 * blocks it does not name.
 */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The address could not be used: it is not public, or the host does not resolve. */
export class WebhookAddressError extends Error {
  override name = 'WebhookAddressError';
}

/** The host of a URL without IPv6 brackets (`[::1]` → `::1`). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks that `url`'s host is, or resolves only to, public addresses (all of them: one private
 * address among public ones is refused, since the connection may pick it).
 * @throws WebhookAddressError naming the refused address, or when the host does not resolve.
 */
export async function assertPublicHost(url: URL): Promise<void> {
  const host = hostOf(url);
  const addresses = net.isIP(host) ? [host] : await resolveAll(host);
  for (const address of addresses) {
    if (!isPublicAddress(address)) {
      throw new WebhookAddressError(`${host === address ? address : `${host} resolves to ${address}, which`} is not a public address.`);
    }
  }
}

async function resolveAll(host: string): Promise<string[]> {
  try {
    return (await dns.promises.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
  } catch {
    throw new WebhookAddressError(`The host ${host} does not resolve.`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request/net.connect that resolves like dns.lookup but fails when any
 * address is not public. The socket connects to exactly the addresses checked here, so a DNS
 * answer that changes between the check at save time and the request (DNS rebinding) cannot
 * steer a delivery into the private network. IP-literal hosts never reach a lookup: callers
 * check them with {@link assertPublicHost} first.
 */
export function publicOnlyLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) {
      const denied: NodeJS.ErrnoException = new WebhookAddressError(
        `${hostname} resolves to ${refused.address}, which is not a public address.`,
      );
      denied.code = 'EADDRNOTPUBLIC';
      return callback(denied, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address.`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
