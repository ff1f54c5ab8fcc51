// Two gateway processes behind a real nginx running deploy/nginx.conf (tests/support/nginx.ts):
// requests reach both, and once one is killed (SIGKILL) every GET still succeeds through the
// other — nginx retries the request that hit the dead one (proxy_next_upstream), the client never
// sees the failure. The gateways use PostgreSQL when TEST_DATABASE_URL is set (one database),
// else each its own embedded database (nothing here writes).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../server/src/db/seed.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { freePort, spawnGateway, waitFor, type GatewayProcess } from '../support/gateway-process.ts';
import { skipNginxTests, startNginx, type TestNginx } from '../support/nginx.ts';

const BUDGET = 60;
const QUERY = `/graphql?query=${encodeURIComponent('{ site { title } posts(first: 3) { edges { node { slug } } } }')}`;

describe.skipIf(skipNginxTests())('nginx in front of two gateway processes', () => {
  const dataDirs: string[] = [];
  const gateways: GatewayProcess[] = [];
  const upstreams: string[] = [];
  let nginx: TestNginx | undefined;
  let db: TestDatabase | undefined;

  beforeAll(async () => {
    if (testDatabaseKind === 'postgres') {
      db = await createTestDatabase();
      await seedContent(db.prisma);
    }
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const dataDir = mkdtempSync(path.join(tmpdir(), 'load-balancer-'));
      dataDirs.push(dataDir);
      const run = spawnGateway({
        PORT: String(port),
        DATA_DIR: dataDir,
        ...(db ? { DATABASE_URL: db.url! } : {}),
        TRUST_PROXY: '1',
        // Enough for the first two tests (at most 30 GETs reach one gateway); the third spends it.
        RATE_LIMIT_PER_MINUTE: String(BUDGET),
        LOG_LEVEL: 'warn',
      });
      gateways.push(run);
      upstreams.push(`127.0.0.1:${port}`);
      // One after the other: the first start on an empty database seeds it.
      await waitFor(async () => (await fetch(`http://${upstreams[i]}/readyz`).catch(() => null))?.status === 200, 90_000).catch(() => {
        throw new Error(`gateway did not become ready:\n${run.output()}`);
      });
    }
    nginx = await startNginx({ upstreams });
  }, 200_000);

  afterAll(async () => {
    await nginx?.stop();
    for (const run of gateways) if (run.child.exitCode === null) run.child.kill('SIGKILL');
    await Promise.all(gateways.map((run) => run.exited));
    await db?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  /** `count` GETs of QUERY through nginx, one after the other: their statuses and whether each answer has data. */
  async function getMany(count: number, headers: (i: number) => Record<string, string> = () => ({}), base = nginx!.url) {
    const results: { status: number; ok: boolean; code?: string }[] = [];
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${base}${QUERY}`, { headers: { accept: 'application/json', ...headers(i) } });
      const body = (await response.json().catch(() => ({}))) as {
        data?: { site?: { title?: string } };
        errors?: { extensions?: { code?: string } }[];
      };
      const code = body.errors?.[0]?.extensions?.code;
      results.push({ status: response.status, ok: typeof body.data?.site?.title === 'string' && !body.errors, ...(code ? { code } : {}) });
    }
    return results;
  }

  it('passes /readyz through and spreads requests over both gateways', async () => {
    const ready = await fetch(`${nginx!.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true });

    const results = await getMany(20);
    expect(results.every((result) => result.status === 200 && result.ok)).toBe(true);
    // The access log is written as each response ends: the last line may lag a little.
    await waitFor(() => nginx!.accessLog().length >= 21, 5_000);
    const served = nginx!.accessLog().slice(1);
    const perUpstream = upstreams.map((upstream) => served.filter((entry) => entry.upstreams.at(-1) === upstream).length);
    expect(perUpstream.every((n) => n > 0)).toBe(true);
    expect(perUpstream.reduce((a, b) => a + b, 0)).toBe(20);
    console.info(`load balancer: 20 GETs through nginx → per gateway ${perUpstream.join(' + ')}`);
  }, 60_000);

  it('keeps /metrics off the public side: nginx answers 404 however the path is spelled, the gateways still serve it', async () => {
    // Each gateway serves /metrics on its own port (no METRICS_PORT here); through the balancer, the
    // public's way in, no spelling of the path reaches it.
    const direct = await fetch(`http://${upstreams[0]}/metrics`);
    expect(direct.status).toBe(200);
    expect(await direct.text()).toContain('gateway_requests_total');
    for (const spelling of ['/metrics', '/metrics?x=1', '//metrics', '/%6Detrics', '/graphql/../metrics', '/./metrics']) {
      const response = await fetch(`${nginx!.url}${spelling}`);
      const body = await response.text();
      expect({ spelling, status: response.status, leaked: body.includes('gateway_requests_total') }).toEqual({
        spelling,
        status: 404,
        leaked: false,
      });
    }
  }, 60_000);

  it('with one gateway killed (SIGKILL), every GET still answers 200 through the other', async () => {
    const before = nginx!.accessLog().length;
    const [victim] = gateways;
    victim!.child.kill('SIGKILL');
    await victim!.exited;

    const results = await getMany(20);
    const failed = results.filter((result) => result.status !== 200 || !result.ok);
    expect(failed).toEqual([]);
    await waitFor(() => nginx!.accessLog().length >= before + 20, 5_000);
    const after = nginx!.accessLog().slice(before);
    // Every answer came from the survivor; the dead one was tried, failed, and the request retried there.
    expect(after.every((entry) => entry.status === 200 && entry.upstreams.at(-1) === upstreams[1])).toBe(true);
    const retried = after.filter((entry) => entry.upstreams.length > 1);
    expect(retried.length).toBeGreaterThan(0);
    expect(retried.every((entry) => entry.upstreams[0] === upstreams[0] && entry.upstreamStatuses.at(-1) === '200')).toBe(true);
    console.info(
      `load balancer: gateway A killed → 20 GETs, ${results.filter((r) => r.status === 200).length} answered 200, ${retried.length} retried on gateway B by nginx (${retried.map((r) => r.upstreamStatuses.join('→')).join(', ')})`,
    );
  }, 60_000);

  it('per-IP limits count the address nginx saw: a forged X-Forwarded-For buys no fresh budget through it', async () => {
    // Each request claims another client; nginx appends the real one (127.0.0.1), which the
    // gateway (TRUST_PROXY=1) takes. The survivor's budget is spent within these 80.
    const forged = await getMany(BUDGET + 20, (i) => ({ 'x-forwarded-for': `203.0.113.${i + 1}` }));
    const limited = forged.filter((result) => result.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((result) => result.code === 'RATE_LIMITED')).toBe(true);
    expect(forged.filter((result) => result.status !== 429 && !(result.status === 200 && result.ok))).toEqual([]);
    // The control: straight to the gateway (nginx bypassed), the same header from its one trusted
    // hop names the client, so a new address gets its own budget. It is nginx's appending that
    // keeps the forgery out.
    const direct = await getMany(1, () => ({ 'x-forwarded-for': '198.51.100.7' }), `http://${upstreams[1]}`);
    expect(direct).toEqual([{ status: 200, ok: true }]);
    console.info(
      `load balancer: ${forged.length} GETs with forged X-Forwarded-For through nginx (budget ${BUDGET}/min) → ${limited.length} refused with 429`,
    );
  }, 60_000);
});

