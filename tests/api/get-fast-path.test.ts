// The HTTP fast path for anonymous GET /graphql (server/src/cache/fast-path.ts): the request
// handler main.ts gives node:http, here on an ephemeral loopback port in this process (so the SQL
// the gateway issues can be watched). A hit answers Yoga's stored bytes without SQL and without
// entering Yoga; it never outlives a purge, the TTL, or the rules for editors, CORS and rate limits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../server/src/config.ts';
import { createRequestHandler, GetCache } from '../../server/src/cache/fast-path.ts';
import { GenerationCache } from '../../server/src/cache/generation-cache.ts';
import type { RateLimitStore } from '../../server/src/rate-limits.ts';
import { mutationCases, noChangeCases } from '../support/cache-cases.ts';
import { hashSecret } from '../../server/src/auth/credentials.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { ErrorCode } from '#shared/errors.ts';

interface Harness {
  gw: TestGateway;
  cache: GetCache;
  base: string;
  logs: Record<string, unknown>[];
  /** GET /graphql?query=… through the handler; `sql` = statements the gateway issued meanwhile. */
  get(query: string, headers?: Record<string, string>, extra?: string): Promise<Reply>;
  /** POST through the handler (mutations, as an editor would). */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any>;
  close(): Promise<void>;
}
interface Reply {
  status: number;
  headers: Headers;
  text: string;
  body: any;
  sql: string[];
  hit: boolean;
}

const ACCEPT = { accept: 'application/graphql-response+json' };
const pathOf = (query: string, extra = '') => `/graphql?query=${encodeURIComponent(query)}${extra}`;

