// Fresh, migrated, empty databases for API tests. PGlite by default; PostgreSQL when
// TEST_DATABASE_URL is set (start one with tests/support/postgres.sh).
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../server/src/db/database.ts';
import { applyMigrations } from '../../server/src/db/migrate.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

export const testDatabaseKind: 'pglite' | 'postgres' = serverUrl ? 'postgres' : 'pglite';

let template: Promise<PGlite> | undefined;
let counter = 0;

/** One in-memory PGlite migrated per process; every test database is a clone of it (~0.6 s vs ~2 s). */
function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = new PGlite();
    await client.waitReady;
    await applyMigrations({
      driver: {
        kind: 'pglite',
        exec: async (sql) => void (await client.exec(sql)),
        query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
      },
    });
    return client;
  })();
  return template;
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
 * A fresh database with all migrations applied and no rows.
 * PGlite: a clone of the per-process template. PostgreSQL: a new database `test_<pid>_<n>` on
 * TEST_DATABASE_URL's server, migrated; its close() also drops it.
 * Close it in afterAll/afterEach (PGlite otherwise keeps the process alive).
 */
export async function createTestDatabase(): Promise<Database> {
  counter += 1;
  if (!serverUrl) {
    const clone = (await (await migratedTemplate()).clone()) as PGlite;
    return openDatabase({ pglite: clone });
  }
  const name = `test_${process.pid}_${counter}_${Date.now().toString(36)}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await applyMigrations({ driver: database.driver });
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
