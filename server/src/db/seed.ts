// Loads the blog's content (prisma/content/, made from a capture of the blog's home page; see
// prisma/content/README.md) into an empty or partly filled database, without touching edits.
import type { Prisma, PrismaClient } from '../__generated__/prisma/client.ts';
import { limits } from '#shared/limits.ts';
import { createMarkdownRenderer, RenderRefusedError, type MarkdownRenderer, type RenderedBody } from '../content/renderer.ts';
import { ContentError, loadContent, type CategoryContent, type Content, type PostContent, type TagContent } from './seed-content.ts';

export { ContentError, DEFAULT_CONTENT_DIR, loadContent, type Content } from './seed-content.ts';

/** What one seedContent call inserted: row counts per table, and whether it created the site row. */
export interface SeedResult {
  created: { posts: number; categories: number; tags: number; favorites: number; site: boolean };
}

type Db = Prisma.TransactionClient;

interface Missing {
  site: boolean;
  categories: CategoryContent[];
  tags: TagContent[];
  posts: PostContent[];
  /** The Favorites list is empty (the seed fills it only then: the order is the author's). */
  favorites: boolean;
}

// Five small SELECTs; on a seeded database they are all the seed costs on start-up.
async function findMissing(db: Db, content: Content): Promise<Missing> {
  const absent = <T extends { slug: string }>(items: T[], rows: { slug: string }[]) => {
    const present = new Set(rows.map((row) => row.slug));
    return items.filter((item) => !present.has(item.slug));
  };
  const slugs = (items: { slug: string }[]) => ({ where: { slug: { in: items.map((i) => i.slug) } }, select: { slug: true } });
  // Sequential, not Promise.all: PGlite has one connection, and inside a transaction the
  // statements would queue anyway.
  const site = await db.site.findUnique({ where: { id: 1 }, select: { id: true } });
  const categories = await db.category.findMany(slugs(content.categories));
  const tags = await db.tag.findMany(slugs(content.tags));
  const posts = await db.post.findMany(slugs(content.posts));
  const favorites = content.favorites.length > 0 ? await db.favorite.count() : 1;
  return {
    site: site === null,
    categories: absent(content.categories, categories),
    tags: absent(content.tags, tags),
    posts: absent(content.posts, posts),
    favorites: favorites === 0,
  };
}

const isComplete = (m: Missing) => !m.site && !m.favorites && m.categories.length + m.tags.length + m.posts.length === 0;

/**
 * Ids of fixture categories/tags by slug; falls back to the name, because both are unique: an
 * author who changed a slug but kept the name made the seed skip that row (ON CONFLICT), and
 * a re-created post should still point at it.
 */
function idsBySlug(rows: { id: string; slug: string; name: string }[], items: { slug: string; name: string }[]) {
  const ids = new Map<string, string>();
  for (const item of items) {
    const row = rows.find((r) => r.slug === item.slug) ?? rows.find((r) => r.name === item.name);
    if (row) ids.set(item.slug, row.id);
  }
  return ids;
}

type Rendering = Pick<RenderedBody, 'html' | 'htmlVersion' | 'readingTimeMinutes'>;

/** HTML and reading time of fixture posts by slug, rendered in the render pool like an editor's save. */
async function renderPosts(
  renderer: MarkdownRenderer,
  posts: PostContent[],
  into = new Map<string, Rendering>(),
): Promise<Map<string, Rendering>> {
  for (const post of posts) {
    if (into.has(post.slug)) continue;
    try {
      const { html, htmlVersion, readingTimeMinutes } = await renderer.render(post.body);
      into.set(post.slug, { html, htmlVersion, readingTimeMinutes });
    } catch (error) {
      if (error instanceof RenderRefusedError)
        throw new ContentError(`Invalid content fixture: posts.json, post "${post.slug}": ${error.message}`);
      throw error;
    }
  }
  return into;
}