describe.skipIf(skipNginxTests())('what nginx tells the gateways about the original request', () => {
  // An upstream that answers with the forwarding headers it received.
  let upstream: Server | undefined;
  let nginx: TestNginx | undefined;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ proto: req.headers['x-forwarded-proto'], forwardedFor: req.headers['x-forwarded-for'] }));
    });
    await new Promise<void>((resolve) => upstream!.listen(0, '127.0.0.1', resolve));
    nginx = await startNginx({ upstreams: [`127.0.0.1:${(upstream.address() as AddressInfo).port}`] });
  }, 60_000);

  afterAll(async () => {
    await nginx?.stop();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  const seen = async (headers: Record<string, string>) =>
    (await (await fetch(`${nginx!.url}/graphql`, { headers })).json()) as { proto?: string };

  it('keeps X-Forwarded-Proto: https from the TLS terminator in front (a CDN or load balancer), else says its own scheme', async () => {
    // nginx listens on plain HTTP (deploy/nginx.conf): TLS ends in front of it. Overwriting the
    // header with its own "http" made the gateways set the session cookie without Secure on an
    // HTTPS site (auth/session-cookie.ts), so a plain-HTTP request could carry it.
    expect(await seen({ 'x-forwarded-proto': 'https' })).toMatchObject({ proto: 'https' });
    expect(await seen({})).toMatchObject({ proto: 'http' });
    // Only "https" passes: a forged value can only make the cookie stricter, never say anything else.
    expect(await seen({ 'x-forwarded-proto': 'gopher' })).toMatchObject({ proto: 'http' });
  }, 30_000);
});
