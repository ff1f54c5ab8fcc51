import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';

/** Where orchestrators ask whether this instance should get traffic. */
export const READINESS_ENDPOINT = '/readyz';

/**
 * GET /readyz: 200 `{"ready":true}` when the database answers a ping and no migration is pending
 * or failed; else 503 with `{"ready":false,"reason":"migrations","pending":[…],"failed":[…]}` or
 * `{"ready":false,"reason":"database unreachable"}` (the cause logged at warn). Liveness is Yoga's
 * own /healthz (200 while the process is up). `migrationsDir`: default prisma/migrations.
 */
export function useReadiness(options: { db: Database; logger: Logger; migrationsDir?: string }): Plugin {
  const { db, logger } = options;
  return useReadinessCheck({
    endpoint: READINESS_ENDPOINT,
    check: async ({ fetchAPI }) => {
      try {
        await db.ping();
        const status = await migrationStatus({ driver: db.driver, migrationsDir: options.migrationsDir });
        if (status.pending.length || status.failed.length) {
          return fetchAPI.Response.json(
            { ready: false, reason: 'migrations', pending: status.pending, failed: status.failed },
            { status: 503 },
          );
        }
        return fetchAPI.Response.json({ ready: true });
      } catch (error) {
        logger.warn({ err: error }, 'readiness check failed');
        return fetchAPI.Response.json({ ready: false, reason: 'database unreachable' }, { status: 503 });
      }
    },
  });
}
