// openDatabase's statement counting and the P2002 mapping, on a real database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../../../tests/support/database.ts';
import { openDatabase, uniqueConstraintOf } from './database.ts';
import { noteForCommit } from './commit-notes.ts';

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

    const interactive = await statements(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.post.create({ data: post('in-tx') });
        await tx.post.findMany({ where: { slug: 'in-tx' } });
      }),
    );
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

describe(`onCommittedWrite on ${testDatabaseKind}`, () => {
  /** What listeners heard while `fn` ran, one entry per report, each sorted. */
  async function reports(fn: () => Promise<unknown>): Promise<string[][]> {
    const heard: string[][] = [];
    const stop = db.onCommittedWrite((tables) => heard.push([...tables].sort()));
    try {
      await fn().catch(() => undefined);
    } finally {
      stop();
    }
    return heard;
  }

  it('reports a write outside a transaction when it succeeds, and nothing for reads', async () => {
    expect(await reports(() => db.prisma.tag.create({ data: { slug: 'w1', name: 'W1' } }))).toEqual([['Tag']]);
    expect(await reports(() => Promise.all([db.prisma.post.findMany(), db.prisma.tag.count(), db.prisma.$queryRaw`SELECT 1`]))).toEqual([]);
    expect(await reports(() => db.prisma.$executeRaw`UPDATE "Tag" SET "name" = 'W1 renamed' WHERE "slug" = 'w1'`)).toEqual([['Tag']]);
  });

  it("reports a transaction's writes once, after its commit, and nothing when it rolls back", async () => {
    const heard: string[][] = [];
    const stop = db.onCommittedWrite((tables) => heard.push([...tables].sort()));
    let heardBeforeCommit = -1;
    try {
      await db.prisma.$transaction(async (tx) => {
        await tx.category.create({ data: { slug: 'w2', name: 'W2', position: 10 } });
        await tx.post.create({ data: post('w2') });
        heardBeforeCommit = heard.length;
      });
    } finally {
      stop();
    }
    expect(heardBeforeCommit).toBe(0);
    expect(heard).toEqual([['Category', 'Post']]);
    const failed = await reports(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.post.create({ data: post('w3') });
        throw new Error('changed my mind');
      }),
    );
    expect(failed).toEqual([]);
    expect(await db.prisma.post.findUnique({ where: { slug: 'w3' } })).toBeNull();
  });

  it("hands a transaction's notes to the listeners with its commit, only its own, and drops them on rollback", async () => {
    const heard: (readonly string[] | null)[] = [];
    const stop = db.onCommittedWrite((_tables, notes) => heard.push(notes && [...notes].sort()));
    try {
      // Two transactions at once: each one's notes stay its own.
      await Promise.all(
        ['n1', 'n2'].map((slug) =>
          db.prisma.$transaction(async (tx) => {
            noteForCommit([`tag:${slug}`]);
            await tx.tag.create({ data: { slug, name: slug.toUpperCase() } });
            noteForCommit(['tags']);
          }),
        ),
      );
      await db.prisma
        .$transaction(async (tx) => {
          noteForCommit(['tag:n3']);
          await tx.tag.create({ data: { slug: 'n3', name: 'N3' } });
          throw new Error('changed my mind');
        })
        .catch(() => undefined);
      await db.prisma.$transaction(async (tx) => {
        noteForCommit([]);
        await tx.tag.create({ data: { slug: 'n4', name: 'N4' } });
      });
      await db.prisma.$transaction(async (tx) => tx.tag.create({ data: { slug: 'n5', name: 'N5' } }));
      noteForCommit(['tag:outside']); // outside any transaction: goes nowhere
      await db.prisma.tag.create({ data: { slug: 'n6', name: 'N6' } });
    } finally {
      stop();
    }
    expect(heard.slice(0, 2).sort()).toEqual([
      ['tag:n1', 'tags'],
      ['tag:n2', 'tags'],
    ]);
    expect(heard.slice(2)).toEqual([[], null, null]);
  });

  it('reports nothing for a write that changed no row, or that failed', async () => {
    expect(await reports(() => db.prisma.post.updateMany({ where: { slug: 'nope' }, data: { title: 'x' } }))).toEqual([]);
    await db.prisma.site.createMany({
      data: [{ id: 1, title: 't', description: '', baseUrl: 'http://x', timeZone: 'UTC' }],
      skipDuplicates: true,
    });
    expect(
      await reports(() =>
        db.prisma.site.createMany({
          data: [{ id: 1, title: 't', description: '', baseUrl: 'http://x', timeZone: 'UTC' }],
          skipDuplicates: true,
        }),
      ),
    ).toEqual([]);
    expect(await reports(() => db.prisma.tag.create({ data: { slug: 'w1', name: 'W1 again' } }))).toEqual([]); // unique violation
  });
});

