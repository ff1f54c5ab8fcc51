import type { Plugin } from 'graphql-yoga';
import vary from 'vary';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';

/** Methods the GraphQL endpoint serves (queries over GET, everything over POST). */
const ALLOWED_METHODS = 'GET, POST';

/**
 * CORS for the GraphQL endpoint: a browser page from one of `origins` (CORS_ORIGINS, normalised by
 * config.ts) may call it with credentials; no other page may.
 *
 * - A listed Origin, compared exactly as the browser serialises it, gets
 *   `Access-Control-Allow-Origin: <that origin>` and `Access-Control-Allow-Credentials: true`;
 *   a preflight (OPTIONS, answered 204 here) also gets the methods and the request headers it
 *   asked for.
 * - Any other Origin, `null` included (sandboxed iframes, `data:` and `file:` pages, some
 *   redirects: the Fetch standard's opaque origin), and requests without one, get no CORS header
 *   at all. Yoga's built-in CORS, given a list, answered an unlisted origin with
 *   `Access-Control-Allow-Origin: null` plus credentials, which grants exactly the `null` origin.
 * - Every answer of the endpoint carries `Vary: Origin`, whether or not it grants anything, since
 *   its headers depend on the Origin (Fetch standard, "CORS protocol and HTTP caches"); the HTTP
 *   fast path stores and replays these headers per Origin (cache/fast-path.ts).
 *
 * Other paths (/admin, /healthz, /readyz) are same-origin and get nothing. With no origins listed
 * the plugin does nothing: no answer depends on the Origin then.
 */
export function useCors(options: { origins: readonly string[]; endpoint: string }): Plugin {
  const allowed = new Set(options.origins);
  if (allowed.size === 0) return {};
  // Every URL Yoga serves the endpoint on (`/graphql/` too), not just the exact path.
  const applies = (request: Request) => isGraphqlEndpoint(request.url, options.endpoint);
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'OPTIONS' || !applies(request)) return;
      // Safari waits for a body on a 204 without Content-Length: 0 (as expressjs/cors sends).
      endResponse(new fetchAPI.Response(null, { status: 204, headers: { 'content-length': '0' } }));
    },
    onResponse({ request, response }) {
      if (!applies(request)) return;
      const headers = response.headers;
      headers.set('vary', vary.append(headers.get('vary') ?? '', 'Origin'));
      const origin = request.headers.get('origin');
      if (origin === null || !allowed.has(origin)) return;
      headers.set('access-control-allow-origin', origin);
      headers.set('access-control-allow-credentials', 'true');
      if (request.method !== 'OPTIONS') return;
      headers.set('access-control-allow-methods', ALLOWED_METHODS);
      const requested = request.headers.get('access-control-request-headers');
      if (requested) {
        // The origin is trusted with credentials already; which headers it sends is its business.
        headers.set('access-control-allow-headers', requested);
        headers.set('vary', vary.append(headers.get('vary')!, 'Access-Control-Request-Headers'));
      }
    },
  };
}
