import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { migrationStatus } from '../db/migrate.ts';
import type { SharedStateStatus } from '../cluster/shared-state.ts';

/** Where orchestrators ask whether this instance should get traffic. */
export const READINESS_ENDPOINT = '/readyz';

/**
 * How long one database check answers every /readyz, in ms, after it settled (and while it runs).
 * /readyz is public (nginx passes it through for its own health check) and never rate limited, and
 * each check takes a pooled connection for a ping and two catalogue queries, and reads and hashes
 * every migration file: without this, an anonymous flood of /readyz queues the GraphQL requests
 * behind it for database connections. Probes come every 5–10 s (docker-compose.yml), so a second
 * of reuse delays no verdict they act on.
 */
export const READINESS_REUSE_MS = 1_000;

/** What the database part of a check found: the body and status of a refusal, or null when ready. */
type DatabaseVerdict = { status: 503; body: Record<string, unknown> } | null;

/**
 * GET /readyz: 200 `{"ready":true,"redis":"off"|"up"}` when the database answers a ping and no
 * migration is pending or failed — and also when Redis (REDIS_URL) is unreachable, then as
 * `{"ready":true,"degraded":true,"redis":"down"}`: this gateway still answers correctly (cache
 * bypassed, limits per process), so taking it out of a load balancer would only turn degraded
 * service into an outage. Otherwise 503 with `{"ready":false,"reason":"migrations","pending":[…],"failed":[…]}` or
 * `{"ready":false,"reason":"database unreachable"}` (the cause logged at warn). Liveness is Yoga's
 * own /healthz (200 while the process is up). `migrationsDir`: default prisma/migrations.
 * Concurrent requests share one database check, reused for READINESS_REUSE_MS after it settles;
 * Redis's state is read fresh for each (a field read).
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
  const checkDatabase = async (): Promise<DatabaseVerdict> => {
    try {
      await db.ping();
      const status = await migrationStatus({ driver: db.driver, migrationsDir: options.migrationsDir });
      if (status.pending.length || status.failed.length) {
        return { status: 503, body: { ready: false, reason: 'migrations', pending: status.pending, failed: status.failed } };
      }
      return null;
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      return { status: 503, body: { ready: false, reason: 'database unreachable' } };
    }
  };
  // The check in flight or last settled, and when it settled (undefined while in flight).
  let last: { verdict: Promise<DatabaseVerdict>; settledAt?: number } | undefined;
  const databaseVerdict = (): Promise<DatabaseVerdict> => {
    if (last && (last.settledAt === undefined || performance.now() - last.settledAt < READINESS_REUSE_MS)) return last.verdict;
    const current: { verdict: Promise<DatabaseVerdict>; settledAt?: number } = { verdict: checkDatabase() };
    void current.verdict.then(() => (current.settledAt = performance.now()));
    last = current;
    return current.verdict;
  };
  return useReadinessCheck({
    endpoint: READINESS_ENDPOINT,
    check: async ({ fetchAPI }) => {
      const refusal = await databaseVerdict();
      if (refusal) return fetchAPI.Response.json(refusal.body, { status: refusal.status });
      const redisStatus = redis();
      return fetchAPI.Response.json(
        redisStatus === 'down' ? { ready: true, degraded: true, redis: redisStatus } : { ready: true, redis: redisStatus },
      );
    },
  });
}
