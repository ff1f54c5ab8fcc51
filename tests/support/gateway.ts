// A real gateway (server/src/yoga.ts) on a fresh test database, called in process via yoga.fetch.
//
// Which documents are typed: every operation a test sends through gql as a client would, written
// as graphql(`…`) (from tests/__generated__/, `npm run codegen`) and checked against schema.graphql,
// so its variables and result are typed. These stay plain strings, and why:
// - invalid ON PURPOSE, which codegen would refuse: malformed or hostile input, parse errors,
//   unknown fields and suggestions, introspection, limit probes (depth, aliases, tokens, cost);
// - the refused value is the input under test: out-of-range page sizes written as literals,
//   forged cursors and global ids, argument guards (a typed document could not carry them);
// - generated: documents built in a loop or from the schema (property tests, mutation tables);
// - transport: sent as raw HTTP bodies or GET URLs (yoga.fetch / fetch, the public cache and
//   fast-path tests, a custom schema in read coalescing), where the text itself is what is cached
//   or parsed.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pino, { type Logger } from 'pino';
import type { Config } from '../../server/src/config.ts';
import { normalizeEmail } from '../../server/src/auth/normalize.ts';
import { hashPassword } from '../../server/src/auth/password.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../../server/src/auth/credentials.ts';
import { LoginThrottle } from '../../server/src/auth/login-throttle.ts';
import { createRequestHandler, type GetCache } from '../../server/src/cache/fast-path.ts';
import { seedContent } from '../../server/src/db/seed.ts';
import { createGateway, type Gateway, type GatewayOptions } from '../../server/src/yoga.ts';
import { CSRF_HEADER } from '#shared/errors.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { testEnv } from './test-env.ts';

const EDITOR_LOGIN = graphql(`mutation EditorLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }`);

export const EDITOR = { email: 'editor@example.com', password: 'correct horse battery staple', name: 'Test Editor' };

// One scrypt hash per test process: hashing costs ~0.3 s and 128 MiB.
let editorHash: Promise<string> | undefined;

/** One GraphQL answer over HTTP: the status, the headers and the parsed JSON body. */
export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
}

/**
 * POSTs a GraphQL operation as JSON; `headers` adds or overrides request headers. A typed document
 * (graphql(`…`)) types the variables and `body.data`; a plain string is for documents that are
 * invalid on purpose, and its `body.data` is untyped.
 */
export interface Gql {
  <R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<GraphQLResponse<R>>;
  (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
}

export interface TestGateway {
  db: TestDatabase;
  yoga: Gateway;
  gql: Gql;
  /** Headers that authenticate as the seeded editor through a session cookie (with the CSRF header). */
  editorHeaders(): Promise<Record<string, string>>;
  /** An API token of the editor (Authorization: Bearer …). */
  editorToken(): Promise<string>;
  /** Runs `fn` and returns the SQL statements Prisma issued meanwhile. */
  statements(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Options: `seed` loads the blog's content (default true); `config` overrides settings (defaults
 * are the documented ones); `logger` replaces the silent test logger; `gateway` passes a shared
 * response cache or rate-limit store (the HTTP fast path's tests), a renderer, or an APQ store.
 */
export async function createTestGateway(
  options: {
    seed?: boolean;
    config?: Partial<Config>;
    logger?: Logger;
    gateway?: Pick<
      GatewayOptions,
      'publicCache' | 'rateLimits' | 'renderer' | 'sitemapUrlLimit' | 'apqStore' | 'redisStatus' | 'metrics' | 'tracer' | 'cdnPurger'
    >;
  } = {},
): Promise<TestGateway> {
  const db = await createTestDatabase();
  if (options.seed ?? true) await seedContent(db.prisma);
  editorHash ??= hashPassword(EDITOR.password);
  // Stored as the gateway stores emails (auth/normalize.ts).
  const editor = await db.prisma.user.create({
    data: { email: normalizeEmail(EDITOR.email), name: EDITOR.name, passwordHash: await editorHash },
  });
  const yoga = createGateway({
    db,
    logger: options.logger ?? pino({ level: testEnv.TEST_LOG_LEVEL }),
    // Every in-process request comes from the address "unknown": a per-IP budget would make
    // test files interfere with themselves. Limit tests turn it on explicitly.
    config: { rateLimitPerMinute: 0, ...options.config },
    loginThrottle: new LoginThrottle({ baseDelayMs: 5, maxDelayMs: 20, forgetAfterMs: 60_000 }),
    ...options.gateway,
  });

  const gql = (async (document: string | TypedDocumentNode, variables?: unknown, headers: Record<string, string> = {}) => {
    const query = typeof document === 'string' ? document : print(document);
    const response = await yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: await response.json() };
  }) as Gql;

  let cookie: string | undefined;
  let token: string | undefined;
  return {
    db,
    yoga,
    gql,
    async editorHeaders() {
      if (!cookie) {
        const res = await gql(EDITOR_LOGIN, { e: EDITOR.email, p: EDITOR.password });
        const setCookie = res.headers.get('set-cookie');
        if (res.body.data?.login?.__typename !== 'LoginPayload' || !setCookie) throw new Error(`login failed: ${JSON.stringify(res.body)}`);
        cookie = setCookie.split(';')[0]!;
      }
      return { cookie, [CSRF_HEADER]: '1' };
    },
    async editorToken() {
      if (!token) {
        token = newSecret(API_TOKEN_PREFIX);
        await db.prisma.apiToken.create({ data: { name: 'tests', tokenHash: hashSecret(token), userId: editor.id } });
      }
      return token;
    },
    async statements(fn) {
      const seen: string[] = [];
      const stop = db.onStatement((sql) => seen.push(sql));
      try {
        await fn();
      } finally {
        stop();
      }
      return seen;
    },
    close: () => db.close(),
  };
}

/** A test gateway served as main.ts serves it: a node:http server on a free loopback port. */
export interface ServedGateway {
  /** http://127.0.0.1:<port> */
  base: string;
  /** Closes open connections, then the server (not the gateway). */
  close(): Promise<void>;
}

/**
 * Serves `gw` through main.ts's request handler (cache/fast-path.ts), with `getCache` as its
 * GET fast path, so a test sees what a client of `npm start` sees: fast-path hits included.
 * Create the gateway with `gateway: { publicCache: getCache.generations }` so both share one
 * generation.
 */
export async function serveOverHttp(gw: TestGateway, getCache: GetCache): Promise<ServedGateway> {
  const server = createServer(createRequestHandler({ yoga: gw.yoga, getCache, logger: pino({ level: 'silent' }) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
