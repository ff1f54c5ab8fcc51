// Revisions: every successful post write leaves one (content and state as the write left it, who
// made it), editors read them newest first, and restorePostRevision brings an earlier content back
// as a new version — or changes nothing at all.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#shared/errors.ts';
import { setPublished } from '../../server/src/domain/posts.ts';
import { graphql } from '../__generated__/index.ts';
import { CREATE_POST, PUBLISH_POST, UNPUBLISH_POST, UPDATE_POST, editorGateway, expectTypename, globalId } from '../support/mutations.ts';
import { EDITOR } from '../support/gateway.ts';

const ctx = editorGateway();

const REVISIONS = graphql(`
  query Revisions($slug: String!, $first: Int, $after: String) {
    post(slug: $slug) {
      version
      revisions(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id version createdAt author { id name } kind title slug summary body tags category { slug } hasLab status publishedAt } }
      }
    }
  }
`);
const RESTORE = graphql(`
  mutation RestoreRevision($input: RestorePostRevisionInput!) {
    result: restorePostRevision(input: $input) {
      __typename ...MutationError
      ... on RestorePostRevisionPayload { post { ...PostFields body path } }
    }
  }
`);
const REVISION_NODE = graphql(`query RevisionNode($id: ID!) { node(id: $id) { __typename ... on PostRevision { version title } } }`);

/** A new draft (title `title`, unique slug) through the API; returns its payload post. */
async function draft(title: string) {
  const slug = `rev-${Math.random().toString(36).slice(2, 10)}`;
  const res = await ctx.editor(CREATE_POST, {
    input: { title, slug, kind: 'SHORT', summary: 'First summary.', body: 'First body.', tags: ['alpha', 'beta'] },
  });
  return expectTypename(res.body.data?.result, 'CreatePostPayload').post;
}

async function revisionsOf(slug: string, first = 50) {
  const res = await ctx.editor(REVISIONS, { slug, first });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.post!.revisions;
}

const nodes = <T>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);

describe('a revision for each kind of change', () => {
  it('create, update, publish, schedule, unpublish, publish by the scheduler (no author): newest first, content and state copied', async () => {
    const post = await draft('Revisions one');
    const updated = await ctx.editor(UPDATE_POST, {
      input: { id: post.id, expectedVersion: post.version, title: 'Revisions two', body: 'Second body.', tags: ['beta', 'gamma'] },
    });
    const v2 = expectTypename(updated.body.data?.result, 'UpdatePostPayload').post;
    const published = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: v2.version } });
    const v3 = expectTypename(published.body.data?.result, 'PublishPostPayload').post;
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: v3.version, publishedAt: future } });
    const v4 = expectTypename(scheduled.body.data?.result, 'PublishPostPayload').post;
    const unpublished = await ctx.editor(UNPUBLISH_POST, { input: { id: post.id, expectedVersion: v4.version } });
    expectTypename(unpublished.body.data?.result, 'UnpublishPostPayload');
    // What the scheduler does when the time comes: a write with no editor behind it.
    const dbId = (await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: post.slug } })).id;
    await setPublished(ctx.gw.db.prisma, { id: dbId, publish: true });

    const revisions = await revisionsOf(post.slug);
    const list = nodes(revisions);
    expect(revisions.totalCount).toBe(6);
    expect(list.map((r) => [r.version, r.status, r.title])).toEqual([
      [6, 'PUBLISHED', 'Revisions two'],
      [5, 'DRAFT', 'Revisions two'],
      [4, 'SCHEDULED', 'Revisions two'],
      [3, 'PUBLISHED', 'Revisions two'],
      [2, 'DRAFT', 'Revisions two'],
      [1, 'DRAFT', 'Revisions one'],
    ]);
    expect(list.map((r) => r.author?.name ?? null)).toEqual([null, EDITOR.name, EDITOR.name, EDITOR.name, EDITOR.name, EDITOR.name]);
    expect(list[2]!.publishedAt).toBe(future);
    expect(list[1]!.publishedAt).toBeNull();
    expect(list[4]).toMatchObject({
      body: 'Second body.',
      tags: ['beta', 'gamma'],
      summary: 'First summary.',
      kind: 'SHORT',
      hasLab: false,
    });
    expect(list[5]).toMatchObject({ body: 'First body.', tags: ['alpha', 'beta'], slug: post.slug });
  });

  it('pages newest first with keyset cursors', async () => {
    const post = await draft('Paged');
    let version = post.version;
    for (const title of ['Paged 2', 'Paged 3', 'Paged 4']) {
      const res = await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: version, title } });
      version = expectTypename(res.body.data?.result, 'UpdatePostPayload').post.version;
    }
    const first = await ctx.editor(REVISIONS, { slug: post.slug, first: 3 });
    const page1 = first.body.data!.post!.revisions;
    expect(nodes(page1).map((r) => r.version)).toEqual([4, 3, 2]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await ctx.editor(REVISIONS, { slug: post.slug, first: 3, after: page1.pageInfo.endCursor });
    expect(nodes(second.body.data!.post!.revisions).map((r) => r.version)).toEqual([1]);
    expect(second.body.data!.post!.revisions.totalCount).toBe(4);
  });

  it('a failed write records nothing', async () => {
    const post = await draft('No revision on conflict');
    const stale = await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version + 5, title: 'Never' } });
    expectTypename(stale.body.data?.result, 'ConflictError');
    expect((await revisionsOf(post.slug)).totalCount).toBe(1);
  });
});

