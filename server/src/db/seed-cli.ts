// `npm run db:seed`: migrate the configured database and load prisma/content into it (only what
// is missing; see seedContent). The gateway does the same on every start; this is for doing it
// by hand, e.g. after deleting posts to restore them, or against a fresh PostgreSQL.
// Settings: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded PGlite in DATA_DIR/pglite), read
// through loadConfig like the gateway, so both open the same database.
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { openDatabase } from './database.ts';
import { applyMigrations } from './migrate.ts';
import { seedContent } from './seed.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: path.join(config.dataDir, 'pglite'),
  });
  try {
    const { applied } = await applyMigrations({ driver: database.driver });
    console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Migrations: up to date');
    const { created } = await seedContent(database.prisma);
    const counts = `${created.posts} posts, ${created.categories} categories, ${created.tags} tags, ${created.favorites} favorites`;
    console.log(`Seeded ${database.kind}: ${counts}${created.site ? ', site settings' : ''}.`);
  } finally {
    await database.close(); // PGlite would otherwise keep the process alive for ~10 s
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
