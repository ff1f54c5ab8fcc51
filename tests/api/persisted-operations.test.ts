// Persisted operations: Apollo's automatic persisted queries (hash first, the document once, then
// the hash alone, over POST and GET), trusted documents by id (the admin's build manifest,
// GraphiQL's tabs) and PERSISTED_ONLY, which leaves anonymous callers only those, while signed-in
// editors keep sending any document. Documents stay plain strings: their text and hash are the
// input under test.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { type DocumentNode, Kind, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as adminDocuments from '../../admin/src/__generated__/graphql.ts';
import { GetCache } from '../../server/src/cache/fast-path.ts';
import { graphiqlTabs } from '../../server/src/graphiql.ts';
import { ADMIN_MANIFEST, normalizeDocument, shippedDocuments } from '../../server/src/http/trusted-documents.ts';
import { memoryApqStore } from '../../server/src/plugins/use-apq.ts';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import { createTestGateway, EDITOR, type ServedGateway, serveOverHttp, type TestGateway } from '../support/gateway.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ACCEPT = { accept: 'application/graphql-response+json' };
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** A fresh document per call, so tests never see another test's registration. */
let counter = 0;
const freshQuery = () => `query Fresh${++counter} { site { title } }`;

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(gw: TestGateway, payload: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ACCEPT, ...headers },
    body: JSON.stringify(payload),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function get(gw: TestGateway, params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Reply> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
  const response = await gw.yoga.fetch(`http://gateway.test/graphql?${search}`, { headers: { ...ACCEPT, ...headers } });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const codeOf = (reply: Reply) => reply.body.errors?.[0]?.extensions?.['code'];

describe('automatic persisted queries', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await createTestGateway({ config: { maxDepth: 4, maxCost: 100 } });
  });
  afterAll(() => gw.close());

  it('POST: unknown hash → PersistedQueryNotFound (404, no-store); document + hash once; then the hash alone', async () => {
    const query = freshQuery();
    const hash = sha256(query);
    const unknown = await post(gw, { extensions: persisted(hash) });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    expect(codeOf(unknown)).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await post(gw, { query, extensions: persisted(hash) });
    expect(registered.status).toBe(200);
    expect(registered.body.data.site.title).toEqual(expect.any(String));

    const byHash = await post(gw, { extensions: persisted(hash) });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(registered.body);
  });

  it('GET: the same round trip, with variables in the URL', async () => {
    const query = `query Post${++counter}($slug: String!) { post(slug: $slug) { title } }`;
    const hash = sha256(query);
    const variables = { slug: 'chunking-strategies' };
    const unknown = await get(gw, { extensions: persisted(hash), variables });
    expect(unknown.status).toBe(404);
    expect(codeOf(unknown)).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await get(gw, { query, extensions: persisted(hash), variables });
    expect(registered.status).toBe(200);
    expect(registered.body.data.post.title).toEqual(expect.any(String));

    const byHash = await get(gw, { extensions: persisted(hash), variables });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(registered.body);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    expect(byHash.headers.get('etag')).toBe(registered.headers.get('etag'));
  });

  it("a hash that is not the document's → PersistedQueryMismatch (400), and nothing is stored under either hash", async () => {
    const query = freshQuery();
    const wrong = sha256(`${query} `);
    const mismatch = await post(gw, { query, extensions: persisted(wrong) });
    expect(mismatch.status).toBe(400);
    expect(codeOf(mismatch)).toBe(ErrorCode.PERSISTED_QUERY_MISMATCH);
    expect(mismatch.body.data).toBeUndefined();
    for (const hash of [wrong, sha256(query)])
      expect(codeOf(await post(gw, { extensions: persisted(hash) }))).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
  });

  it('a query that is not a string beside a hash is BAD_REQUEST (400), not an internal error', async () => {
    const text = freshQuery();
    for (const query of [5, { text }, [text]]) {
      const reply = await post(gw, { query, extensions: persisted(sha256(text)) });
      expect(reply.status).toBe(400);
      expect(codeOf(reply)).toBe('BAD_REQUEST');
    }
    expect(codeOf(await post(gw, { extensions: persisted(sha256(text)) }))).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
  });

  it('a registered document the limits refuse stays refused by its hash (depth, cost)', async () => {
    const deep = `query Deep${++counter} { homeFeed { notes { edges { node { category { name } } } } } }`;
    const costly = `query Costly${++counter} { posts(first: 100) { edges { node { title } } } }`;
    for (const [query, code] of [
      [deep, ErrorCode.QUERY_TOO_DEEP],
      [costly, ErrorCode.QUERY_TOO_COSTLY],
    ] as const) {
      const hash = sha256(query);
      const sent = await post(gw, { query, extensions: persisted(hash) });
      expect(codeOf(sent)).toBe(code);
      const again = await post(gw, { extensions: persisted(hash) });
      expect(codeOf(again)).toBe(code);
      expect(again.body.data).toBeUndefined();
    }
  });
});

