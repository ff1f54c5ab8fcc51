// The blog's seed content (prisma/content/*.json): its shape, and loading it with checks that
// name the file and the JSON path of every mistake. Rules: prisma/content/README.md. Keys starting with "_" (_source, _note, _assumptions) are notes for
// people; they are allowed only where listed, so a misspelt field is an error, not ignored.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { limits } from '#shared/limits.ts';
import { bodySchema } from '#shared/post-rules.ts';
import { slugSchema as slug } from '#shared/slug.ts';
import { PostKind, PostStatus } from '../__generated__/prisma/enums.ts';

/** prisma/content at the repository root, independent of the working directory. */
export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../../../prisma/content/', import.meta.url));

// The limits the admin enforces (shared/src), so every seeded post is also editable there.
const text = (max: number) => z.string().trim().min(1).max(max);
const notes = { _source: z.string().optional(), _note: z.string().optional() };
const assumptions = z.array(z.string()).optional();

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone, e.g. "UTC" or "Europe/Berlin"');

const siteFile = z.strictObject({
  ...notes,
  _assumptions: assumptions,
  title: text(limits.titleMax),
  description: text(limits.summaryMax),
  baseUrl: z.url(),
  timeZone,
});
const categoriesFile = z.strictObject({
  ...notes,
  categories: z.array(
    z.strictObject({
      slug,
      name: text(limits.categoryNameMax),
      description: text(limits.categoryDescriptionMax).nullable(),
      position: z.int().min(0),
    }),
  ),
});
const tagsFile = z.strictObject({ ...notes, tags: z.array(z.strictObject({ slug, name: text(limits.tagNameMax) })) });
const postsFile = z.strictObject({
  ...notes,
  posts: z.array(
    z.strictObject({
      _assumptions: assumptions,
      slug,
      kind: z.enum(PostKind),
      title: text(limits.titleMax),
      summary: text(limits.summaryMax),
      body: bodySchema,
      categorySlug: slug.nullable(),
      tags: z.array(slug).max(limits.tagsPerPostMax),
      hasLab: z.boolean(),
      status: z.enum(PostStatus),
      // Instants with an explicit Z: a fixture date must not depend on the loader's zone.
      publishedAt: z.iso.datetime().nullable(),
    }),
  ),
});
const favoritesFile = z.strictObject({ ...notes, favorites: z.array(slug) });

export type SiteContent = z.infer<typeof siteFile>;
export type CategoryContent = z.infer<typeof categoriesFile>['categories'][number];
export type TagContent = z.infer<typeof tagsFile>['tags'][number];
export type PostContent = z.infer<typeof postsFile>['posts'][number];
/** The parsed fixture; lists keep the files' order. favorites: post slugs, the author's order. */
export interface Content {
  site: SiteContent;
  categories: CategoryContent[];
  tags: TagContent[];
  posts: PostContent[];
  favorites: string[];
}

/** A fixture mistake; the message names the file and the JSON path, e.g. `posts.json at posts[2].title`. */
export class ContentError extends Error {
  override name = 'ContentError';
}

function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('') || '(root)';
}

async function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const where = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(where, 'utf8'));
  } catch (error) {
    throw new ContentError(`Invalid content fixture ${where}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  at ${jsonPath(issue.path)}: ${issue.message}`);
  throw new ContentError(`Invalid content fixture ${where}:\n${lines.join('\n')}`);
}

/** Duplicate slugs and dangling references between the files (zod checks one file at a time). */
function crossCheck(dir: string, c: Content): void {
  const problems: string[] = [];
  const fail = (file: string, at: string, message: string) => problems.push(`${path.join(dir, file)} at ${at}: ${message}`);
  const unique = (file: string, list: string, values: string[], what: string) =>
    values.forEach((v, i) => {
      if (values.indexOf(v) !== i) fail(file, `${list}[${i}]`, `duplicate ${what} "${v}"`);
    });

  unique(
    'categories.json',
    'categories',
    c.categories.map((x) => x.slug),
    'slug',
  );
  unique(
    'categories.json',
    'categories',
    c.categories.map((x) => x.name),
    'name',
  );
  unique(
    'tags.json',
    'tags',
    c.tags.map((x) => x.slug),
    'slug',
  );
  unique(
    'tags.json',
    'tags',
    c.tags.map((x) => x.name),
    'name',
  );
  unique(
    'posts.json',
    'posts',
    c.posts.map((x) => x.slug),
    'slug',
  );
  unique('favorites.json', 'favorites', c.favorites, 'post slug');
  const categories = new Set(c.categories.map((x) => x.slug));
  const tags = new Set(c.tags.map((x) => x.slug));
  const posts = new Set(c.posts.map((x) => x.slug));
  c.posts.forEach((post, i) => {
    const at = `posts[${i}]`;
    if (post.kind === 'SHORT' && post.categorySlug !== null) fail('posts.json', `${at}.categorySlug`, 'a short has no category (null)');
    if (post.categorySlug !== null && !categories.has(post.categorySlug))
      fail('posts.json', `${at}.categorySlug`, `unknown category "${post.categorySlug}" (not in categories.json)`);
    post.tags.forEach((tag, j) => {
      if (!tags.has(tag)) fail('posts.json', `${at}.tags[${j}]`, `unknown tag "${tag}" (not in tags.json)`);
      if (post.tags.indexOf(tag) !== j) fail('posts.json', `${at}.tags[${j}]`, `duplicate tag "${tag}"`);
    });
    if (post.status === 'PUBLISHED' && post.publishedAt === null) fail('posts.json', `${at}.publishedAt`, 'a published post needs a date');
  });
  c.favorites.forEach((fav, i) => {
    if (!posts.has(fav)) fail('favorites.json', `favorites[${i}]`, `unknown post "${fav}" (not in posts.json)`);
  });
  if (problems.length) throw new ContentError(`Invalid content fixture:\n  ${problems.join('\n  ')}`);
}

/**
 * Reads and validates the fixture in `contentDir` (default: prisma/content): site.json,
 * categories.json, tags.json, posts.json, favorites.json.
 * @throws ContentError naming the file and JSON path of every problem: unreadable or invalid
 *   JSON, a wrong shape or value (zod), duplicate slugs/names, references to unknown
 *   categories, tags or posts, a short with a category, a published post without a date.
 */
export async function loadContent(contentDir: string = DEFAULT_CONTENT_DIR): Promise<Content> {
  const [site, categories, tags, posts, favorites] = await Promise.all([
    readJson(contentDir, 'site.json', siteFile),
    readJson(contentDir, 'categories.json', categoriesFile),
    readJson(contentDir, 'tags.json', tagsFile),
    readJson(contentDir, 'posts.json', postsFile),
    readJson(contentDir, 'favorites.json', favoritesFile),
  ]);
  const content: Content = {
    site,
    categories: categories.categories,
    tags: tags.tags,
    posts: posts.posts,
    favorites: favorites.favorites,
  };
  crossCheck(contentDir, content);
  return content;
}