const DELETE_CATEGORY_FOR_REVISIONS = graphql(`
  mutation RevisionsDeleteCategory($i: DeleteCategoryInput!) { r: deleteCategory(input: $i) { __typename } }
`);
const DELETE_TAG_FOR_REVISIONS = graphql(`mutation RevisionsDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }`);

describe('bulk changes of posts', () => {
  it('deleting a category or a tag records a revision on each post it changed, by the editor who did it', async () => {
    const prisma = ctx.gw.db.prisma;
    const category = await prisma.category.create({ data: { slug: 'rev-doomed', name: 'Rev Doomed', position: 99 } });
    const post = await draft('Revisions bulk');
    const dbId = (await prisma.post.findUniqueOrThrow({ where: { slug: post.slug } })).id;
    await prisma.post.update({ where: { id: dbId }, data: { kind: 'NOTE', categoryId: category.id } });

    const deleted = await ctx.editor(DELETE_CATEGORY_FOR_REVISIONS, { i: { id: globalId('Category', category.id) } });
    expect(deleted.body.data?.r.__typename).toBe('DeleteCategoryPayload');
    const tag = await prisma.tag.findUniqueOrThrow({ where: { slug: 'alpha' } });
    expect((await ctx.editor(DELETE_TAG_FOR_REVISIONS, { id: globalId('Tag', tag.id) })).body.data?.r.__typename).toBe('DeleteTagPayload');

    const revisions = nodes(await revisionsOf(post.slug));
    const now = await prisma.post.findUniqueOrThrow({ where: { id: dbId } });
    expect(revisions[0]).toMatchObject({ version: now.version, category: null, tags: ['beta'], author: { name: EDITOR.name } });
    expect(revisions[1]).toMatchObject({ version: now.version - 1, category: null, tags: ['alpha', 'beta'] });
  });
});

