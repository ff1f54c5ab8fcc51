// The response cache for anonymous reads, on Yoga's path: hits cost no SQL, ETag/If-None-Match
// give 304 (RFC 9110 entity-tags and comparison), editors bypass it, a public read right after any
// change is fresh — including lists a new or newly published post enters, which per-entity
// invalidation would miss — and a mutation that changes no public content keeps every entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, EDITOR, type TestGateway } from '../support/gateway.ts';
import { mutationCases, noChangeCases } from '../support/cache-cases.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
let editor: Record<string, string>;
beforeAll(async () => {
  gw = await createTestGateway();
  editor = await gw.editorHeaders();
});
afterAll(() => gw.close());

const url = (query: string) => `http://gateway.test/graphql?query=${encodeURIComponent(query)}`;
async function get(query: string, headers: Record<string, string> = {}) {
  let response!: Response;
  const sql = await gw.statements(async () => {
    response = await gw.yoga.fetch(url(query), { headers: { accept: 'application/graphql-response+json', ...headers } });
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    sql,
    body: text ? JSON.parse(text) : null,
  };
}
const mutate = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gw.gql(query, variables, editor);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
};

describe('anonymous reads', () => {
  const query = '{ homeFeed { shorts { totalCount edges { node { title } } } favorites { title } } }';

  it('are served from the cache without SQL, with ETag and a CDN Cache-Control (revalidated by browsers)', async () => {
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.cacheControl).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    const second = await get(query);
    expect(second.sql).toEqual([]);
    expect(second.body).toEqual(first.body);
    expect(second.etag).toBe(first.etag);
  });

  it('If-None-Match with the current ETag → 304, no body, no SQL', async () => {
    const { etag } = await get(query);
    const revalidated = await get(query, { 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBeNull();
    expect(revalidated.sql).toEqual([]);
  });

  it('GET answers say Vary: Accept: the same URL gives GraphiQL to a browser and JSON of the type Accept asks for, under one ETag', async () => {
    const graphqlJson = await get(query);
    const plainJson = await get(query, { accept: 'application/json' });
    const page = await gw.yoga.fetch(url(query), { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(plainJson.headers.get('content-type')).toMatch(/^application\/json/);
    expect(plainJson.etag).toBe(graphqlJson.etag);
    for (const headers of [graphqlJson.headers, plainJson.headers, page.headers]) expect(headers.get('vary')).toBe('Accept');
    expect((await get(query, { 'if-none-match': graphqlJson.etag! })).headers.get('vary')).toBe('Accept');
  });

  it('editors bypass it (they may see drafts) and get private, no-store', async () => {
    await get(query);
    const asEditor = await get(query, editor);
    expect(asEditor.sql.length).toBeGreaterThan(0);
    expect(asEditor.cacheControl).toBe('private, no-store');
  });
});

const cases = mutationCases(() => gw, mutate);

describe('a public read right after a mutation is never stale', () => {
  it.each(cases)('%s', async (_name, query, change, expectFresh) => {
    const before = await get(query);
    expect((await get(query)).sql).toEqual([]); // cached now
    await change();
    const after = await get(query);
    expect(after.sql.length).toBeGreaterThan(0);
    expectFresh(after.body.data);
    expect(after.etag).not.toBe(before.etag);
    expect((await get(query, { 'if-none-match': before.etag! })).status).toBe(200); // the old ETag no longer validates
  });
});

describe('mutation answers are never stored', () => {
  it('the same sign-in twice signs in twice: two sessions, two cookies', async () => {
    const login = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { __typename } }';
    const sessions = await gw.db.prisma.session.count();
    for (let i = 0; i < 2; i += 1) {
      const res = await gw.gql(login, { email: EDITOR.email, password: EDITOR.password });
      expect(res.body.data.login.__typename).toBe('LoginPayload');
      expect(res.headers.get('set-cookie')).toMatch(/gw_session=[^;]/);
    }
    expect(await gw.db.prisma.session.count()).toBe(sessions + 2);
  });
});

describe('POST answers', () => {
  it('are private, no-store: an anonymous read, and the login that sets the session cookie', async () => {
    const read = await gw.gql('{ site { title } }');
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    const login = await gw.gql(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { __typename } }',
      { email: EDITOR.email, password: EDITOR.password },
    );
    expect(login.body.data.login.__typename).toBe('LoginPayload');
    expect(login.headers.get('set-cookie')).toMatch(/gw_session=/);
    expect(login.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('a mutation that changes no public content keeps every entry and ETag', () => {
  const SITE = '{ site { title } }';

  it('GET {site{title}}, then an anonymous logout and a refused createPost: revalidating gives 304 with the same ETag', async () => {
    const first = await get(SITE);
    expect(first.status).toBe(200);
    expect((await gw.gql('mutation { logout }')).body).toEqual({ data: { logout: false } });
    const refused = await gw.gql('mutation { createPost(input: { title: "Nope", kind: SHORT }) { __typename } }');
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.UNAUTHENTICATED]);
    const revalidated = await get(SITE, { 'if-none-match': first.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.etag).toBe(first.etag);
    expect(revalidated.sql).toEqual([]);
  });

  it.each(noChangeCases(() => gw))('%s', async (_name, run) => {
    const query = '{ homeFeed { shorts { totalCount edges { node { title } } } favorites { slug } } site { title } }';
    const before = await get(query);
    await run();
    const revalidated = await get(query, { 'if-none-match': before.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.etag).toBe(before.etag);
    const again = await get(query);
    expect(again.sql).toEqual([]); // still the cached entry
    expect(again.etag).toBe(before.etag);
  });

  it('a committed change by an editor then gives 200 with a new ETag', async () => {
    const before = await get(SITE);
    await mutate('mutation { updateSite(input: { title: "A changed title" }) { __typename } }');
    const after = await get(SITE, { 'if-none-match': before.etag! });
    expect(after.status).toBe(200);
    expect(after.body.data.site.title).toBe('A changed title');
    expect(after.etag).not.toBe(before.etag);
  });
});

describe('ETag and If-None-Match (RFC 9110)', () => {
  const QUERY = '{ categories { slug name } }';

  it('the ETag is a weak entity-tag: W/"<sha-256 hex>:g<generation>"', async () => {
    expect((await get(QUERY)).etag).toMatch(/^W\/"[0-9a-f]{64}:g\d+"$/);
  });

  it.each([
    ['the ETag itself', (tag: string) => tag],
    ['a list holding it: "zz", <tag>', (tag: string) => `"zz", ${tag}`],
    ['a list with odd spacing', (tag: string) => ` W/"a" ,"b",   ${tag} `],
    ['its opaque-tag without W/ (weak comparison)', (tag: string) => tag.slice(2)],
    ['a list holding its opaque-tag', (tag: string) => `"zz",${tag.slice(2)}`],
    ['*', () => '*'],
  ])('If-None-Match: %s → 304, without body or SQL', async (_name, header) => {
    const { etag } = await get(QUERY);
    const revalidated = await get(QUERY, { 'if-none-match': header(etag!) });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body).toBeNull();
    expect(revalidated.sql).toEqual([]);
    expect(revalidated.etag).toBe(etag);
    expect(revalidated.cacheControl).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
  });

  it.each([
    ['garbage', () => 'garbage'],
    ['the bare cache key (not an entity-tag)', (tag: string) => tag.slice(3, -1)],
    ['W/ twice', (tag: string) => `W/${tag}`],
    ['another tag', () => 'W/"0000:g1"'],
    ['an empty list', () => ' , '],
  ])('If-None-Match: %s → 200 with the body', async (_name, header) => {
    const { etag, body } = await get(QUERY);
    const answer = await get(QUERY, { 'if-none-match': header(etag!) });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(body);
  });

  it('* never validates an answer without an ETag (results with errors are not cached)', async () => {
    const answer = await get('{ site { nope } }', { 'if-none-match': '*' });
    expect(answer.status).not.toBe(304);
    expect(answer.body.errors.length).toBeGreaterThan(0);
  });

  it('an ETag of one operation never validates another: other document, variables or operation name, or a POST', async () => {
    const a = await get('{ site { title } }');
    const tag = { 'if-none-match': a.etag! };
    expect((await get('{ categories { slug } }', tag)).status).toBe(200);
    expect((await get('{ site { title description } }', tag)).status).toBe(200);
    expect((await get('{ categories { slug } }', { 'if-none-match': a.etag!.slice(3, -1) })).status).toBe(200); // the bare key

    const bySlug = 'query($s: String!) { post(slug: $s) { title } }';
    const withVariables = (slug: string, headers: Record<string, string> = {}) =>
      gw.yoga.fetch(`${url(bySlug)}&variables=${encodeURIComponent(JSON.stringify({ s: slug }))}`, {
        headers: { accept: 'application/graphql-response+json', ...headers },
      });
    const one = await withVariables('chunking-strategies');
    expect(one.status).toBe(200);
    expect((await withVariables('chunking-strategies', { 'if-none-match': one.headers.get('etag')! })).status).toBe(304);
    expect((await withVariables('the-physics-of-hallucination', { 'if-none-match': one.headers.get('etag')! })).status).toBe(200);

    const two = 'query A { site { title } } query B { categories { slug } }';
    const named = (name: string, headers: Record<string, string> = {}) =>
      gw.yoga.fetch(`${url(two)}&operationName=${name}`, { headers: { accept: 'application/graphql-response+json', ...headers } });
    const opA = await named('A');
    expect((await named('B', { 'if-none-match': opA.headers.get('etag')! })).status).toBe(200);

    // POST answers are never validated: a POST is not a request for a stored representation.
    const posted = await gw.gql('{ categories { slug } }', undefined, tag);
    expect(posted.status).toBe(200);
    expect(posted.body.data.categories.length).toBeGreaterThan(0);
    const ownTag = (await gw.gql('{ tags { slug } }')).headers.get('etag');
    expect((await gw.gql('{ tags { slug } }', undefined, { 'if-none-match': ownTag ?? '*' })).status).toBe(200);
  });
});
