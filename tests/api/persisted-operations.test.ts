// Persisted operations: Apollo's automatic persisted queries (hash first, the document once, then
// the hash alone, over POST and GET), trusted documents by id (the admin's build manifest,
// GraphiQL's tabs) and PERSISTED_ONLY, which leaves anonymous callers only those, while signed-in
// editors keep sending any document. Documents stay plain strings: their text and hash are the
// input under test.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlTabs } from '../../server/src/graphiql.ts';
import { normalizeDocument } from '../../server/src/http/trusted-documents.ts';
import { memoryApqStore } from '../../server/src/plugins/use-apq.ts';
import { ErrorCode } from '#shared/errors.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

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
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
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

  it('the rate limit still counts hash-only requests', async () => {
    const limited = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 2 } });
    try {
      const query = freshQuery();
      const hash = sha256(query);
      expect((await post(limited, { query, extensions: persisted(hash) })).status).toBe(200);
      expect((await get(limited, { extensions: persisted(hash) })).status).toBe(200);
      const third = await get(limited, { extensions: persisted(hash) });
      expect(third.status).toBe(429);
      expect(codeOf(third)).toBe(ErrorCode.RATE_LIMITED);
    } finally {
      await limited.close();
    }
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
