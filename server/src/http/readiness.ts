import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';
import type { SharedStateStatus } from '../cluster/shared-state.ts';

/** Where orchestrators ask whether this instance should get traffic. */
export const READINESS_ENDPOINT = '/readyz';

/**
 * GET /readyz: 200 `{"ready":true,"redis":"off"|"up"}` when the database answers a ping and no
 * migration is pending or failed — and also when Redis (REDIS_URL) is unreachable, then as
 * `{"ready":true,"degraded":true,"redis":"down"}`: this gateway still answers correctly (cache
 * bypassed, limits per process), so taking it out of a load balancer would only turn degraded
 * service into an outage. Otherwise 503 with `{"ready":false,"reason":"migrations","pending":[…],"failed":[…]}` or
 * `{"ready":false,"reason":"database unreachable"}` (the cause logged at warn). Liveness is Yoga's
 * own /healthz (200 while the process is up). `migrationsDir`: default prisma/migrations.
 */
export function useReadiness(options: {
  db: Database;
  logger: Logger;
  migrationsDir?: string;
  /** Redis's state (cluster/shared-state.ts); default: 'off'. */
  redis?: () => SharedStateStatus;
}): Plugin {
  const { db, logger } = options;
  const redis = options.redis ?? (() => 'off' as const);
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
        const redisStatus = redis();
        return fetchAPI.Response.json(
          redisStatus === 'down' ? { ready: true, degraded: true, redis: redisStatus } : { ready: true, redis: redisStatus },
        );
      } catch (error) {
        logger.warn({ err: error }, 'readiness check failed');
        return fetchAPI.Response.json({ ready: false, reason: 'database unreachable' }, { status: 503 });
      }
    },
  });
}