async function harness(options: { config?: Partial<Config>; requests?: RateLimitStore } = {}): Promise<Harness> {
  const cache = new GetCache();
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _enc, done) {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  );
  const rateLimits = options.requests
    ? { requests: options.requests, loginFailures: new RateLimiterMemory({ points: 10, duration: 900 }) }
    : undefined;
  const gw = await createTestGateway({
    config: { cacheTtlSeconds: 60, ...options.config },
    logger,
    gateway: { publicCache: cache.generations, rateLimits },
  });
  const server: Server = createServer(
    createRequestHandler({
      yoga: gw.yoga,
      getCache: cache,
      requests: options.requests ?? null,
      trustProxy: options.config?.trustProxy ?? false,
      logger,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    gw,
    cache,
    base,
    logs,
    async get(query, headers = {}, extra = '') {
      let response!: Response;
      const hits = cache.hits;
      const sql = await gw.statements(async () => {
        response = await fetch(base + pathOf(query, extra), { headers: { ...ACCEPT, ...headers } });
      });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        text,
        body: text ? JSON.parse(text) : null,
        sql,
        hit: cache.hits > hits,
      };
    },
    async post(query, variables = {}, headers = {}) {
      const response = await fetch(base + '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ACCEPT, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gw.close();
    },
  };
}

/** Headers a replay must reproduce: all but the per-response ones. */
const comparable = (headers: Headers) =>
  Object.fromEntries(
    [...headers]
      .map(([name, value]) => [name.toLowerCase(), value])
      .filter(([name]) => !['date', 'x-request-id', 'keep-alive', 'connection'].includes(name!)),
  );

const FEED = '{ homeFeed { shorts { totalCount edges { node { title } } } favorites { title } } }';

describe('hits and misses', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('a miss goes to Yoga (SQL); the repeat is a hit: same bytes and headers, no SQL, a fresh request id', async () => {
    const miss = await h.get(FEED);
    expect(miss.status).toBe(200);
    expect(miss.hit).toBe(false);
    expect(miss.sql.length).toBeGreaterThan(0);
    expect(miss.headers.get('etag')).toMatch(new RegExp(`^W/"[0-9a-f]{64}:g${h.cache.generations.generation}"$`));
    const hit = await h.get(FEED);
    expect(hit.hit).toBe(true);
    expect(hit.sql).toEqual([]);
    expect(hit.text).toBe(miss.text);
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
    expect(hit.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'));
    expect(hit.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(hit.headers.get('x-request-id')).not.toBe(miss.headers.get('x-request-id'));
    // A sane incoming request id is kept, as useRequestLog does.
    expect((await h.get(FEED, { 'x-request-id': 'frontend-42' })).headers.get('x-request-id')).toBe('frontend-42');
  });

  it('writes one log line per hit, like useRequestLog', async () => {
    await h.get('{ site { title } }', {}, '&operationName=');
    const before = h.logs.length;
    const hit = await h.get(FEED);
    expect(hit.hit).toBe(true);
    const lines = h.logs.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      path: '/graphql',
      status: 200,
      requestId: hit.headers.get('x-request-id'),
    });
    expect(typeof lines[0]!.durationMs).toBe('number');
  });

  it('keeps the operation name in the log line', async () => {
    const query = 'query Titles { site { title } }';
    await h.get(query, {}, '&operationName=Titles');
    const before = h.logs.length;
    expect((await h.get(query, {}, '&operationName=Titles')).hit).toBe(true);
    expect(h.logs.slice(before)[0]).toMatchObject({ operation: 'Titles', status: 200 });
  });

  it('If-None-Match with the stored ETag → 304 without body or SQL, with the headers Yoga sends on a 304', async () => {
    const { headers } = await h.get(FEED);
    const etag = headers.get('etag')!;
    const revalidated = await h.get(FEED, { 'if-none-match': etag });
    expect(revalidated.hit).toBe(true);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.sql).toEqual([]);
    const fromYoga = await h.gw.yoga.fetch('http://gateway.test' + pathOf(FEED), { headers: { ...ACCEPT, 'if-none-match': etag } });
    expect(fromYoga.status).toBe(304);
    expect(comparable(revalidated.headers)).toEqual(comparable(fromYoga.headers));
    // Another ETag: the full answer.
    const other = await h.get(FEED, { 'if-none-match': 'something-else' });
    expect(other.status).toBe(200);
    expect(other.text).toBe((await h.get(FEED)).text);
  });

  it('the key includes Accept: each media type is stored with its own content type', async () => {
    const query = '{ categories { slug } }';
    const json = { accept: 'application/json' };
    await h.get(query, json);
    const hit = await h.get(query, json);
    expect(hit.hit).toBe(true);
    expect(hit.headers.get('content-type')).toMatch(/^application\/json/);
    expect(hit.headers.get('vary')).toBe('Accept');
    const other = await h.get(query);
    expect(other.hit).toBe(false);
    expect(other.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('stores nothing Yoga did not cache: errors, and results with a TTL of 0 (introspection)', async () => {
    const stored = h.cache.stored;
    for (const query of ['{ site { nope } }', '{ __schema { queryType { name } } }']) {
      const first = await h.get(query);
      const second = await h.get(query);
      expect(second.hit).toBe(false);
      expect(second.text).toBe(first.text);
    }
    expect(h.cache.stored).toBe(stored);
  });

  it('never stores a preview answer: each GET reaches Yoga and the database, `private, no-store`', async () => {
    const post = await h.gw.db.prisma.post.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const token = 'A'.repeat(43);
    await h.gw.db.prisma.previewLink.create({
      data: { tokenHash: hashSecret(token), postId: post.id, expiresAt: new Date(Date.now() + 60_000) },
    });
    const stored = h.cache.stored;
    const query = `{ preview(token: "${token}") { title } }`;
    for (let i = 0; i < 2; i++) {
      const reply = await h.get(query);
      expect(reply.body).toEqual({ data: { preview: { title: post.title } } });
      expect([reply.hit, reply.sql.length > 0, reply.headers.get('cache-control'), reply.headers.get('etag')]).toEqual([
        false,
        true,
        'private, no-store',
        null,
      ]);
    }
    expect(h.cache.stored).toBe(stored);
  });

  it('If-Modified-Since goes to Yoga (which answers from its cache)', async () => {
    await h.get(FEED);
    const reply = await h.get(FEED, { 'if-modified-since': new Date().toUTCString() });
    expect(reply.hit).toBe(false);
    expect(reply.sql).toEqual([]);
  });

  it('editors bypass it: a session cookie or an Authorization header always reaches Yoga; other cookies do not matter', async () => {
    const editor = await h.gw.editorHeaders();
    await h.get(FEED);
    const asEditor = await h.get(FEED, editor);
    expect(asEditor.hit).toBe(false);
    expect(asEditor.sql.length).toBeGreaterThan(0);
    expect(asEditor.headers.get('cache-control')).toBe('private, no-store');
    const withToken = await h.get(FEED, { authorization: `Bearer ${await h.gw.editorToken()}` });
    expect(withToken.hit).toBe(false);
    expect(withToken.sql.length).toBeGreaterThan(0);
    const badToken = await h.get(FEED, { authorization: 'Bearer nonsense' });
    expect(badToken.status).toBe(401);
    const otherCookie = await h.get(FEED, { cookie: 'theme=dark' });
    expect(otherCookie.hit).toBe(true);
  });

  it('mutations over GET and POST requests never use it', async () => {
    const viaGet = await h.get('mutation { updateSite(input: { title: "x" }) { __typename } }');
    expect(viaGet.status).toBe(405);
    const posted = await h.post(FEED);
    expect(posted.data.homeFeed).toBeDefined();
    expect(h.cache.size).toBeGreaterThan(0);
  });
});

describe('every mutation kind purges it: the read right after is never stale', () => {
  let h: Harness;
  let editor: Record<string, string>;
  beforeAll(async () => {
    h = await harness();
    editor = await h.gw.editorHeaders();
  });
  afterAll(() => h.close());
  const mutate = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await h.post(query, variables, editor);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const cases = mutationCases(() => h.gw, mutate);

  it.each(cases)('%s', async (_name, query, change, expectFresh) => {
    const before = await h.get(query);
    expect(before.status).toBe(200);
    const cached = await h.get(query);
    expect(cached.hit).toBe(true);
    expect(cached.sql).toEqual([]);
    await change();
    const after = await h.get(query);
    expect(after.hit).toBe(false);
    expect(after.sql.length).toBeGreaterThan(0);
    expectFresh(after.body.data);
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    // The old ETag validates nothing any more, on the fast path or off it.
    const stale = await h.get(query, { 'if-none-match': before.headers.get('etag')! });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(after.text);
    // And the fresh answer is what is stored now.
    const again = await h.get(query);
    expect(again.hit).toBe(true);
    expect(again.text).toBe(after.text);
  });
});

describe('generations', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());

  it('an answer computed while a purge happened is never stored, so never served after it', async () => {
    const query = '{ post(slug: "chunking-strategies") { title } }';
    const stop = h.gw.db.onStatement(() => h.cache.generations.purge()); // a mutation commits mid-read
    let raced: Reply;
    try {
      raced = await h.get(query);
    } finally {
      stop();
    }
    expect(raced.status).toBe(200);
    const next = await h.get(query);
    expect(next.hit).toBe(false);
    expect(next.sql.length).toBeGreaterThan(0);
    expect((await h.get(query)).hit).toBe(true);
  });

  it('generations start at the start time, so an ETag from an earlier process never names a current one', async () => {
    const earlier = new GenerationCache();
    for (let i = 0; i < 3; i += 1) earlier.purge();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(new GenerationCache().generation).toBeGreaterThan(earlier.generation);
  });

  it('a stored entry of an older generation is never served, not even as a 304', async () => {
    const query = '{ tags { slug } }';
    const first = await h.get(query);
    expect((await h.get(query)).hit).toBe(true);
    h.cache.generations.purge();
    const revalidate = await h.get(query, { 'if-none-match': first.headers.get('etag')! });
    expect(revalidate.hit).toBe(false);
    expect(revalidate.status).toBe(200);
    expect(revalidate.sql.length).toBeGreaterThan(0);
  });

  it('the generation is taken at request start: a purge before Yoga built the cache key still means "do not store"', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = new RateLimiterMemory({ points: 1000, duration: 60 });
    // A store that holds the request (as a slow shared store would) until released.
    const slow: RateLimitStore = Object.assign(Object.create(inner), { consume: async (key: string) => (await gate, inner.consume(key)) });
    const s = await harness({ requests: slow });
    try {
      const query = '{ site { title } }';
      const started = s.cache.generations.generation;
      const pending = s.get(query);
      await new Promise((resolve) => setTimeout(resolve, 50));
      s.cache.generations.purge();
      release();
      const reply = await pending;
      expect(reply.status).toBe(200);
      expect(reply.headers.get('etag')).toMatch(new RegExp(`:g${started + 1}"$`)); // computed under the next generation …
      expect(s.cache.stored).toBe(0); // … but started under the previous one: not stored
      expect((await s.get(query)).hit).toBe(false);
      expect((await s.get(query)).hit).toBe(true);
    } finally {
      await s.close();
    }
  });
});

