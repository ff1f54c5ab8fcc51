// The migration runner against real databases (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// it must leave exactly the bookkeeping Prisma Migrate leaves (docs/database.md).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/src/db/database.ts';
import { applyMigrations, MigrationError, migrationStatus } from '../../server/src/db/migrate.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';

const realDir = path.resolve(import.meta.dirname, '../../prisma/migrations');
const realNames = fs
  .readdirSync(realDir)
  .filter((n) => fs.existsSync(path.join(realDir, n, 'migration.sql')))
  .sort();

const open: TestDatabase[] = [];
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ migrated: false });
  open.push(db);
  return db;
}

/** A temp migrations folder: { folder name: migration.sql text }. */
function migrationsDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

interface Row {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}
const rows = (db: TestDatabase) => db.driver.query<Row>('SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');
const tableExists = async (db: TestDatabase, table: string) =>
  (await db.driver.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`"${table}"`]))[0]?.t != null;

describe(`applyMigrations on ${testDatabaseKind}`, () => {
  it('applies every migration to a fresh database and records it as Prisma does', async () => {
    const db = await emptyDatabase();
    const result = await applyMigrations({ driver: db.driver });
    expect(result).toEqual({ applied: realNames, alreadyApplied: 0 });

    const recorded = await rows(db);
    expect(recorded.map((r) => r.migration_name)).toEqual(realNames);
    for (const row of recorded) {
      const sql = fs.readFileSync(path.join(realDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ applied_steps_count: 1, logs: null, rolled_back_at: null });
    }
    expect(await tableExists(db, 'Post')).toBe(true);
    expect(await migrationStatus({ driver: db.driver })).toEqual({ pending: [], failed: [], applied: realNames });
  });

  it('reports everything pending before the first run, and a re-run is a no-op', async () => {
    const db = await emptyDatabase();
    expect(await migrationStatus({ driver: db.driver })).toEqual({ pending: realNames, failed: [], applied: [] });
    await applyMigrations({ driver: db.driver });
    const before = await rows(db);
    const log: string[] = [];
    const again = await applyMigrations({ driver: db.driver, log: (m) => log.push(m) });
    expect(again).toEqual({ applied: [], alreadyApplied: realNames.length });
    expect(await rows(db)).toEqual(before);
    expect(log).toEqual([]);
  });

  it('records a failing migration, keeps no partial schema, and refuses to continue until resolved', async () => {
    const db = await emptyDatabase();
    const dir = migrationsDir({
      '001_ok': 'CREATE TABLE "one" (id INT PRIMARY KEY);',
      '002_broken': 'CREATE TABLE "two" (id INT PRIMARY KEY);\nCREATE TABLE "three" (id INT);\nSELECT * FROM "missing_table";\n',
      '003_later': 'CREATE TABLE "four" (id INT);',
    });
    const failure = await applyMigrations({ driver: db.driver, migrationsDir: dir }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migration).toBe('002_broken');
    expect((failure as Error).message).toMatch(/^Migration 002_broken failed: .*missing_table.*_prisma_migrations/s);

    const recorded = await rows(db);
    expect(recorded.map((r) => [r.migration_name, r.finished_at === null])).toEqual([
      ['001_ok', false],
      ['002_broken', true],
    ]);
    const broken = recorded[1]!;
    expect(broken.logs).toMatch(/missing_table/);
    expect(broken).toMatchObject({ applied_steps_count: 0, rolled_back_at: null });
    expect(await tableExists(db, 'one')).toBe(true);
    for (const table of ['two', 'three', 'four']) expect(await tableExists(db, table)).toBe(false);
    expect(await migrationStatus({ driver: db.driver, migrationsDir: dir })).toEqual({
      pending: ['003_later'],
      failed: ['002_broken'],
      applied: ['001_ok'],
    });

    // Fixing the file is not enough: the failed row must be resolved first, as with Prisma (P3009).
    writeMigration(dir, '002_broken', 'CREATE TABLE "two" (id INT PRIMARY KEY);');
    await expect(applyMigrations({ driver: db.driver, migrationsDir: dir })).rejects.toThrow(MigrationError);
    await expect(applyMigrations({ driver: db.driver, migrationsDir: dir })).rejects.toThrow(/missing_table/);

    // `prisma migrate resolve --rolled-back` sets rolled_back_at; then the fixed migration applies.
    await db.driver.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '002_broken'`);
    const resumed = await applyMigrations({ driver: db.driver, migrationsDir: dir });
    expect(resumed).toEqual({ applied: ['002_broken', '003_later'], alreadyApplied: 1 });
    expect(await tableExists(db, 'two')).toBe(true);
    expect(await migrationStatus({ driver: db.driver, migrationsDir: dir })).toEqual({
      pending: [],
      failed: [],
      applied: ['001_ok', '002_broken', '003_later'],
    });
  });

  it('rolls back a failing DDL script as a whole', async () => {
    const db = await emptyDatabase();
    const dir = migrationsDir({
      '001_ddl':
        'CREATE TYPE "Mood" AS ENUM (\'UP\');\nCREATE TABLE "a" (id INT, mood "Mood");\n' +
        'CREATE INDEX "a_id_idx" ON "a"(id);\nALTER TABLE "a" ADD COLUMN "id" INT;\n',
    });
    await expect(applyMigrations({ driver: db.driver, migrationsDir: dir })).rejects.toThrow(/Migration 001_ddl failed/);
    expect(await tableExists(db, 'a')).toBe(false);
    const types = await db.driver.query(`SELECT 1 FROM pg_type WHERE typname = 'Mood'`);
    expect(types).toEqual([]);
    expect((await rows(db))[0]).toMatchObject({ migration_name: '001_ddl', finished_at: null });
  });

  it('warns, without failing, when an applied migration was modified; accepts CRLF↔LF', async () => {
    const db = await emptyDatabase();
    const dir = migrationsDir({ '001_a': 'CREATE TABLE "a" (id INT);\n', '002_b': 'CREATE TABLE "b" (id INT);\n' });
    await applyMigrations({ driver: db.driver, migrationsDir: dir });

    writeMigration(dir, '001_a', 'CREATE TABLE "a" (id INT);\r\n');
    const log: string[] = [];
    await applyMigrations({ driver: db.driver, migrationsDir: dir, log: (m) => log.push(m) });
    expect(log).toEqual([]);

    writeMigration(dir, '002_b', 'CREATE TABLE "b" (id BIGINT);\n');
    const result = await applyMigrations({ driver: db.driver, migrationsDir: dir, log: (m) => log.push(m) });
    expect(result).toEqual({ applied: [], alreadyApplied: 2 });
    expect(log).toEqual([expect.stringMatching(/002_b was modified after it was applied/)]);
  });

  it.runIf(testDatabaseKind === 'postgres')('serialises concurrent runners with the advisory lock', async () => {
    const db = await emptyDatabase();
    const other = await openDatabase({ databaseUrl: db.url! });
    try {
      const dir = migrationsDir({ '001_slow': 'SELECT pg_sleep(0.3);\nCREATE TABLE "slow" (id INT);\n' });
      const results = await Promise.all([
        applyMigrations({ driver: db.driver, migrationsDir: dir }),
        applyMigrations({ driver: other.driver, migrationsDir: dir }),
      ]);
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
      expect((await rows(db)).length).toBe(1);
    } finally {
      await other.close();
    }
  });
});
