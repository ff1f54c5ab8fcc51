// posts(...) arguments: filters and their totalCount, the page-size cap, cursors the gateway did
// not make, unknown slugs, and the category(slug){posts} / tag(slug){posts} connections.
// Walking and cursor stability: pagination.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { PostFilter } from '../__generated__/graphql.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { nodesOf } from '../support/queries.ts';
import { ErrorCode } from '#shared/errors.ts';

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await createTestGateway();
});
afterAll(() => gateway?.close());

const LIST = graphql(`
  query ArgsList($filter: PostFilter, $first: Int) {
    posts(first: $first, filter: $filter) { totalCount edges { node { title } } }
  }
`);
const UNKNOWN_SLUGS = graphql(
  `query ArgsUnknownSlugs { post(slug: "nope") { id } category(slug: "nope") { id } tag(slug: "nope") { id } }`,
);
const CATEGORY_POSTS = graphql(`
  query ArgsCategoryPosts($after: String) {
    category(slug: "embeddings-and-retrieval") {
      name
      postCount
      posts(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title category { slug } } } }
    }
  }
`);
const TAG_POSTS = graphql(
  `query ArgsTagPosts { tag(slug: "reward-model") { name postCount posts { totalCount edges { node { title } } } } }`,
);

async function list(filter: PostFilter, first = 100) {
  const res = await gateway.gql(LIST, { filter, first });
  expect(res.body.errors).toBeUndefined();
  const posts = res.body.data!.posts;
  return { totalCount: posts.totalCount, titles: nodesOf(posts).map((n) => n.title) };
}

describe('filters', () => {
  it('kind: the 4 shorts and the 12 long reads', async () => {
    expect(await list({ kind: 'SHORT' })).toMatchObject({ totalCount: 4, titles: { length: 4 } });
    expect(await list({ kind: 'NOTE' })).toMatchObject({ totalCount: 12, titles: { length: 12 } });
  });

  it('categorySlug: the category’s posts newest first, counted', async () => {
    expect(await list({ categorySlug: 'econometrics' })).toEqual({
      totalCount: 2,
      titles: ['Pricing and Elasticity', 'Causal ML Beyond Econometrics'],
    });
    expect((await list({ categorySlug: 'llm' })).totalCount).toBe(7);
    expect(await list({ categorySlug: 'no-such-category' })).toEqual({ totalCount: 0, titles: [] });
  });

  it('tagSlug, alone and with kind', async () => {
    const rlhf = [
      'RLHF: From Likelihood to Preference in Three Stages',
      'How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond',
      'Why Different Models Feel Like Different Personalities',
    ];
    expect(await list({ tagSlug: 'rlhf' })).toEqual({ totalCount: 3, titles: rlhf });
    expect(await list({ tagSlug: 'rlhf', kind: 'NOTE' })).toEqual({ totalCount: 2, titles: rlhf.slice(1) });
  });

  it('totalCount counts the whole filtered list, not the page', async () => {
    expect(await list({ categorySlug: 'llm' }, 2)).toEqual({
      totalCount: 7,
      titles: ['How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond', 'Why Different Models Feel Like Different Personalities'],
    });
  });
});

