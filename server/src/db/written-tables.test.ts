import { describe, expect, it } from 'vitest';
import { UNKNOWN_TABLE, writtenTables } from './written-tables.ts';

describe('writtenTables', () => {
  it.each([
    // What Prisma 7 sends for the gateway's writes (seen in the statement log), and raw SQL.
    ['INSERT INTO "public"."Post" ("id","slug") VALUES ($1,$2) RETURNING "public"."Post"."id"', ['Post']],
    ['UPDATE "public"."Post" SET "title" = $1, "updatedAt" = $2 WHERE ("public"."Post"."id" = $3)', ['Post']],
    ['DELETE FROM "public"."Session" WHERE "public"."Session"."id" = $1', ['Session']],
    ['INSERT INTO "public"."Site" ("id","title") VALUES ($1,$2) ON CONFLICT DO NOTHING', ['Site']],
    [
      '\n      UPDATE "Favorite" AS f SET "position" = v.ord - 1\n      FROM unnest($1::text[]) WITH ORDINALITY AS v(id, ord)',
      ['Favorite'],
    ],
    ['INSERT INTO "Tag" ("name") VALUES ($1) ON CONFLICT ("name") DO UPDATE SET "name" = EXCLUDED."name" RETURNING "id"', ['Tag']],
    ['WITH gone AS (DELETE FROM "Post" WHERE "id" = $1 RETURNING "id") INSERT INTO "public"."ApiToken" SELECT 1', ['Post', 'ApiToken']],
    ['update post set title = $1', ['post']],
    ['TRUNCATE TABLE "Category"', ['Category']],
    ['MERGE INTO "public"."Tag" AS t USING x ON true WHEN MATCHED THEN UPDATE SET "name" = $1', ['Tag']],
  ])('%s → %j', (sql, tables) => {
    expect(writtenTables(sql)).toEqual(tables);
  });

  it.each([
    'SELECT "public"."Post"."id", "public"."Post"."updatedAt" FROM "public"."Post" WHERE "slug" = $1',
    'SELECT "id" FROM "Post" FOR UPDATE',
    ' select 1',
    'BEGIN',
    'COMMIT',
    'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
    'SAVEPOINT prisma_sp_1',
  ])('%s writes nothing', (sql) => {
    expect(writtenTables(sql)).toEqual([]);
  });

  it('a write it cannot read counts as a write to an unknown table, never as none', () => {
    for (const sql of ['CREATE TABLE x (id int)', 'COPY "Post" FROM STDIN', 'DO $$ BEGIN PERFORM 1; END $$', 'CALL purge()']) {
      expect(writtenTables(sql)).toEqual([UNKNOWN_TABLE]);
    }
  });
});
