// A post's life through the API: create a draft, publish, unpublish, update under optimistic
// concurrency, delete. Each test makes its own posts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { CreatePostInput } from '../__generated__/graphql.ts';
import {
  CREATE_POST,
  DELETE_POST,
  PUBLISH_POST,
  UNPUBLISH_POST,
  UPDATE_POST,
  editorGateway,
  expectNothingChanged,
  expectTypename,
  fieldPaths,
  globalId,
  postRow,
} from '../support/mutations.ts';

let llm: { id: string; dbId: string };

const ctx = editorGateway();
beforeAll(async () => {
  const category = await ctx.gw.db.prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } });
  llm = { id: globalId('Category', category.id), dbId: category.id };
});

const PUBLIC_SLUGS = graphql(`
  query PublicSlugs {
    posts(first: 100) { edges { node { slug } } }
    homeFeed { notes(first: 100) { edges { node { slug } } } }
  }
`);
const POST_ID = graphql(`query PostId($slug: String!) { post(slug: $slug) { id } }`);
const POST_TITLE = graphql(`query PostTitle($slug: String!) { post(slug: $slug) { title } }`);
const ADD_FAVORITE = graphql(`mutation AddFavoriteTypename($id: ID!) { addFavorite(postId: $id) { __typename } }`);

/** Creates a draft through the API and returns the payload's post. */
async function draft(title: string, extra: Partial<CreatePostInput> = {}) {
  const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', summary: 'A summary.', ...extra } });
  return expectTypename(res.body.data?.result, 'CreatePostPayload').post;
}

/** Slugs an anonymous reader sees in `posts` and in the home feed's long reads. */
async function publicSlugs() {
  const res = await ctx.gw.gql(PUBLIC_SLUGS);
  const slugs = (c: { edges: { node: { slug: string } }[] }) => c.edges.map((e) => e.node.slug);
  return { posts: slugs(res.body.data!.posts), homeFeed: slugs(res.body.data!.homeFeed.notes) };
}

describe('createPost', () => {
  it('makes a draft: slug from the title, tags in the given order (new created, existing reused), category', async () => {
    const rlhf = await ctx.gw.db.prisma.tag.findUniqueOrThrow({ where: { slug: 'rlhf' } });
    const tagsBefore = await ctx.gw.db.prisma.tag.count();
    const post = await draft('Reward Hacking: A Field Guide', {
      tags: ['Zeta Tag', 'rlhf', 'Alpha Tag'],
      categoryId: llm.id,
      hasLab: true,
    });
    expect(post).toMatchObject({
      slug: 'reward-hacking-a-field-guide',
      kind: 'NOTE',
      status: 'DRAFT',
      publishedAt: null,
      version: 1,
      isFavorite: false,
      category: { id: llm.id, slug: 'llm' },
    });
    expect(post.tags.map((t) => t.slug)).toEqual(['zeta-tag', 'rlhf', 'alpha-tag']);
    expect(post.tags[1]!.id).toBe(globalId('Tag', rlhf.id));
    expect(await ctx.gw.db.prisma.tag.count()).toBe(tagsBefore + 2);
    const row = await postRow(ctx.gw.db.prisma, post.slug);
    expect(row).toMatchObject({ status: 'DRAFT', categoryId: llm.dbId, hasLab: true, tagSlugs: ['zeta-tag', 'rlhf', 'alpha-tag'] });
    expect(row!.tags.find((t) => t.tag.slug === 'zeta-tag')!.tag.name).toBe('Zeta Tag');
    // A draft stays out of public view.
    expect((await ctx.gw.gql(POST_ID, { slug: post.slug })).body.data!.post).toBeNull();
  });
});

describe('publishPost / unpublishPost', () => {
  it('publishing puts the post in the anonymous lists and home feed; unpublishing takes it out', async () => {
    const post = await draft('Publishing Round Trip');
    expect((await publicSlugs()).posts).not.toContain(post.slug);

    const published = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: 1 } });
    expect(published.body.data!.result).toMatchObject({ __typename: 'PublishPostPayload', post: { status: 'PUBLISHED', version: 2 } });
    expect(Date.parse(expectTypename(published.body.data!.result, 'PublishPostPayload').post.publishedAt!)).toBeGreaterThan(
      Date.now() - 60_000,
    );
    const visible = await publicSlugs();
    expect(visible.posts[0]).toBe(post.slug); // newest first
    expect(visible.homeFeed[0]).toBe(post.slug);
    expect((await ctx.gw.gql(POST_TITLE, { slug: post.slug })).body.data!.post).toEqual({ title: 'Publishing Round Trip' });

    const unpublished = await ctx.editor(UNPUBLISH_POST, { input: { id: post.id, expectedVersion: 2 } });
    expect(unpublished.body.data!.result).toMatchObject({
      __typename: 'UnpublishPostPayload',
      post: { status: 'DRAFT', publishedAt: null, version: 3 },
    });
    const hidden = await publicSlugs();
    expect(hidden.posts).not.toContain(post.slug);
    expect(hidden.homeFeed).not.toContain(post.slug);
    expect((await ctx.gw.gql(POST_TITLE, { slug: post.slug })).body.data!.post).toBeNull();
  });

  it('publishing without a summary → ValidationError at input.summary, nothing written', async () => {
    const post = await draft('No Summary Yet', { summary: '   ' });
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(PUBLISH_POST, { input: { id: post.id } }));
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(['input.summary']);
  });

  it('a stale expectedVersion → ConflictError with the current version, nothing written', async () => {
    const post = await draft('Publish Stale');
    await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, body: 'edited' } });
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: 1 } }));
    expect(res.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
  });
});

