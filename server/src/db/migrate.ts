// Applies Prisma Migrate folders (prisma/migrations/<timestamp>_<name>/migration.sql) through the
// open driver and records them in Prisma's own `_prisma_migrations` table, so that
// `prisma migrate deploy`/`status` elsewhere agree. Prisma 7 has no driver-adapter path for
// migrate; every rule below is Prisma Migrate's (docs/database.md).
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SqlDriver } from './database.ts';

/** A migration failed now or earlier; the message names it and says how to recover. */
export class MigrationError extends Error {
  readonly migration: string;
  constructor(migration: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
    this.migration = migration;
  }
}

const defaultDir = path.resolve(import.meta.dirname, '../../../prisma/migrations');
// The key Prisma's schema engine locks with, so this runner and `prisma migrate deploy` exclude each other.
const lockKey = 72707369;

// Prisma's exact DDL for the table.
const createTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksums: string[];
}
interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Migration folders in name order; checksum rule: lowercase hex SHA-256 of the raw bytes, or of the CRLF↔LF variant. */
async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: MigrationFile[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const sql = await fs.readFile(path.join(dir, entry.name, 'migration.sql'), 'utf8').catch(() => null);
    if (sql === null) continue;
    const variant = sql.includes('\r\n') ? sql.replaceAll('\r\n', '\n') : sql.replaceAll('\n', '\r\n');
    files.push({ name: entry.name, sql, checksums: [sha256(sql), sha256(variant)] });
  }
  return files;
}

async function readRows(driver: SqlDriver): Promise<Row[]> {
  const [exists] = await driver.query<{ table: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS "table"`);
  if (!exists?.table) return [];
  return driver.query<Row>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');
}

const isFailed = (row: Row) => row.finished_at === null && row.rolled_back_at === null;
const isApplied = (row: Row) => row.finished_at !== null && row.rolled_back_at === null;

function failedError(name: string, cause: string): MigrationError {
  return new MigrationError(
    name,
    `Migration ${name} failed: ${cause}. Fix the database, then delete its row from ` +
      `_prisma_migrations (or mark it rolled back: prisma migrate resolve --rolled-back ${name}) and restart.`,
  );
}

/**
 * What the database has, compared with the folders (for /readyz). Reads only; a missing
 * `_prisma_migrations` table means everything is pending.
 * Returns names: `applied` (finished, not rolled back), `failed` (started, never finished, not
 * rolled back) and `pending` (in the folder, neither applied nor failed).
 */
export async function migrationStatus(options: {
  driver: SqlDriver;
  migrationsDir?: string;
}): Promise<{ pending: string[]; failed: string[]; applied: string[] }> {
  const [files, rows] = await Promise.all([readMigrations(options.migrationsDir ?? defaultDir), readRows(options.driver)]);
  const applied = [...new Set(rows.filter(isApplied).map((r) => r.migration_name))];
  const failed = [...new Set(rows.filter(isFailed).map((r) => r.migration_name))];
  const done = new Set([...applied, ...failed]);
  return { pending: files.map((f) => f.name).filter((name) => !done.has(name)), failed, applied };
}

/**
 * Applies pending migrations in name order, each script through the simple-query protocol (one
 * implicit transaction: a failing script leaves no partial schema), with Prisma's bookkeeping.
 * On postgres it holds `pg_advisory_lock(72707369)` throughout, like Prisma's engine.
 * Throws MigrationError when a migration fails (its row keeps finished_at NULL and gets `logs`) or
 * when an earlier failure is still unresolved. A changed checksum of an applied migration is only
 * logged, as Prisma does. Returns the names applied now and how many were already applied.
 */
export async function applyMigrations(options: {
  driver: SqlDriver;
  migrationsDir?: string;
  log?: (msg: string) => void;
}): Promise<{ applied: string[]; alreadyApplied: number }> {
  const { driver, log = () => {} } = options;
  const files = await readMigrations(options.migrationsDir ?? defaultDir);
  const locked = driver.kind === 'postgres';
  if (locked) await driver.query('SELECT pg_advisory_lock($1)', [lockKey]);
  try {
    await driver.exec(createTable);
    const rows = await readRows(driver);
    const failed = rows.find(isFailed);
    if (failed) {
      const [row] = await driver.query<{ logs: string | null }>(
        'SELECT logs FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL',
        [failed.migration_name],
      );
      throw failedError(failed.migration_name, row?.logs?.trim() || 'unknown error');
    }
    const done = new Map(rows.filter(isApplied).map((r) => [r.migration_name, r.checksum]));
    const fileNames = new Set(files.map((f) => f.name));
    for (const name of done.keys()) {
      if (!fileNames.has(name)) log(`Migration ${name} is applied in the database but missing from the migrations folder.`);
    }
    const applied: string[] = [];
    for (const file of files) {
      const checksum = done.get(file.name);
      if (checksum !== undefined) {
        if (!file.checksums.includes(checksum)) {
          log(`Migration ${file.name} was modified after it was applied (checksum differs); it is not applied again.`);
        }
        continue;
      }
      const id = randomUUID();
      await driver.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)', [
        id,
        file.checksums[0],
        file.name,
      ]);
      try {
        await driver.exec(file.sql);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // A script with its own BEGIN can leave the session in an aborted transaction.
        await driver.exec('ROLLBACK').catch(() => {});
        await driver.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
        throw new MigrationError(file.name, failedError(file.name, message).message, { cause: error });
      }
      await driver.query(
        'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1',
        [id],
      );
      log(`Applied migration ${file.name}`);
      applied.push(file.name);
    }
    return { applied, alreadyApplied: files.length - applied.length };
  } finally {
    if (locked) await driver.query('SELECT pg_advisory_unlock($1)', [lockKey]).catch(() => {});
  }
}
