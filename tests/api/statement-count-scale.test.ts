// N+1 guard at scale: the four public read paths issue the same number of SQL
// statements on the plain seed (16 posts) as with 10,000 more generated posts
// (tests/bench/data.ts — the `npm run bench:data` generator). The numbers are the ones pinned in
// statement-count.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.ts';
import { GENERATED_SLUG_PREFIX, generatePosts } from '../bench/data.ts';

const HOME_FEED = graphql(`
  query ScaleHomeFeed {
    homeFeed {
      shorts { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }
      notes { totalCount edges { cursor node { slug title publishedAt category { name } tags { name } isFavorite hasLab } } }
      categories { name postCount }
      favorites { slug title category { name } tags { name } isFavorite }
    }
  }
`);
const POSTS_PAGE = graphql(`
  query ScalePostsPage { posts(first: 50) { totalCount edges { node { slug title category { name } tags { name } isFavorite html } } } }
`);
const CATEGORY_PAGE = graphql(`
  query ScaleCategoryPage {
    category(slug: "llm") { name postCount posts(first: 20) { totalCount edges { node { slug title tags { name } } } } }
  }
`);
const POST_BY_SLUG = graphql(`
  query ScalePostBySlug($slug: String!) { post(slug: $slug) { slug title category { name } tags { name } isFavorite } }
`);
const SEED_SLUG = 'how-llms-learn-human-preferences-rlhf-rlaif-and-beyond';

const COUNT = 10_000;
let gateway: TestGateway;
const onSeed = new Map<string, number>();
let generated: Awaited<ReturnType<typeof generatePosts>>;

/** Runs `query` anonymously; returns its statement count and its answer as JSON. */
async function run<V>(query: TypedDocumentNode<unknown, V>, variables?: V) {
  let body: GraphQLResponse<unknown>['body'] | undefined;
  const statements = await gateway.statements(async () => {
    body = (await gateway.gql(query, variables)).body;
  });
  expect(body?.errors).toBeUndefined();
  return { count: statements.length, statements, json: JSON.stringify(body!.data) };
}

const paths: [name: string, expected: number, read: () => ReturnType<typeof run>][] = [
  ['the full home feed', 6, () => run(HOME_FEED)],
  ['posts(first: 50) with category, tags, isFavorite, html', 2, () => run(POSTS_PAGE)],
  ['post(slug) with category and tags', 1, () => run(POST_BY_SLUG, { slug: SEED_SLUG })],
  ['category(slug) with postCount and a page of posts with tags', 3, () => run(CATEGORY_PAGE)],
];

beforeAll(async () => {
  // The response cache off: every read must reach the database to be counted.
  gateway = await createTestGateway({ config: { cacheTtlSeconds: 0 } });
  for (const [name, , read] of paths) onSeed.set(name, (await read()).count);
  generated = await generatePosts(gateway.db.prisma, { count: COUNT, seed: 42 });
}, 120_000);
afterAll(() => gateway?.close());

describe(`SQL statements per read path: the seed vs the seed + ${COUNT.toLocaleString('en')} generated posts`, () => {
  it('the generated data set is there (and fast enough to make in a test)', async () => {
    expect(generated.posts).toBe(COUNT);
    expect(await gateway.db.prisma.post.count({ where: { slug: { startsWith: GENERATED_SLUG_PREFIX } } })).toBe(COUNT);
    expect(generated.drafts).toBeGreaterThan(COUNT * 0.05);
    expect(generated.favorites).toBeGreaterThan(0);
  });

  it.each(paths)('%s: %i statements on both', async (name, expected, read) => {
    expect(onSeed.get(name)).toBe(expected);
    const after = await read();
    expect(after.count, after.statements.join('\n')).toBe(expected);
    // Generated posts really are on the measured pages (the by-slug path reads a seed post).
    if (name.startsWith('post(slug)')) return;
    expect(after.json).toContain(GENERATED_SLUG_PREFIX);
  });

  it('post(slug) of a generated post with tags and a category: 1 statement', async () => {
    const post = await gateway.db.prisma.post.findFirstOrThrow({
      where: { slug: { startsWith: GENERATED_SLUG_PREFIX }, status: 'PUBLISHED', kind: 'NOTE' },
      orderBy: { slug: 'asc' },
    });
    const after = await run(POST_BY_SLUG, { slug: post.slug });
    expect(after.count, after.statements.join('\n')).toBe(1);
    expect(after.json).toContain(post.slug);
  });
});
