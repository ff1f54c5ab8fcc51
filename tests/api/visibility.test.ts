// Drafts are invisible to anonymous callers through every path, and visible to editors where they
// ask for them, signed in by cookie or by API token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, EDITOR, type Gql, type TestGateway } from '../support/gateway.ts';
import { type Editor, expectTypename } from '../support/mutations.ts';
import { globalId, HOME_FEED, nodesOf } from '../support/queries.ts';
import type { CreatePostInput } from '../__generated__/graphql.ts';
import { ErrorCode } from '#shared/errors.ts';

const NOTE_DRAFT = { title: 'Draft: Reward Hacking in the Wild', slug: 'draft-reward-hacking-in-the-wild' };
const SHORT_DRAFT = { title: 'Draft: What is MLA?', slug: 'draft-what-is-mla' };
const DRAFT_TITLES = [NOTE_DRAFT.title, SHORT_DRAFT.title];

let gateway: TestGateway;
let noteDraftId: string; // global id
let publishedId: string; // global id of a published post

const CREATE_DRAFT = graphql(`
  mutation VisibilityCreateDraft($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }
  }
`);
const POST_LISTS = graphql(`
  query VisibilityPostLists {
    all: posts(first: 100) { totalCount edges { node { title } } }
    shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }
    llm: posts(filter: { categorySlug: "llm" }) { totalCount edges { node { title } } }
    rlhf: posts(filter: { tagSlug: "rlhf" }) { totalCount edges { node { title } } }
  }
`);
const FILTERED_POSTS = graphql(`
  query VisibilityFilteredPosts($filter: PostFilter) { posts(filter: $filter) { totalCount edges { node { title } } } }
`);
const DRAFT_BY_ID_AND_SLUG = graphql(`
  query VisibilityDraftLookups($id: ID!, $ids: [ID!]!, $note: String!, $short: String!) {
    post(slug: $note) { id }
    short: post(slug: $short) { id }
    node(id: $id) { id }
    nodes(ids: $ids) { id ... on Post { title } }
  }
`);
const TAXONOMY_COUNTS = graphql(`
  query VisibilityTaxonomy {
    category(slug: "llm") { postCount posts(first: 100) { totalCount edges { node { title } } } }
    rlhf: tag(slug: "rlhf") { postCount posts { totalCount edges { node { title } } } }
    onlyDrafts: tag(slug: "reward-hacking") { postCount posts { totalCount edges { node { title } } } }
    categories { name postCount }
    tags { slug }
  }
`);
const FAVORITE_TITLES = graphql(`query VisibilityFavorites { favorites { title } }`);
const VIEWER = graphql(`query VisibilityViewer { viewer { email } }`);
const EDITOR_DRAFT = graphql(`
  query VisibilityEditorDraft($id: ID!, $slug: String!) {
    post(slug: $slug) { title status isFavorite category { slug } tags { slug } }
    node(id: $id) { ... on Post { title } }
  }
`);
const DRAFTS_AND_STATUS = graphql(`
  query VisibilityEditorLists($first: Int, $filter: PostFilter) {
    posts(first: $first, filter: $filter) { totalCount edges { node { title status } } }
  }
`);
const DRAFT_ONLY_TAG = graphql(`query VisibilityDraftOnlyTag { tag(slug: "reward-hacking") { slug postCount } tags { slug } }`);
const PUBLISHED_COUNT = graphql(`query VisibilityPublishedCount { posts(first: 100) { totalCount } }`);

beforeAll(async () => {
  gateway = await createTestGateway();
  const prisma = gateway.db.prisma;
  const llm = await prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } });
  const editor = await gateway.editorHeaders();
  const create = async (input: Omit<CreatePostInput, 'summary' | 'body'>) => {
    const res = await gateway.gql(CREATE_DRAFT, { input: { summary: 'Not ready.', body: 'Work in progress.', ...input } }, editor);
    expect(res.body.data?.createPost).toMatchObject({ __typename: 'CreatePostPayload', post: { status: 'DRAFT' } });
    return expectTypename(res.body.data!.createPost, 'CreatePostPayload').post.id;
  };
  // A long read in LLM with a published tag and a tag only drafts use; a short with shared tags.
  noteDraftId = await create({ ...NOTE_DRAFT, kind: 'NOTE', categoryId: globalId('Category', llm.id), tags: ['rlhf', 'reward-hacking'] });
  await create({ ...SHORT_DRAFT, kind: 'SHORT', tags: ['llm', 'attention', 'reward-model'] });
  const draft = await prisma.post.findUniqueOrThrow({ where: { slug: NOTE_DRAFT.slug } });
  await prisma.favorite.create({ data: { postId: draft.id, position: 0 } });
  await prisma.favorite.updateMany({ where: { NOT: { postId: draft.id } }, data: { position: { increment: 1 } } });
  const published = await prisma.post.findUniqueOrThrow({ where: { slug: 'chunking-strategies' } });
  publishedId = globalId('Post', published.id);
});
afterAll(() => gateway?.close());

// One body for both overloads: gateway.gql tells a typed document from a string.
const anonymous = ((query: string, variables?: Record<string, unknown>) => gateway.gql(query, variables)) as Gql;
const titlesIn = (value: unknown) => JSON.stringify(value);
const expectNoDraft = (value: unknown) => {
  for (const title of DRAFT_TITLES) expect(titlesIn(value)).not.toContain(title);
};

