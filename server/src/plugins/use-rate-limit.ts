import type { Plugin } from 'graphql-yoga';
import type { ClientAddress } from '../client-address.ts';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import type { RateLimitStore } from '../rate-limits.ts';

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };

/**
 * Node requests whose budget the HTTP fast path (server/src/http/get-cache.ts) already charged:
 * undefined = accepted, else the store's rejection. Charged once per request either way.
 */
export const countedRequests = new WeakMap<object, unknown>();

/**
 * The general per-IP request budget on the GraphQL endpoint (RATE_LIMIT_PER_MINUTE; every URL Yoga
 * serves it on, isGraphqlEndpoint). Over budget: 429 with
 * Retry-After (seconds) and a GraphQL-shaped error body, before any parsing or database work.
 * `clientAddress` is the gateway's client-address policy (client-address.ts).
 */
export function useRateLimit(options: { store: RateLimitStore; clientAddress: ClientAddress }): Plugin<object, ServerContext> {
  return {
    async onRequest({ request, serverContext, fetchAPI, endResponse }) {
      if (!isGraphqlEndpoint(request.url)) return;
      const ip = options.clientAddress(serverContext?.req?.socket?.remoteAddress, request.headers.get('x-forwarded-for'));
      const req = serverContext?.req;
      try {
        if (req && countedRequests.has(req)) {
          const prior = countedRequests.get(req);
          if (prior !== undefined) throw prior;
        } else {
          await options.store.consume(`ip:${ip}`);
        }
      } catch (rejection) {
        const ms = (rejection as { msBeforeNext?: number }).msBeforeNext;
        if (ms === undefined) throw rejection; // a store failure, not a refusal
        const retryAfter = Math.max(1, Math.ceil(ms / 1000));
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: `Too many requests: at most ${options.store.points} a minute. Retry in ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }] },
            { status: 429, headers: { 'retry-after': String(retryAfter) } },
          ),
        );
      }
    },
  };
}
