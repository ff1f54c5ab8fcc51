// Unexpected failures reach clients masked, with a request id the log also carries;
// introspection and GraphiQL follow NODE_ENV unless overridden.
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../support/logger.ts';
import { createTestGateway } from '../support/gateway.ts';
import { ErrorCode } from '#shared/errors.ts';

describe('unexpected errors', () => {
  it('are masked for the client, with the request id; the log keeps the cause under the same id', async () => {
    const { logger, lines } = capturingLogger();
    const gw = await createTestGateway({ seed: false, logger });
    // A failure that is nobody's input and not an outage (that one is a 503, see
    // database-unavailable.test.ts): the table is gone, every query on it fails inside Prisma.
    await gw.db.driver.exec('DROP TABLE "Post" CASCADE');
    const res = await gw.gql('{ posts(first: 3) { edges { node { title } } } }');
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }),
    ]);
    const text = JSON.stringify(res.body);
    for (const leak of [/stack/i, /SELECT|FROM "/, /\/work\/|node_modules|\.ts:\d+/, /prisma/i, /pglite/i]) expect(text).not.toMatch(leak);

    await new Promise((resolve) => setTimeout(resolve, 20)); // pino writes asynchronously
    const logged = lines.find((line) => line.requestId === requestId && line.err);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toMatch(/does not exist/i);
    await gw.close();
  });

  it('an incoming x-request-id is kept when it looks sane, replaced when not', async () => {
    const gw = await createTestGateway({ seed: false });
    try {
      const kept = await gw.gql('{ site { title } }', {}, { 'x-request-id': 'edge-123.abc' });
      expect(kept.headers.get('x-request-id')).toBe('edge-123.abc');
      const replaced = await gw.gql('{ site { title } }', {}, { 'x-request-id': 'bad id with spaces <script>' });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await gw.close();
    }
  });
});

describe('introspection and GraphiQL', () => {
  const introspect = '{ __schema { queryType { name } } }';
  const openGraphiQL = (gw: Awaited<ReturnType<typeof createTestGateway>>) =>
    gw.yoga.fetch('http://gateway.test/graphql', { headers: { accept: 'text/html' } });

  it('are on in development', async () => {
    const gw = await createTestGateway({ seed: false, config: { nodeEnv: 'development' } });
    try {
      expect((await gw.gql(introspect)).body.data.__schema.queryType.name).toBe('Query');
      // The whole introspection query GraphiQL sends to load its docs: within every limit.
      const full = await gw.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(full.body.errors).toBeUndefined();
      expect(full.body.data.__schema.types.length).toBeGreaterThan(50);
      expect(await (await openGraphiQL(gw)).text()).toMatch(/graphiql/i);
    } finally {
      await gw.close();
    }
  });

  it('are off in production, with a clear error', async () => {
    const gw = await createTestGateway({ seed: false, config: { nodeEnv: 'production' } });
    try {
      const res = await gw.gql(introspect);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
      expect(await (await openGraphiQL(gw)).text()).not.toMatch(/graphiql/i);
      expect((await gw.gql('{ site { title } }')).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  it('can be switched on in production by INTROSPECTION / GRAPHIQL', async () => {
    const gw = await createTestGateway({ seed: false, config: { nodeEnv: 'production', introspection: true, graphiql: true } });
    try {
      expect((await gw.gql(introspect)).body.data.__schema.queryType.name).toBe('Query');
      expect(await (await openGraphiQL(gw)).text()).toMatch(/graphiql/i);
    } finally {
      await gw.close();
    }
  });
});
