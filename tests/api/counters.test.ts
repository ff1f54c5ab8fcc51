// The published-post counters (PublishedPostCount, kept by database triggers) against real COUNTs:
// random sequences of writes through the API and the scheduler, each followed by a comparison of
// every counter with a count of the rows; the lists' totalCount and the postCount fields read from
// them. A failure names the seed and the step (rerun one seed by putting it first in SEEDS). On
// PostgreSQL, two writers retagging in opposite orders must not deadlock on the counter rows.
import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import { publishDuePosts } from '../../server/src/domain/scheduling.ts';
import { graphql } from '../__generated__/index.ts';
import { prng } from '../bench/data.ts';
import { testDatabaseKind } from '../support/database.ts';
import {
  CREATE_POST,
  DELETE_POST,
  editorGateway,
  expectTypename,
  globalId,
  PUBLISH_POST,
  UNPUBLISH_POST,
  UPDATE_POST,
} from '../support/mutations.ts';

const ctx = editorGateway();

const SEEDS = [1, 7, 2026];
const STEPS = 40;
const TAG_POOL = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];

const CREATE_CATEGORY = graphql(`
  mutation CountersCreateCategory($input: CreateCategoryInput!) {
    r: createCategory(input: $input) { __typename ... on CreateCategoryPayload { category { id } } }
  }
`);
const DELETE_CATEGORY = graphql(`
  mutation CountersDeleteCategory($input: DeleteCategoryInput!) { r: deleteCategory(input: $input) { __typename } }
`);
const DELETE_TAG = graphql(`mutation CountersDeleteTag($id: ID!) { r: deleteTag(id: $id) { __typename } }`);
const RESTORE = graphql(`
  mutation CountersRestore($input: RestorePostRevisionInput!) { r: restorePostRevision(input: $input) { __typename } }
`);
const COUNTS = graphql(`
  query CountersCounts($categorySlug: String, $tagSlug: String) {
    all: posts(first: 0) { totalCount }
    notes: posts(first: 0, filter: { kind: NOTE }) { totalCount }
    shorts: posts(first: 0, filter: { kind: SHORT }) { totalCount }
    category: posts(first: 0, filter: { categorySlug: $categorySlug }) { totalCount }
    categoryNotes: posts(first: 0, filter: { kind: NOTE, categorySlug: $categorySlug }) { totalCount }
    tag: posts(first: 0, filter: { tagSlug: $tagSlug }) { totalCount }
    tagShorts: posts(first: 0, filter: { kind: SHORT, tagSlug: $tagSlug }) { totalCount }
    categories { slug postCount }
    tags { slug postCount }
  }
`);

/** Every counter as it should be, counted from the rows: key → published posts (zeros left out). */
async function countedFromRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const posts = await prisma.post.findMany({ where: { status: 'PUBLISHED' }, include: { tags: true } });
  const counts: Record<string, number> = {};
  const add = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const post of posts) {
    const scopes = ['all', ...(post.categoryId ? [`category:${post.categoryId}`] : []), ...post.tags.map((t) => `tag:${t.tagId}`)];
    for (const scope of scopes) {
      add(scope);
      add(`${scope}:${post.kind}`);
    }
  }
  return counts;
}

async function storedCounters(prisma: PrismaClient): Promise<Record<string, number>> {
  const rows = await prisma.publishedPostCount.findMany();
  for (const row of rows) expect(row.count, `counter ${row.key} went negative`).toBeGreaterThanOrEqual(0);
  return Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [row.key, row.count]));
}

