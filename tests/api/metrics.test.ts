// Prometheus metrics (server/src/http/metrics.ts, plugins/use-metrics.ts, the fast path's counts)
// and OpenTelemetry spans (plugins/use-tracing.ts): each gateway here has its own registry, so
// counts are exact; they are read from the registry and, where the exposition is the point,
// scraped over HTTP. The OTLP collector is a real HTTP receiver on loopback.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler, GetCache } from '../../server/src/cache/fast-path.ts';
import type { SharedStateStatus } from '../../server/src/cluster/shared-state.ts';
import { GatewayMetrics } from '../../server/src/http/metrics.ts';
import { metricsListener } from '../../server/src/http/metrics-endpoint.ts';
import { startTracing } from '../../server/src/http/tracing.ts';
import { ErrorCode } from '#shared/errors.ts';
import { testDatabaseKind } from '../support/database.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { freePort, spawnGateway, waitFor } from '../support/gateway-process.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';

/** A trusted document's operation name (GraphiQL's first tab), so it is a label of its own. */
const KNOWN = 'HomeFeed';
const KNOWN_QUERY = `query ${KNOWN} { homeFeed { categories { name } } }`;

type Labels = Record<string, string>;

/** The value of `name`'s series with exactly these labels (0 when the series does not exist). */
async function sample(metrics: GatewayMetrics, name: string, labels: Labels = {}): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const wanted = JSON.stringify(Object.entries(labels).sort());
  const found = values.find((v) => JSON.stringify(Object.entries(v.labels).sort()) === wanted);
  return found?.value ?? 0;
}

/** All series of `name` (for a histogram: its `_count` series). */
async function seriesOf(metrics: GatewayMetrics, name: string): Promise<Labels[]> {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  return values
    .filter((v) => !('metricName' in v) || (v as { metricName?: string }).metricName === `${name}_count`)
    .map((v) => v.labels as Labels);
}

/** A gateway with its own registry (no process metrics: many gateways share this process). */
async function gatewayWithMetrics(options: Parameters<typeof createTestGateway>[0] = {}) {
  const metrics = new GatewayMetrics({ processMetrics: false });
  const gw = await createTestGateway({ ...options, gateway: { ...options.gateway, metrics } });
  return { gw, metrics };
}

const post = (gw: TestGateway, body: unknown, headers: Record<string, string> = {}) =>
  gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });
