// The mutations of every kind that change what a public read shows, shared by the response-cache
// tests (tests/api/public-cache.test.ts) and the HTTP fast path's (tests/api/get-fast-path.test.ts).
// Each case: a public query, a mutation that changes what it shows, and a check of what must be
// seen after it. They build on each other (run them in order, on a freshly seeded gateway).
import { expect } from 'vitest';
import type { TestGateway } from './gateway.ts';
import { globalId } from './mutations.ts';

export type MutationCase = [name: string, query: string, change: () => Promise<unknown>, expectFresh: (data: any) => void];

/** `mutate` runs an editor mutation and returns its data (failing on errors). */
export function mutationCases(gateway: () => TestGateway, mutate: (query: string, variables?: Record<string, unknown>) => Promise<any>): MutationCase[] {
  const idOf = async (model: 'post' | 'category' | 'tag', slug: string) =>
    (await (gateway().db.prisma[model] as { findUniqueOrThrow(a: object): Promise<{ id: string }> }).findUniqueOrThrow({ where: { slug } })).id;
  const prisma = () => gateway().db.prisma;
  return [
    ['create + publish a short enters homeFeed and the count', '{ homeFeed { shorts(first: 1) { totalCount edges { node { title } } } } }', async () => {
      const created = await mutate('mutation($i: CreatePostInput!) { createPost(input: $i) { ... on CreatePostPayload { post { id } } } }', {
        i: { title: 'Cache test short', kind: 'SHORT', summary: 'Fresh.' },
      });
      await mutate('mutation($i: PublishPostInput!) { publishPost(input: $i) { __typename } }', { i: { id: created.createPost.post.id } });
    }, (d) => expect(d.homeFeed.shorts).toEqual({ totalCount: 5, edges: [{ node: { title: 'Cache test short' } }] })],
    ['updatePost changes a title', '{ post(slug: "chunking-strategies") { title } }', async () => {
      const id = globalId('Post', await idOf('post', 'chunking-strategies'));
      const { version } = await prisma().post.findUniqueOrThrow({ where: { slug: 'chunking-strategies' } });
      await mutate('mutation($i: UpdatePostInput!) { updatePost(input: $i) { __typename } }', { i: { id, expectedVersion: version, title: 'Chunking, revisited' } });
    }, (d) => expect(d.post.title).toBe('Chunking, revisited')],
    ['unpublishPost removes it from lists', '{ posts(first: 100) { totalCount } }', async () => {
      await mutate('mutation($i: PostRefInput!) { unpublishPost(input: $i) { __typename } }', { i: { id: globalId('Post', await idOf('post', 'how-text-became-geometry')) } });
    }, (d) => expect(d.posts.totalCount).toBe(16)],
    ['deletePost', '{ post(slug: "pricing-and-elasticity") { title } }', async () => {
      await mutate('mutation($i: PostRefInput!) { deletePost(input: $i) { __typename } }', { i: { id: globalId('Post', await idOf('post', 'pricing-and-elasticity')) } });
    }, (d) => expect(d.post).toBeNull()],
    ['reorderFavorites', '{ favorites { slug } }', async () => {
      const favorites = await prisma().favorite.findMany({ orderBy: { position: 'asc' } });
      const site = await prisma().site.findUniqueOrThrow({ where: { id: 1 } });
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
      const ids = (await prisma().category.findMany({ orderBy: { position: 'desc' } })).map((c) => globalId('Category', c.id));
      await mutate('mutation($ids: [ID!]!) { reorderCategories(ids: $ids) { __typename } }', { ids });
    }, (d) => expect(d.categories[0].slug).toBe('agents')],
    ['updateTag renames a tag on posts', '{ post(slug: "the-physics-of-hallucination") { tags { name } } }', async () => {
      await mutate('mutation($i: UpdateTagInput!) { updateTag(input: $i) { __typename } }', { i: { id: globalId('Tag', await idOf('tag', 'hallucinations')), name: 'Hallucination' } });
    }, (d) => expect(d.post.tags).toEqual([{ name: 'Hallucination' }])],
    ['updateSite', '{ site { title } }', async () => {
      await mutate('mutation { updateSite(input: { title: "Lena tries to understand" }) { __typename } }');
    }, (d) => expect(d.site.title).toBe('Lena tries to understand')],
  ];
}