describe('restorePostRevision', () => {
  /** A published post with two content versions; returns its ids and revisions (newest first). */
  async function postWithHistory() {
    const post = await draft('Restore me');
    const published = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: post.version } });
    const v2 = expectTypename(published.body.data?.result, 'PublishPostPayload').post;
    const updated = await ctx.editor(UPDATE_POST, {
      input: {
        id: post.id,
        expectedVersion: v2.version,
        title: 'Restore me, edited',
        slug: `${post.slug}-x`,
        body: 'Edited body.',
        tags: ['gamma'],
      },
    });
    const v3 = expectTypename(updated.body.data?.result, 'UpdatePostPayload').post;
    return { post: v3, revisions: nodes(await revisionsOf(v3.slug)) };
  }

  it("brings back the revision's content as a new version and a new revision; status and publishedAt stay; the body is rendered again", async () => {
    const { post, revisions } = await postWithHistory();
    const first = revisions.at(-1)!;
    const res = await ctx.editor(RESTORE, { input: { postId: post.id, revisionId: first.id, expectedVersion: post.version } });
    const restored = expectTypename(res.body.data?.result, 'RestorePostRevisionPayload').post;
    expect(restored).toMatchObject({
      title: 'Restore me',
      slug: first.slug,
      body: 'First body.',
      status: 'PUBLISHED',
      version: post.version + 1,
    });
    expect(restored.publishedAt).toBe(post.publishedAt);
    expect(restored.tags.map((t) => t.name)).toEqual(['alpha', 'beta']);
    expect(restored.path).toBe(`/posts/${first.slug}`);
    const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: first.slug } });
    expect(row.html).toContain('First body.');
    const after = nodes(await revisionsOf(first.slug));
    expect(after).toHaveLength(revisions.length + 1);
    expect(after[0]).toMatchObject({ version: post.version + 1, title: 'Restore me', status: 'PUBLISHED', author: { name: EDITOR.name } });
  });

  it('a stale expectedVersion: ConflictError with the current version, and nothing changed (post and revisions)', async () => {
    const { post, revisions } = await postWithHistory();
    const prisma = ctx.gw.db.prisma;
    const before = {
      post: await prisma.post.findFirstOrThrow({ where: { slug: post.slug } }),
      revisions: await prisma.postRevision.count(),
    };
    const res = await ctx.editor(RESTORE, {
      input: { postId: post.id, revisionId: revisions.at(-1)!.id, expectedVersion: post.version - 1 },
    });
    expect(expectTypename(res.body.data?.result, 'ConflictError').currentVersion).toBe(post.version);
    expect(await prisma.post.findFirstOrThrow({ where: { slug: post.slug } })).toEqual(before.post);
    expect(await prisma.postRevision.count()).toBe(before.revisions);
  });

  it("another post's revision: NotFoundError, nothing changed", async () => {
    const { post } = await postWithHistory();
    const other = await draft('Someone else');
    const otherRevision = nodes(await revisionsOf(other.slug))[0]!;
    const count = await ctx.gw.db.prisma.postRevision.count();
    const res = await ctx.editor(RESTORE, { input: { postId: post.id, revisionId: otherRevision.id, expectedVersion: post.version } });
    expect(expectTypename(res.body.data?.result, 'NotFoundError').resource).toBe('PostRevision');
    expect(await ctx.gw.db.prisma.postRevision.count()).toBe(count);
  });

  it('a slug another post has taken since: SlugTakenError with a suggestion', async () => {
    const { post, revisions } = await postWithHistory();
    const oldSlug = revisions.at(-1)!.slug;
    const squatter = await ctx.editor(CREATE_POST, { input: { title: 'Squatter', slug: oldSlug, kind: 'SHORT', summary: 's' } });
    expectTypename(squatter.body.data?.result, 'CreatePostPayload');
    const res = await ctx.editor(RESTORE, { input: { postId: post.id, revisionId: revisions.at(-1)!.id, expectedVersion: post.version } });
    expect(expectTypename(res.body.data?.result, 'SlugTakenError').suggestion).toBe(`${oldSlug}-2`);
  });
});

describe('editors only', () => {
  it('anonymous: revisions is UNAUTHENTICATED, restore too, and node(revision id) is null', async () => {
    const post = await draft('Private history');
    const published = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: post.version } });
    expectTypename(published.body.data?.result, 'PublishPostPayload');
    const revision = nodes(await revisionsOf(post.slug))[0]!;

    const read = await ctx.gw.gql(REVISIONS, { slug: post.slug });
    expect(read.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(JSON.stringify(read.body.data ?? null)).not.toContain('First body.');
    const restore = await ctx.gw.gql(RESTORE, { input: { postId: post.id, revisionId: revision.id, expectedVersion: 2 } });
    expect(restore.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);

    expect((await ctx.gw.gql(REVISION_NODE, { id: revision.id })).body.data?.node).toBeNull();
    expect((await ctx.editor(REVISION_NODE, { id: revision.id })).body.data?.node).toMatchObject({
      __typename: 'PostRevision',
      version: 2,
    });
    expect(revision.id).toBe(
      globalId(
        'PostRevision',
        (await ctx.gw.db.prisma.postRevision.findFirstOrThrow({ where: { version: 2, post: { slug: post.slug } } })).id,
      ),
    );
  });
});
