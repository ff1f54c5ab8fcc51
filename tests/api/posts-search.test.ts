// PostFilter.search: a case-insensitive substring of the title, trimmed, combined with the other
// filters, with keyset pages and totalCount working as without it. The admin's posts list filters
// as the author types through it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { PostFilter } from '../__generated__/graphql.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { bulkPost, nodesOf } from '../support/queries.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
let editorHeaders: Record<string, string>;

const PAGE = graphql(`
  query SearchPage($first: Int, $after: String, $filter: PostFilter) {
    posts(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { node { title status } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

async function page(filter: PostFilter, options: { first?: number; after?: string | null; asEditor?: boolean } = {}) {
  const res = await gw.gql(PAGE, { filter, first: options.first ?? 50, after: options.after }, options.asEditor ? editorHeaders : {});
  return res;
}
async function titles(filter: PostFilter, asEditor = false): Promise<string[]> {
  const res = await page(filter, { asEditor });
  expect(res.body.errors).toBeUndefined();
  return nodesOf(res.body.data!.posts).map((p) => p.title);
}

beforeAll(async () => {
  gw = await createTestGateway();
  editorHeaders = await gw.editorHeaders();
  // 30 extra posts, newer than the seed: "Bulk post 0" … "Bulk post 29"; every other one a draft.
  const start = Date.parse('2026-07-01T00:00:00Z');
  await gw.db.prisma.post.createMany({
    data: Array.from({ length: 30 }, (_, n) => {
      const post = bulkPost(n, { publishedAt: new Date(start + n * 60_000) });
      return n % 2 === 1 ? { ...post, status: 'DRAFT' as const, publishedAt: null } : post;
    }),
  });
});
afterAll(() => gw?.close());

describe('posts(filter: { search })', () => {
  it('matches a substring of the title whatever its case, trimmed, newest first', async () => {
    const expected = ['Embeddings: How Geometry Pretends to Be Meaning', 'How Text Became Geometry'];
    expect(await titles({ search: 'geometry' })).toEqual(expected);
    expect(await titles({ search: '  GeOmEtRy \t' })).toEqual(expected);
    const res = await page({ search: 'geometry' });
    expect(res.body.data!.posts.totalCount).toBe(2);
  });

  it('ignores an empty or blank search', async () => {
    const all = await titles({});
    expect(all.length).toBeGreaterThan(16);
    expect(await titles({ search: '' })).toEqual(all);
    expect(await titles({ search: '   ' })).toEqual(all);
  });

  it('combines with kind, category and status', async () => {
    expect(await titles({ search: 'rlaif' })).toHaveLength(2);
    expect(await titles({ search: 'rlaif', kind: 'SHORT' })).toEqual(['RLAIF: When the Labeler Is a Model']);
    expect(await titles({ search: 'rlaif', kind: 'NOTE' })).toEqual(['How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond']);
    expect(await titles({ search: 'how', categorySlug: 'embeddings-and-retrieval' })).toEqual([
      'Embeddings: How Geometry Pretends to Be Meaning',
      'How Text Became Geometry',
    ]);
    expect(await titles({ search: 'geometry', kind: 'SHORT' })).toEqual([]);
  });

  it('finds drafts for editors only', async () => {
    const drafts = await titles({ search: 'bulk post 2', status: 'DRAFT' }, true);
    expect([...drafts].sort()).toEqual(['Bulk post 21', 'Bulk post 23', 'Bulk post 25', 'Bulk post 27', 'Bulk post 29']);
    const published = await titles({ search: 'bulk post 2' });
    expect([...published].sort()).toEqual(['Bulk post 2', 'Bulk post 20', 'Bulk post 22', 'Bulk post 24', 'Bulk post 26', 'Bulk post 28']);
    expect(await titles({ search: 'bulk post 2', includeDrafts: true }, true)).toHaveLength(11);
  });

  it('treats % and _ as themselves, not as wildcards', async () => {
    expect(await titles({ search: '%' })).toEqual([]);
    expect(await titles({ search: '_' })).toEqual([]);
    expect(await titles({ search: '\\' })).toEqual([]);
    expect(await titles({ search: 'bulk%post' })).toEqual([]);
  });

  it('refuses more than 200 characters (after trimming) with BAD_USER_INPUT', async () => {
    expect((await page({ search: ` ${'a'.repeat(200)} ` })).body.errors).toBeUndefined();
    const res = await page({ search: 'a'.repeat(201) });
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.body.errors?.[0]?.message).toMatch(/at most 200/);
  });

  it('pages through the matches with keyset cursors; totalCount counts them all on every page', async () => {
    const matching = await titles({ search: 'BULK', includeDrafts: true }, true);
    expect(matching).toHaveLength(30);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const res = await page({ search: 'BULK', includeDrafts: true }, { first: 7, after, asEditor: true });
      const posts = res.body.data!.posts;
      expect(posts.totalCount).toBe(30);
      seen.push(...nodesOf(posts).map((p) => p.title));
      if (!posts.pageInfo.hasNextPage) break;
      after = posts.pageInfo.endCursor;
    }
    expect(seen).toEqual(matching);
  });

  it('a searched page with totalCount is still 2 SQL statements (the page and the COUNT)', async () => {
    const statements = await gw.statements(() => page({ search: 'geometry', kind: 'NOTE' }));
    expect(statements, statements.join('\n')).toHaveLength(2);
    expect(statements.join('\n')).toMatch(/ILIKE/i);
  });
});
