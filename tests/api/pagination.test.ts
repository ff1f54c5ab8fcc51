// posts(first/after, last/before): keyset pages over all 16 published posts, newest first
// (docs/contract.md, "Pagination"), and pages that stay right when the post at the cursor
// is unpublished or deleted between two requests. Argument errors: pagination-args.test.ts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { PageQuery, PageQueryVariables } from '../__generated__/graphql.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { globalId } from '../support/queries.ts';

// Newest first, from the page's dates (ties: the seed README's "Dates" rule).
const NEWEST_FIRST = [
  'SFT: Imitation, and the Ceiling It Hits',
  'RLHF: From Likelihood to Preference in Three Stages',
  'RLAIF: When the Labeler Is a Model',
  'How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond',
  'Why Different Models Feel Like Different Personalities',
  'Why LLMs Sound Emotional — and Whether They Understand Emotion',
  'Embeddings: How Geometry Pretends to Be Meaning',
  'What is Grouped-Query Attention (GQA)?',
  'Pricing and Elasticity',
  'Causal ML Beyond Econometrics',
  'Fine-Tuning LLMs: When the Weight Delta Is Worth It',
  'Chunking Strategies',
  'How Text Became Geometry',
  'The Hindsight Corpus: Time in LLM Pretraining Data',
  'The Missing Now: Temporal Grounding in LLM Agents',
  'The Physics of Hallucination',
];

const PAGE = graphql(`
  query Page($first: Int, $after: String, $last: Int, $before: String) {
    posts(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { title slug } }
    }
  }
`);
type Page = PageQuery['posts'];

async function page(gateway: TestGateway, variables: PageQueryVariables): Promise<Page> {
  const res = await gateway.gql(PAGE, variables);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.posts;
}
const titles = (p: Page) => p.edges.map((e) => e.node.title);

describe('walking all published posts', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await createTestGateway();
  });
  afterAll(() => gateway?.close());

  it('forward with first/after visits all 16 newest first, without duplicates or gaps', async () => {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const p: Page = await page(gateway, { first: 5, after });
      pages.push(p);
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after && pages.length < 10);
    expect(pages.map((p) => p.edges.length)).toEqual([5, 5, 5, 1]);
    expect(pages.flatMap(titles)).toEqual(NEWEST_FIRST);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, true, false]);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.every((p) => p.totalCount === 16)).toBe(true);
    // endCursor is the last edge's cursor, so a client may use either.
    for (const p of pages) expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)!.cursor);
  });

  it('backward with last/before gives the same order, oldest page first', async () => {
    const pages: Page[] = [];
    let before: string | null = null;
    do {
      const p: Page = await page(gateway, { last: 5, before });
      pages.unshift(p);
      before = p.pageInfo.hasPreviousPage ? p.pageInfo.startCursor : null;
    } while (before && pages.length < 10);
    expect(pages.map((p) => p.edges.length)).toEqual([1, 5, 5, 5]);
    expect(pages.flatMap(titles)).toEqual(NEWEST_FIRST);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([false, true, true, true]);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
  });

  it('one page of 16 has no next or previous page; first: 100 is allowed', async () => {
    const p = await page(gateway, { first: 100 });
    expect(titles(p)).toEqual(NEWEST_FIRST);
    expect(p.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('after the last post there is nothing, and before the first there is nothing', async () => {
    const all = await page(gateway, { first: 16 });
    const tail = await page(gateway, { first: 5, after: all.pageInfo.endCursor });
    expect(tail.edges).toEqual([]);
    expect(tail.pageInfo.hasNextPage).toBe(false);
    const head = await page(gateway, { last: 5, before: all.pageInfo.startCursor });
    expect(head.edges).toEqual([]);
    expect(head.pageInfo.hasPreviousPage).toBe(false);
  });
});

describe('a cursor stays valid when its post leaves the list', () => {
  let gateway: TestGateway;
  beforeEach(async () => {
    gateway = await createTestGateway();
  });
  afterEach(() => gateway?.close());

  const firstPageThen = async (change: (cursorSlug: string) => Promise<void>) => {
    const one = await page(gateway, { first: 5 });
    expect(titles(one)).toEqual(NEWEST_FIRST.slice(0, 5));
    await change(one.edges.at(-1)!.node.slug);
    return page(gateway, { first: 5, after: one.pageInfo.endCursor });
  };

  it('unpublished (unpublishPost): page 2 continues with exactly the next five posts', async () => {
    const two = await firstPageThen(async (slug) => {
      const { id } = await gateway.db.prisma.post.findUniqueOrThrow({ where: { slug } });
      const res = await gateway.gql(
        `mutation($id: ID!) { unpublishPost(input: { id: $id }) { __typename } }`,
        { id: globalId('Post', id) },
        await gateway.editorHeaders(),
      );
      expect(res.body.data?.unpublishPost.__typename).toBe('UnpublishPostPayload');
    });
    expect(titles(two)).toEqual(NEWEST_FIRST.slice(5, 10));
    expect(two.totalCount).toBe(15);
  });

  it('deleted: page 2 continues with exactly the next five posts', async () => {
    const two = await firstPageThen(async (slug) => {
      await gateway.db.prisma.post.delete({ where: { slug } });
    });
    expect(titles(two)).toEqual(NEWEST_FIRST.slice(5, 10));
    expect(two.totalCount).toBe(15);
  });

  it('a post on page 1 deleted: page 2 neither repeats nor skips a post', async () => {
    const two = await firstPageThen(async () => {
      await gateway.db.prisma.post.delete({ where: { slug: 'sft-imitation-and-the-ceiling-it-hits' } });
    });
    expect(titles(two)).toEqual(NEWEST_FIRST.slice(5, 10));
  });

  it('backward: the post at the before-cursor unpublished, the previous page is still the one before it', async () => {
    const last = await page(gateway, { last: 5 });
    expect(titles(last)).toEqual(NEWEST_FIRST.slice(11));
    await gateway.db.prisma.post.update({
      where: { slug: last.edges[0]!.node.slug },
      data: { status: 'DRAFT', publishedAt: null },
    });
    const previous = await page(gateway, { last: 5, before: last.pageInfo.startCursor });
    expect(titles(previous)).toEqual(NEWEST_FIRST.slice(6, 11));
  });
});
