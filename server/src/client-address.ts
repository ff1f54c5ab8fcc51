import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/**
 * Which peers may tell us the client's address (TRUST_PROXY):
 * - `0` / `false`: none — the client is the socket's peer and X-Forwarded-For is ignored;
 * - a hop count `n` (`true` = `1`): the last `n` hops are our proxies (the socket's peer and the
 *   `n - 1` rightmost X-Forwarded-For entries), so the client is the entry the outermost of them
 *   appended;
 * - addresses, CIDRs and proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`): a hop is
 *   ours when its address is in the list, so the client is the rightmost hop that is not.
 */
export type TrustProxy = boolean | number | readonly string[];

/**
 * The client address of one request, as counted by rate limits and sign-in lockouts, from its
 * socket's peer address (undefined when there is no socket: an in-process `yoga.fetch`) and its
 * X-Forwarded-For header (joined when repeated).
 */
export type ClientAddress = (peer: string | undefined, forwardedFor: string | readonly string[] | null | undefined) => string;

/** What a request without any usable address is counted as (one shared budget). */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * IPv6 clients are counted by their /64: the smallest prefix one subscriber gets (a LAN under
 * SLAAC, RFC 6177 assigns /48–/64 per site), inside which anyone can take 2^64 fresh addresses.
 */
const IPV6_PREFIX = 64;

/** `[v6]` or `[v6]:port` (RFC 3986 host form), and `a.b.c.d:port`: what some proxies write. */
const BRACKETED = /^\[([^\]]*)\](?::\d{1,5})?$/;
const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;

/**
 * An X-Forwarded-For entry or socket address without the port and brackets some load balancers
 * add (`203.0.113.7:51234` → `203.0.113.7`, `[2001:db8::1]:443` and `[2001:db8::1]` →
 * `2001:db8::1`); anything else trimmed and otherwise as given.
 */
export function hostOf(entry: string): string {
  const text = entry.trim();
  return BRACKETED.exec(text)?.[1] ?? IPV4_WITH_PORT.exec(text)?.[1] ?? text;
}

/**
 * The counted form of an address (after {@link hostOf}): IPv4 as is (an IPv4-mapped IPv6
 * address, `::ffff:a.b.c.d`, as the IPv4 address it maps); IPv6 as its /64 network
 * (`2001:db8:1:2::/64`), so rotating addresses inside one's own prefix, or the client port a
 * proxy appends, gives no fresh budget or lockout. Null when `text` is not an IP address.
 */
export function addressOf(text: string | undefined): string | null {
  if (!text) return null;
  const host = hostOf(text);
  if (!ipaddr.isValid(host)) return null;
  const parsed = ipaddr.process(host);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.map((part, i) => (i < IPV6_PREFIX / 16 ? part : 0));
  return `${new ipaddr.IPv6(parts).toString()}/${IPV6_PREFIX}`;
}

/** {@link addressOf}, or `address` unchanged when it is not an IP address. */
export function countedAddress(address: string): string {
  return addressOf(address) ?? address;
}

const HOP_COUNT = /^\d{1,2}$/;
const ON = ['on', 'true', 'yes'];
const OFF = ['off', 'false', 'no'];

/**
 * Parses TRUST_PROXY: `off`/`on` (on = 1 hop, the usual single reverse proxy), a hop count
 * (`0`–`99`), or comma-separated proxy addresses/CIDRs/names (`127.0.0.1,10.0.0.0/8`,
 * `loopback`). Returns the count or the list; null when the value is none of these (an address
 * or range proxy-addr cannot parse).
 */
export function parseTrustProxy(value: string): number | string[] | null {
  const lower = value.trim().toLowerCase();
  if (ON.includes(lower)) return 1;
  if (OFF.includes(lower)) return 0;
  if (HOP_COUNT.test(lower)) return Number(lower);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  try {
    proxyAddr.compile(entries);
    return entries;
  } catch {
    return null;
  }
}

/**
 * The client-address policy, compiled once for a TRUST_PROXY setting. Every place that needs
 * "who is calling" (the per-IP request budget in Yoga and on the HTTP fast path, the sign-in
 * lockout and throttle, logs) uses the function this returns, so they always agree.
 *
 * The client is the rightmost hop that is not a trusted proxy (proxy-addr's walk, as Express
 * does it): entries left of it were written by the client and are never believed. With a proxy
 * list, a request without a socket address (in-process) cannot be shown to come through a proxy,
 * so its X-Forwarded-For is ignored; a hop count needs no address and applies as usual.
 * Only X-Forwarded-For is read (not RFC 7239 `Forwarded`): that is what the proxies we document
 * (nginx, Caddy, Traefik, cloud load balancers) append to. Its entries may carry a port or
 * brackets (`a.b.c.d:port`, `[v6]:port`, `[v6]`; {@link hostOf}), which are dropped before the
 * walk, so a proxy list also recognises a hop written with a port.
 * An entry chosen as the client that is not an IP address at all can only come from a trusted
 * but misconfigured proxy: it is counted as the socket's peer (that proxy) instead, so garbage
 * shares one budget and can never buy a fresh one per string.
 * @returns the client's address in its counted form ({@link addressOf}: IPv4, or an IPv6 /64
 *   network), or {@link UNKNOWN_ADDRESS}.
 */
export function clientAddressPolicy(trust: TrustProxy): ClientAddress {
  const hops = typeof trust === 'boolean' ? Number(trust) : trust;
  if (hops === 0 || (Array.isArray(hops) && hops.length === 0)) return (peer) => addressOf(peer) ?? UNKNOWN_ADDRESS;
  const isTrusted: (address: string, hop: number) => boolean =
    typeof hops === 'number' ? (_address, hop) => hop < hops : proxyAddr.compile([...(hops as readonly string[])]);
  return (peer, forwardedFor) => {
    const joined = typeof forwardedFor === 'string' ? forwardedFor : (forwardedFor ?? []).join(', ');
    const header = joined.split(',').map(hostOf).join(', ');
    // proxy-addr reads only these two fields of a request.
    const request = { socket: { remoteAddress: peer }, headers: { 'x-forwarded-for': header } } as unknown as IncomingMessage;
    return addressOf(proxyAddr(request, isTrusted)) ?? addressOf(peer) ?? UNKNOWN_ADDRESS;
  };
}
