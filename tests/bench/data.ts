// `npm run bench:data [-- --count 10000 --seed 42]`: a deterministic data set for benchmarks and
// scale tests — `count` generated posts (seeded PRNG, no Math.random) on top of the blog's
// content, in the configured database (DATABASE_URL, else PGlite in DATA_DIR/pglite; migrated
// and seeded first when empty). Refuses to run twice on one database (generated slugs start
// with `gen-`). Prints what it wrote and how long it took.
//
// Shape of the data: ~10% drafts (no publishedAt), the rest published over 2019-01-01 ..
// 2026-12-31 (so they interleave with the seed's posts and fill every first page); a third
// SHORT (no category), the rest NOTE across the existing categories; 1–5 distinct tags from the
// existing tag pool in a random order; every 250th published post appended to Favorites, up to limits.favoritesMax (100) in all.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../server/src/content/renderer.ts';
import { limits } from '#shared/limits.ts';

export const GENERATED_SLUG_PREFIX = 'gen-';

export interface GenerateOptions {
  count: number;
  /** PRNG seed: the same seed on the same base content gives the same rows. */
  seed?: number;
  /** Rows per INSERT (Prisma createMany); default 1,000 (14 columns → 14,000 parameters). */
  batchSize?: number;
  /** Renders the bodies (HTML and reading time are stored like an editor's save); default: the render pool, default budget. */
  renderer?: MarkdownRenderer;
}

export interface GenerateResult {
  posts: number;
  published: number;
  drafts: number;
  postTags: number;
  favorites: number;
  ms: number;
}

/** mulberry32: a tiny, well-mixed 32-bit PRNG; deterministic for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'attention embedding gradient tokenizer retrieval chunking vector latent sampling decoding transformer ' +
  'benchmark evaluation preference reward policy alignment context window cache index query planner ' +
  'geometry entropy softmax residual normalisation distillation quantisation pruning sparse dense'
).split(' ');

/**
 * Inserts `count` generated posts (with tags and some favorites) using createMany in batches, each
 * body rendered in the render pool first (stored HTML, as the gateway writes it).
 * Needs at least one tag; categories are optional. Throws if generated posts already exist.
 */
export async function generatePosts(prisma: PrismaClient, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { count, seed = 42, batchSize = 1_000 } = options;
  const renderer = options.renderer ?? createMarkdownRenderer({ timeoutMs: limits.renderTimeoutMs });
  const existing = await prisma.post.count({ where: { slug: { startsWith: GENERATED_SLUG_PREFIX } } });
  if (existing > 0) {
    throw new Error(
      `generatePosts: this database already holds ${existing} generated posts (slugs "${GENERATED_SLUG_PREFIX}…"); use a fresh database (or DATA_DIR) instead of generating twice.`,
    );
  }
  const categories = await prisma.category.findMany({ orderBy: { slug: 'asc' }, select: { id: true } });
  const tags = await prisma.tag.findMany({ orderBy: { slug: 'asc' }, select: { id: true } });
  if (tags.length === 0) throw new Error('generatePosts: no tags to draw from — load the seed first (npm run db:seed).');
  const random = prng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const from = Date.parse('2019-01-01T00:00:00Z');
  const span = Date.parse('2026-12-31T00:00:00Z') - from;
  let favoritePosition = await prisma.favorite.count();
  const result: GenerateResult = { posts: 0, published: 0, drafts: 0, postTags: 0, favorites: 0, ms: 0 };

  for (let start = 0; start < count; start += batchSize) {
    const n = Math.min(batchSize, count - start);
    const rows = Array.from({ length: n }, (_, i) => {
      const index = start + i;
      const short = random() < 1 / 3;
      const draft = random() < 0.1;
      const title = `${words(1 + Math.floor(random() * 4))} ${index}`.replace(/^./, (c) => c.toUpperCase());
      return {
        slug: `${GENERATED_SLUG_PREFIX}${index}`,
        kind: short ? ('SHORT' as const) : ('NOTE' as const),
        title,
        summary: `${words(8 + Math.floor(random() * 12))}.`,
        body: `# ${title}\n\n${words(40 + Math.floor(random() * 80))}.\n\n- ${words(5)}\n- ${words(5)}\n`,
        categoryId: short || categories.length === 0 ? null : pick(categories).id,
        hasLab: random() < 0.2,
        status: draft ? ('DRAFT' as const) : ('PUBLISHED' as const),
        publishedAt: draft ? null : new Date(from + Math.floor(random() * span)),
      };
    });
    // Queued together: the pool renders them on all its threads.
    const rendered = await Promise.all(rows.map((row) => renderer.render(row.body)));
    const data = rows.map((row, i) => {
      const { html, htmlVersion, readingTimeMinutes } = rendered[i]!;
      return { ...row, html, htmlVersion, readingTimeMinutes };
    });
    const created = await prisma.post.createManyAndReturn({ data, select: { id: true, slug: true, status: true } });
    // createManyAndReturn does not promise the input order: key by slug.
    const bySlug = new Map(created.map((row) => [row.slug, row]));
    const postTags: { postId: string; tagId: string; position: number }[] = [];
    const favorites: { postId: string; position: number }[] = [];
    for (const row of rows) {
      const post = bySlug.get(row.slug)!;
      const chosen = new Set<string>();
      const want = 1 + Math.floor(random() * 5);
      while (chosen.size < Math.min(want, tags.length)) chosen.add(pick(tags).id);
      for (const [position, tagId] of [...chosen].entries()) postTags.push({ postId: post.id, tagId, position });
      if (post.status === 'PUBLISHED') {
        result.published += 1;
        // Never past the product's cap: a home feed with more favorites than an author can keep
        // would measure a list the API refuses to build (reorderFavorites, addFavorite).
        if (result.published % 250 === 0 && favoritePosition < limits.favoritesMax) {
          favorites.push({ postId: post.id, position: favoritePosition++ });
        }
      } else result.drafts += 1;
    }
    await prisma.postTag.createMany({ data: postTags });
    if (favorites.length) await prisma.favorite.createMany({ data: favorites });
    result.posts += n;
    result.postTags += postTags.length;
    result.favorites += favorites.length;
  }
  if (result.favorites) await prisma.site.updateMany({ where: { id: 1 }, data: { favoritesRevision: { increment: 1 } } });
  result.ms = Math.round(performance.now() - started);
  return result;
}

function flag(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a non-negative integer`);
  return value;
}

/** The CLI: opens the configured database (migrating and seeding an empty one) and generates. */
async function main(): Promise<void> {
  const { loadConfig } = await import('../../server/src/config.ts');
  const { openDatabase } = await import('../../server/src/db/database.ts');
  const { applyMigrations } = await import('../../server/src/db/migrate.ts');
  const { seedContent } = await import('../../server/src/db/seed.ts');
  const args = process.argv.slice(2);
  const count = flag(args, 'count', 10_000);
  const seed = flag(args, 'seed', 42);
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, 'pglite') });
  try {
    await applyMigrations({ driver: db.driver });
    if ((await db.prisma.post.count()) === 0) await seedContent(db.prisma);
    const result = await generatePosts(db.prisma, { count, seed });
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : path.join(config.dataDir, 'pglite');
    console.log(
      `bench:data: ${result.posts} posts (${result.published} published, ${result.drafts} drafts), ` +
        `${result.postTags} tag links, ${result.favorites} favorites into ${where} in ${(result.ms / 1000).toFixed(1)} s (seed ${seed})`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
