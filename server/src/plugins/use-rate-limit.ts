import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import { isMetricsPath } from '../http/metrics-endpoint.ts';
import { factsOf, type ServerContext } from '../http/request-facts.ts';
import { chargeRequest, type RateLimitStore } from '../rate-limits.ts';

/**
 * The general per-IP request budget on the GraphQL endpoint (RATE_LIMIT_PER_MINUTE; every URL Yoga
 * serves it on, isGraphqlEndpoint) and on /metrics when the public port serves it (one budget for
 * both: a scrape costs more than a cached answer). Over budget: 429 with Retry-After (seconds) and a
 * GraphQL-shaped error body (code RATE_LIMITED), before any parsing or database work. A store
 * failure (a rejection without `msBeforeNext`) is thrown: masked as an unexpected error.
 * Needs the request's facts (useRequestLog, earlier in the plugin list).
 */
export function useRateLimit(options: { store: RateLimitStore }): Plugin<object, ServerContext> {
  return {
    async onRequest({ request, serverContext, fetchAPI, endResponse }) {
      if (!isGraphqlEndpoint(request.url) && !isMetricsPath(request.url)) return;
      const charge = await chargeRequest(options.store, factsOf(serverContext));
      if (charge.accepted) return;
      const ms = (charge.rejection as { msBeforeNext?: number }).msBeforeNext;
      if (ms === undefined) throw charge.rejection;
      const retryAfter = Math.max(1, Math.ceil(ms / 1000));
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `Too many requests: at most ${options.store.points} a minute. Retry in ${retryAfter} s.`,
                extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: retryAfter },
              },
            ],
          },
          { status: 429, headers: { 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}
