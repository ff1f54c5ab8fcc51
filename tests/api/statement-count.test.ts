// N+1 guard: each read path issues a fixed number of SQL statements,
// the same with 16 posts as with 216. A resolver that loads a relation per row adds statements
// as posts are added and fails here; a new statement on a path changes the pinned number.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.ts';
import { bulkPost } from '../support/queries.ts';

const HOME_FEED_EVERYTHING = graphql(`
  query CountHomeFeed {
    homeFeed {
      shorts { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }
      notes { totalCount edges { cursor node { title publishedAt category { name } tags { name } isFavorite hasLab } } }
      categories { name postCount }
      favorites { title category { name } tags { name } isFavorite }
    }
  }
`);
const POSTS_PAGE = graphql(`
  query CountPostsPage { posts(first: 50) { totalCount edges { node { title category { name } tags { name } isFavorite html } } } }
`);
const POSTS_PAGE_ADDRESSES = graphql(`
  query CountPostsPageAddresses { posts(first: 50) { edges { node { title path url category { path url } tags { path url } } } } }
`);
const POST_BY_SLUG = graphql(`
  query CountPostBySlug { post(slug: "how-llms-learn-human-preferences-rlhf-rlaif-and-beyond") { title category { name } tags { name } } }
`);
const CATEGORY_PAGE = graphql(`
  query CountCategoryPage {
    category(slug: "llm") { name postCount posts(first: 20) { totalCount edges { node { title tags { name } } } } }
  }
`);

const EXTRA_POSTS = 200;

/** 200 more published posts, newer than the seed so they fill the first pages: every third a short,
 * the rest long reads across the three categories, each with three tags, every tenth a favorite. */
async function addPosts(gateway: TestGateway): Promise<void> {
  const prisma = gateway.db.prisma;
  const categories = await prisma.category.findMany({ orderBy: { position: 'asc' } });
  const tags = await prisma.tag.findMany({ orderBy: { slug: 'asc' } });
  const start = Date.parse('2026-07-01T00:00:00Z');
  const posts = await prisma.post.createManyAndReturn({
    select: { id: true },
    data: Array.from({ length: EXTRA_POSTS }, (_, n) =>
      bulkPost(n, {
        kind: n % 3 === 0 ? 'SHORT' : 'NOTE',
        categoryId: n % 3 === 0 ? null : categories[Math.floor(n / 3) % categories.length]!.id,
        publishedAt: new Date(start + n * 60_000),
      }),
    ),
  });
  await prisma.postTag.createMany({
    data: posts.flatMap(({ id }, n) =>
      [0, 1, 2].map((position) => ({ postId: id, tagId: tags[(n + position * 7) % tags.length]!.id, position })),
    ),
  });
  const favoriteCount = await prisma.favorite.count();
  await prisma.favorite.createMany({
    data: posts.filter((_, n) => n % 10 === 0).map(({ id }, i) => ({ postId: id, position: favoriteCount + i })),
  });
}

describe('SQL statements per read path, with 16 posts and with 216', () => {
  let gateway: TestGateway;
  beforeEach(async () => {
    // The response cache off: the second read must reach the database to be counted.
    gateway = await createTestGateway({ config: { cacheTtlSeconds: 0 } });
  });
  afterEach(() => gateway?.close());

  /** Runs `query` (a document without variables) anonymously; returns its statement count and what it answered. */
  async function run(query: TypedDocumentNode<unknown, Record<string, never>>) {
    let body: GraphQLResponse<unknown>['body'] | undefined;
    const statements = await gateway.statements(async () => {
      body = (await gateway.gql(query)).body;
    });
    expect(body?.errors).toBeUndefined();
    return { count: statements.length, statements, data: body!.data };
  }

  it.each([
    // shorts, notes: a page + a COUNT each; categories with their counts; favorites with posts.
    ['the full home feed', 6, HOME_FEED_EVERYTHING],
    // the page with category/tags/favorite joined in, and the COUNT.
    ['posts(first: 50) with category, tags, isFavorite, html', 2, POSTS_PAGE],
    // the page with category/tags joined in, and one read of the site's base URL for every url.
    ['posts(first: 50) with path and url of posts, categories and tags', 2, POSTS_PAGE_ADDRESSES],
    ['post(slug) with category and tags', 1, POST_BY_SLUG],
    // the category with its postCount; its page with tags; the COUNT.
    ['category(slug) with postCount and a page of posts with tags', 3, CATEGORY_PAGE],
  ])('%s: %i statements', async (_name, expected, query) => {
    const before = await run(query);
    expect(before.count, before.statements.join('\n')).toBe(expected);
    await addPosts(gateway);
    const after = await run(query);
    expect(after.count, after.statements.join('\n')).toBe(expected);
    // The added posts really are on the measured pages (else the guard measures nothing new).
    if (query !== POST_BY_SLUG) expect(JSON.stringify(after.data)).toContain('Bulk post');
  });
});