describe('updatePost', () => {
  it('with the current expectedVersion changes only the given fields and bumps the version', async () => {
    const post = await draft('Before The Edit', { tags: ['rlhf'], body: 'Original body.' });
    const res = await ctx.editor(UPDATE_POST, {
      input: { id: post.id, expectedVersion: 1, title: 'After The Edit', tags: ['ppo', 'rlhf'] },
    });
    expect(res.body.data!.result).toMatchObject({
      __typename: 'UpdatePostPayload',
      post: { title: 'After The Edit', version: 2, slug: post.slug },
    });
    const row = await postRow(ctx.gw.db.prisma, post.slug);
    expect(row).toMatchObject({
      title: 'After The Edit',
      version: 2,
      body: 'Original body.',
      summary: 'A summary.',
      tagSlugs: ['ppo', 'rlhf'],
    });
  });

  it('a stale expectedVersion → ConflictError carrying the current version, nothing written', async () => {
    const post = await draft('Stale Edit');
    await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, title: 'Stale Edit v2' } });
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, title: 'Lost Update', tags: ['brand-new-tag'] } }),
    );
    expect(res.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
  });

  it('two concurrent updates from the same version: exactly one wins, the other gets ConflictError', async () => {
    const post = await draft('Race For The Title');
    const results = await Promise.all(
      ['Title A', 'Title B'].map((title) =>
        ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, title } }).then((r) => r.body.data!.result),
      ),
    );
    const types = results.map((r) => r.__typename).sort();
    expect(types).toEqual(['ConflictError', 'UpdatePostPayload']);
    const winner = results.find((r) => r.__typename === 'UpdatePostPayload');
    const loser = results.find((r) => r.__typename === 'ConflictError');
    const row = await postRow(ctx.gw.db.prisma, post.slug);
    expect(row).toMatchObject({ title: winner!.post.title, version: 2 });
    expect(loser!.currentVersion).toBe(row!.version);
  });

  it('an unknown post → NotFoundError, nothing written', async () => {
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: globalId('Post', randomUUID()), expectedVersion: 1, title: 'Ghost' } }),
    );
    expect(res.body.data!.result).toMatchObject({ __typename: 'NotFoundError', resource: 'Post' });
  });
});

describe('deletePost', () => {
  it('removes the post, its tag links and its favorite (the favorites revision moves on)', async () => {
    const post = await draft('Delete Me', { tags: ['rlhf', 'Delete Me Tag'] });
    const add = await ctx.editor(ADD_FAVORITE, { id: post.id });
    expect(add.body.data!.addFavorite.__typename).toBe('FavoritesPayload');
    const dbId = (await postRow(ctx.gw.db.prisma, post.slug))!.id;
    const revision = (await ctx.gw.db.prisma.site.findUniqueOrThrow({ where: { id: 1 } })).favoritesRevision;

    const res = await ctx.editor(DELETE_POST, { input: { id: post.id } });
    expect(res.body.data!.result).toEqual({ __typename: 'DeletePostPayload', deletedPostId: post.id });
    expect(await ctx.gw.db.prisma.post.count({ where: { id: dbId } })).toBe(0);
    expect(await ctx.gw.db.prisma.postTag.count({ where: { postId: dbId } })).toBe(0);
    expect(await ctx.gw.db.prisma.favorite.count({ where: { postId: dbId } })).toBe(0);
    expect((await ctx.gw.db.prisma.site.findUniqueOrThrow({ where: { id: 1 } })).favoritesRevision).toBe(revision + 1);
    expect(await ctx.gw.db.prisma.tag.count({ where: { slug: 'delete-me-tag' } })).toBe(1); // tags outlive posts
  });

  it('an unknown post → NotFoundError, nothing written', async () => {
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(DELETE_POST, { input: { id: globalId('Post', randomUUID()) } }));
    expect(res.body.data!.result).toMatchObject({ __typename: 'NotFoundError', resource: 'Post' });
  });

  it('a stale expectedVersion → ConflictError, the post stays', async () => {
    const post = await draft('Delete Stale');
    await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, body: 'changed' } });
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(DELETE_POST, { input: { id: post.id, expectedVersion: 1 } }));
    expect(res.body.data!.result).toMatchObject({ __typename: 'ConflictError', currentVersion: 2 });
  });
});
