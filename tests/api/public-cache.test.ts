// The response cache for anonymous reads (issue #4 item 6): hits cost no SQL, ETag/If-None-Match
// give 304, editors bypass it, and a public read right after ANY mutation is fresh — including
// lists a new or newly published post enters, which per-entity invalidation would miss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { globalId } from '../support/mutations.ts';

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
const idOf = async (model: 'post' | 'category' | 'tag', slug: string) =>
  (await (gw.db.prisma[model] as { findUniqueOrThrow(a: object): Promise<{ id: string }> }).findUniqueOrThrow({ where: { slug } })).id;

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

// Each case: a public query, a mutation that changes what it shows, and what must be seen after.
const cases: [string, string, () => Promise<unknown>, (data: any) => void][] = [
  ['create + publish a short enters homeFeed and the count', '{ homeFeed { shorts(first: 1) { totalCount edges { node { title } } } } }', async () => {
    const created = await mutate('mutation($i: CreatePostInput!) { createPost(input: $i) { ... on CreatePostPayload { post { id } } } }', {
      i: { title: 'Cache test short', kind: 'SHORT', summary: 'Fresh.' },
    });
    await mutate('mutation($i: PublishPostInput!) { publishPost(input: $i) { __typename } }', { i: { id: created.createPost.post.id } });
  }, (d) => expect(d.homeFeed.shorts).toEqual({ totalCount: 5, edges: [{ node: { title: 'Cache test short' } }] })],
  ['updatePost changes a title', '{ post(slug: "chunking-strategies") { title } }', async () => {
    const id = globalId('Post', await idOf('post', 'chunking-strategies'));
    const { version } = await gw.db.prisma.post.findUniqueOrThrow({ where: { slug: 'chunking-strategies' } });
    await mutate('mutation($i: UpdatePostInput!) { updatePost(input: $i) { __typename } }', { i: { id, expectedVersion: version, title: 'Chunking, revisited' } });
  }, (d) => expect(d.post.title).toBe('Chunking, revisited')],
  ['unpublishPost removes it from lists', '{ posts(first: 100) { totalCount } }', async () => {
    await mutate('mutation($i: PostRefInput!) { unpublishPost(input: $i) { __typename } }', { i: { id: globalId('Post', await idOf('post', 'how-text-became-geometry')) } });
  }, (d) => expect(d.posts.totalCount).toBe(16)],
  ['deletePost', '{ post(slug: "pricing-and-elasticity") { title } }', async () => {
    await mutate('mutation($i: PostRefInput!) { deletePost(input: $i) { __typename } }', { i: { id: globalId('Post', await idOf('post', 'pricing-and-elasticity')) } });
  }, (d) => expect(d.post).toBeNull()],
  ['reorderFavorites', '{ favorites { slug } }', async () => {
    const favorites = await gw.db.prisma.favorite.findMany({ orderBy: { position: 'asc' } });
    const site = await gw.db.prisma.site.findUniqueOrThrow({ where: { id: 1 } });
    const reversed = favorites.map((f) => globalId('Post', f.postId)).reverse();
    await mutate('mutation($ids: [ID!]!, $r: Int!) { reorderFavorites(postIds: $ids, expectedRevision: $r) { __typename } }', { ids: reversed, r: site.favoritesRevision });
  }, (d) => expect(d.favorites[0].slug).toBe('the-physics-of-hallucination')],
  ['addFavorite', '{ favorites { slug } }', async () => {
    await mutate('mutation($id: ID!) { addFavorite(postId: $id) { __typename } }', { id: globalId('Post', await idOf('post', 'rlaif-when-the-labeler-is-a-model')) });
  }, (d) => expect(d.favorites.at(-1).slug).toBe('rlaif-when-the-labeler-is-a-model')],
  ['createCategory', '{ categories { name } }', async () => {
    await mutate('mutation { createCategory(input: { name: "Agents" }) { __typename } }');
  }, (d) => expect(d.categories.map((c: { name: string }) => c.name)).toContain('Agents')],
  ['reorderCategories', '{ categories { slug } }', async () => {
    const ids = (await gw.db.prisma.category.findMany({ orderBy: { position: 'desc' } })).map((c) => globalId('Category', c.id));
    await mutate('mutation($ids: [ID!]!) { reorderCategories(ids: $ids) { __typename } }', { ids });
  }, (d) => expect(d.categories[0].slug).toBe('agents')],
  ['updateTag renames a tag on posts', '{ post(slug: "the-physics-of-hallucination") { tags { name } } }', async () => {
    await mutate('mutation($i: UpdateTagInput!) { updateTag(input: $i) { __typename } }', { i: { id: globalId('Tag', await idOf('tag', 'hallucinations')), name: 'Hallucination' } });
  }, (d) => expect(d.post.tags).toEqual([{ name: 'Hallucination' }])],
  ['updateSite', '{ site { title } }', async () => {
    await mutate('mutation { updateSite(input: { title: "Lena tries to understand" }) { __typename } }');
  }, (d) => expect(d.site.title).toBe('Lena tries to understand')],
];

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