/** The API's counts for one category and one tag against COUNTs of the same lists. */
async function expectApiCountsMatch(prisma: PrismaClient, where: string) {
  const category = await prisma.category.findFirst({ orderBy: { position: 'asc' } });
  const tag = await prisma.tag.findFirst({ where: { slug: { in: TAG_POOL } }, orderBy: { slug: 'asc' } });
  const res = await ctx.gw.gql(COUNTS, { categorySlug: category?.slug ?? 'none', tagSlug: tag?.slug ?? 'none' });
  const data = res.body.data!;
  const published = { status: 'PUBLISHED' } as const;
  const count = (extra: object) => prisma.post.count({ where: { ...published, ...extra } });
  const inCategory = { category: { slug: category?.slug ?? 'none' } };
  const withTag = { tags: { some: { tag: { slug: tag?.slug ?? 'none' } } } };
  expect(
    {
      all: data.all.totalCount,
      notes: data.notes.totalCount,
      shorts: data.shorts.totalCount,
      category: data.category.totalCount,
      categoryNotes: data.categoryNotes.totalCount,
      tag: data.tag.totalCount,
      tagShorts: data.tagShorts.totalCount,
    },
    where,
  ).toEqual({
    all: await count({}),
    notes: await count({ kind: 'NOTE' }),
    shorts: await count({ kind: 'SHORT' }),
    category: await count(inCategory),
    categoryNotes: await count({ kind: 'NOTE', ...inCategory }),
    tag: await count(withTag),
    tagShorts: await count({ kind: 'SHORT', ...withTag }),
  });
  const categories = await prisma.category.findMany({ include: { _count: { select: { posts: { where: published } } } } });
  expect(Object.fromEntries(data.categories.map((c) => [c.slug, c.postCount])), where).toEqual(
    Object.fromEntries(categories.map((c) => [c.slug, c._count.posts])),
  );
  const tags = await prisma.tag.findMany({ include: { _count: { select: { posts: { where: { post: published } } } } } });
  const publicTags = tags.filter((t) => t._count.posts > 0);
  expect(Object.fromEntries(data.tags.map((t) => [t.slug, t.postCount])), where).toEqual(
    Object.fromEntries(publicTags.map((t) => [t.slug, t._count.posts])),
  );
}

/** One random write through the API (or the scheduler); returns what it did, for the failure message. */
async function randomWrite(random: () => number): Promise<string> {
  const prisma = ctx.gw.db.prisma;
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const someTags = () => TAG_POOL.filter(() => random() < 0.35);
  const categories = await prisma.category.findMany({ select: { id: true } });
  const randomCategory = () => (random() < 0.25 ? null : (pick(categories)?.id ?? null));
  const posts = await prisma.post.findMany({ select: { id: true, version: true, kind: true }, orderBy: { id: 'asc' } });
  const post = pick(posts);
  const ref = post && { id: globalId('Post', post.id), expectedVersion: post.version };
  const op = Math.floor(random() * 11);
  const hour = 3_600_000;
  switch (op) {
    case 0:
    case 1: {
      const kind = random() < 0.5 ? 'NOTE' : 'SHORT';
      const categoryId = kind === 'NOTE' ? randomCategory() : null;
      const input = { title: `Counted ${random().toString(36).slice(2, 8)}`, kind, summary: 'S.', body: 'B.', tags: someTags() } as const;
      const res = await ctx.editor(CREATE_POST, { input: { ...input, categoryId: categoryId && globalId('Category', categoryId) } });
      const created = expectTypename(res.body.data!.result, 'CreatePostPayload').post;
      if (random() < 0.6) await ctx.editor(PUBLISH_POST, { input: { id: created.id } });
      return `create ${kind}`;
    }
    case 2:
      if (!ref) return 'nothing';
      await ctx.editor(PUBLISH_POST, { input: { id: ref.id, publishedAt: new Date(Date.now() - random() * 1000 * hour).toISOString() } });
      return 'publish';
    case 3: {
      if (!ref) return 'nothing';
      await ctx.editor(PUBLISH_POST, { input: { id: ref.id, publishedAt: new Date(Date.now() + hour).toISOString() } });
      if (random() < 0.5) await publishDuePosts(prisma, { now: new Date(Date.now() + 2 * hour) });
      return 'schedule (+ scheduler run)';
    }
    case 4:
      if (!ref) return 'nothing';
      await ctx.editor(UNPUBLISH_POST, { input: { id: ref.id } });
      return 'unpublish';
    case 5:
      if (!ref) return 'nothing';
      await ctx.editor(UPDATE_POST, { input: { ...ref, tags: someTags() } });
      return 'retag';
    case 6: {
      if (!ref) return 'nothing';
      const kind = random() < 0.5 ? 'NOTE' : 'SHORT';
      const categoryId = kind === 'NOTE' ? randomCategory() : null;
      await ctx.editor(UPDATE_POST, { input: { ...ref, kind, categoryId: categoryId && globalId('Category', categoryId) } });
      return `change kind/category to ${kind}`;
    }
    case 7:
      if (!ref) return 'nothing';
      await ctx.editor(DELETE_POST, { input: { id: ref.id } });
      return 'delete';
    case 8: {
      const [doomed, target] = [pick(categories), random() < 0.5 ? pick(categories) : undefined];
      if (!doomed) return 'nothing';
      const moveTo = target && target.id !== doomed.id ? globalId('Category', target.id) : null;
      await ctx.editor(DELETE_CATEGORY, { input: { id: globalId('Category', doomed.id), moveToCategoryId: moveTo } });
      await ctx.editor(CREATE_CATEGORY, { input: { name: `Category ${random().toString(36).slice(2, 8)}` } });
      return `deleteCategory${moveTo ? ' (moving posts)' : ''}`;
    }
    case 9: {
      const tag = pick(await prisma.tag.findMany({ where: { slug: { in: TAG_POOL } }, select: { id: true } }));
      if (!tag) return 'nothing';
      await ctx.editor(DELETE_TAG, { id: globalId('Tag', tag.id) });
      return 'deleteTag';
    }
    default: {
      if (!post) return 'nothing';
      const revision = pick(await prisma.postRevision.findMany({ where: { postId: post.id }, select: { id: true } }));
      if (!revision) return 'nothing';
      await ctx.editor(RESTORE, {
        input: { postId: ref!.id, revisionId: globalId('PostRevision', revision.id), expectedVersion: post.version },
      });
      return 'restore revision';
    }
  }
}

