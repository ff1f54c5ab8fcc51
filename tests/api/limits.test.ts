// Attack documents against the limits: each is refused before it runs, with a
// clear error, no data, and no 5xx. Limits are the documented defaults (server/src/config.ts).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { testDatabaseKind } from '../support/database.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
});
afterAll(() => gw.close());

async function expectRefused(query: string, code: string | RegExp, message: RegExp) {
  const sql = await gw.statements(async () => {
    const res = await gw.gql(query);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.message).toMatch(message);
    if (typeof code === 'string') expect(res.body.errors![0]!.extensions?.code).toBe(code);
  });
  expect(sql).toEqual([]); // refused before any resolver touched the database
}

/** category → posts → edges → node → category → … `levels` times. */
function deepCategoryQuery(levels: number): string {
  let inner = 'title';
  for (let i = 0; i < levels; i += 1) inner = `category { posts(first: 1) { edges { node { ${inner} } } } }`;
  return `{ post(slug: "chunking-strategies") { ${inner} } }`;
}

describe('limits', () => {
  it('depth: nesting category → posts → category … past 10 levels', async () => {
    await expectRefused(deepCategoryQuery(3), ErrorCode.QUERY_TOO_DEEP, /Query depth limit of 10 exceeded/);
  });

  it('our own deepest legitimate query still passes', async () => {
    const res = await gw.gql(deepCategoryQuery(1));
    expect(res.status).toBe(200);
    expect(res.body.data.post.category.posts.edges[0].node.title).toEqual(expect.any(String));
  });

  it('aliases: a flood of aliased fields', async () => {
    const flood = Array.from({ length: 50 }, (_, i) => `a${i}: site { title }`).join(' ');
    await expectRefused(`{ ${flood} }`, ErrorCode.TOO_MANY_ALIASES, /Aliases limit of 15 exceeded/);
  });

  it('tokens: one field duplicated thousands of times', async () => {
    await expectRefused(`{ site { ${'title '.repeat(3000)} } }`, /.*/, /Token limit of 2000 exceeded/);
  });

  it('directives: a flood of @include', async () => {
    const fragments = '... on Site @include(if: true) { title } '.repeat(30);
    await expectRefused(`{ site { ${fragments} } }`, ErrorCode.TOO_MANY_DIRECTIVES, /Directives limit of 20 exceeded/);
  });

  it('cost: a huge literal list, and wide nesting', async () => {
    await expectRefused(
      `{ categories { posts(first: 100) { edges { node { title tags { name } } } } } }`,
      ErrorCode.QUERY_TOO_COSTLY,
      /cost limit of 20000 exceeded/,
    );
    const wide = `{ categories { posts(first: 100) { edges { node { title tags { name posts(first: 100) { edges { node { title } } } } } } } } }`;
    await expectRefused(wide, ErrorCode.QUERY_TOO_COSTLY, /cost limit of 20000 exceeded/);
  });

  it('field suggestions: offered while introspection is on, hidden when it is off (no mapping a hidden schema by typos)', async () => {
    const typo = '{ post(slug: "x") { titel } }';
    expect((await gw.gql(typo)).body.errors![0]!.message).toMatch(/Did you mean "title"/);
    const closed = await createTestGateway({ seed: false, config: { nodeEnv: 'production' } });
    try {
      const res = await closed.gql(typo);
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.message).not.toMatch(/Did you mean/);
    } finally {
      await closed.close();
    }
  });

  it('body: larger than MAX_BODY_BYTES → 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ query: '{ site { title } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const declared: Record<string, string>[] = [{ 'content-length': String(Buffer.byteLength(big)) }, {}];
    for (const headers of declared) {
      const res = await gw.yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: big,
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/at most 1048576 bytes/);
    }
  });
});

describe('chunked request bodies (no Content-Length), through node:http', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(gw.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** POSTs `body` in 64 KiB chunks with Transfer-Encoding: chunked, as a streaming client sends it. */
  function postChunked(body: string): Promise<{ status: number; json: any }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          port,
          host: '127.0.0.1',
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
        },
      );
      // The server may answer 413 and close before the whole body is written.
      req.on('error', reject);
      const bytes = Buffer.from(body);
      for (let at = 0; at < bytes.length; at += 65_536) req.write(bytes.subarray(at, at + 65_536));
      req.end();
    });
  }

  it('a body under MAX_BODY_BYTES runs as usual', async () => {
    const res = await postChunked(JSON.stringify({ query: '{ site { title } }', variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(200);
    expect(res.json.data.site.title).toEqual(expect.any(String));
  });

  it('a body over MAX_BODY_BYTES → 413', async () => {
    const res = await postChunked(JSON.stringify({ query: '{ site { title } }', variables: { pad: 'x'.repeat(1_100_000) } }));
    expect(res.status).toBe(413);
    expect(res.json.errors[0].message).toMatch(/at most 1048576 bytes/);
    expect(res.json.errors[0].extensions.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
  });
});

describe.runIf(testDatabaseKind === 'postgres')('statement timeout', () => {
  it('cancels a statement running longer than STATEMENT_TIMEOUT_MS', async () => {
    const { openDatabase } = await import('../../server/src/db/database.ts');
    const db = await openDatabase({ databaseUrl: gw.db.url!, statementTimeoutMs: 200 });
    try {
      const started = Date.now();
      await expect(db.prisma.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout/i);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await db.close();
    }
  });
});
