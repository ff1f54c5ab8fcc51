// The response cache for anonymous reads (issue #4 item 6): hits cost no SQL, ETag/If-None-Match
// give 304, editors bypass it, and a public read right after ANY mutation is fresh — including
// lists a new or newly published post enters, which per-entity invalidation would miss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, EDITOR, type TestGateway } from '../support/gateway.ts';
import { mutationCases } from '../support/cache-cases.ts';

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
  return { status: response.status, etag: response.headers.get('etag'), cacheControl: response.headers.get('cache-control'), sql, body: text ? JSON.parse(text) : null };
}
const mutate = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gw.gql(query, variables, editor);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
};

describe('anonymous reads', () => {
  const query = '{ homeFeed { shorts { totalCount edges { node { title } } } favorites { title } } }';

  it('are served from the cache without SQL, with ETag and a must-revalidate Cache-Control', async () => {
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.cacheControl).toBe('public, max-age=0, must-revalidate');
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

describe('POST answers', () => {
  it('are private, no-store: an anonymous read, and the login that sets the session cookie', async () => {
    const read = await gw.gql('{ site { title } }');
    expect(read.headers.get('cache-control')).toBe('private, no-store');
    const login = await gw.gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { __typename } }', { email: EDITOR.email, password: EDITOR.password });
    expect(login.body.data.login.__typename).toBe('LoginPayload');
    expect(login.headers.get('set-cookie')).toMatch(/gw_session=/);
    expect(login.headers.get('cache-control')).toBe('private, no-store');
  });
});
