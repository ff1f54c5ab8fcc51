import type { Logger } from 'pino';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { PUBLISH_BATCH_SIZE, publishDuePosts, type PublishedPost } from '../domain/scheduling.ts';
import { startPeriodicJob, type PeriodicJob } from './periodic.ts';

/**
 * The scheduler: every `intervalMs` (SCHEDULER_INTERVAL_MS) it publishes the SCHEDULED posts that
 * are due (domain/scheduling.ts), batch after batch until none is left. Its first pass runs at
 * once, so posts that fell due while no gateway was running are published at start-up.
 *
 * A post is published at most `intervalMs` (plus one pass) after its time; with the default of
 * 1000 ms, within the 5 s the contract promises. Several processes may run it on one PostgreSQL:
 * each due post is published by exactly one of them (row locks, see publishDuePosts). The public
 * cache purges itself: the writes go through `prisma` like any other.
 *
 * Each publication is logged at info with the delay between its time and the commit, in ms.
 */
export function startScheduler(options: {
  prisma: PrismaClient;
  intervalMs: number;
  logger: Pick<Logger, 'info' | 'error'>;
  /** Called after each committed batch (tests, metrics). */
  onPublished?: (posts: PublishedPost[]) => void;
}): PeriodicJob {
  const { prisma, logger } = options;
  return startPeriodicJob({
    intervalMs: options.intervalMs,
    run: async (signal) => {
      let batch: PublishedPost[];
      do {
        batch = await publishDuePosts(prisma);
        const committedAt = Date.now();
        for (const post of batch) {
          logger.info({ post: post.id, slug: post.slug, delayMs: committedAt - post.publishedAt.getTime() }, 'published a scheduled post');
        }
        if (batch.length) options.onPublished?.(batch);
      } while (batch.length === PUBLISH_BATCH_SIZE && !signal.aborted);
    },
    onError: (error) => logger.error({ err: error }, 'publishing scheduled posts failed'),
  });
}