describe(`uniqueConstraintOf on ${testDatabaseKind}`, () => {
  it('names the violated constraint exactly, on both drivers', async () => {
    await db.prisma.post.create({ data: post('dup') });
    const error = await db.prisma.post.create({ data: post('dup') }).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('P2002');
    expect(uniqueConstraintOf(error)).toBe('Post_slug_key');
    await db.prisma.tag.create({ data: { slug: 'same', name: 'Same' } });
    const tagSlug = await db.prisma.tag.create({ data: { slug: 'same', name: 'Other' } }).catch((e: unknown) => e);
    expect(uniqueConstraintOf(tagSlug)).toBe('Tag_slug_key');
  });

  it('names composite primary keys too', async () => {
    const p = await db.prisma.post.create({ data: post('tagged') });
    const tag = await db.prisma.tag.create({ data: { slug: 't', name: 'T' } });
    await db.prisma.postTag.create({ data: { postId: p.id, tagId: tag.id, position: 0 } });
    const error = await db.prisma.postTag.create({ data: { postId: p.id, tagId: tag.id, position: 1 } }).catch((e: unknown) => e);
    expect(uniqueConstraintOf(error)).toBe('PostTag_pkey');
  });

  it('returns null for other errors', async () => {
    const missing = await db.prisma.post.update({ where: { slug: 'nope' }, data: { title: 'x' } }).catch((e: unknown) => e);
    expect((missing as { code?: string }).code).toBe('P2025');
    expect(uniqueConstraintOf(missing)).toBeNull();
    expect(uniqueConstraintOf(new Error('P2002'))).toBeNull();
    expect(uniqueConstraintOf(null)).toBeNull();
    expect(uniqueConstraintOf({ code: 'P2002', meta: { target: 'User_email_key' } })).toBe('User_email_key');
  });
});

// Why these exist: docs/benchmarks.md, "npm run load" (new connections waited > 10 s while PGlite
// ran a burst of statements as one block), and ./turns.ts.
describe.skipIf(testDatabaseKind !== 'pglite')('PGlite statements take turns with the event loop', () => {
  /**
   * Runs `count` concurrent reads; once the first has finished, queues a setImmediate and returns
   * how many had finished when it fired (`count` = the loop never turned meanwhile).
   */
  async function burst(database: TestDatabase, count: number): Promise<number> {
    let done = 0;
    let doneWhenTheLoopTurned = -1;
    await Promise.all(
      Array.from({ length: count }, () =>
        database.prisma.post.findMany({ include: { tags: true }, take: 5 }).then(() => {
          done += 1;
          if (done === 1) setImmediate(() => (doneWhenTheLoopTurned = done));
        }),
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    return doneWhenTheLoopTurned;
  }

  it('a burst of 300 reads lets the event loop turn between slices (default 10 ms)', async () => {
    const database = await createTestDatabase();
    try {
      for (let k = 0; k < 5; k++) await database.prisma.post.create({ data: post(`turns-${k}`) });
      const seen = await burst(database, 300);
      expect(seen).toBeGreaterThan(0);
      expect(seen).toBeLessThan(300);
    } finally {
      await database.close();
    }
  });

  it('control: with no slice limit the same burst runs as one block', async () => {
    const database = await createTestDatabase({ sliceMs: Infinity });
    try {
      expect(await burst(database, 300)).toBe(300);
    } finally {
      await database.close();
    }
  });

  it('top-level reads queued behind a transaction wait for it and do not deadlock it', async () => {
    const database = await createTestDatabase({ sliceMs: 1 });
    try {
      const initial = await database.prisma.post.count();
      const reads = () => Array.from({ length: 50 }, () => database.prisma.post.count());
      const before = reads();
      const write = database.prisma.$transaction(async (tx) => {
        const created = await tx.post.create({ data: post('turns-tx') });
        await new Promise((resolve) => setTimeout(resolve, 20)); // the lock is held across a macrotask
        return tx.post.update({ where: { id: created.id }, data: { title: 'after' } });
      });
      const after = reads();
      const [counts, written, countsAfter] = await Promise.all([Promise.all(before), write, Promise.all(after)]);
      expect(written.title).toBe('after');
      // Every read saw the table before or after the whole transaction, never half of it.
      for (const n of [...counts, ...countsAfter]) expect([initial, initial + 1]).toContain(n);
      expect(await database.prisma.post.count()).toBe(initial + 1);
    } finally {
      await database.close();
    }
  });
});

// Why: PGlite's shared_buffers is resident memory of the gateway's own process (128 MB by
// default cost ~110 MB); docs/benchmarks.md, "Memory".
describe.skipIf(testDatabaseKind !== 'pglite')('PGlite on a data folder', () => {
  it('runs with the shared_buffers it is given, and with the rest of its start parameters kept', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pglite-buffers-'));
    try {
      const database = await openDatabase({ dataDir, sharedBuffersMb: 16 });
      try {
        const [buffers] = await database.driver.query<{ shared_buffers: string }>('SHOW shared_buffers');
        expect(buffers!.shared_buffers).toBe('16MB');
        // One of PGlite's defaults (defaultStartParams), which replacing its start parameters would lose.
        const [workers] = await database.driver.query<{ max_worker_processes: string }>('SHOW max_worker_processes');
        expect(workers!.max_worker_processes).toBe('0');
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