const get = (gw: TestGateway, query: string, operationName?: string) =>
  gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(query)}${operationName ? `&operationName=${operationName}` : ''}`, {
    headers: { accept: 'application/graphql-response+json' },
  });

describe('requests, outcomes and error codes on the Yoga path', () => {
  let gw: TestGateway;
  let metrics: GatewayMetrics;
  beforeAll(async () => {
    ({ gw, metrics } = await gatewayWithMetrics());
  });
  afterAll(() => gw.close());

  it('counts a known operation by its name, ok, with one duration observation', async () => {
    const res = await post(gw, { query: KNOWN_QUERY });
    expect(res.status).toBe(200);
    expect(await sample(metrics, 'gateway_requests_total', { operation: KNOWN, outcome: 'ok' })).toBe(1);
    const text = await metrics.registry.getSingleMetricAsString('gateway_request_duration_seconds');
    expect(text).toContain(`gateway_request_duration_seconds_count{operation="${KNOWN}"} 1`);
  });

  it('labels an unknown name `other` and a nameless operation `anonymous`', async () => {
    await post(gw, { query: 'query NotOneOfOurs { __typename }' });
    await post(gw, { query: '{ __typename }' });
    expect(await sample(metrics, 'gateway_requests_total', { operation: 'other', outcome: 'ok' })).toBe(1);
    expect(await sample(metrics, 'gateway_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
    expect((await seriesOf(metrics, 'gateway_requests_total')).map((l) => l.operation)).not.toContain('NotOneOfOurs');
  });

  it('counts a parse error as rejected with its code, and an unauthenticated mutation as an error', async () => {
    const parse = await post(gw, { query: '{ posts(' });
    expect(parse.status).toBe(400);
    expect(await sample(metrics, 'gateway_requests_total', { operation: 'anonymous', outcome: 'rejected' })).toBe(1);
    expect(await sample(metrics, 'gateway_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);

    const unauthenticated = await post(gw, { query: 'mutation DeleteTag { deleteTag(id: "VGFnOjE=") { __typename } }' });
    const body = (await unauthenticated.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await sample(metrics, 'gateway_requests_total', { operation: 'DeleteTag', outcome: 'error' })).toBe(1);
    expect(await sample(metrics, 'gateway_errors_total', { code: ErrorCode.UNAUTHENTICATED })).toBe(1);
  });

  it('reads the code of a refusal answered before parsing (CSRF) from its body', async () => {
    const res = await post(gw, { query: KNOWN_QUERY }, { cookie: 'gw_session=whatever' });
    expect(res.status).toBe(403);
    expect(await sample(metrics, 'gateway_errors_total', { code: ErrorCode.CSRF_HEADER_REQUIRED })).toBe(1);
    expect(await sample(metrics, 'gateway_requests_total', { operation: 'anonymous', outcome: 'rejected' })).toBeGreaterThanOrEqual(1);
  });

  it('counts nothing for GraphiQL, feeds and probes', async () => {
    const before = await metrics.registry.getSingleMetricAsString('gateway_requests_total');
    await gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });
    await gw.yoga.fetch('http://gateway.test/feed.xml');
    await gw.yoga.fetch('http://gateway.test/healthz');
    expect(await metrics.registry.getSingleMetricAsString('gateway_requests_total')).toBe(before);
  });
});

describe('the rate limit', () => {
  it('counts a 429 as rejected with RATE_LIMITED', async () => {
    const requests = new RateLimiterMemory({ points: 2, duration: 60 });
    const { gw, metrics } = await gatewayWithMetrics({
      config: { rateLimitPerMinute: 2 },
      gateway: { rateLimits: { requests, loginFailures: new RateLimiterMemory({ points: 10, duration: 900 }) } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await post(gw, { query: KNOWN_QUERY })).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
      expect(await sample(metrics, 'gateway_requests_total', { operation: KNOWN, outcome: 'ok' })).toBe(2);
      // Refused before the parameters are read: no operation name is known yet.
      expect(await sample(metrics, 'gateway_requests_total', { operation: 'anonymous', outcome: 'rejected' })).toBe(2);
      expect(await sample(metrics, 'gateway_errors_total', { code: ErrorCode.RATE_LIMITED })).toBe(2);
    } finally {
      await gw.close();
    }
  });
});

describe('label cardinality', () => {
  it('10,000 distinct operation names add no series', async () => {
    const { gw, metrics } = await gatewayWithMetrics({ config: { cacheTtlSeconds: 0 } });
    try {
      for (let i = 0; i < 10_000; i += 1) {
        // Half as a named operation, half as an operationName the document does not have (an error).
        const body = i % 2 ? { query: `query Attack${i} { __typename }` } : { query: '{ __typename }', operationName: `Attack${i}` };
        await post(gw, body);
      }
      const requestSeries = await seriesOf(metrics, 'gateway_requests_total');
      expect(requestSeries.length).toBeLessThanOrEqual(3);
      expect(new Set(requestSeries.map((l) => l.operation))).toEqual(new Set(['other']));
      expect(await sample(metrics, 'gateway_requests_total', { operation: 'other', outcome: 'ok' })).toBe(5_000);
      expect((await seriesOf(metrics, 'gateway_request_duration_seconds')).length).toBe(1);
      expect((await seriesOf(metrics, 'gateway_errors_total')).length).toBeLessThanOrEqual(2);
      const exposition = (await metrics.exposition()).body;
      expect(exposition).not.toContain('Attack');
    } finally {
      await gw.close();
    }
  }, 120_000);

  it('a document of comment characters costs the operation-name guess nothing (it backtracked exponentially: 24 `#` took 6 ms, each more doubled it)', () => {
    // In a child process, killed after 60 s: the old guess would have held the event loop for
    // hours on 60 characters, so a hang must fail the test, not stall the run.
    const code = `
      const { leadingOperationName } = await import(${JSON.stringify(new URL('../../server/src/http/metrics.ts', import.meta.url).href)});
      const names = ['#'.repeat(60), '# a\\n#'.repeat(200), '#'.repeat(999) + '\\nquery Q { a }', ' , # c\\n query Named { a }', 'mutation M { a }', '{ a }']
        .map((text) => leadingOperationName(text) ?? null);
      console.log(JSON.stringify(names));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { timeout: 60_000, encoding: 'utf8' });
    expect({ signal: run.signal, stderr: run.stderr }).toEqual({ signal: null, stderr: '' });
    // A name is still found behind blanks, commas and comments, as before; past the first 1,000 characters it is not looked for.
    expect(JSON.parse(run.stdout)).toEqual([null, null, null, 'Named', 'M', null]);
  }, 90_000);

  it('keeps error codes bounded too', () => {
    const metrics = new GatewayMetrics({ processMetrics: false });
    for (let i = 0; i < 200; i += 1) metrics.error(`CODE_${i}`);
    metrics.error('not a code <script>');
    return metrics.registry
      .getSingleMetric('gateway_errors_total')!
      .get()
      .then(({ values }) => {
        expect(values.length).toBe(51);
        expect(values.find((v) => v.labels.code === 'OTHER')?.value).toBe(151);
      });
  });
});

describe('cache results', () => {
  it('Yoga path: miss, then hit; an editor and a mutation bypass', async () => {
    const { gw, metrics } = await gatewayWithMetrics({ config: { cacheTtlSeconds: 60 } });
    try {
      expect((await get(gw, KNOWN_QUERY)).status).toBe(200);
      expect((await get(gw, KNOWN_QUERY)).status).toBe(200);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'miss', path: 'graphql' })).toBe(1);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'hit', path: 'graphql' })).toBe(1);
      expect(await sample(metrics, 'gateway_requests_total', { operation: KNOWN, outcome: 'ok' })).toBe(2);

      await post(gw, { query: KNOWN_QUERY }, { authorization: `Bearer ${await gw.editorToken()}` });
      await post(gw, { query: 'mutation SignOut { logout }' });
      expect(await sample(metrics, 'gateway_cache_total', { result: 'bypass', path: 'graphql' })).toBe(2);
    } finally {
      await gw.close();
    }
  });

  describe('through the HTTP fast path', () => {
    let gw: TestGateway;
    let metrics: GatewayMetrics;
    let cache: GetCache;
    let server: Server;
    let base: string;
    beforeAll(async () => {
      cache = new GetCache();
      ({ gw, metrics } = await gatewayWithMetrics({ config: { cacheTtlSeconds: 60 }, gateway: { publicCache: cache.generations } }));
      server = createServer(createRequestHandler({ yoga: gw.yoga, getCache: cache, logger: pino({ level: 'silent' }), metrics }));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gw.close();
    });

    const fetchGet = (query: string) =>
      fetch(`${base}/graphql?query=${encodeURIComponent(query)}&operationName=${KNOWN}`, {
        headers: { accept: 'application/graphql-response+json' },
      });

    it('counts a fast-path miss (then Yoga’s own), and a hit as an ok request of its operation', async () => {
      expect((await fetchGet(KNOWN_QUERY)).status).toBe(200);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'miss', path: 'fast' })).toBe(1);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'miss', path: 'graphql' })).toBe(1);
      expect(cache.stored).toBe(1);

      expect((await fetchGet(KNOWN_QUERY)).status).toBe(200);
      expect((await fetchGet(KNOWN_QUERY)).status).toBe(200);
      expect(cache.hits).toBe(2);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'hit', path: 'fast' })).toBe(2);
      expect(await sample(metrics, 'gateway_cache_total', { result: 'miss', path: 'fast' })).toBe(1);
      // The hits never reached Yoga's response cache.
      expect(await sample(metrics, 'gateway_cache_total', { result: 'hit', path: 'graphql' })).toBe(0);
      expect(await sample(metrics, 'gateway_requests_total', { operation: KNOWN, outcome: 'ok' })).toBe(3);
    });

    it('counts a bypass while the cache is bypassed (Redis down)', async () => {
      let down = true;
      cache.generations.bypassWhile(() => down);
      try {
        expect((await fetchGet(KNOWN_QUERY)).status).toBe(200);
        expect(await sample(metrics, 'gateway_cache_total', { result: 'bypass', path: 'fast' })).toBe(1);
        expect(await sample(metrics, 'gateway_cache_total', { result: 'bypass', path: 'graphql' })).toBe(1);
      } finally {
        down = false;
      }
    });
  });
});

describe('gauges', () => {
  it('gateway_redis_up follows the injected state: -1 off, 1 up, 0 down', async () => {
    let state: SharedStateStatus = 'off';
    const metrics = new GatewayMetrics({ processMetrics: false, redisState: () => state });
    expect(await sample(metrics, 'gateway_redis_up')).toBe(-1);
    state = 'up';
    expect(await sample(metrics, 'gateway_redis_up')).toBe(1);
    state = 'down';
    expect(await sample(metrics, 'gateway_redis_up')).toBe(0);
  });

  it('createGateway reads Redis state from its redisStatus option', async () => {
    let state: SharedStateStatus = 'down';
    const gw = await createTestGateway({ gateway: { redisStatus: () => state } });
    try {
      const scrape = async () => (await gw.yoga.fetch('http://gateway.test/metrics')).text();
      expect(await scrape()).toMatch(/^gateway_redis_up 0$/m);
      state = 'up';
      expect(await scrape()).toMatch(/^gateway_redis_up 1$/m);
    } finally {
      await gw.close();
    }
  });

  it(`gateway_db_pool_connections reports the ${testDatabaseKind} pool`, async () => {
    const gw = await createTestGateway({ seed: false });
    try {
      await gw.db.ping();
      const text = await (await gw.yoga.fetch('http://gateway.test/metrics')).text();
      const count = (state: string) =>
        Number(new RegExp(`^gateway_db_pool_connections\\{state="${state}"\\} (\\d+)$`, 'm').exec(text)?.[1]);
      if (testDatabaseKind === 'pglite') {
        expect([count('in_use'), count('idle'), count('waiting')]).toEqual([1, 0, 0]);
      } else {
        // The ping's connection went back to the pool: open, idle, nobody waiting.
        expect(count('in_use') + count('idle')).toBeGreaterThanOrEqual(1);
        expect(count('waiting')).toBe(0);
      }
    } finally {
      await gw.close();
    }
  });
});

describe('where /metrics is served', () => {
  it('on the public port by default, in Prometheus text format, with process metrics when asked', async () => {
    const metrics = new GatewayMetrics({ processMetrics: true });
    const gw = await createTestGateway({ gateway: { metrics } });
    try {
      await post(gw, { query: KNOWN_QUERY });
      const res = await gw.yoga.fetch('http://gateway.test/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const text = await res.text();
      expect(text).toContain(`gateway_requests_total{operation="${KNOWN}",outcome="ok"} 1`);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
      // The scrape itself is not a GraphQL request.
      expect(await sample(metrics, 'gateway_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBe(0);
    } finally {
      await gw.close();
    }
  });

  it('on the public port, scrapes spend the per-IP request budget like GraphQL requests (each renders the whole registry)', async () => {
    const requests = new RateLimiterMemory({ points: 3, duration: 60 });
    const { gw } = await gatewayWithMetrics({
      config: { rateLimitPerMinute: 3, trustProxy: 1 },
      gateway: { rateLimits: { requests, loginFailures: new RateLimiterMemory({ points: 10, duration: 900 }) } },
    });
    const scrape = (address: string) => gw.yoga.fetch('http://gateway.test/metrics', { headers: { 'x-forwarded-for': address } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await scrape('192.0.2.10')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // One budget: the same address's GraphQL requests are refused too; another address is not.
      expect((await post(gw, { query: KNOWN_QUERY }, { 'x-forwarded-for': '192.0.2.10' })).status).toBe(429);
      expect((await scrape('192.0.2.11')).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  describe('with METRICS_PORT and METRICS_TOKEN', () => {
    const token = 'scrape-token-0123456789';
    let gw: TestGateway;
    let metrics: GatewayMetrics;
    let listener: Server;
    let base: string;
    beforeAll(async () => {
      ({ gw, metrics } = await gatewayWithMetrics({ config: { metricsPort: 9464, metricsToken: token } }));
      listener = createServer(metricsListener({ metrics, token }));
      await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise((resolve) => listener.close(resolve));
      await gw.close();
    });
    afterEach(() => listener.closeAllConnections());

    it('the public port answers 404 for /metrics', async () => {
      const res = await gw.yoga.fetch('http://gateway.test/metrics', { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('gateway_requests_total');
    });

    it('the metrics listener serves it with the token, 401 without or with a wrong one, 404 elsewhere', async () => {
      await post(gw, { query: KNOWN_QUERY });
      const ok = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain(`gateway_requests_total{operation="${KNOWN}",outcome="ok"} 1`);
      const none = await fetch(`${base}/metrics`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await none.text()).not.toContain('gateway_');
      expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      expect((await fetch(`${base}/graphql`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(405);
    });
  });
});

describe('OpenTelemetry traces', () => {
  it('sends one span per GraphQL request to the OTLP/HTTP collector, with the request id, operation and incoming trace', async () => {
    const collector = await startWebhookReceiver();
    const endpoint = new URL(collector.url).origin;
    const tracing = startTracing({ endpoint, serviceName: 'gateway-under-test' });
    const gw = await createTestGateway({ gateway: { tracer: tracing.tracer } });
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const parentSpanId = '00f067aa0ba902b7';
      const res = await post(
        gw,
        { query: KNOWN_QUERY },
        { traceparent: `00-${traceId}-${parentSpanId}-01`, 'x-request-id': 'trace-me-42' },
      );
      expect(res.status).toBe(200);
      // Without a traceparent: a new trace of its own.
      await post(gw, { query: '{ __typename }' }, { 'x-request-id': 'no-parent-7' });
      await tracing.flush();

      const [received] = await collector.waitFor(1);
      expect(received!.headers['content-type']).toMatch(/^application\/json/);
      expect(received!.path).toBe('/v1/traces');
      const spans = spansOf(JSON.parse(received!.body));
      expect(spans).toHaveLength(2);
      const [first, second] = [
        spans.find((s) => s.attributes['request.id'] === 'trace-me-42'),
        spans.find((s) => s.attributes['request.id'] === 'no-parent-7'),
      ];
      expect(first).toMatchObject({ traceId, parentSpanId, name: 'POST /graphql', service: 'gateway-under-test' });
      expect(first!.attributes).toMatchObject({
        'graphql.operation.name': KNOWN,
        'graphql.operation.type': 'query',
        'http.response.status_code': 200,
      });
      expect(second!.traceId).not.toBe(traceId);
      expect(second!.parentSpanId ?? '').toBe('');
    } finally {
      await gw.close();
      await tracing.shutdown();
      await collector.close();
    }
  });
});

describe('the gateway process (main.ts)', () => {
  it('serves /metrics only on METRICS_PORT with its token, and sends the last spans at shutdown', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gateway-metrics-'));
    const collector = await startWebhookReceiver();
    const [port, metricsPort] = [await freePort(), await freePort()];
    const token = 'process-scrape-token-42';
    const run = spawnGateway({
      DATA_DIR: dataDir,
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN: token,
      OTEL_EXPORTER_OTLP_ENDPOINT: new URL(collector.url).origin,
      OTEL_SERVICE_NAME: 'gateway-process-test',
    });
    try {
      // A first start migrates and seeds an empty database: slow on a busy machine.
      await waitFor(() => run.output().includes('gateway ready'), 90_000);
      const graphql = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'process-span-1' },
        body: JSON.stringify({ query: KNOWN_QUERY }),
      });
      expect(graphql.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);
      const scrape = await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(scrape.status).toBe(200);
      const text = await scrape.text();
      expect(text).toContain(`gateway_requests_total{operation="${KNOWN}",outcome="ok"} 1`);
      expect(text).toMatch(/^gateway_redis_up -1$/m);
      expect(text).toMatch(/^gateway_db_pool_connections\{state="in_use"\} 1$/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);

      // Request targets Node's parser accepts but the WHATWG URL parser refuses (absolute-form with
      // a broken host): each port answers, or closes, and the process lives on.
      const odd = ['http://[/metrics', 'http://a b/metrics', 'http://x:99999/metrics', 'http://[/graphql?query={site{title}}'];
      for (const target of odd) {
        for (const at of [metricsPort, port]) {
          const status = await rawStatusLine(at, target);
          expect({ target, at: at === port ? 'public' : 'metrics', status }).toMatchObject({
            status: expect.stringMatching(/^HTTP\/1\.1 4\d\d /),
          });
        }
      }
      expect(run.child.exitCode).toBeNull();
      expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);

      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      // The batch (5 s) had not fallen due: the span was sent by the shutdown.
      const [received] = await collector.waitFor(1);
      const spans = spansOf(JSON.parse(received!.body));
      expect(spans.find((span) => span.attributes['request.id'] === 'process-span-1')).toMatchObject({
        service: 'gateway-process-test',
        attributes: { 'graphql.operation.name': KNOWN },
      });
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      await collector.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});

interface ReceivedSpan {
  name: string;
  traceId: string;
  parentSpanId?: string;
  service: string;
  attributes: Record<string, unknown>;
}

/** The spans of an OTLP/JSON ExportTraceServiceRequest, with their service name and plain attribute values. */
function spansOf(body: {
  resourceSpans: {
    resource: { attributes: OtlpAttribute[] };
    scopeSpans: { spans: { name: string; traceId: string; parentSpanId?: string; attributes: OtlpAttribute[] }[] }[];
  }[];
}): ReceivedSpan[] {
  return body.resourceSpans.flatMap((resourceSpans) => {
    const service = String(plain(resourceSpans.resource.attributes)['service.name']);
    return resourceSpans.scopeSpans.flatMap((scope) =>
      scope.spans.map((span) => ({
        name: span.name,
        traceId: span.traceId,
        parentSpanId: span.parentSpanId,
        service,
        attributes: plain(span.attributes),
      })),
    );
  });
}

type OtlpAttribute = { key: string; value: { stringValue?: string; intValue?: number | string; boolValue?: boolean } };
function plain(attributes: OtlpAttribute[]): Record<string, unknown> {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue === undefined ? value.boolValue : Number(value.intValue)),
    ]),
  );
}

/** Sends `GET <target> HTTP/1.1` as written (fetch would normalise it) to 127.0.0.1:`port`: the answer's status line, or '' when the connection closed without one. */
function rawStatusLine(port: number, target: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: gateway.test\r\nConnection: close\r\n\r\n`),
    );
    let received = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
    socket.on('error', () => {});
  });
}
