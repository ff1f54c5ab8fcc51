// Fresh, migrated, empty databases for API tests. PGlite by default; PostgreSQL when
// TEST_DATABASE_URL is set (start one with tests/support/postgres.sh).
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/src/db/database.ts';
import { applyMigrations } from '../../server/src/db/migrate.ts';
import { pgliteExtensions } from '../../server/src/db/pglite-extensions.ts';
import { testEnv } from './test-env.ts';

const serverUrl = testEnv.TEST_DATABASE_URL;

export const testDatabaseKind: 'pglite' | 'postgres' = serverUrl ? 'postgres' : 'pglite';

/** A test database; `url` is set on PostgreSQL (for a second connection to the same database). */
export type TestDatabase = Database & { url?: string };

const templates = new Map<boolean, Promise<PGlite>>();
let counter = 0;

/** One in-memory PGlite per process (and per `migrated`); every test database is a clone of it (~1 s vs ~3 s). */
function template(migrated: boolean): Promise<PGlite> {
  let made = templates.get(migrated);
  if (made) return made;
  made = (async () => {
    const client = new PGlite({ extensions: pgliteExtensions });
    await client.waitReady;
    if (migrated)
      await applyMigrations({
        driver: {
          kind: 'pglite',
          exec: async (sql) => void (await client.exec(sql)),
          query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
        },
      });
    return client;
  })();
  templates.set(migrated, made);
  return made;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database with all migrations applied and no rows (`migrated: false`: no tables at all,
 * for migration tests).
 * PGlite: a clone of the per-process template. PostgreSQL: a new database `test_<pid>_<n>` on
 * TEST_DATABASE_URL's server, migrated; its close() also drops it.
 * Close it in afterAll/afterEach (PGlite otherwise keeps the process alive).
 * `sliceMs`: PGlite's time slice (OpenDatabaseOptions.sliceMs); ignored on PostgreSQL.
 */
export async function createTestDatabase(options: { migrated?: boolean; sliceMs?: number } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  counter += 1;
  if (!serverUrl) {
    const clone = (await (await template(migrated)).clone()) as PGlite;
    return openDatabase({ pglite: clone, sliceMs: options.sliceMs });
  }
  const name = `test_${process.pid}_${counter}_${Date.now().toString(36)}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database: TestDatabase = await openDatabase({ databaseUrl: url.toString() });
  database.url = url.toString();
  try {
    if (migrated) await applyMigrations({ driver: database.driver });
  } catch (error) {
    await database.close();
    await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    throw error;
  }
  const close = database.close.bind(database);
  let closing: Promise<void> | undefined;
  database.close = () => {
    closing ??= (async () => {
      await close();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    })();
    return closing;
  };
  return database;
}
