// openDatabase's statement counting and the P2002 mapping, on a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../../../tests/support/database.ts';
import { uniqueViolationTarget } from './database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const post = (slug: string) => ({ slug, kind: 'NOTE' as const, title: slug, summary: 's', body: 'b' });

/** Statements Prisma sends while `fn` runs. */
async function statements(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const before = db.statementCount();
  const stop = db.onStatement((sql) => seen.push(sql));
  try {
    await fn();
  } finally {
    stop();
  }
  expect(db.statementCount() - before).toBe(seen.length);
  return seen;
}

describe(`openDatabase on ${testDatabaseKind}`, () => {
  it('is reachable, empty and migrated', async () => {
    await db.ping();
    expect(db.kind).toBe(testDatabaseKind);
    expect(await db.prisma.post.count()).toBe(0);
    const [row] = await db.driver.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(row!.n).toBeGreaterThan(0);
  });

  it('counts every statement Prisma sends, also inside transactions, but not its own BEGIN/COMMIT', async () => {
    const created = await statements(() => db.prisma.category.create({ data: { slug: 'c', name: 'C', position: 0 } }));
    expect(created).toEqual([expect.stringMatching(/^INSERT INTO "public"."Category"/)]);

    const interactive = await statements(() => db.prisma.$transaction(async (tx) => {
      await tx.post.create({ data: post('in-tx') });
      await tx.post.findMany({ where: { slug: 'in-tx' } });
    }));
    expect(interactive.map((sql) => sql.split(' ')[0])).toEqual(['INSERT', 'SELECT']);

    const batch = await statements(() => db.prisma.$transaction([db.prisma.post.count(), db.prisma.tag.count()]));
    expect(batch).toHaveLength(2);

    // Raw queries count too; the driver and ping do not go through Prisma.
    expect(await statements(() => db.prisma.$queryRaw`SELECT 1`)).toHaveLength(1);
    expect(await statements(() => Promise.all([db.ping(), db.driver.query('SELECT 1')]))).toEqual([]);
  });

  it('folds relations into one statement (relationJoins), so N+1 shows up in the count', async () => {
    const sql = await statements(() => db.prisma.category.findMany({ include: { posts: { include: { tags: true } } } }));
    expect(sql).toHaveLength(1);
  });

  it('stops calling a listener after unsubscribe', async () => {
    const seen: string[] = [];
    const stop = db.onStatement((s) => seen.push(s));
    await db.prisma.post.count();
    stop();
    await db.prisma.post.count();
    expect(seen).toHaveLength(1);
  });
});

describe(`uniqueViolationTarget on ${testDatabaseKind}`, () => {
  it('names the violated unique field or index (pg: index name, PGlite: field names)', async () => {
    await db.prisma.post.create({ data: post('dup') });
    const error = await db.prisma.post.create({ data: post('dup') }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('P2002');
    expect(uniqueViolationTarget(error)).toEqual(testDatabaseKind === 'postgres' ? ['Post_slug_key'] : ['slug']);
  });

  it('unquotes mixed-case composite keys', async () => {
    const p = await db.prisma.post.create({ data: post('tagged') });
    const tag = await db.prisma.tag.create({ data: { slug: 't', name: 'T' } });
    await db.prisma.postTag.create({ data: { postId: p.id, tagId: tag.id, position: 0 } });
    const error = await db.prisma.postTag.create({ data: { postId: p.id, tagId: tag.id, position: 1 } }).catch((e: unknown) => e);
    expect(uniqueViolationTarget(error)).toEqual(testDatabaseKind === 'postgres' ? ['PostTag_pkey'] : ['postId', 'tagId']);
  });

  it('returns null for other errors', async () => {
    const missing = await db.prisma.post.update({ where: { slug: 'nope' }, data: { title: 'x' } }).catch((e: unknown) => e);
    expect((missing as { code?: string }).code).toBe('P2025');
    expect(uniqueViolationTarget(missing)).toBeNull();
    expect(uniqueViolationTarget(new Error('P2002'))).toBeNull();
    expect(uniqueViolationTarget(null)).toBeNull();
    expect(uniqueViolationTarget({ code: 'P2002', meta: { target: ['email'] } })).toEqual(['email']);
  });
});
