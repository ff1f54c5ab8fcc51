// The gateway over HTTP: GraphiQL for people exploring the API, the health endpoints for
// orchestrators, and request errors that are the client's fault answered as 4xx, never 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READINESS_REUSE_MS } from '../../server/src/http/readiness.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await createTestGateway();
});
afterAll(() => gateway?.close());

const get = (path: string, headers: Record<string, string> = {}) => gateway.yoga.fetch(`http://gateway.test${path}`, { headers });

describe('GraphiQL and health endpoints', () => {
  it('GET /graphql from a browser serves GraphiQL, opening on the HomeFeed query', async () => {
    const res = await get('/graphql', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).toContain('lenatriestounderstand — content API');
    expect(html).toContain('query HomeFeed');
  });

  it('/healthz answers 200', async () => {
    expect((await get('/healthz')).status).toBe(200);
  });

  it('/readyz answers 200 {ready: true} on a migrated, reachable database', async () => {
    const res = await get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, redis: 'off' });
  });
});

describe('/readyz under a flood', () => {
  it('200 concurrent probes share one database check, reused for READINESS_REUSE_MS, then checked again', async () => {
    // /readyz is public (nginx passes it through) and not rate limited: each check used to ping,
    // query the migrations table twice and hash every migration file, so a flood of probes queued
    // GraphQL requests behind it for database connections.
    const counts = { pings: 0, queries: 0 };
    const { db } = gateway;
    const ping = db.ping.bind(db);
    const query = db.driver.query.bind(db.driver);
    db.ping = () => {
      counts.pings += 1;
      return ping();
    };
    db.driver.query = ((...args: Parameters<typeof query>) => {
      counts.queries += 1;
      return query(...args);
    }) as typeof query;
    try {
      await new Promise((resolve) => setTimeout(resolve, READINESS_REUSE_MS)); // past what earlier tests left
      const answers = await Promise.all(
        Array.from({ length: 200 }, async () => {
          const res = await get('/readyz');
          return [res.status, await res.json()];
        }),
      );
      expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(
        new Set([JSON.stringify([200, { ready: true, redis: 'off' }])]),
      );
      expect(counts).toEqual({ pings: 1, queries: 2 });
      await new Promise((resolve) => setTimeout(resolve, READINESS_REUSE_MS + 50));
      expect((await get('/readyz')).status).toBe(200);
      expect(counts).toEqual({ pings: 2, queries: 4 });
    } finally {
      db.ping = ping;
      db.driver.query = query;
    }
  });
});

describe("requests that are the client's fault", () => {
  const expect400 = async (query: string, variables: Record<string, unknown> | undefined, message: RegExp) => {
    const res = await gateway.gql(query, variables);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(res.body.errors!.map((e) => e.message).join('\n')).toMatch(message);
  };

  it('a malformed document: 400 with a syntax error', async () => {
    await expect400('{ posts(first: 5 { totalCount } }', undefined, /Syntax Error/);
  });

  it('a variable of the wrong type: 400 naming the variable', async () => {
    await expect400('query($n: Int) { posts(first: $n) { totalCount } }', { n: 'five' }, /\$n/);
  });

  it('an unknown field: 400 naming the field', async () => {
    await expect400('{ posts { totalCount viewCount } }', undefined, /Cannot query field "viewCount"/);
  });

  it('a body that is not JSON: 400', async () => {
    const res = await gateway.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{"query": "{ site { title } }"',
    });
    expect(res.status).toBe(400);
  });
});