describe('limits and expiry', () => {
  it('the per-IP budget counts hits, once per request; over budget Yoga answers the usual 429, before any SQL', async () => {
    const store = new RateLimiterMemory({ points: 4, duration: 60 });
    const h = await harness({ requests: store, config: { trustProxy: true } });
    try {
      const a = { 'x-forwarded-for': '203.0.113.1' };
      const replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await h.get(FEED, a));
      expect(replies.map((r) => [r.status, r.hit])).toEqual([
        [200, false],
        [200, true],
        [200, true],
        [200, true],
      ]);
      expect((await store.get('ip:203.0.113.1'))?.consumedPoints).toBe(4);
      const refused = await h.get(FEED, a);
      expect(refused.status).toBe(429);
      expect(refused.hit).toBe(false);
      expect(refused.sql).toEqual([]);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors[0].extensions.code).toBe(ErrorCode.RATE_LIMITED);
      expect((await store.get('ip:203.0.113.1'))?.consumedPoints).toBe(5);
      // Another address has its own budget, and its hits are served.
      const b = await h.get(FEED, { 'x-forwarded-for': '203.0.113.2' });
      expect([b.status, b.hit]).toEqual([200, true]);
      expect((await store.get('ip:203.0.113.2'))?.consumedPoints).toBe(1);
      // Requests off the fast path are still counted once (by Yoga's plugin).
      await h.post('{ site { title } }', {}, { 'x-forwarded-for': '203.0.113.3' });
      expect((await store.get('ip:203.0.113.3'))?.consumedPoints).toBe(1);
    } finally {
      await h.close();
    }
  });

  it("CACHE_TTL_SECONDS applies: an entry expires with Yoga's", async () => {
    const h = await harness({ config: { cacheTtlSeconds: 1 } });
    try {
      await h.get(FEED);
      expect((await h.get(FEED)).hit).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const expired = await h.get(FEED);
      expect(expired.hit).toBe(false);
      expect(expired.sql.length).toBeGreaterThan(0);
    } finally {
      await h.close();
    }
  });

  it('CACHE_TTL_SECONDS=0: no fast path (the handler is Yoga)', async () => {
    const gw = await createTestGateway({ seed: false, config: { cacheTtlSeconds: 0 } });
    try {
      const handler = createRequestHandler({ yoga: gw.yoga, logger: pino({ level: 'silent' }) });
      expect(typeof handler).toBe('function');
    } finally {
      await gw.close();
    }
  });
});

