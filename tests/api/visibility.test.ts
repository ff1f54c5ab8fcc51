// Drafts are invisible to anonymous callers through every path, and visible to editors where they
// ask for them, signed in by cookie or by API token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, EDITOR, type Gql, type TestGateway } from '../support/gateway.ts';
import { globalId, HOME_FEED, nodesOf } from '../support/queries.ts';

const NOTE_DRAFT = { title: 'Draft: Reward Hacking in the Wild', slug: 'draft-reward-hacking-in-the-wild' };
const SHORT_DRAFT = { title: 'Draft: What is MLA?', slug: 'draft-what-is-mla' };
const DRAFT_TITLES = [NOTE_DRAFT.title, SHORT_DRAFT.title];

let gateway: TestGateway;
let noteDraftId: string; // global id
let publishedId: string; // global id of a published post

const createPost = /* GraphQL */ `
  mutation($input: CreatePostInput!) {
    createPost(input: $input) { __typename ... on CreatePostPayload { post { id status } } ... on Error { message } }
  }
`;

beforeAll(async () => {
  gateway = await createTestGateway();
  const prisma = gateway.db.prisma;
  const llm = await prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } });
  const editor = await gateway.editorHeaders();
  const create = async (input: Record<string, unknown>) => {
    const res = await gateway.gql(createPost, { input: { summary: 'Not ready.', body: 'Work in progress.', ...input } }, editor);
    expect(res.body.data?.createPost).toMatchObject({ __typename: 'CreatePostPayload', post: { status: 'DRAFT' } });
    return res.body.data.createPost.post.id as string;
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
    const res = await anonymous(`{ all: posts(first: 100) { totalCount edges { node { title } } }
      shorts: posts(filter: { kind: SHORT }) { totalCount edges { node { title } } }
      llm: posts(filter: { categorySlug: "llm" }) { totalCount edges { node { title } } }
      rlhf: posts(filter: { tagSlug: "rlhf" }) { totalCount edges { node { title } } } }`);
    const { all, shorts, llm, rlhf } = res.body.data;
    expect([all.totalCount, all.edges.length, shorts.totalCount, llm.totalCount, rlhf.totalCount]).toEqual([16, 16, 4, 7, 3]);
    expectNoDraft(res.body.data);
  });

  it('asking for drafts is FORBIDDEN, with status: DRAFT or includeDrafts', async () => {
    for (const filter of ['{ status: DRAFT }', '{ includeDrafts: true }']) {
      const res = await anonymous(`{ posts(filter: ${filter}) { totalCount edges { node { title } } } }`);
      expect(res.body.data).toBeNull();
      expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });

  it('post(slug), node(id) and nodes(ids) answer null, the published neighbour still comes', async () => {
    const res = await anonymous(
      `query($id: ID!, $ids: [ID!]!) { post(slug: "${NOTE_DRAFT.slug}") { id } short: post(slug: "${SHORT_DRAFT.slug}") { id }
      node(id: $id) { id } nodes(ids: $ids) { id ... on Post { title } } }`,
      { id: noteDraftId, ids: [noteDraftId, publishedId] },
    );
    expect(res.body).toEqual({
      data: { post: null, short: null, node: null, nodes: [null, { id: publishedId, title: 'Chunking Strategies' }] },
    });
  });

  it('category and tag: counts and post lists leave the draft out', async () => {
    const res = await anonymous(`{ category(slug: "llm") { postCount posts(first: 100) { totalCount edges { node { title } } } }
      rlhf: tag(slug: "rlhf") { postCount posts { totalCount edges { node { title } } } }
      onlyDrafts: tag(slug: "reward-hacking") { postCount posts { totalCount edges { node { title } } } }
      categories { name postCount } tags { slug } }`);
    const { category, rlhf, onlyDrafts, categories } = res.body.data;
    expect([category.postCount, category.posts.totalCount, category.posts.edges.length]).toEqual([7, 7, 7]);
    expect([rlhf.postCount, rlhf.posts.totalCount, rlhf.posts.edges.length]).toEqual([3, 3, 3]);
    // A tag only drafts carry would reveal an unpublished topic: it does not exist for the public.
    expect(onlyDrafts).toBeNull();
    expect(categories.map((c: { postCount: number }) => c.postCount)).toEqual([7, 3, 2]);
    expect(res.body.data.tags.map((t: { slug: string }) => t.slug)).not.toContain('reward-hacking');
    expectNoDraft(res.body.data);
  });

  it('favorites: the 11 published ones, the draft at the top left out', async () => {
    const res = await anonymous(`{ favorites { title } }`);
    expect(res.body.data.favorites).toHaveLength(11);
    expect(res.body.data.favorites[0].title).toBe('Why LLMs Sound Emotional — and Whether They Understand Emotion');
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
    expect((await anonymous(`{ viewer { email } }`)).body).toEqual({ data: { viewer: null } });
  });
});

describe.each([
  ['session cookie', () => gateway.editorHeaders()],
  ['API token', async () => ({ authorization: `Bearer ${await gateway.editorToken()}` })],
])('an editor signed in by %s', (_how, headers) => {
  const asEditor = async (query: string, variables?: Record<string, unknown>) => gateway.gql(query, variables, await headers());

  it('is the viewer', async () => {
    expect((await asEditor(`{ viewer { email } }`)).body).toEqual({ data: { viewer: { email: EDITOR.email } } });
  });

  it('reaches a draft by slug and by node id', async () => {
    const res = await asEditor(
      `query($id: ID!) { post(slug: "${NOTE_DRAFT.slug}") { title status isFavorite category { slug } tags { slug } }
      node(id: $id) { ... on Post { title } } }`,
      { id: noteDraftId },
    );
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
    const res = await asEditor(`{ posts(filter: { status: DRAFT }) { totalCount edges { node { title status } } } }`);
    expect(res.body.data.posts).toEqual({
      totalCount: 2,
      edges: [SHORT_DRAFT, NOTE_DRAFT].map((d) => ({ node: { title: d.title, status: 'DRAFT' } })),
    });
  });

  it('with includeDrafts gets the drafts first, then the published posts newest first', async () => {
    const res = await asEditor(`{ posts(first: 100, filter: { includeDrafts: true }) { totalCount edges { node { title status } } } }`);
    const nodes = nodesOf<{ title: string; status: string }>(res.body.data.posts);
    expect(res.body.data.posts.totalCount).toBe(18);
    expect(nodes.map((n) => n.status)).toEqual([...Array(2).fill('DRAFT'), ...Array(16).fill('PUBLISHED')]);
    expect(nodes.slice(0, 3).map((n) => n.title)).toEqual([SHORT_DRAFT.title, NOTE_DRAFT.title, 'SFT: Imitation, and the Ceiling It Hits']);
  });

  it('sees tags that only drafts carry (for autocomplete)', async () => {
    const res = await asEditor(`{ tag(slug: "reward-hacking") { slug postCount } tags { slug } }`);
    expect(res.body.data.tag).toEqual({ slug: 'reward-hacking', postCount: 0 });
    expect(res.body.data.tags.map((t: { slug: string }) => t.slug)).toContain('reward-hacking');
  });

  it('without asking, still gets the published list only', async () => {
    const res = await asEditor(`{ posts(first: 100) { totalCount } }`);
    expect(res.body.data.posts.totalCount).toBe(16);
  });
});
