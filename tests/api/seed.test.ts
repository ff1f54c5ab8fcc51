// The seed fixture carries the blog's home page over exactly (prisma/content/README.md), and
// seedContent loads it once without ever duplicating or overwriting. Expected values below are
// copied from the capture, not from the fixture, so a drifting fixture fails here.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR, loadContent, seedContent, type SeedResult } from '../../server/src/db/seed.ts';
import { slugFromTitle } from '#shared/slug.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

// [title, date as the page prints it], in page order.
const shorts = [
  ['SFT: Imitation, and the Ceiling It Hits', 'Jun 16, 2026'],
  ['RLHF: From Likelihood to Preference in Three Stages', 'Jun 16, 2026'],
  ['RLAIF: When the Labeler Is a Model', 'Jun 16, 2026'],
  ['What is Grouped-Query Attention (GQA)?', 'Jun 7, 2026'],
];
const latestLongReads = [
  ['How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond', 'Jun 15, 2026'],
  ['Why Different Models Feel Like Different Personalities', 'Jun 15, 2026'],
  ['Why LLMs Sound Emotional — and Whether They Understand Emotion', 'Jun 15, 2026'],
  ['Embeddings: How Geometry Pretends to Be Meaning', 'Jun 8, 2026'],
];
const favorites = [
  ['Why LLMs Sound Emotional — and Whether They Understand Emotion', 'Jun 15, 2026'],
  ['Why Different Models Feel Like Different Personalities', 'Jun 15, 2026'],
  ['Embeddings: How Geometry Pretends to Be Meaning', 'Jun 8, 2026'],
  ['Pricing and Elasticity', 'Jun 7, 2026'],
  ['Causal ML Beyond Econometrics', 'Jun 7, 2026'],
  ['Fine-Tuning LLMs: When the Weight Delta Is Worth It', 'May 30, 2026'],
  ['Chunking Strategies', 'May 26, 2026'],
  ['How Text Became Geometry', 'May 21, 2026'],
  ['The Hindsight Corpus: Time in LLM Pretraining Data', 'May 13, 2026'],
  ['The Missing Now: Temporal Grounding in LLM Agents', 'May 13, 2026'],
  ['The Physics of Hallucination', 'May 8, 2026'],
];
const pageDates = new Map([...shorts, ...latestLongReads, ...favorites] as [string, string][]);
const TAG_COUNT = 41; // distinct tags on the page; the assumed fifth tag is one of them
const nothingCreated: SeedResult = { created: { posts: 0, categories: 0, tags: 0, favorites: 0, site: false } };

const dateIn = (timeZone: string) => new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', year: 'numeric' });
const pageDate = (date: Date | null) => (date ? dateIn('UTC').format(date) : null);