describe('published-post counters', () => {
  it('start equal to the rows after the seed (the migration backfills, the triggers follow)', async () => {
    const prisma = ctx.gw.db.prisma;
    expect(await storedCounters(prisma)).toEqual(await countedFromRows(prisma));
    await expectApiCountsMatch(prisma, 'seed');
  });

  it.each(SEEDS)('equal real COUNTs after every step of a random sequence of writes (seed %i)', async (seed) => {
    const prisma = ctx.gw.db.prisma;
    const random = prng(seed);
    const done: string[] = [];
    for (let step = 0; step < STEPS; step += 1) {
      done.push(await randomWrite(random));
      const where = `seed ${seed}, step ${step}: ${done.join(', ')}`;
      expect(await storedCounters(prisma), where).toEqual(await countedFromRows(prisma));
      if (step % 10 === 9) await expectApiCountsMatch(prisma, where);
    }
  });

  it('are rebuilt after a TRUNCATE, which fires no row triggers', async () => {
    const prisma = ctx.gw.db.prisma;
    await prisma.$executeRawUnsafe('TRUNCATE "PostTag"');
    expect(await storedCounters(prisma)).toEqual(await countedFromRows(prisma));
  });
});

describe.skipIf(testDatabaseKind !== 'postgres')('two writers moving the same counters', () => {
  it('retagging two published posts in opposite orders at once never deadlocks', async () => {
    const create = async (title: string, tags: string[]) => {
      const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', summary: 'S.', body: 'B.', tags } });
      const post = expectTypename(res.body.data!.result, 'CreatePostPayload').post;
      const published = await ctx.editor(PUBLISH_POST, { input: { id: post.id } });
      return expectTypename(published.body.data!.result, 'PublishPostPayload').post;
    };
    let a = await create('Writer A', ['lock-x']);
    let b = await create('Writer B', ['lock-y']);
    // Each round: A moves x → y while B moves y → x, so without one lock order A holds x and
    // waits for y while B holds y and waits for x.
    for (let round = 0; round < 15; round += 1) {
      const [tagsA, tagsB] = round % 2 === 0 ? [['lock-y'], ['lock-x']] : [['lock-x'], ['lock-y']];
      const [resA, resB] = await Promise.all([
        ctx.editor(UPDATE_POST, { input: { id: a.id, expectedVersion: a.version, tags: tagsA } }),
        ctx.editor(UPDATE_POST, { input: { id: b.id, expectedVersion: b.version, tags: tagsB } }),
      ]);
      expect(resA.body.errors, `round ${round}`).toBeUndefined();
      expect(resB.body.errors, `round ${round}`).toBeUndefined();
      a = expectTypename(resA.body.data!.result, 'UpdatePostPayload').post;
      b = expectTypename(resB.body.data!.result, 'UpdatePostPayload').post;
    }
    expect(await storedCounters(ctx.gw.db.prisma)).toEqual(await countedFromRows(ctx.gw.db.prisma));
  });
});
