// The cleanup of expired sessions (auth/credentials.ts deleteExpiredSessions, jobs/session-cleanup.ts):
// expired rows go, in bounded batches, live ones stay and still sign in; two cleanups at once
// (two gateways) delete each row once between them. PGlite and PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSession, deleteExpiredSessions, viewerFromSession } from '../../server/src/auth/credentials.ts';
import { startSessionCleanup } from '../../server/src/jobs/session-cleanup.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let userId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  userId = (await db.prisma.user.create({ data: { email: 'sessions@example.com', name: 'Sessions', passwordHash: 'x' } })).id;
});
afterAll(() => db.close());
beforeEach(() => db.prisma.session.deleteMany());

const HOUR = 3_600_000;

/** `expired` sessions that ended between 1 and `expired` hours ago and `live` sessions (normal 30-day ones); returns the live secrets. */
async function seedSessions(expired: number, live: number): Promise<string[]> {
  await db.prisma.session.createMany({
    data: Array.from({ length: expired }, (_, i) => ({
      userId,
      tokenHash: `expired-${i}`,
      expiresAt: new Date(Date.now() - (i + 1) * HOUR),
    })),
  });
  const secrets: string[] = [];
  for (let i = 0; i < live; i++) secrets.push((await createSession(db.prisma, userId)).secret);
  return secrets;
}

const countSessions = () => db.prisma.session.count();

describe('deleteExpiredSessions', () => {
  it('deletes at most `limit` expired sessions per call, oldest first, and never a live one', async () => {
    const live = await seedSessions(7, 3);
    expect(await deleteExpiredSessions(db.prisma, 5)).toBe(5);
    // The five that expired longest ago (3 to 7 hours) are gone; those of 1 and 2 hours ago remain.
    const left = await db.prisma.session.findMany({ where: { expiresAt: { lt: new Date() } }, orderBy: { expiresAt: 'asc' } });
    expect(left.map((s) => s.tokenHash)).toEqual(['expired-1', 'expired-0']);
    expect(await deleteExpiredSessions(db.prisma, 5)).toBe(2);
    expect(await deleteExpiredSessions(db.prisma, 5)).toBe(0);
    expect(await countSessions()).toBe(3);
    for (const secret of live) expect(await viewerFromSession(db.prisma, secret)).toMatchObject({ id: userId, via: 'session' });
  });

  it('two cleanups at once (two gateways) delete each expired session once between them', async () => {
    await seedSessions(60, 2);
    const counts = await Promise.all([deleteExpiredSessions(db.prisma, 25), deleteExpiredSessions(db.prisma, 25)]);
    const more = await Promise.all([deleteExpiredSessions(db.prisma, 25), deleteExpiredSessions(db.prisma, 25)]);
    const rest = await deleteExpiredSessions(db.prisma, 25);
    expect([...counts, ...more, rest].reduce((a, b) => a + b, 0)).toBe(60);
    expect(await countSessions()).toBe(2);
  });
});

describe('the session cleanup job', () => {
  it('runs at once, deletes batch after batch until none is expired, and leaves live sessions signed in', async () => {
    const live = await seedSessions(23, 4);
    const passes: number[] = [];
    const logged: unknown[] = [];
    const job = startSessionCleanup({
      prisma: db.prisma,
      intervalMs: 60_000,
      batchSize: 5,
      logger: { info: (fields: unknown) => logged.push(fields), error: () => {} },
      onPass: (deleted) => passes.push(deleted),
    });
    const until = Date.now() + 10_000;
    while (passes.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await job.stop();
    // One pass: five statements of 5 and one of 3.
    expect(passes).toEqual([23]);
    expect(logged).toEqual([{ deleted: 23 }]);
    expect(await countSessions()).toBe(4);
    for (const secret of live) expect(await viewerFromSession(db.prisma, secret)).not.toBeNull();
  });

  it('a session that expires later is deleted by a later pass, not before', async () => {
    await db.prisma.session.create({ data: { userId, tokenHash: 'soon', expiresAt: new Date(Date.now() + 1_500) } });
    const passes: number[] = [];
    const job = startSessionCleanup({
      prisma: db.prisma,
      intervalMs: 1_000,
      logger: { info: () => {}, error: () => {} },
      onPass: (deleted) => passes.push(deleted),
    });
    const until = Date.now() + 10_000;
    while (!passes.some((n) => n > 0) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await job.stop();
    expect(passes[0]).toBe(0);
    expect(passes.filter((n) => n > 0)).toEqual([1]);
    expect(await countSessions()).toBe(0);
  });
});