describe('the content fixture', () => {
  it('dates every post on the page’s calendar date for readers from UTC−10 to UTC+12', async () => {
    const zones = [
      'Pacific/Honolulu',
      'America/Los_Angeles',
      'America/New_York',
      'UTC',
      'Europe/London',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Asia/Tokyo',
      'Australia/Sydney',
      'Pacific/Auckland',
    ];
    // The range's ends really are −10 and +12 on these dates (June is winter time in Auckland).
    const offset = (timeZone: string, date: Date) =>
      new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(date).find((p) => p.type === 'timeZoneName')
        ?.value;
    const { posts } = await loadContent();
    expect(posts.map((p) => p.title).sort()).toEqual([...pageDates.keys()].sort());
    for (const post of posts) {
      const instant = new Date(post.publishedAt!);
      expect([offset('Pacific/Honolulu', instant), offset('Pacific/Auckland', instant)]).toEqual(['GMT-10', 'GMT+12']);
      for (const zone of zones)
        expect(`${post.title} in ${zone}: ${dateIn(zone).format(instant)}`).toBe(`${post.title} in ${zone}: ${pageDates.get(post.title)}`);
    }
  });

  it('has slugs made from titles and names by the project’s slug rule', async () => {
    const content = await loadContent();
    for (const post of content.posts) expect(post.slug).toBe(slugFromTitle(post.title));
    for (const category of content.categories) expect(category.slug).toBe(slugFromTitle(category.name));
  });

  describe('a broken fixture', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'seed-content-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const broken = async (file: string, edit: (json: any) => void) => {
      await cp(DEFAULT_CONTENT_DIR, dir, { recursive: true });
      const json = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
      edit(json);
      await writeFile(path.join(dir, file), JSON.stringify(json));
      return loadContent(dir);
    };

    it('is rejected with the file and JSON path of a wrong value', async () => {
      const loading = broken('posts.json', (json) => {
        json.posts[2].title = 42;
      });
      await expect(loading).rejects.toThrow(/posts\.json:\n\s+at posts\[2\]\.title: .*expected string/);
    });

    it('is rejected when a reference points nowhere or a field is misspelt', async () => {
      await expect(
        broken('favorites.json', (json) => {
          json.favorites[1] = 'no-such-post';
        }),
      ).rejects.toThrow(/favorites\.json at favorites\[1\]: unknown post "no-such-post"/);
      await expect(
        broken('posts.json', (json) => {
          json.posts[0].hasLAB = true;
        }),
      ).rejects.toThrow(/posts\.json:\n\s+at posts\[0\]: Unrecognized key: "hasLAB"/);
    });
  });
});

describe('seedContent on an empty database', () => {
  let db: TestDatabase;
  let result: SeedResult;
  beforeAll(async () => {
    db = await createTestDatabase();
    result = await seedContent(db.prisma);
  });
  afterAll(() => db?.close());

  it('creates every post, category, tag and favorite, and the site row', async () => {
    expect(result).toEqual({ created: { posts: 16, categories: 3, tags: TAG_COUNT, favorites: 11, site: true } });
    expect(await db.prisma.post.count({ where: { kind: 'SHORT', status: 'PUBLISHED' } })).toBe(4);
    expect(await db.prisma.post.count({ where: { kind: 'NOTE', status: 'PUBLISHED' } })).toBe(12);
    expect(await db.prisma.tag.count()).toBe(TAG_COUNT);
    const site = await db.prisma.site.findUniqueOrThrow({ where: { id: 1 } });
    expect(site).toMatchObject({ title: 'lenatriestounderstand', timeZone: 'UTC', favoritesRevision: 0 });
  });

  it('keeps the categories in display order with 7, 3 and 2 notes, and shorts without one', async () => {
    const categories = await db.prisma.category.findMany({
      orderBy: { position: 'asc' },
      include: { _count: { select: { posts: true } } },
    });
    expect(categories.map((c) => [c.name, c._count.posts])).toEqual([
      ['LLM', 7],
      ['Embeddings and Retrieval', 3],
      ['Econometrics', 2],
    ]);
    expect(await db.prisma.post.count({ where: { kind: 'SHORT', categoryId: { not: null } } })).toBe(0);
  });

  it('orders shorts and long reads newest first as the page does, on the page’s dates', async () => {
    const newest = (kind: 'SHORT' | 'NOTE') =>
      db.prisma.post.findMany({
        where: { kind, status: 'PUBLISHED' },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: 4,
      });
    expect((await newest('SHORT')).map((p) => [p.title, pageDate(p.publishedAt)])).toEqual(shorts);
    expect((await newest('NOTE')).map((p) => [p.title, pageDate(p.publishedAt)])).toEqual(latestLongReads);
  });

  it('keeps the Favorites in the author’s order', async () => {
    const rows = await db.prisma.favorite.findMany({ orderBy: { position: 'asc' }, include: { post: true } });
    expect(rows.map((f) => f.position)).toEqual([...Array(11).keys()]);
    expect(rows.map((f) => [f.post.title, pageDate(f.post.publishedAt)])).toEqual(favorites);
  });

  it('carries text, tags in the author’s order and the lab badge over exactly', async () => {
    const sft = await db.prisma.post.findUniqueOrThrow({ where: { slug: 'sft-imitation-and-the-ceiling-it-hits' } });
    expect(sft.summary).toBe(
      'Supervised fine-tuning is the imitation step of post-training: show the model (prompt → ideal answer) pairs and minimize cross-entropy on the target tokens. It teaches the format of being an assistant — and hits a ceiling that preference learning exists to break.',
    );
    expect(sft.body).toBe(sft.summary);
    const tagsOf = async (slug: string) =>
      (
        await db.prisma.postTag.findMany({
          where: { post: { slug } },
          orderBy: { position: 'asc' },
          include: { tag: true },
        })
      ).map((t) => t.tag.slug);
    expect(await tagsOf('how-llms-learn-human-preferences-rlhf-rlaif-and-beyond')).toEqual([
      'rlhf',
      'rlaif',
      'reward-model',
      'ppo',
      'preference-learning',
    ]);
    expect(await tagsOf('the-missing-now-temporal-grounding-in-llm-agents')).toEqual(['agents', 'temporal-grounding', 'state-management']);
    const labs = await db.prisma.post.findMany({ where: { hasLab: true }, select: { title: true } });
    expect(labs).toEqual([{ title: 'Embeddings: How Geometry Pretends to Be Meaning' }]);
  });
});