describe('CORS (CORS_ORIGINS set)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ config: { corsOrigins: ['https://a.example', 'https://b.example'] } });
  });
  afterAll(() => h.close());

  it('the Origin is part of the key: each origin gets exactly the CORS headers Yoga computed for it, Vary: Origin included', async () => {
    for (const origin of ['https://a.example', 'https://b.example', 'https://evil.example', 'null', undefined]) {
      const headers: Record<string, string> = origin ? { origin } : {};
      const miss = await h.get(FEED, headers);
      const hit = await h.get(FEED, headers);
      expect(miss.hit).toBe(false);
      expect(hit.hit).toBe(true);
      expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
      const fromYoga = await h.gw.yoga.fetch('http://gateway.test' + pathOf(FEED), { headers: { ...ACCEPT, ...headers } });
      expect(hit.headers.get('access-control-allow-origin')).toBe(fromYoga.headers.get('access-control-allow-origin'));
      expect(hit.headers.get('vary')).toBe('Origin, Accept');
      expect(fromYoga.headers.get('vary')).toBe('Origin, Accept');
      const revalidated = await h.get(FEED, { ...headers, 'if-none-match': hit.headers.get('etag')! });
      expect([revalidated.status, revalidated.hit]).toEqual([304, true]);
      expect(revalidated.headers.get('vary')).toBe('Origin, Accept');
      expect(revalidated.headers.get('access-control-allow-origin')).toBe(hit.headers.get('access-control-allow-origin'));
    }
    const granted = await h.get(FEED, { origin: 'https://a.example' });
    expect(granted.hit).toBe(true);
    expect(granted.headers.get('access-control-allow-origin')).toBe('https://a.example');
    expect(granted.headers.get('access-control-allow-credentials')).toBe('true');
    for (const origin of ['https://evil.example', 'null']) {
      const refused = await h.get(FEED, { origin });
      expect(refused.hit).toBe(true);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
      expect(refused.headers.get('access-control-allow-credentials')).toBeNull();
    }
    expect((await h.get(FEED)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('GETs with preflight headers go to Yoga', async () => {
    const headers = { origin: 'https://a.example', 'access-control-request-headers': 'x-custom' };
    await h.get(FEED, headers);
    const second = await h.get(FEED, headers);
    expect(second.hit).toBe(false);
    expect(second.headers.get('access-control-allow-origin')).toBe('https://a.example');
  });
});

describe('a mutation that changes no public content keeps every stored answer', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());
  const SITE = '{ site { title } }';

  it('GET {site{title}}, then an anonymous logout and a refused createPost: revalidating is a 304 hit with the same ETag', async () => {
    const first = await h.get(SITE);
    const generation = h.cache.generations.generation;
    expect(await h.post('mutation { logout }')).toEqual({ data: { logout: false } });
    const refused = await h.post('mutation { createPost(input: { title: "Nope", kind: SHORT }) { __typename } }');
    expect(refused.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([ErrorCode.UNAUTHENTICATED]);
    const revalidated = await h.get(SITE, { 'if-none-match': first.headers.get('etag')! });
    expect([revalidated.status, revalidated.hit]).toEqual([304, true]);
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(h.cache.generations.generation).toBe(generation);
  });

  it.each(noChangeCases(() => h.gw))('%s', async (_name, run) => {
    const query = '{ homeFeed { shorts { totalCount edges { node { title } } } favorites { slug } } site { title } }';
    const before = await h.get(query);
    const generation = h.cache.generations.generation;
    await run();
    expect(h.cache.generations.generation).toBe(generation);
    const revalidated = await h.get(query, { 'if-none-match': before.headers.get('etag')! });
    expect([revalidated.status, revalidated.hit]).toEqual([304, true]);
    const again = await h.get(query);
    expect(again.hit).toBe(true);
    expect(again.headers.get('etag')).toBe(before.headers.get('etag'));
  });

  it('a committed change by an editor then gives 200 with a new ETag', async () => {
    const before = await h.get(SITE);
    const editor = await h.gw.editorHeaders();
    const changed = await h.post('mutation { updateSite(input: { title: "Changed on the fast path" }) { __typename } }', {}, editor);
    expect(changed.data.updateSite.__typename).toBe('UpdateSitePayload');
    const after = await h.get(SITE, { 'if-none-match': before.headers.get('etag')! });
    expect([after.status, after.hit]).toEqual([200, false]);
    expect(after.body.data.site.title).toBe('Changed on the fast path');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
  });
});

describe("If-None-Match on the fast path (RFC 9110, as on Yoga's path)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.close());
  const QUERY = '{ categories { slug name } }';

  it.each([
    ['a list holding the ETag: "zz", <tag>', (tag: string) => `"zz", ${tag}`],
    ['its opaque-tag without W/ (weak comparison)', (tag: string) => tag.slice(2)],
    ['*', () => '*'],
  ])('%s → a 304 hit', async (_name, header) => {
    const { headers } = await h.get(QUERY);
    const revalidated = await h.get(QUERY, { 'if-none-match': header(headers.get('etag')!) });
    expect([revalidated.status, revalidated.hit, revalidated.text]).toEqual([304, true, '']);
    expect(revalidated.headers.get('etag')).toBe(headers.get('etag'));
  });

  it.each([
    ['garbage', () => 'garbage'],
    ['the bare cache key', (tag: string) => tag.slice(3, -1)],
    ['W/ twice', (tag: string) => `W/${tag}`],
  ])('%s → a 200 hit with the body', async (_name, header) => {
    const { headers, text } = await h.get(QUERY);
    const answer = await h.get(QUERY, { 'if-none-match': header(headers.get('etag')!) });
    expect([answer.status, answer.hit, answer.text]).toEqual([200, true, text]);
  });

  it('an ETag of one operation never validates another, whether that one is stored or not', async () => {
    const a = await h.get('{ site { title } }');
    const tag = { 'if-none-match': a.headers.get('etag')! };
    const b = '{ tags { slug } }';
    const miss = await h.get(b, tag);
    expect([miss.status, miss.hit]).toEqual([200, false]);
    const hit = await h.get(b, tag);
    expect([hit.status, hit.hit]).toEqual([200, true]);
    const bySlug = 'query($s: String!) { post(slug: $s) { title } }';
    const vars = (slug: string) => `&variables=${encodeURIComponent(JSON.stringify({ s: slug }))}`;
    const one = await h.get(bySlug, {}, vars('chunking-strategies'));
    await h.get(bySlug, {}, vars('the-physics-of-hallucination'));
    const other = await h.get(bySlug, { 'if-none-match': one.headers.get('etag')! }, vars('the-physics-of-hallucination'));
    expect([other.status, other.hit]).toEqual([200, true]);
  });
});
