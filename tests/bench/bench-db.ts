// The database under `npm run bench`: embedded PGlite folders (the default), a throwaway
// PostgreSQL started with tests/support/postgres.sh (`--db pg`), or a PostgreSQL database given
// with `--database-url`, which the bench itself only reads (`noteCursorAt`, counts); the gateways
// it starts migrate it and create the bench editor, as any gateway start does.
import { execFileSync } from 'node:child_process';
import { redactUrl } from '../../server/src/config-values.ts';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import { encodePostCursor } from '../../server/src/domain/post-query.ts';
import { GENERATED_SLUG_PREFIX } from './data.ts';
import { prepareDataDirs } from './support.ts';

/** Published notes before the "page 1,000" cursor: 999 pages of 20 (the issue's targets table). */
export const DEEP_PAGE_OFFSET = 999 * 20;

export interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  /** The PostgreSQL URL the gateways and the PostGraphile peer use (PostgreSQL only). */
  databaseUrl?: string;
  /** Environment that points gateway number `index` at the data (its own folder on PGlite). */
  gatewayEnv(index: number): Record<string, string | undefined>;
  /** One line for the report: where the data is and how much of it. */
  describe: string;
  /** Cursor after the DEEP_PAGE_OFFSET-th newest published note; undefined when there are fewer. */
  deepNoteCursor: string | undefined;
  /** Removes the folders / stops the throwaway server; idempotent and synchronous (runs on exit). */
  close(): void;
}

/**
 * The cursor (encodePostCursor) of the `offset`-th newest published note, in the order the
 * public notes list pages through (publishedAt DESC, id DESC); undefined when there are fewer.
 * Reads only.
 */
export async function noteCursorAt(prisma: PrismaClient, offset: number): Promise<string | undefined> {
  const row = await prisma.post.findFirst({
    where: { status: 'PUBLISHED', kind: 'NOTE' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    skip: offset - 1,
    select: { publishedAt: true, id: true },
  });
  return row ? encodePostCursor(row) : undefined;
}

/** PGlite: one migrated, seeded (+ `count` generated posts) folder per gateway. */
export async function embeddedDatabase(count: number, gateways: number): Promise<BenchDatabase> {
  const prepared = await prepareDataDirs(count, gateways - 1, (prisma) => noteCursorAt(prisma, DEEP_PAGE_OFFSET));
  const generated = count ? ` + ${count} generated posts (${(prepared.generateMs / 1000).toFixed(1)} s)` : '';
  return {
    kind: 'pglite',
    gatewayEnv: (index) => ({ DATA_DIR: prepared.dirs[index], DATABASE_URL: undefined }),
    describe: `PGlite (embedded), the seed${generated}, one folder per gateway`,
    deepNoteCursor: prepared.inspected,
    close: () => prepared.cleanup(),
  };
}

/**
 * PostgreSQL for every gateway and the peer. With `url`: that database as it is (`count` is only
 * checked against the generated posts it holds); without: a throwaway server from
 * tests/support/postgres.sh, migrated, seeded and filled with `count` generated posts here.
 * Throws when a given database holds no generated posts but `count` asks for some.
 */
export async function postgresDatabase(options: { url?: string; count: number }): Promise<BenchDatabase> {
  const { openDatabase } = await import('../../server/src/db/database.ts');
  let stopServer = () => {};
  let url = options.url;
  let describe: string;
  if (!url) {
    const exports = execFileSync('bash', ['tests/support/postgres.sh', 'start'], { stdio: ['ignore', 'pipe', 'inherit'] }).toString();
    const value = (name: string) => new RegExp(`export ${name}='([^']*)'`).exec(exports)?.[1];
    const dir = value('PG_TEST_DIR');
    const serverUrl = value('TEST_DATABASE_URL');
    if (!dir || !serverUrl) throw new Error(`postgres.sh start printed no URL:\n${exports}`);
    let stopped = false;
    stopServer = () => {
      if (stopped) return;
      stopped = true;
      execFileSync('bash', ['tests/support/postgres.sh', 'stop', dir], { stdio: 'ignore' });
    };
    // Registered at once: a failure while filling must not leave the server running.
    process.once('exit', stopServer);
    try {
      url = await fillThrowaway(serverUrl, options.count);
    } catch (error) {
      stopServer();
      throw error;
    }
    describe = `PostgreSQL (throwaway, tests/support/postgres.sh), the seed${options.count ? ` + ${options.count} generated posts` : ''}`;
  } else {
    describe = `PostgreSQL (${redactUrl(url)}, used as it is)`;
  }
  const db = await openDatabase({ databaseUrl: url });
  let deepNoteCursor: string | undefined;
  try {
    const tables = await db.driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Post'`);
    if (tables[0]!.n > 0) {
      const generated = await db.prisma.post.count({ where: { slug: { startsWith: GENERATED_SLUG_PREFIX } } });
      const posts = await db.prisma.post.count();
      if (options.url && options.count > 0 && generated === 0)
        throw new Error(
          `--data ${options.count}: ${redactUrl(url)} holds no generated posts; fill it first (DATABASE_URL=… npm run bench:data -- --count ${options.count}) or use --db pg without --database-url`,
        );
      if (options.url) describe += `: ${posts} posts, ${generated} of them generated`;
      deepNoteCursor = await noteCursorAt(db.prisma, DEEP_PAGE_OFFSET);
    }
  } catch (error) {
    stopServer();
    throw error;
  } finally {
    await db.close();
  }
  const databaseUrl = url;
  return {
    kind: 'postgres',
    databaseUrl,
    gatewayEnv: () => ({ DATABASE_URL: databaseUrl }),
    describe,
    deepNoteCursor,
    close: stopServer,
  };
}

/** Creates database `bench` on a fresh server, migrates, seeds and fills it; returns its URL. */
async function fillThrowaway(serverUrl: string, count: number): Promise<string> {
  const { openDatabase } = await import('../../server/src/db/database.ts');
  const { applyMigrations } = await import('../../server/src/db/migrate.ts');
  const { seedContent } = await import('../../server/src/db/seed.ts');
  const { generatePosts } = await import('./data.ts');
  const admin = await openDatabase({ databaseUrl: serverUrl });
  try {
    await admin.driver.exec('CREATE DATABASE bench');
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = '/bench';
  const db = await openDatabase({ databaseUrl: url.href });
  try {
    await applyMigrations({ driver: db.driver });
    await seedContent(db.prisma);
    if (count > 0) {
      const { ms } = await generatePosts(db.prisma, { count, seed: 42 });
      console.log(`data: ${count} generated posts in ${(ms / 1000).toFixed(1)} s`);
    }
    await db.driver.exec('VACUUM ANALYZE');
  } finally {
    await db.close();
  }
  return url.href;
}