async function insertMissing(tx: Db, content: Content, m: Missing, rendered: Map<string, Rendering>): Promise<SeedResult> {
  const created: SeedResult['created'] = { posts: 0, categories: 0, tags: 0, favorites: 0, site: false };
  // skipDuplicates (ON CONFLICT DO NOTHING): a concurrent seeder, or a row that clashes on its
  // other unique column (name), is left as it is instead of failing start-up.
  if (m.site) {
    const { _source, _note, _assumptions, ...site } = content.site;
    const { count } = await tx.site.createMany({ data: [{ id: 1, ...site, favoritesRevision: 0 }], skipDuplicates: true });
    created.site = count === 1;
  }
  if (m.categories.length) {
    const data = m.categories.map(({ slug, name, description, position }) => ({ slug, name, description, position }));
    created.categories = (await tx.category.createMany({ data, skipDuplicates: true })).count;
  }
  if (m.tags.length) {
    const data = m.tags.map(({ slug, name }) => ({ slug, name }));
    created.tags = (await tx.tag.createMany({ data, skipDuplicates: true })).count;
  }
  if (m.posts.length) {
    const cats = content.categories.filter((c) => m.posts.some((p) => p.categorySlug === c.slug));
    const tagItems = content.tags.filter((t) => m.posts.some((p) => p.tags.includes(t.slug)));
    const byKey = (items: { slug: string; name: string }[]) => ({
      where: { OR: [{ slug: { in: items.map((i) => i.slug) } }, { name: { in: items.map((i) => i.name) } }] },
      select: { id: true, slug: true, name: true },
    });
    const categoryIds = idsBySlug(await tx.category.findMany(byKey(cats)), cats);
    const tagIds = idsBySlug(await tx.tag.findMany(byKey(tagItems)), tagItems);
    const posts = await tx.post.createManyAndReturn({
      data: m.posts.map((p) => ({
        slug: p.slug,
        kind: p.kind,
        title: p.title,
        summary: p.summary,
        body: p.body,
        ...rendered.get(p.slug),
        hasLab: p.hasLab,
        status: p.status,
        publishedAt: p.publishedAt === null ? null : new Date(p.publishedAt),
        categoryId: p.categorySlug === null ? null : (categoryIds.get(p.categorySlug) ?? null),
      })),
      skipDuplicates: true,
      select: { id: true, slug: true },
    });
    created.posts = posts.length;
    // Tags only for the posts inserted just now: an existing post keeps the author's tags.
    const postTags = posts.flatMap(({ id, slug }) => {
      const tagSlugs = m.posts.find((p) => p.slug === slug)?.tags ?? [];
      const ids = tagSlugs.flatMap((t) => tagIds.get(t) ?? []);
      return ids.map((tagId, position) => ({ postId: id, tagId, position }));
    });
    if (postTags.length) await tx.postTag.createMany({ data: postTags, skipDuplicates: true });
  }
  if (m.favorites) {
    const rows = await tx.post.findMany({ where: { slug: { in: content.favorites } }, select: { id: true, slug: true } });
    const data = content.favorites
      .flatMap((slug) => rows.find((r) => r.slug === slug)?.id ?? [])
      .map((postId, position) => ({ postId, position }));
    created.favorites = (await tx.favorite.createMany({ data, skipDuplicates: true })).count;
    // The revision counts every change to the list (schema: Site.favoritesRevision); filling an
    // existing site's empty list is one, so a reorder based on the empty list must fail.
    if (created.favorites > 0 && !created.site) {
      await tx.site.updateMany({ where: { id: 1 }, data: { favoritesRevision: { increment: 1 } } });
    }
  }
  return { created };
}

/**
 * Loads the fixture in `options.contentDir` (default prisma/content, see its README.md) into the
 * database. Idempotent: creates only what is missing — posts, categories and tags matched by
 * slug, the site by id 1 (favoritesRevision 0), favorites only when the list is empty — and
 * never changes or deletes existing content, so the author's edits survive. Tag order goes to
 * PostTag.position, the Favorites order to Favorite.position (both 0-based). A re-created post
 * gets its fixture tags; it is not re-added to a non-empty Favorites list.
 *
 * Posts get their HTML and reading time stored like an editor's save (rendered in the render
 * pool by `options.renderer`, default: the default time budget).
 *
 * Cost: a few SELECTs when nothing is missing; otherwise the missing posts' renders, then one
 * transaction with batched inserts.
 * Rule (prisma/content/README.md): on an empty database it loads the blog's content; it never
 * duplicates rows and never overwrites edits.
 * @returns counts of the rows inserted (all 0 and site false when nothing was missing).
 * @throws ContentError (from loadContent) for a bad fixture, or a post body the renderer refuses,
 *   before any write; database errors roll the whole transaction back.
 */
export async function seedContent(
  prisma: PrismaClient,
  options: { contentDir?: string; renderer?: MarkdownRenderer } = {},
): Promise<SeedResult> {
  const content = await loadContent(options.contentDir);
  const missing = await findMissing(prisma, content);
  if (isComplete(missing)) {
    return { created: { posts: 0, categories: 0, tags: 0, favorites: 0, site: false } };
  }
  // Rendered before the transaction: on PGlite it holds the only connection.
  const renderer = options.renderer ?? createMarkdownRenderer({ timeoutMs: limits.renderTimeoutMs });
  const rendered = await renderPosts(renderer, missing.posts);
  // Checked again inside the transaction: another process may have seeded meanwhile.
  return prisma.$transaction(
    async (tx) => {
      const now = await findMissing(tx, content);
      return insertMissing(tx, content, now, await renderPosts(renderer, now.posts, rendered));
    },
    {
      maxWait: 10_000, // PGlite serialises interactive transactions: wait for another one to end
      timeout: 30_000,
    },
  );
}
