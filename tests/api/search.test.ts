// Query.search: ranked full-text search over title (A), summary and tags (B) and body (C), kept
// current by database triggers on every write path (the API's mutations here, and a bulk
// createMany as bench:data does), with web-search syntax, safe highlights, keyset cursors over
// (rank, id), visibility and filters, in at most 2 SQL statements per page.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '#shared/errors.ts';
import { graphql } from '../__generated__/index.ts';
import type { SearchFilter } from '../__generated__/graphql.ts';
import { CREATE_POST, PUBLISH_POST, UPDATE_POST, editorGateway, expectTypename } from '../support/mutations.ts';
import { bulkPost } from '../support/queries.ts';
import { SEARCH_CANDIDATES_MAX } from '../../server/src/domain/search.ts';

const ctx = editorGateway({ seed: false });

const SEARCH = graphql(`
  query Search($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      edges { cursor rank highlight node { title status kind tags { slug } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const UPDATE_TAG = graphql(`
  mutation SearchRenameTag($input: UpdateTagInput!) { result: updateTag(input: $input) { __typename } }
`);

async function search(query: string, options: { filter?: SearchFilter; first?: number; after?: string | null; asEditor?: boolean } = {}) {
  const variables = { query, filter: options.filter, first: options.first, after: options.after };
  return options.asEditor ? ctx.editor(SEARCH, variables) : ctx.gw.gql(SEARCH, variables);
}
async function titles(query: string, options: Parameters<typeof search>[1] = {}): Promise<string[]> {
  const res = await search(query, options);
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.search.edges.map((edge) => edge.node.title);
}

/** Creates a post through the API (domain/posts.ts) and publishes it now, at `publishedAt`, or not at all (`null`). */
async function post(
  input: { title: string; summary?: string; body?: string; tags?: string[]; kind?: 'NOTE' | 'SHORT'; categoryId?: string },
  publishedAt: string | null | undefined = undefined,
) {
  const created = await ctx.editor(CREATE_POST, { input: { kind: 'NOTE', summary: 'Short summary.', body: '', ...input } });
  const { post: row } = expectTypename(created.body.data?.result, 'CreatePostPayload');
  if (publishedAt === null) return row;
  const published = await ctx.editor(PUBLISH_POST, { input: { id: row.id, ...(publishedAt ? { publishedAt } : {}) } });
  return expectTypename(published.body.data?.result, 'PublishPostPayload').post;
}

let categoryId: string;

beforeAll(async () => {
  const category = await ctx.gw.db.prisma.category.create({ data: { slug: 'astronomy', name: 'Astronomy', position: 0 } });
  categoryId = encodeGlobalID('Category', category.id);
  await post({ title: 'Telescope buying guide', summary: 'Apertures and mounts.', body: 'Nothing about the other thing.' });
  await post({ title: 'Backyard evenings', body: 'A telescope, a chair, a telescope bag and another telescope.' });
  await post({ title: 'Large language models at night', body: 'How large language models read star charts.' });
  await post({ title: 'Language of the sky', body: 'Models of planets are large, and language fails them.' });
  await post({ title: 'Hostile <script>alert(1)</script> & co', body: 'Rules: 1 < 2 & a comet "quotes" <script>steal()</script> end.' });
  await post({ title: 'Nebula notes', kind: 'SHORT', tags: ['Quasar'] });
  await post({ title: 'Nebula field guide', body: 'Where to look.', tags: ['Optics'], categoryId });
  await post({ title: 'Draft comet', body: 'comet draft text' }, null);
  await post({ title: 'Scheduled comet', body: 'comet scheduled text' }, '2999-01-01T00:00:00.000Z');
});

describe('Query.search', () => {
  it('ranks a title match above a body-only match, however often the body repeats the word', async () => {
    const res = await search('telescope');
    const edges = res.body.data!.search.edges;
    expect(edges.map((e) => e.node.title)).toEqual(['Telescope buying guide', 'Backyard evenings']);
    expect(edges[0]!.rank).toBeGreaterThan(edges[1]!.rank);
    expect(edges[1]!.rank).toBeGreaterThan(0);
  });

  it('ranks by the words looked for: an exclusion changes which posts match, not their ranks', async () => {
    // ts_rank of a query with a NOT (`telescope & !nebula`) was 1e-20 for every post (PostgreSQL
    // ranks the excluded word's absence as no match), so the title match lost its place.
    const plain = (await search('telescope')).body.data!.search.edges;
    const excluding = (await search('telescope -nebula')).body.data!.search.edges;
    expect(excluding.map((e) => e.node.title)).toEqual(['Telescope buying guide', 'Backyard evenings']);
    expect(excluding.map((e) => e.rank)).toEqual(plain.map((e) => e.rank));
    expect(excluding[0]!.rank).toBeGreaterThan(excluding[1]!.rank);
  });

  it('stems words and understands "phrases", -exclusions and or', async () => {
    expect(await titles('telescopes')).toEqual(['Telescope buying guide', 'Backyard evenings']);
    expect([...(await titles('large language models'))].sort()).toEqual(['Language of the sky', 'Large language models at night']);
    expect(await titles('"large language models"')).toEqual(['Large language models at night']);
    expect(await titles('telescope -chair')).toEqual(['Telescope buying guide']);
    expect([...(await titles('apertures or comet'))].sort()).toEqual(['Hostile <script>alert(1)</script> & co', 'Telescope buying guide']);
  });

  it('never finds drafts or scheduled posts anonymously; editors find them with includeDrafts', async () => {
    expect(await titles('comet')).toEqual(['Hostile <script>alert(1)</script> & co']);
    expect(await titles('comet', { asEditor: true })).toEqual(['Hostile <script>alert(1)</script> & co']);
    const all = await titles('comet', { asEditor: true, filter: { includeDrafts: true } });
    expect([...all].sort()).toEqual(['Draft comet', 'Hostile <script>alert(1)</script> & co', 'Scheduled comet']);
    const refused = await search('comet', { filter: { includeDrafts: true } });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('narrows to one status: DRAFT finds only drafts for editors and is FORBIDDEN anonymously', async () => {
    expect(await titles('comet', { asEditor: true, filter: { status: 'DRAFT' } })).toEqual(['Draft comet']);
    expect(await titles('comet', { asEditor: true, filter: { status: 'SCHEDULED' } })).toEqual(['Scheduled comet']);
    expect(await titles('comet', { filter: { status: 'PUBLISHED' } })).toEqual(['Hostile <script>alert(1)</script> & co']);
    const refused = await search('comet', { filter: { status: 'DRAFT' } });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('finds tag names, and follows a tag rename and a retag', async () => {
    expect(await titles('quasar')).toEqual(['Nebula notes']);
    expect(await titles('optics')).toEqual(['Nebula field guide']);
    const tag = await ctx.gw.db.prisma.tag.findUniqueOrThrow({ where: { slug: 'quasar' } });
    const renamed = await ctx.editor(UPDATE_TAG, { input: { id: encodeGlobalID('Tag', tag.id), name: 'Pulsar' } });
    expect(renamed.body.data?.result.__typename).toBe('UpdateTagPayload');
    expect(await titles('quasar')).toEqual([]);
    expect(await titles('pulsar')).toEqual(['Nebula notes']);

    const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: 'nebula-notes' } });
    const retagged = await ctx.editor(UPDATE_POST, {
      input: { id: encodeGlobalID('Post', row.id), expectedVersion: row.version, tags: ['Magnetar'] },
    });
    expectTypename(retagged.body.data?.result, 'UpdatePostPayload');
    expect(await titles('pulsar')).toEqual([]);
    expect(await titles('magnetar')).toEqual(['Nebula notes']);
  });

  it('highlights matches in <mark> and escapes everything else', async () => {
    const res = await search('comet');
    const highlight = res.body.data!.search.edges[0]!.highlight;
    expect(highlight).toContain('<mark>comet</mark>');
    expect(highlight).toContain('&amp;');
    expect(highlight).toContain('&lt; 2');
    expect(highlight).toContain('&quot;quotes');
    expect(highlight.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    // The title, which holds <script>, is the node's own field: plain text for the client to escape.
    expect(res.body.data!.search.edges[0]!.node.title).toBe('Hostile <script>alert(1)</script> & co');
  });

  it('narrows by kind, category and tag', async () => {
    expect([...(await titles('nebula'))].sort()).toEqual(['Nebula field guide', 'Nebula notes']);
    expect(await titles('nebula', { filter: { kind: 'SHORT' } })).toEqual(['Nebula notes']);
    expect(await titles('nebula', { filter: { kind: 'NOTE' } })).toEqual(['Nebula field guide']);
    expect(await titles('nebula', { filter: { categorySlug: 'astronomy' } })).toEqual(['Nebula field guide']);
    expect(await titles('telescope', { filter: { categorySlug: 'astronomy' } })).toEqual([]);
    expect(await titles('nebula', { filter: { tagSlug: 'optics' } })).toEqual(['Nebula field guide']);
    expect(await titles('nebula', { filter: { tagSlug: 'no-such-tag' } })).toEqual([]);
  });

  it('pages through every match exactly once with cursors, ties on rank included (rows from createMany)', async () => {
    // Posts written in bulk, outside domain/posts.ts: the insert trigger indexes them too.
    await ctx.gw.db.prisma.post.createMany({
      data: Array.from({ length: 25 }, (_, n) => ({
        ...bulkPost(n, { publishedAt: new Date(Date.UTC(2026, 0, 1, 0, n)) }),
        body: `zebra ${'zebra '.repeat(n % 4)}stripes`,
      })),
    });
    const all = await titles('zebra', { first: 100 });
    expect(all).toHaveLength(25);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const res = await search('zebra', { first: 4, after });
      const connection = res.body.data!.search;
      seen.push(...connection.edges.map((e) => e.node.title));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
    const ranks = (await search('zebra', { first: 100 })).body.data!.search.edges.map((e) => e.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('ranks only the newest SEARCH_CANDIDATES_MAX matches', async () => {
    const extra = 5;
    await ctx.gw.db.prisma.post.createMany({
      data: Array.from({ length: SEARCH_CANDIDATES_MAX + extra }, (_, n) => ({
        ...bulkPost(1000 + n, { publishedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000) }),
        body: 'quokka',
      })),
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const res = await search('quokka', { first: 100, after });
      const connection = res.body.data!.search;
      seen.push(...connection.edges.map((e) => e.node.title));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(seen).toHaveLength(SEARCH_CANDIDATES_MAX);
    // The oldest ones (n = 0 … extra - 1) are left out.
    expect(seen).not.toContain('Bulk post 1000');
    expect(seen).toContain(`Bulk post ${1000 + extra}`);
  });

  it('answers a query of stop words only with no matches, not an error', async () => {
    expect(await titles('the and of')).toEqual([]);
  });

  it('answers a query of exclusions only with no matches: there is nothing to rank', async () => {
    // websearch_to_tsquery turns "-telescope" into !'telescop', which every other post matches
    // with rank 0; a search must find something, not list the rest of the blog.
    expect(await titles('-telescope')).toEqual([]);
    expect(await titles('-telescope -model')).toEqual([]);
  });

  it('refuses an empty query, one over 200 characters and a forged cursor with BAD_USER_INPUT', async () => {
    for (const [query, after, pattern] of [
      ['   ', null, /must not be empty/],
      ['a'.repeat(201), null, /at most 200/],
      ['telescope', 'not-a-cursor', /Invalid cursor in "after"/],
      ['telescope', Buffer.from('s1:["1; DROP TABLE","x"]').toString('base64url'), /Invalid cursor/],
      // Numbers of float4 text's shape that PostgreSQL's real cannot hold (out of range either way).
      ['telescope', Buffer.from('s1:["1e+39","x"]').toString('base64url'), /Invalid cursor/],
      ['telescope', Buffer.from('s1:["1e-50","x"]').toString('base64url'), /Invalid cursor/],
      ['telescope', Buffer.from(`s1:["0.${'0'.repeat(100)}1","x"]`).toString('base64url'), /Invalid cursor/],
    ] as const) {
      const res = await search(query, { after });
      expect(res.body.data).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(res.body.errors?.[0]?.message).toMatch(pattern);
    }
    expect(await titles(` ${'telescope '.repeat(19)}`)).toHaveLength(2);
  });

  it('a page is at most 2 SQL statements (ranked ids with excerpts, then the posts with their relations)', async () => {
    const statements = await ctx.gw.statements(() => search('telescope', { filter: { kind: 'NOTE' } }));
    expect(statements, statements.join('\n')).toHaveLength(2);
    expect(statements[0]).toMatch(/websearch_to_tsquery/);
    const none = await ctx.gw.statements(() => search('xylophone'));
    expect(none).toHaveLength(1);
  });
});