// The refused values stay plain strings: inlined out-of-range literals and forged cursors are
// the input under test (the typed documents above cannot carry them as literals).
describe('refused arguments: a clear BAD_USER_INPUT, never a server error', () => {
  const expectBadInput = async (query: string, argumentName: string, message: RegExp, variables?: Record<string, unknown>) => {
    const res = await gateway.gql(query, variables);
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({ extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } });
    expect(res.body.errors![0]!.message).toMatch(message);
  };
  const cursor = (text: string) => Buffer.from(text).toString('base64url');

  it('a page larger than 100', async () => {
    await expectBadInput(`query($n: Int) { posts(first: $n) { totalCount } }`, 'first', /between 0 and 100/, { n: 10000 });
    await expectBadInput(`{ posts(last: 101) { totalCount } }`, 'last', /between 0 and 100/);
    await expectBadInput(`query($n: Int) { homeFeed { shorts(first: $n) { totalCount } } }`, 'first', /between 0 and 100/, { n: 10000 });
    await expectBadInput(`{ category(slug: "llm") { posts(first: 500) { totalCount } } }`, 'first', /between 0 and 100/);
  });

  it('a huge page is refused before anything runs (400, no data), literal or variable', async () => {
    for (const [query, variables] of [
      [`{ posts(first: 10000) { edges { node { title } } } }`, {}],
      [`query($n: Int) { posts(first: $n) { edges { node { title } } } }`, { n: 10000 }],
    ] as const) {
      const sql = await gateway.statements(async () => {
        const res = await gateway.gql(query, variables);
        expect(res.status).toBe(400);
        expect(res.body.data).toBeUndefined();
        expect(res.body.errors).toEqual([
          expect.objectContaining({
            message: '"first" must be between 0 and 100; got 10000.',
            extensions: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, argumentName: 'first' }),
          }),
        ]);
      });
      expect(sql).toEqual([]);
    }
  });

  it('a negative page size', async () => {
    await expectBadInput(`{ posts(first: -1) { totalCount } }`, 'first', /got -1/);
    await expectBadInput(`{ posts(last: -5) { totalCount } }`, 'last', /got -5/);
  });

  it('cursors the gateway did not make', async () => {
    await expectBadInput(`{ posts(first: 2, after: "garbage!!") { totalCount } }`, 'after', /Invalid cursor/);
    await expectBadInput(`{ posts(last: 2, before: "${cursor('{"id":1}')}") { totalCount } }`, 'before', /Invalid cursor/);
    await expectBadInput(`{ posts(first: 2, after: "${cursor('p1:[5,"x"]')}") { totalCount } }`, 'after', /Invalid cursor/);
    await expectBadInput(`{ posts(first: 2, after: "${cursor('p1:["yesterday","x"]')}") { totalCount } }`, 'after', /Invalid cursor/);
    // A well-formed cursor with a date PostgreSQL cannot store must not reach the database.
    const farPast = cursor('p1:["-200000-01-01T00:00:00.000Z","01a2274c-0000-7000-8000-000000000000"]');
    await expectBadInput(`{ posts(first: 2, after: "${farPast}") { totalCount } }`, 'after', /Invalid cursor/);
  });
});

describe('lookups by slug', () => {
  it('an unknown slug is null, not an error', async () => {
    const res = await gateway.gql(UNKNOWN_SLUGS);
    expect(res.body).toEqual({ data: { post: null, category: null, tag: null } });
  });

  it('category(slug){posts}: its posts newest first, paged, counted', async () => {
    const one = (await gateway.gql(CATEGORY_POSTS)).body.data!.category!;
    expect(one).toMatchObject({
      name: 'Embeddings and Retrieval',
      postCount: 3,
      posts: { totalCount: 3, pageInfo: { hasNextPage: true } },
    });
    const two = (await gateway.gql(CATEGORY_POSTS, { after: one.posts.pageInfo.endCursor })).body.data!.category!;
    expect(two.posts.pageInfo.hasNextPage).toBe(false);
    expect([...nodesOf(one.posts), ...nodesOf(two.posts)].map((n) => [n.title, n.category?.slug])).toEqual([
      ['Embeddings: How Geometry Pretends to Be Meaning', 'embeddings-and-retrieval'],
      ['Chunking Strategies', 'embeddings-and-retrieval'],
      ['How Text Became Geometry', 'embeddings-and-retrieval'],
    ]);
  });

  it('tag(slug){posts}: its posts newest first, counted', async () => {
    const res = await gateway.gql(TAG_POSTS);
    expect(res.body.data!.tag).toEqual({
      name: 'reward-model',
      postCount: 3,
      posts: {
        totalCount: 3,
        edges: [
          { node: { title: 'RLHF: From Likelihood to Preference in Three Stages' } },
          { node: { title: 'RLAIF: When the Labeler Is a Model' } },
          { node: { title: 'How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond' } },
        ],
      },
    });
  });
});
