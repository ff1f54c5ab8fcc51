// Scheduled posts: publishPost with a future date schedules; until then the post is invisible to
// anonymous callers on every read path and visible to editors as SCHEDULED; at its time the
// scheduler publishes it exactly once (version bumped once) and the public cache shows it at once.
import { afterAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { ErrorCode } from '#shared/errors.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { publishDuePosts } from '../../server/src/domain/scheduling.ts';
import { startScheduler } from '../../server/src/jobs/scheduler.ts';
import { graphql } from '../__generated__/index.ts';
import { testDatabaseKind } from '../support/database.ts';
import { CREATE_POST, editorGateway, expectTypename, PUBLISH_POST, UNPUBLISH_POST } from '../support/mutations.ts';
import { globalId, HOME_FEED, nodesOf } from '../support/queries.ts';

const ctx = editorGateway();
const HOUR = 3_600_000;
const inAnHour = () => new Date(Date.now() + HOUR).toISOString();

/** Creates a post with a summary (publishing needs one) and returns its global id and version. */
async function createPost(title: string, extra: Record<string, unknown> = {}) {
  const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', summary: 'Soon.', body: 'Coming.', ...extra } });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}

async function schedule(id: string, publishedAt: string) {
  const res = await ctx.editor(PUBLISH_POST, { input: { id, publishedAt } });
  return expectTypename(res.body.data!.result, 'PublishPostPayload').post;
}

const rowOf = (slug: string) => ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug } });

const ANONYMOUS_PATHS = graphql(`
  query SchedulingAnonymousPaths($slug: String!, $id: ID!, $ids: [ID!]!) {
    all: posts(first: 100) { totalCount edges { node { slug } } }
    notes: posts(first: 100, filter: { kind: NOTE }) { totalCount edges { node { slug } } }
    llm: posts(first: 100, filter: { categorySlug: "llm" }) { totalCount edges { node { slug } } }
    rlhf: posts(first: 100, filter: { tagSlug: "rlhf" }) { totalCount edges { node { slug } } }
    found: posts(filter: { search: "Scheduled:" }) { totalCount }
    post(slug: $slug) { id }
    node(id: $id) { id }
    nodes(ids: $ids) { id }
    category(slug: "llm") { postCount posts(first: 100) { totalCount edges { node { slug } } } }
    tag(slug: "rlhf") { postCount posts(first: 100) { totalCount edges { node { slug } } } }
    onlyScheduled: tag(slug: "scheduled-only-topic") { slug }
    categories { slug postCount }
    tags { slug }
    favorites { slug }
  }
`);
const STATUS_LIST = graphql(`
  query SchedulingStatusList($filter: PostFilter) { posts(first: 100, filter: $filter) { totalCount edges { node { slug status publishedAt } } } }
`);
const BY_SLUG = graphql(`query SchedulingBySlug($slug: String!) { post(slug: $slug) { slug status publishedAt version } }`);

