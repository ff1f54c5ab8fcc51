import { pathOf } from '#shared/paths.ts';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client.ts';
import { encodePostCursor, postPageArgs } from './post-query.ts';
import { defaultSite } from './site.ts';
import { storedRenderingSelect } from '../content/stored-rendering.ts';
import { publicPostSql, publicPostWhere, visibleTagWhere } from './visibility.ts';

/**
 * What the feeds (RSS, Atom, JSON Feed) and the sitemap show: public content only, as an anonymous
 * reader sees it (visibility.ts decides), read with a fixed number of statements per feed and in
 * keyset chunks for the sitemap, so neither grows with the blog in statements or memory.
 */

/** Posts in a feed: the newest 20 public ones, the count most blog engines use (WordPress' default 10, Ghost's 15, Hugo's all). */
export const FEED_SIZE = 20;

/** Whose posts a feed lists: the whole blog, one category's or one tag's (by slug). */
export type FeedScope = { kind: 'site' } | { kind: 'category'; slug: string } | { kind: 'tag'; slug: string };

/** The site settings a feed or sitemap needs. */
export interface SyndicationSite {
  title: string;
  description: string;
  baseUrl: string;
}

/** One post of a feed, newest first. `html` is null when it must be rendered again (content/stored-rendering.ts). */
export interface FeedPost {
  id: string;
  slug: string;
  title: string;
  summary: string;
  html: string | null;
  htmlVersion: number;
  readingTimeMinutes: number | null;
  publishedAt: Date;
  updatedAt: Date;
  category: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
}

/** A feed's content: the site, the scope's name and path (null for the whole blog) and its posts. */
export interface FeedContent {
  site: SyndicationSite;
  scope: { name: string; path: string } | null;
  posts: FeedPost[];
}

const siteSelect = { title: true, description: true, baseUrl: true } as const;

/** The site's settings, the defaults while no Site row exists. One statement. */
export async function syndicationSite(prisma: PrismaClient): Promise<SyndicationSite> {
  return (await prisma.site.findUnique({ where: { id: 1 }, select: siteSelect })) ?? defaultSite;
}

/**
 * The newest {@link FEED_SIZE} public posts of `scope`, with their category and tags (in the
 * author's order), or null when the category does not exist or the tag is not public (no public
 * post carries it: its name alone would reveal an unpublished topic). Two statements for the whole
 * blog, three for a category or tag, at any number of posts (relationJoins folds the relations).
 */
export async function feedContent(prisma: PrismaClient, scope: FeedScope): Promise<FeedContent | null> {
  let owner: FeedContent['scope'] = null;
  let where: Prisma.PostWhereInput = publicPostWhere();
  if (scope.kind === 'category') {
    const category = await prisma.category.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, slug: true } });
    if (!category) return null;
    owner = { name: category.name, path: pathOf('category', category.slug) };
    where = { ...publicPostWhere(), categoryId: category.id };
  } else if (scope.kind === 'tag') {
    const tag = await prisma.tag.findFirst({
      where: { slug: scope.slug, ...visibleTagWhere(null) },
      select: { id: true, name: true, slug: true },
    });
    if (!tag) return null;
    owner = { name: tag.name, path: pathOf('tag', tag.slug) };
    where = { ...publicPostWhere(), tags: { some: { tagId: tag.id } } };
  }
  const [site, rows] = await Promise.all([
    syndicationSite(prisma),
    prisma.post.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: FEED_SIZE,
      select: {
        ...storedRenderingSelect,
        slug: true,
        title: true,
        summary: true,
        publishedAt: true,
        updatedAt: true,
        category: { select: { slug: true, name: true } },
        tags: { orderBy: { position: 'asc' }, select: { tag: { select: { slug: true, name: true } } } },
      },
    }),
  ]);
  const posts = rows.map(({ tags, publishedAt, ...post }) => ({
    ...post,
    // Public posts always have a publication date (posts.ts sets it when publishing).
    publishedAt: publishedAt ?? post.updatedAt,
    tags: tags.map(({ tag }) => tag),
  }));
  return { site, scope: owner, posts };
}

