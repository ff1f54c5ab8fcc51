// `npm run db:reset`: recreate the development database, apply the migrations, load the seed.
//   DATABASE_URL set → drop and recreate its `public` schema (everything in it, _prisma_migrations too);
//   otherwise       → delete the embedded PGlite folder DATA_DIR/pglite (default .data/pglite).
// Stop the gateway first: a PGlite folder must never be open in two processes.
// Refuses when NODE_ENV=production unless `--force` is given.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type Database } from './database.ts';
import { applyMigrations } from './migrate.ts';

const log = (msg: string) => console.log(`db:reset: ${msg}`);

/** Removes a PGlite folder, but only if it looks like one (a PostgreSQL data folder has PG_VERSION). */
function removePgliteFolder(dir: string): void {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length > 0 && !entries.includes('PG_VERSION')) {
    throw new Error(`${dir} is not a PGlite data folder (no PG_VERSION); not deleting it. Check DATA_DIR.`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  log(`deleted ${dir}`);
}

/** Loads the content if seed.ts exists and exports seedContent(prisma); skips with a message otherwise. */
async function seed(database: Database): Promise<void> {
  const file = path.join(import.meta.dirname, 'seed.ts');
  if (!fs.existsSync(file)) {
    log('no server/src/db/seed.ts yet: skipping the seed');
    return;
  }
  const module = (await import('./seed.ts' as string)) as { seedContent?: unknown };
  if (typeof module.seedContent !== 'function') {
    log('server/src/db/seed.ts exports no seedContent: skipping the seed');
    return;
  }
  const result: unknown = await module.seedContent(database.prisma);
  log(`seeded${result === undefined ? '' : `: ${JSON.stringify(result)}`}`);
}

/** Recreates the database the configuration names (DATABASE_URL, else DATA_DIR/pglite), migrates and seeds it. */
export async function resetDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<void> {
  const { databaseUrl } = config;
  let database: Database;
  if (databaseUrl) {
    database = await openDatabase({ databaseUrl });
    await database.driver.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    log(`recreated schema public in ${new URL(databaseUrl).pathname.slice(1) || 'the database'}`);
  } else {
    const dataDir = path.join(config.dataDir, 'pglite');
    removePgliteFolder(dataDir);
    database = await openDatabase({ dataDir });
  }
  try {
    const { applied } = await applyMigrations({ driver: database.driver, log });
    log(`${applied.length} migration(s) applied`);
    await seed(database);
  } finally {
    await database.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(`db:reset: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (config.nodeEnv === 'production' && !process.argv.includes('--force')) {
    console.error('db:reset: NODE_ENV=production; refusing to delete data. Add --force if you mean it.');
    process.exit(1);
  }
  resetDatabase(config).catch((error: unknown) => {
    console.error(`db:reset failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
