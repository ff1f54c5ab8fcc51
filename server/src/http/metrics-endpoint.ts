import { timingSafeEqual } from 'node:crypto';
import type { RequestListener } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from './metrics.ts';

/** Where Prometheus scrapes: on the public port unless METRICS_PORT is set, then only on that listener. */
export const METRICS_PATH = '/metrics';

/** One answer of the metrics endpoint, for both the Yoga plugin and the separate node:http listener. */
interface MetricsAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * GET (or HEAD) /metrics: 200 with the exposition text; with `token` set (METRICS_TOKEN), 401 unless
 * the request carries `Authorization: Bearer <token>` (compared in constant time); other methods
 * 405. Never cached by anyone (`no-store`).
 */
async function metricsAnswer(
  metrics: GatewayMetrics,
  request: { method: string; authorization: string | null | undefined },
  token: string | undefined,
): Promise<MetricsAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain' }, body: 'Method Not Allowed' };
  }
  if (token !== undefined && !bearerMatches(request.authorization, token)) {
    return { status: 401, headers: { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain' }, body: 'Unauthorized' };
  }
  const { contentType, body } = await metrics.exposition();
  return { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-store' }, body };
}

function bearerMatches(authorization: string | null | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/i.exec(authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** True when a request's URL (Yoga's, always absolute) is /metrics; the substring first, as this runs for every request on the public port. */
export function isMetricsPath(url: string): boolean {
  return url.includes(METRICS_PATH) && new URL(url).pathname === METRICS_PATH;
}

/**
 * /metrics on the public port (METRICS_PORT unset). Placed after the request log and the per-IP
 * budget (yoga.ts), which cover it too: each scrape renders the whole registry (~1 ms of the event
 * loop with the process metrics, ~10 times a cached answer), so an address gets no more scrapes
 * than requests — a Prometheus takes a few a minute. Not a GraphQL request in the metrics themselves.
 */
export function useMetricsEndpoint(options: { metrics: GatewayMetrics; token?: string }): Plugin {
  return {
    async onRequest({ request, fetchAPI, endResponse }) {
      if (!isMetricsPath(request.url)) return;
      const answer = await metricsAnswer(
        options.metrics,
        { method: request.method, authorization: request.headers.get('authorization') },
        options.token,
      );
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers }),
      );
    },
  };
}

/**
 * The path of a request target as Node received it (origin-form `/metrics?x`, or absolute-form
 * `http://host/metrics`), or null when the WHATWG URL parser refuses it: Node's parser lets through
 * targets such as `http://[/metrics`, and a throw in a request listener ends the process.
 */
function pathOf(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://metrics.invalid').pathname;
  } catch {
    return null;
  }
}

/**
 * The request listener of the separate metrics port (METRICS_PORT): /metrics as above, 404 for
 * every other path, 400 for a request target that is not a URL. main.ts listens with it on
 * METRICS_HOST.
 */
export function metricsListener(options: { metrics: GatewayMetrics; token?: string }): RequestListener {
  return (req, res) => {
    const pathname = pathOf(req.url);
    const answered =
      pathname === METRICS_PATH
        ? metricsAnswer(options.metrics, { method: req.method ?? 'GET', authorization: req.headers.authorization }, options.token)
        : Promise.resolve(
            pathname === null
              ? { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad Request' }
              : { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' },
          );
    answered.then(
      (answer) => {
        res.writeHead(answer.status, answer.headers);
        res.end(req.method === 'HEAD' ? undefined : answer.body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal Server Error');
      },
    );
  };
}