describe('seedContent on a seeded database', () => {
  // Each test seeds a database of its own.
  let db: TestDatabase;
  const fresh = async () => {
    db = await createTestDatabase();
    await seedContent(db.prisma);
  };
  afterEach(() => db?.close());
  const rowCounts = async () => ({
    posts: await db.prisma.post.count(),
    postTags: await db.prisma.postTag.count(),
    tags: await db.prisma.tag.count(),
    categories: await db.prisma.category.count(),
    favorites: await db.prisma.favorite.count(),
  });

  it('creates nothing the second time, with a few SELECTs only', async () => {
    await fresh();
    const before = await rowCounts();
    const statements: string[] = [];
    const stop = db.onStatement((sql) => statements.push(sql));
    expect(await seedContent(db.prisma)).toEqual(nothingCreated);
    stop();
    expect(statements.length).toBeLessThanOrEqual(5);
    expect(statements.every((sql) => /^\s*SELECT\b/i.test(sql))).toBe(true);
    expect(await rowCounts()).toEqual(before);
  });

  it('leaves an edited title as the author wrote it', async () => {
    await fresh();
    const slug = 'chunking-strategies';
    await db.prisma.post.update({ where: { slug }, data: { title: 'Chunking, revisited' } });
    expect(await seedContent(db.prisma)).toEqual(nothingCreated);
    expect((await db.prisma.post.findUniqueOrThrow({ where: { slug } })).title).toBe('Chunking, revisited');
  });

  it('re-creates a deleted post with its tags, duplicating nothing', async () => {
    await fresh();
    const before = await rowCounts();
    const slug = 'rlhf-from-likelihood-to-preference-in-three-stages';
    await db.prisma.post.delete({ where: { slug } });
    expect(await seedContent(db.prisma)).toEqual({ created: { ...nothingCreated.created, posts: 1 } });
    expect(await rowCounts()).toEqual(before);
    const post = await db.prisma.post.findUniqueOrThrow({
      where: { slug },
      include: { tags: { orderBy: { position: 'asc' }, include: { tag: true } } },
    });
    expect(post.tags.map((t) => [t.position, t.tag.slug])).toEqual([
      [0, 'rlhf'],
      [1, 'reward-model'],
      [2, 'ppo'],
      [3, 'preference-learning'],
    ]);
    expect(pageDate(post.publishedAt)).toBe('Jun 16, 2026');
  });

  it('refills an emptied Favorites list and counts that as a change of the list', async () => {
    await fresh();
    await db.prisma.favorite.deleteMany();
    expect(await seedContent(db.prisma)).toEqual({ created: { ...nothingCreated.created, favorites: 11 } });
    expect((await db.prisma.site.findUniqueOrThrow({ where: { id: 1 } })).favoritesRevision).toBe(1);
  });
});