describe('a post scheduled an hour ahead', () => {
  const title = 'Scheduled: Reward Models at Scale';
  const slug = 'scheduled-reward-models-at-scale';
  let id: string;
  let publishedAt: string;

  it('is SCHEDULED with that publishedAt', async () => {
    const { prisma } = ctx.gw.db;
    const llm = await prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } });
    const created = await createPost(title, { categoryId: globalId('Category', llm.id), tags: ['rlhf', 'scheduled-only-topic'] });
    id = created.id;
    publishedAt = inAnHour();
    const post = await schedule(id, publishedAt);
    expect(post).toMatchObject({ status: 'SCHEDULED', publishedAt, version: created.version + 1 });
    // On the favorites list too (favorites hold posts of any status).
    const row = await rowOf(slug);
    await prisma.favorite.updateMany({ data: { position: { increment: 1 } } });
    await prisma.favorite.create({ data: { postId: row.id, position: 0 } });
  });

  it('is invisible to anonymous callers on every path: lists, search, counts, post, node(s), category, tags, favorites', async () => {
    const published = await rowOf('chunking-strategies');
    const res = await ctx.gw.gql(ANONYMOUS_PATHS, { slug, id, ids: [id, globalId('Post', published.id)] });
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    expect(JSON.stringify(data)).not.toContain(slug);
    expect([data.all.totalCount, data.notes.totalCount, data.llm.totalCount, data.rlhf.totalCount, data.found.totalCount]).toEqual([
      16, 12, 7, 3, 0,
    ]);
    expect([data.post, data.node, data.nodes[0], data.onlyScheduled]).toEqual([null, null, null, null]);
    expect(data.nodes[1]).not.toBeNull();
    expect([data.category?.postCount, data.category?.posts.totalCount, data.tag?.postCount, data.tag?.posts.totalCount]).toEqual([
      7, 7, 3, 3,
    ]);
    expect(data.categories.map((c) => c.postCount)).toEqual([7, 3, 2]);
    expect(data.tags.map((t) => t.slug)).not.toContain('scheduled-only-topic');
    expect(data.favorites).toHaveLength(11);
  });

  it('is invisible in the home feed (notes, favorites, category counts)', async () => {
    const feed = (await ctx.gw.gql(HOME_FEED)).body.data!.homeFeed;
    expect(JSON.stringify(feed)).not.toContain(title);
    expect([feed.notes.totalCount, feed.favorites.length]).toEqual([12, 11]);
    expect(feed.categories.map((c) => c.postCount)).toEqual([7, 3, 2]);
  });

  it('asking for SCHEDULED posts anonymously is FORBIDDEN', async () => {
    const res = await ctx.gw.gql(STATUS_LIST, { filter: { status: 'SCHEDULED' } });
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.FORBIDDEN]);
  });

  it('editors see it as SCHEDULED: by slug, by node, and in posts(filter: {status: SCHEDULED})', async () => {
    expect((await ctx.editor(BY_SLUG, { slug })).body.data!.post).toMatchObject({ status: 'SCHEDULED', publishedAt });
    const list = (await ctx.editor(STATUS_LIST, { filter: { status: 'SCHEDULED' } })).body.data!.posts;
    expect(list.totalCount).toBe(1);
    expect(nodesOf(list)).toEqual([{ slug, status: 'SCHEDULED', publishedAt }]);
    // The default list is what the blog shows, for editors too.
    const shown = (await ctx.editor(STATUS_LIST, {})).body.data!.posts;
    expect(nodesOf(shown).map((n) => n.slug)).not.toContain(slug);
  });

  it('is not published before its time: a pass now publishes nothing and keeps the public cache (same ETag)', async () => {
    const before = await rowOf(slug);
    const etag = async () =>
      (await ctx.gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent('{ site { title } }')}`)).headers.get('etag');
    const cached = await etag();
    expect(await publishDuePosts(ctx.gw.db.prisma)).toEqual([]);
    expect(await rowOf(slug)).toEqual(before);
    // A pass runs every second: one that publishes nothing must not purge the cache each time.
    expect(await etag()).toBe(cached);
  });

  it('at its time becomes PUBLISHED exactly once, version bumped once, publishedAt kept', async () => {
    const before = await rowOf(slug);
    const at = new Date(Date.parse(publishedAt) + 1);
    const published = await publishDuePosts(ctx.gw.db.prisma, { now: at });
    expect(published).toEqual([{ id: before.id, slug, publishedAt: new Date(publishedAt), version: before.version + 1 }]);
    expect(await publishDuePosts(ctx.gw.db.prisma, { now: at })).toEqual([]);
    const after = await rowOf(slug);
    expect(after).toMatchObject({ status: 'PUBLISHED', version: before.version + 1, publishedAt: new Date(publishedAt) });
    const res = await ctx.gw.gql(ANONYMOUS_PATHS, { slug, id, ids: [id] });
    expect(res.body.data!.post).toEqual({ id });
    expect(res.body.data!.all.totalCount).toBe(17);
    expect(res.body.data!.category?.postCount).toBe(8);
    expect(res.body.data!.onlyScheduled).toEqual({ slug: 'scheduled-only-topic' });
    expect(res.body.data!.favorites[0]).toEqual({ slug });
  });
});

describe('publishPost and unpublishPost around a schedule', () => {
  it('a past publishedAt publishes at once, backdated', async () => {
    const post = await createPost('Scheduled: Backdated Import');
    const past = '2024-03-01T09:30:00.000Z';
    const res = await ctx.editor(PUBLISH_POST, { input: { id: post.id, publishedAt: past } });
    expect(expectTypename(res.body.data!.result, 'PublishPostPayload').post).toMatchObject({ status: 'PUBLISHED', publishedAt: past });
  });

  it('unpublishPost on a scheduled post makes it a DRAFT with no date, and the scheduler leaves it alone', async () => {
    const post = await createPost('Scheduled: Changed My Mind');
    const scheduled = await schedule(post.id, inAnHour());
    const res = await ctx.editor(UNPUBLISH_POST, { input: { id: post.id, expectedVersion: scheduled.version } });
    expect(expectTypename(res.body.data!.result, 'UnpublishPostPayload').post).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      version: scheduled.version + 1,
    });
    expect(await publishDuePosts(ctx.gw.db.prisma, { now: new Date(Date.now() + 2 * HOUR) })).toEqual([]);
  });

  it('rescheduling later moves the time: a pass at the old time publishes nothing', async () => {
    const post = await createPost('Scheduled: Moved Back');
    const first = await schedule(post.id, inAnHour());
    const later = new Date(Date.now() + 3 * HOUR).toISOString();
    const moved = await ctx.editor(PUBLISH_POST, { input: { id: post.id, expectedVersion: first.version, publishedAt: later } });
    expect(expectTypename(moved.body.data!.result, 'PublishPostPayload').post).toMatchObject({ status: 'SCHEDULED', publishedAt: later });
    expect(await publishDuePosts(ctx.gw.db.prisma, { now: new Date(Date.now() + 2 * HOUR) })).toEqual([]);
    const [published] = await publishDuePosts(ctx.gw.db.prisma, { now: new Date(Date.parse(later)) });
    expect(published?.slug).toBe('scheduled-moved-back');
  });
});

describe('the scheduler job', () => {
  const url = (query: string) => `http://gateway.test/graphql?query=${encodeURIComponent(query)}`;
  const anonymousGet = async (query: string) => {
    const response = await ctx.gw.yoga.fetch(url(query), { headers: { accept: 'application/graphql-response+json' } });
    return { etag: response.headers.get('etag'), body: await response.json() };
  };

  it('publishes a post due in a second within its interval, and the cached anonymous read shows it at once', async () => {
    const post = await createPost('Scheduled: Due in a Second', { kind: 'SHORT' });
    const due = new Date(Date.now() + 1_000);
    await schedule(post.id, due.toISOString());
    // Cached while scheduled: a second GET is the same entry (same ETag).
    const query = '{ homeFeed { shorts { totalCount edges { node { slug } } } } }';
    const cached = await anonymousGet(query);
    expect(JSON.stringify(cached.body)).not.toContain('scheduled-due-in-a-second');
    expect((await anonymousGet(query)).etag).toBe(cached.etag);

    const published: { slug: string; at: number }[] = [];
    const job = startScheduler({
      prisma: ctx.gw.db.prisma,
      intervalMs: 100,
      logger: pino({ level: 'silent' }),
      onPublished: (posts) => published.push(...posts.map((p) => ({ slug: p.slug, at: Date.now() }))),
    });
    try {
      const deadline = Date.now() + 5_000;
      while (!published.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await job.stop();
    }
    expect(published.map((p) => p.slug)).toEqual(['scheduled-due-in-a-second']);
    const delayMs = published[0]!.at - due.getTime();
    console.info(`scheduler (in process, interval 100 ms): published ${delayMs} ms after the scheduled time`);
    expect(delayMs).toBeGreaterThanOrEqual(0);
    expect(delayMs).toBeLessThan(5_000);

    const fresh = await anonymousGet(query);
    expect(fresh.etag).not.toBe(cached.etag);
    expect(nodesOf(fresh.body.data.homeFeed.shorts)[0]).toEqual({ slug: 'scheduled-due-in-a-second' });
    expect(fresh.body.data.homeFeed.shorts.totalCount).toBe(cached.body.data.homeFeed.shorts.totalCount + 1);
  });
});

describe.skipIf(testDatabaseKind !== 'postgres')('two processes publishing at once (PostgreSQL)', () => {
  let second: Awaited<ReturnType<typeof openDatabase>> | undefined;
  afterAll(() => second?.close());

  it('each due post is published by exactly one of them', async () => {
    const { prisma } = ctx.gw.db;
    second = await openDatabase({ databaseUrl: ctx.gw.db.url! });
    const due = new Date(Date.now() - 1_000);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const post = await createPost(`Scheduled: Race ${i}`);
      ids.push(post.id);
    }
    // Straight to SCHEDULED in the past (publishPost would publish a past date at once).
    const slugs = ids.map((_, i) => `scheduled-race-${i}`);
    await prisma.post.updateMany({ where: { slug: { in: slugs } }, data: { status: 'SCHEDULED', publishedAt: due } });
    const versions = new Map((await prisma.post.findMany({ where: { slug: { in: slugs } } })).map((p) => [p.slug, p.version]));
    const passes = await Promise.all(Array.from({ length: 6 }, (_, i) => publishDuePosts(i % 2 ? second!.prisma : prisma, { limit: 7 })));
    // Whatever is left (the limits may leave some) goes in further passes.
    while (passes.flat().length < slugs.length) {
      const more = await publishDuePosts(prisma);
      if (!more.length) break;
      passes.push(more);
    }
    // Every post once: no post in two passes' results, none left out.
    const publishedSlugs = passes.flat().map((p) => p.slug);
    expect(publishedSlugs.sort()).toEqual([...slugs].sort());
    for (const row of await prisma.post.findMany({ where: { slug: { in: slugs } } })) {
      expect(row).toMatchObject({ status: 'PUBLISHED', version: versions.get(row.slug)! + 1 });
    }
  });

  it('a post locked by a process that dies mid-publication is skipped meanwhile, then published by the other', async () => {
    const { prisma } = ctx.gw.db;
    second ??= await openDatabase({ databaseUrl: ctx.gw.db.url! });
    const post = await createPost('Scheduled: Crash');
    await prisma.post.updateMany({
      where: { slug: 'scheduled-crash' },
      data: { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 1_000) },
    });
    // The dying process: its publication transaction holds the row lock (as publishDuePosts' batch does) and never ends.
    let backendPid = 0;
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const dying = second.prisma
      .$transaction(
        async (tx) => {
          backendPid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
          await tx.$queryRaw`SELECT id FROM "Post" WHERE slug = 'scheduled-crash' FOR UPDATE`;
          locked();
          await held;
        },
        { timeout: 60_000 },
      )
      .catch((error: unknown) => error);
    await isLocked;
    // Another process's pass skips the locked row instead of waiting for it.
    expect((await publishDuePosts(prisma)).map((p) => p.slug)).not.toContain('scheduled-crash');
    // The process dies: its connection goes, PostgreSQL rolls its transaction back and frees the row.
    await prisma.$queryRaw`SELECT pg_terminate_backend(${backendPid}::int)`;
    release();
    expect(await dying).toBeInstanceOf(Error);
    const published = await publishDuePosts(prisma);
    expect(published.map((p) => p.slug)).toEqual(['scheduled-crash']);
    expect(await rowOf('scheduled-crash')).toMatchObject({ status: 'PUBLISHED', version: post.version + 1 });
  });
});
