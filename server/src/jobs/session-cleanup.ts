import type { Logger } from 'pino';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { deleteExpiredSessions, SESSION_CLEANUP_BATCH_SIZE } from '../auth/credentials.ts';
import { startPeriodicJob, type PeriodicJob } from './periodic.ts';

/**
 * The cleanup of expired sessions: every `intervalMs` (SESSION_CLEANUP_INTERVAL_MS) it deletes the
 * sessions whose `expiresAt` is past, in batches of `batchSize` (default
 * {@link SESSION_CLEANUP_BATCH_SIZE}, one statement each), until a batch comes back short. The
 * first pass runs at once.
 *
 * Several gateway processes may run it on one PostgreSQL: each batch locks its rows with
 * `FOR UPDATE SKIP LOCKED`, so the processes split the work and none waits for another; a crash
 * mid-pass leaves the rest to the next pass of any process (nothing is claimed beyond a statement).
 *
 * A pass that deleted something is logged at info with the count.
 */
export function startSessionCleanup(options: {
  prisma: PrismaClient;
  intervalMs: number;
  logger: Pick<Logger, 'info' | 'error'>;
  batchSize?: number;
  /** Called after each pass with the number of sessions it deleted (tests). */
  onPass?: (deleted: number) => void;
}): PeriodicJob {
  const { prisma, logger } = options;
  const batchSize = options.batchSize ?? SESSION_CLEANUP_BATCH_SIZE;
  return startPeriodicJob({
    intervalMs: options.intervalMs,
    run: async (signal) => {
      let deleted = 0;
      let batch: number;
      do {
        batch = await deleteExpiredSessions(prisma, batchSize);
        deleted += batch;
      } while (batch === batchSize && !signal.aborted);
      if (deleted) logger.info({ deleted }, 'deleted expired sessions');
      options.onPass?.(deleted);
    },
    onError: (error) => logger.error({ err: error }, 'deleting expired sessions failed'),
  });
}
