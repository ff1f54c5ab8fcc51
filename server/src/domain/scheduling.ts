import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { postSnapshot, recordPostChange } from './post-changes.ts';

/**
 * Most posts one call publishes (one transaction). A blog schedules a handful a day; the bound
 * keeps a catch-up after a long stop from holding row locks in one long transaction. The job
 * (jobs/scheduler.ts) calls again at once while a call comes back full.
 */
export const PUBLISH_BATCH_SIZE = 50;

/** A post the scheduler has just made PUBLISHED, as the write left it. */
export interface PublishedPost {
  id: string;
  slug: string;
  /** The instant it was scheduled for (unchanged by publication). */
  publishedAt: Date;
  /** Its version after the publication (one more than before). */
  version: number;
}

/**
 * Publishes the SCHEDULED posts whose `publishedAt` is not after `now` (default: the database's
 * clock, so processes on different machines agree), oldest first, at most `limit` (default
 * {@link PUBLISH_BATCH_SIZE}). One transaction: each post becomes PUBLISHED with its version
 * bumped, and its `published` change is recorded (actor null = the scheduler) with it, so the
 * revision and the webhook deliveries are committed exactly when the status is.
 *
 * Exactly once across processes: the due rows are locked with `FOR UPDATE SKIP LOCKED`, so a
 * second process running at the same time skips them instead of waiting, and once committed they
 * are no longer SCHEDULED. A post an editor changed meanwhile (unpublished, rescheduled) is
 * re-checked under the lock and left alone.
 *
 * @returns the posts published, in publication order; empty when none was due.
 */
export async function publishDuePosts(prisma: PrismaClient, options: { now?: Date; limit?: number } = {}): Promise<PublishedPost[]> {
  const limit = options.limit ?? PUBLISH_BATCH_SIZE;
  const now = options.now ?? null;
  return prisma.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Post"
      WHERE status = 'SCHEDULED' AND "publishedAt" <= COALESCE(${now}::timestamptz, now())
      ORDER BY "publishedAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    const published: PublishedPost[] = [];
    for (const { id } of due) {
      const before = await postSnapshot(tx, id);
      if (!before) continue;
      const { count } = await tx.post.updateMany({
        where: { id, status: 'SCHEDULED', version: before.version },
        data: { status: 'PUBLISHED', version: { increment: 1 } },
      });
      if (count === 0) continue;
      const after = await postSnapshot(tx, id);
      if (!after) continue;
      await recordPostChange(tx, { kind: 'published', before, after, actorId: null });
      published.push({ id, slug: after.slug, publishedAt: after.publishedAt!, version: after.version });
    }
    return published;
  });
}
