// The database cannot be reached (issue: clear errors during an outage): clients get 503
// SERVICE_UNAVAILABLE "The database is unavailable; try again shortly." with Retry-After and the
// request id, never the masked 500; the log keeps the cause under the same request id; the
// gateway recovers by itself once the database is back.
// PostgreSQL: the gateway reaches the server through a local TCP relay that the test "stops" the
// way `pg_ctl stop -m fast` does — its sessions are terminated (57P01 admin_shutdown) and new
// connections are refused (ECONNREFUSED) — then "starts" again. Stopping the shared test server
// itself would break the other test files running in parallel; `npm run load:fault` does the real
// stop. PGlite: a closed instance (only during shutdown in production) is unavailable as well.
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { capturingLogger } from '../support/logger.ts';
import { openDatabase, type Database } from '../../server/src/db/database.ts';
import { isDatabaseUnavailable } from '../../server/src/db/unavailable.ts';
import { createGateway, type Gateway } from '../../server/src/yoga.ts';
import { createTestDatabase, testDatabaseKind } from '../support/database.ts';
import { seedContent } from '../../server/src/db/seed.ts';
import { ErrorCode } from '#shared/errors.ts';

const MESSAGE = 'The database is unavailable; try again shortly.';
const QUERY = '{ posts(first: 3) { totalCount edges { node { title } } } }';
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

function gatewayOn(db: Database) {
  const { logger, lines } = capturingLogger();
  // No response cache: every query must reach the database.
  const yoga = createGateway({ db, logger, config: { rateLimitPerMinute: 0, cacheTtlSeconds: 0 } });
  return { yoga, lines };
}

async function query(yoga: Gateway) {
  const res = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

async function expectUnavailable(yoga: Gateway, lines: Record<string, unknown>[], cause: RegExp) {
  const res = await query(yoga);
  const requestId = res.headers.get('x-request-id');
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  expect(res.body.errors).toEqual([
    expect.objectContaining({ message: MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, requestId } }),
  ]);
  expect(JSON.stringify(res.body)).not.toMatch(/prisma|pglite|ECONN|127\.0\.0\.1|stack/i);
  await new Promise((resolve) => setTimeout(resolve, 20)); // pino writes asynchronously
  const logged = lines.filter((line) => line.requestId === requestId && line.err);
  expect(logged.length).toBeGreaterThan(0);
  expect(JSON.stringify(logged)).toMatch(cause);
}

/** A TCP relay to PostgreSQL that can be stopped (sessions cut, new connections refused) and started again on the same port. */
async function relayTo(target: URL) {
  let server: net.Server | undefined;
  const sockets = new Set<net.Socket>();
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('error', () => {});
          s.on('close', () => sockets.delete(s));
        }
        client.pipe(upstream).pipe(client);
        client.on('close', () => upstream.destroy());
        upstream.on('close', () => client.destroy());
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server!.close(() => resolve());
    });
  await start();
  const url = new URL(target);
  url.port = String(port);
  return { url: url.toString(), start, stop };
}

describe('PostgreSQL stopped and started again', () => {
  it.skipIf(testDatabaseKind !== 'postgres')(
    '[PostgreSQL only: needs TEST_DATABASE_URL] 503 SERVICE_UNAVAILABLE with Retry-After while down (terminated sessions, refused connections); recovers without a restart',
    async () => {
      const direct = await createTestDatabase();
      cleanups.push(() => direct.close());
      await seedContent(direct.prisma);
      const relay = await relayTo(new URL(direct.url!));
      const db = await openDatabase({ databaseUrl: relay.url });
      cleanups.push(() => db.close());
      const { yoga, lines } = gatewayOn(db);
      expect((await query(yoga)).status).toBe(200);

      // pg_ctl stop -m fast, step 1: the server terminates every session (57P01 admin_shutdown).
      const dbName = new URL(direct.url!).pathname.slice(1);
      await direct.driver.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [
        dbName,
      ]);
      await expectUnavailable(yoga, lines, /57P01|terminat/i);

      // Step 2: it stops listening.
      await relay.stop();
      await expectUnavailable(yoga, lines, /reach database server|ECONNREFUSED|Connection terminated|not queryable/i);
      await expectUnavailable(yoga, lines, /reach database server|ECONNREFUSED/i);
      const ready = await yoga.fetch('http://gateway.test/readyz');
      expect(ready.status).toBe(503);

      // Started again: the next query works, no gateway restart.
      await relay.start();
      const back = await query(yoga);
      expect(back.status).toBe(200);
      expect(back.body.data.posts.totalCount).toBeGreaterThan(0);
    },
  );

  it('a host that never answers fails within connectionTimeoutMillis (3 s), and counts as unavailable', async () => {
    const sockets: net.Socket[] = [];
    const frozen = net.createServer((socket) => void sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => frozen.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => frozen.close(resolve));
    });
    const started = Date.now();
    const error = await openDatabase({
      databaseUrl: `postgresql://postgres@127.0.0.1:${(frozen.address() as net.AddressInfo).port}/x`,
    }).catch((e: unknown) => e);
    const took = Date.now() - started;
    expect(error).toBeInstanceOf(Error);
    expect(took).toBeGreaterThanOrEqual(2_500);
    expect(took).toBeLessThan(6_000);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe('PGlite closed', () => {
  it.skipIf(testDatabaseKind !== 'pglite')(
    '[PGlite only] 503 SERVICE_UNAVAILABLE too (the instance is only closed while the gateway shuts down)',
    async () => {
      const db = await createTestDatabase();
      cleanups.push(() => db.close());
      const { yoga, lines } = gatewayOn(db);
      expect((await query(yoga)).status).toBe(200);
      await db.close();
      await expectUnavailable(yoga, lines, /PGlite is closed/);
    },
  );
});

describe('what counts as unavailable', () => {
  it('connection failures yes; query errors and bugs no', () => {
    const adapter = (cause: object, code = 'P2010') => Object.assign(new Error('x'), { code, meta: { driverAdapterError: { cause } } });
    for (const error of [
      Object.assign(new Error('Can’t reach'), { code: 'P1001' }),
      Object.assign(new Error('pool'), { code: 'P2024' }),
      adapter({ kind: 'postgres', code: '57P01', originalCode: '57P01' }, 'P2039'),
      adapter({ kind: 'DatabaseNotReachable' }),
      adapter({ kind: 'ConnectionClosed' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('timeout expired'),
      { originalError: new Error('PGlite is closed') },
    ])
      expect(isDatabaseUnavailable(error)).toBe(true);
    for (const error of [
      Object.assign(new Error('unique'), { code: 'P2002' }),
      adapter({ kind: 'postgres', code: '23505' }),
      adapter({ kind: 'postgres', code: '57014' }), // statement_timeout: the query, not the database
      new TypeError('Cannot read properties of undefined'),
      null,
      'text',
    ])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