/** One URL of the sitemap: a public path and when its page last changed (null: unknown). */
export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

/**
 * The sitemap's pages other than posts, in this order: the home page, every category with at least
 * one public post (an empty category page has nothing to index), every public tag. Each page's
 * last change is the newest `updatedAt` among the public posts it lists (a post's edit changes the
 * lists that show it). Three statements, each one aggregate over the public posts (for 90,000
 * public posts and 300,000 tag links: docs/benchmarks.md); the relation-per-tag form Prisma writes
 * for the same question took 31 s there.
 */
export async function sitemapTaxonomy(prisma: PrismaClient): Promise<SitemapEntry[]> {
  type Row = { slug: string; lastModified: Date };
  const [home, categories, tags] = await Promise.all([
    prisma.post.aggregate({ where: publicPostWhere(), _max: { updatedAt: true } }),
    prisma.$queryRaw<Row[]>`
      SELECT c."slug", max(p."updatedAt") AS "lastModified"
      FROM "Category" c JOIN "Post" p ON p."categoryId" = c."id"
      WHERE ${publicPostSql('p')}
      GROUP BY c."id", c."slug", c."position" ORDER BY c."position"`,
    prisma.$queryRaw<Row[]>`
      SELECT t."slug", max(p."updatedAt") AS "lastModified"
      FROM "Tag" t JOIN "PostTag" pt ON pt."tagId" = t."id" JOIN "Post" p ON p."id" = pt."postId"
      WHERE ${publicPostSql('p')}
      GROUP BY t."id", t."slug" ORDER BY t."slug"`,
  ]);
  return [
    { path: '/', lastModified: home._max.updatedAt },
    ...categories.map((row) => ({ path: pathOf('category', row.slug), lastModified: row.lastModified })),
    ...tags.map((row) => ({ path: pathOf('tag', row.slug), lastModified: row.lastModified })),
  ];
}

/** How many public posts the sitemap lists. One statement (an index-only count). */
export function publicPostCount(prisma: PrismaClient): Promise<number> {
  return prisma.post.count({ where: publicPostWhere() });
}

/** Rows per query when the sitemap walks the posts: bounds the memory of one step, not of the page. */
export const SITEMAP_CHUNK = 5_000;

/**
 * The public posts from position `offset` (0-based, newest first: the lists' keyset order,
 * post-query.ts) up to `count` of them, as sitemap entries, in chunks of `chunk` rows. Selects
 * only slug, id, publishedAt and updatedAt; finds the start with one index-only OFFSET query
 * (skipped rows are not read from the table), then walks by keyset, so a chunk costs the same
 * wherever it starts. ceil(count / chunk) + 1 statements.
 */
export async function* sitemapPosts(
  prisma: PrismaClient,
  range: { offset: number; count: number; chunk?: number },
): AsyncGenerator<SitemapEntry[]> {
  const chunk = range.chunk ?? SITEMAP_CHUNK;
  let after: string | null = null;
  if (range.offset > 0) {
    const [before] = await prisma.post.findMany({
      ...postPageArgs(publicPostWhere(), { limit: 1, inverted: false }),
      skip: range.offset - 1,
      select: { publishedAt: true, id: true },
    });
    if (!before) return;
    after = encodePostCursor(before);
  }
  let left = range.count;
  while (left > 0) {
    const rows = await prisma.post.findMany({
      ...postPageArgs(publicPostWhere(), { after, limit: Math.min(chunk, left), inverted: false }),
      select: { slug: true, id: true, publishedAt: true, updatedAt: true },
    });
    if (rows.length === 0) return;
    yield rows.map((row) => ({ path: pathOf('post', row.slug), lastModified: row.updatedAt }));
    left -= rows.length;
    if (rows.length < chunk) return;
    after = encodePostCursor(rows.at(-1)!);
  }
}