describe('the rate limit', () => {
  let limited: TestGateway;
  beforeAll(async () => {
    limited = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 2 } });
  });
  afterAll(() => limited.close());

  it('still counts hash-only requests', async () => {
    const query = freshQuery();
    const hash = sha256(query);
    expect((await post(limited, { query, extensions: persisted(hash) })).status).toBe(200);
    expect((await get(limited, { extensions: persisted(hash) })).status).toBe(200);
    const third = await get(limited, { extensions: persisted(hash) });
    expect(third.status).toBe(429);
    expect(codeOf(third)).toBe(ErrorCode.RATE_LIMITED);
  });
});

describe('the APQ store is bounded', () => {
  it('keeps at most maxDocuments (least recently used go) and never a document over maxDocumentBytes', () => {
    const store = memoryApqStore({ maxDocuments: 2, maxBytes: 1_000, maxDocumentBytes: 100 });
    store.set('a', '{ a }');
    store.set('b', '{ b }');
    store.set('c', '{ c }');
    expect([store.get('a'), store.get('b'), store.get('c')]).toEqual([null, '{ b }', '{ c }']);
    store.set('big', `{ ${'x'.repeat(200)} }`);
    expect(store.get('big')).toBeNull();
  });
});

describe('trusted documents', () => {
  let gw: TestGateway;
  let stored: string[];
  beforeAll(async () => {
    stored = [];
    const store = memoryApqStore();
    gw = await createTestGateway({
      gateway: {
        apqStore: {
          get: store.get,
          set: (hash, text) => {
            stored.push(hash);
            return store.set(hash, text);
          },
        },
      },
    });
  });
  afterAll(() => gw.close());

  const homeFeedId = sha256(normalizeDocument(graphiqlTabs[0]!.query));

  it('run by id (bare hex or sha256:<hex>), over GET and POST, and are not copied into the APQ store', async () => {
    const byGet = await get(gw, { extensions: persisted(homeFeedId) });
    expect(byGet.status).toBe(200);
    expect(byGet.body.data.homeFeed.shorts.totalCount).toBeGreaterThan(0);
    const byPost = await post(gw, { extensions: persisted(`sha256:${homeFeedId}`) });
    expect(byPost.body).toEqual(byGet.body);
    const [viewerId] = Object.entries(adminManifest()).find(([, text]) => text.startsWith('query Viewer'))!;
    const viewer = await post(gw, { extensions: persisted(viewerId) });
    expect(viewer.body).toEqual({ data: { viewer: null } });
    expect(stored).toEqual([]);
  });

  it('work beside APQ: a trusted id and a registered hash in one gateway', async () => {
    const query = freshQuery();
    await post(gw, { query, extensions: persisted(sha256(query)) });
    expect((await post(gw, { extensions: persisted(sha256(query)) })).status).toBe(200);
    expect((await post(gw, { extensions: persisted(homeFeedId) })).status).toBe(200);
    expect(stored).toEqual([sha256(query)]);
  });
});

/** The admin's build manifest as codegen wrote it. */
function adminManifest(): Record<string, string> {
  return JSON.parse(readFileSync(ADMIN_MANIFEST, 'utf8')) as Record<string, string>;
}