describe('anonymous callers never see a draft', () => {
  it('posts: not listed, not counted, whatever the filter', async () => {
    const res = await anonymous(POST_LISTS);
    const { all, shorts, llm, rlhf } = res.body.data!;
    expect([all.totalCount, all.edges.length, shorts.totalCount, llm.totalCount, rlhf.totalCount]).toEqual([16, 16, 4, 7, 3]);
    expectNoDraft(res.body.data);
  });

  it('asking for drafts is FORBIDDEN, with status: DRAFT or includeDrafts', async () => {
    for (const filter of [{ status: 'DRAFT' }, { includeDrafts: true }] as const) {
      const res = await anonymous(FILTERED_POSTS, { filter });
      expect(res.body.data).toBeNull();
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.FORBIDDEN]);
    }
  });

  it('post(slug), node(id) and nodes(ids) answer null, the published neighbour still comes', async () => {
    const res = await anonymous(DRAFT_BY_ID_AND_SLUG, {
      id: noteDraftId,
      ids: [noteDraftId, publishedId],
      note: NOTE_DRAFT.slug,
      short: SHORT_DRAFT.slug,
    });
    expect(res.body).toEqual({
      data: { post: null, short: null, node: null, nodes: [null, { id: publishedId, title: 'Chunking Strategies' }] },
    });
  });

  it('category and tag: counts and post lists leave the draft out', async () => {
    const res = await anonymous(TAXONOMY_COUNTS);
    const { category, rlhf, onlyDrafts, categories, tags } = res.body.data!;
    expect([category?.postCount, category?.posts.totalCount, category?.posts.edges.length]).toEqual([7, 7, 7]);
    expect([rlhf?.postCount, rlhf?.posts.totalCount, rlhf?.posts.edges.length]).toEqual([3, 3, 3]);
    // A tag only drafts carry would reveal an unpublished topic: it does not exist for the public.
    expect(onlyDrafts).toBeNull();
    expect(categories.map((c) => c.postCount)).toEqual([7, 3, 2]);
    expect(tags.map((t) => t.slug)).not.toContain('reward-hacking');
    expectNoDraft(res.body.data);
  });

  it('favorites: the 11 published ones, the draft at the top left out', async () => {
    const res = await anonymous(FAVORITE_TITLES);
    expect(res.body.data!.favorites).toHaveLength(11);
    expect(res.body.data!.favorites[0]!.title).toBe('Why LLMs Sound Emotional — and Whether They Understand Emotion');
    expectNoDraft(res.body.data);
  });

  it('homeFeed: shorts, notes, favorites and category counts as if there were no drafts', async () => {
    const feed = (await anonymous(HOME_FEED)).body.data!.homeFeed;
    expect(nodesOf(feed.shorts)[0]!.title).toBe('SFT: Imitation, and the Ceiling It Hits');
    expect(nodesOf(feed.notes)[0]!.title).toBe('How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond');
    expect([feed.shorts.totalCount, feed.notes.totalCount, feed.favorites.length]).toEqual([4, 12, 11]);
    expect(feed.categories.map((c) => c.postCount)).toEqual([7, 3, 2]);
    expectNoDraft(feed);
  });

  it('viewer is null', async () => {
    expect((await anonymous(VIEWER)).body).toEqual({ data: { viewer: null } });
  });
});

describe.each([
  ['session cookie', () => gateway.editorHeaders()],
  ['API token', async () => ({ authorization: `Bearer ${await gateway.editorToken()}` })],
])('an editor signed in by %s', (_how, headers) => {
  // One body for both overloads, as anonymous above.
  const asEditor = (async (query: string, variables?: Record<string, unknown>) => gateway.gql(query, variables, await headers())) as Editor;

  it('is the viewer', async () => {
    expect((await asEditor(VIEWER)).body).toEqual({ data: { viewer: { email: EDITOR.email } } });
  });

  it('reaches a draft by slug and by node id', async () => {
    const res = await asEditor(EDITOR_DRAFT, { id: noteDraftId, slug: NOTE_DRAFT.slug });
    expect(res.body.data).toEqual({
      post: {
        title: NOTE_DRAFT.title,
        status: 'DRAFT',
        isFavorite: true,
        category: { slug: 'llm' },
        tags: [{ slug: 'rlhf' }, { slug: 'reward-hacking' }],
      },
      node: { title: NOTE_DRAFT.title },
    });
  });

  it('lists exactly the drafts with status: DRAFT, newest first', async () => {
    const res = await asEditor(DRAFTS_AND_STATUS, { filter: { status: 'DRAFT' } });
    expect(res.body.data!.posts).toEqual({
      totalCount: 2,
      edges: [SHORT_DRAFT, NOTE_DRAFT].map((d) => ({ node: { title: d.title, status: 'DRAFT' } })),
    });
  });

  it('with includeDrafts gets the drafts first, then the published posts newest first', async () => {
    const res = await asEditor(DRAFTS_AND_STATUS, { first: 100, filter: { includeDrafts: true } });
    const nodes = nodesOf(res.body.data!.posts);
    expect(res.body.data!.posts.totalCount).toBe(18);
    expect(nodes.map((n) => n.status)).toEqual([...Array(2).fill('DRAFT'), ...Array(16).fill('PUBLISHED')]);
    expect(nodes.slice(0, 3).map((n) => n.title)).toEqual([SHORT_DRAFT.title, NOTE_DRAFT.title, 'SFT: Imitation, and the Ceiling It Hits']);
  });

  it('sees tags that only drafts carry (for autocomplete)', async () => {
    const res = await asEditor(DRAFT_ONLY_TAG);
    expect(res.body.data!.tag).toEqual({ slug: 'reward-hacking', postCount: 0 });
    expect(res.body.data!.tags.map((t) => t.slug)).toContain('reward-hacking');
  });

  it('without asking, still gets the published list only', async () => {
    const res = await asEditor(PUBLISHED_COUNT);
    expect(res.body.data!.posts.totalCount).toBe(16);
  });
});
