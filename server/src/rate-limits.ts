import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestCharge, RequestFacts } from './http/request-facts.ts';

/**
 * Where rate-limit counters live. The calls are rate-limiter-flexible's, so a shared store for
 * several gateway instances is a constructor swap (RateLimiterRedis takes the same options plus
 * a client) — nothing else changes. Only calls that are one atomic step in every store are
 * offered: a limit is enforced by `consume` (increment, then compare the new count), never by
 * reading a count with `get` and acting on it later, which concurrent requests all pass.
 */
export type RateLimitStore = Pick<RateLimiterAbstract, 'consume' | 'reward' | 'delete' | 'points'>;

export interface RateLimits {
  /** Requests per client IP per minute; null = unlimited. */
  requests: RateLimitStore | null;
  /** Sign-in attempts per key ("email:…", "ip:…") per 15 minutes: reserved before the check, kept when it fails (auth/login-attempts.ts). */
  loginFailures: RateLimitStore;
}

/** Window for failed sign-ins: 15 minutes (OWASP Authentication Cheat Sheet's usual lockout window). */
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/** In-process counters (the default: one gateway instance). */
export function memoryRateLimits(options: { requestsPerMinute: number; loginMaxFailures: number }): RateLimits {
  return {
    requests: options.requestsPerMinute > 0 ? new RateLimiterMemory({ points: options.requestsPerMinute, duration: 60 }) : null,
    loginFailures: new RateLimiterMemory({ points: options.loginMaxFailures, duration: LOGIN_WINDOW_SECONDS }),
  };
}

/**
 * Counters shared by every gateway on one Redis (REDIS_URL): a client's budget is one budget
 * however many gateways it reaches, and the sign-in reservation stays one atomic step across them
 * (RateLimiterRedis runs consume as a single script). Keys: `<prefix>rl:requests:ip:<address>` and
 * `<prefix>rl:login:<email:…|ip:…>`.
 *
 * While Redis is unreachable (`rejectIfRedisNotReady`: no wait for a reconnect) or a command
 * fails or times out (500 ms, cluster/shared-state.ts), each call goes to an in-memory limiter
 * with the same settings (rate-limiter-flexible's insuranceLimiter): limits hold per process, a
 * request is never refused or failed because of Redis. Counts made meanwhile stay in memory.
 */
export function redisRateLimits(
  client: Redis,
  options: { requestsPerMinute: number; loginMaxFailures: number; prefix: string },
): RateLimits {
  const shared = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${options.prefix}rl:${keyPrefix}`,
      points,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });
  return {
    requests: options.requestsPerMinute > 0 ? shared('requests', options.requestsPerMinute, 60) : null,
    loginFailures: shared('login', options.loginMaxFailures, LOGIN_WINDOW_SECONDS),
  };
}

/**
 * Charges one request against its client's per-IP budget (`ip:<facts.clientAddress>`), once:
 * the first call consumes a point and records the verdict in `facts.charge`; later calls for the
 * same request (Yoga's plugin after the HTTP fast path charged it) get that verdict without
 * charging again. Never rejects: a refusal or a store failure comes back as `accepted: false`.
 */
export function chargeRequest(store: RateLimitStore, facts: RequestFacts): Promise<RequestCharge> {
  facts.charge ??= store.consume(`ip:${facts.clientAddress}`).then(
    () => ({ accepted: true }) as const,
    (rejection: unknown) => ({ accepted: false, rejection }) as const,
  );
  return facts.charge;
}