describe("the admin's build manifest", () => {
  it('holds every operation written in admin/src, and the text Apollo Client sends for each is trusted', async () => {
    const sources = execFileSync('git', ['ls-files', 'admin/src/*.ts', 'admin/src/*.tsx', ':!admin/src/__generated__'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const written = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(/graphql\(`\s*(query|mutation|subscription)\s+(\w+)/g))
        written.add(match[2]!);
    }
    const inManifest = new Set(
      Object.values(adminManifest()).flatMap((text) => [...text.matchAll(/(?:query|mutation|subscription) (\w+)/g)].map((m) => m[1]!)),
    );
    expect(written.size).toBeGreaterThan(10);
    expect([...written].filter((name) => !inManifest.has(name))).toEqual([]);

    const trusted = shippedDocuments({ graphiqlTabs });
    const cache = new InMemoryCache();
    const operations = Object.values(adminDocuments).filter(
      (value): value is DocumentNode =>
        typeof value === 'object' && (value as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
    );
    expect(operations.length).toBe(written.size);
    for (const document of operations) expect(trusted.hasText(print(cache.transformDocument(document)))).toBe(true);
  });
});

describe('PERSISTED_ONLY=on', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await createTestGateway({ config: { persistedOnly: true } });
  });
  afterAll(() => gw.close());

  const refused = (reply: Reply) => {
    expect(reply.status).toBe(403);
    expect(codeOf(reply)).toBe(ErrorCode.PERSISTED_QUERY_ONLY);
    expect(reply.body.data).toBeUndefined();
  };

  it('refuses an anonymous arbitrary document, over POST and GET', async () => {
    refused(await post(gw, { query: freshQuery() }));
    refused(await get(gw, { query: freshQuery() }));
  });

  it('refuses registering a new hash anonymously, so the hash stays unknown', async () => {
    const query = freshQuery();
    refused(await post(gw, { query, extensions: persisted(sha256(query)) }));
    expect(codeOf(await post(gw, { extensions: persisted(sha256(query)) }))).toBe(ErrorCode.PERSISTED_QUERY_NOT_FOUND);
  });

  /** The admin's sign-in, as Apollo Client sends it (with __typename), anonymously. */
  const signIn = () =>
    post(gw, {
      query: print(new InMemoryCache().transformDocument(adminDocuments.SignInDocument)),
      variables: { email: EDITOR.email, password: EDITOR.password },
    });

  it('runs trusted documents anonymously: by id, and as text however laid out (GraphiQL tab, the admin sign-in as Apollo sends it)', async () => {
    expect((await post(gw, { extensions: persisted(sha256(normalizeDocument(graphiqlTabs[0]!.query))) })).status).toBe(200);
    expect((await post(gw, { query: graphiqlTabs[0]!.query })).status).toBe(200);
    expect((await signIn()).body.data.login.__typename).toBe('LoginPayload');
  });

  it('lets editors send any document and register hashes (session cookie or API token), which anonymous callers may then run', async () => {
    const cookie = (await signIn()).headers.get('set-cookie')!.split(';')[0]!;
    const query = freshQuery();
    const byCookie = await post(gw, { query, extensions: persisted(sha256(query)) }, { cookie, [CSRF_HEADER]: '1' });
    expect(byCookie.status).toBe(200);
    expect((await post(gw, { extensions: persisted(sha256(query)) })).status).toBe(200);
    const byToken = await post(gw, { query: freshQuery() }, { authorization: `Bearer ${await gw.editorToken()}` });
    expect(byToken.status).toBe(200);
  });

  it('treats a forged session cookie as anonymous, and refuses a bad token as usual (401)', async () => {
    refused(await post(gw, { query: freshQuery() }, { cookie: 'gw_session=forged', [CSRF_HEADER]: '1' }));
    const badToken = await post(gw, { query: freshQuery() }, { authorization: 'Bearer gwt_forged' });
    expect(badToken.status).toBe(401);
    expect(codeOf(badToken)).toBe(ErrorCode.UNAUTHENTICATED);
  });
});

describe('over HTTP, behind the GET fast path, with Apollo Client', () => {
  let gw: TestGateway;
  let cache: GetCache;
  let served: ServedGateway;
  let base: string;
  beforeAll(async () => {
    cache = new GetCache();
    gw = await createTestGateway({ config: { cacheTtlSeconds: 60 }, gateway: { publicCache: cache.generations } });
    served = await serveOverHttp(gw, cache);
    base = served.base;
  });
  afterAll(async () => {
    await served.close();
    await gw.close();
  });

  const hashGet = (hash: string) =>
    fetch(`${base}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(hash)))}`, { headers: ACCEPT });

  it('a hash-only GET is answered from the fast path once warm; PersistedQueryNotFound never is', async () => {
    const query = freshQuery();
    const hash = sha256(query);
    const stored = cache.stored;
    const notFound = await hashGet(hash);
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('cache-control')).toBe('no-store');
    expect(cache.stored).toBe(stored);

    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ACCEPT },
      body: JSON.stringify({ query, extensions: persisted(hash) }),
    });
    const warm = await hashGet(hash);
    expect(warm.status).toBe(200);
    const hits = cache.hits;
    let sql: string[] = [];
    let again!: Response;
    sql = await gw.statements(async () => {
      again = await hashGet(hash);
    });
    expect(cache.hits).toBe(hits + 1);
    expect(sql).toEqual([]);
    expect(await again.text()).toBe(await warm.text());
  });

  it("Apollo Client's persisted-query link: hash by GET, the document once by POST, then the hash alone (from the fast path)", async () => {
    const sent: { method: string; hasQuery: boolean; status: number }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = String(input);
      const hasQuery = init?.method === 'POST' ? String(init.body).includes('"query"') : new URL(url).searchParams.has('query');
      sent.push({ method: init?.method ?? 'GET', hasQuery, status: response.status });
      return response;
    };
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new PersistedQueryLink({ sha256: (text) => sha256(text), useGETForHashedQueries: true }).concat(
        new HttpLink({ uri: `${base}/graphql`, fetch: recordingFetch }),
      ),
    });
    const query = parse(`query ApolloHome${++counter} { homeFeed { shorts { totalCount } } }`);
    const first = await client.query({ query, fetchPolicy: 'network-only' });
    const second = await client.query({ query, fetchPolicy: 'network-only' });
    expect(second.data).toEqual(first.data);
    expect((first.data as { homeFeed: { shorts: { totalCount: number } } }).homeFeed.shorts.totalCount).toBeGreaterThan(0);
    expect(sent).toEqual([
      { method: 'GET', hasQuery: false, status: 404 },
      { method: 'POST', hasQuery: true, status: 200 },
      { method: 'GET', hasQuery: false, status: 200 },
    ]);
    const hits = cache.hits;
    await client.query({ query, fetchPolicy: 'network-only' });
    expect(cache.hits).toBe(hits + 1);
  });
});
