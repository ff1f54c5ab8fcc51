// The only place that listens. Start-up: config → database → migrations → content (empty
// database only) → first editor → the scheduler (its first pass publishes what fell due while
// stopped) → HTTP, then stale post HTML is re-rendered in the background.
// Shutdown on SIGINT/SIGTERM: stop accepting, let in-flight requests finish (10 s at most), stop
// the scheduler, the session cleanup, the re-rendering, the webhook deliveries and the render
// threads, close Redis and the database, send the last spans. Metrics (/metrics, or METRICS_PORT)
// and traces (OTEL_EXPORTER_OTLP_ENDPOINT): docs/operations.md.
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { ensureFirstEditor } from './auth/bootstrap.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { refreshStaleHtml } from './content/refresh-html.ts';
import { closeRenderPool, createMarkdownRenderer, warmRenderPool } from './content/renderer.ts';
import { openDatabase } from './db/database.ts';
import { applyMigrations, MigrationError } from './db/migrate.ts';
import { seedContent } from './db/seed.ts';
import { compressPages } from './http/compress-pages.ts';
import { startScheduler } from './jobs/scheduler.ts';
import { startSessionCleanup } from './jobs/session-cleanup.ts';
import { createRequestHandler, GetCache } from './cache/fast-path.ts';
import { startWebhookDeliveries } from './jobs/webhook-deliveries.ts';
import { memoryRateLimits, redisRateLimits } from './rate-limits.ts';
import { GenerationCache } from './cache/generation-cache.ts';
import { shareGeneration } from './cluster/shared-generation.ts';
import { connectSharedState, NO_SHARED_STATE } from './cluster/shared-state.ts';
import { GatewayMetrics } from './http/metrics.ts';
import { metricsListener } from './http/metrics-endpoint.ts';
import { startTracing } from './http/tracing.ts';
import { createGateway } from './yoga.ts';

const startedAt = performance.now();

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const logger = pino({ level: config.logLevel });
// First, so the provider is the process's global one before anything makes spans.
const tracing = config.otelExporterOtlpEndpoint
  ? startTracing({ endpoint: config.otelExporterOtlpEndpoint, serviceName: config.otelServiceName, register: true })
  : undefined;
// The render thread loads its pipeline while the database opens (the seed and saves need it).
warmRenderPool();
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: path.join(config.dataDir, 'pglite'),
  sharedBuffersMb: config.pgliteSharedBuffersMb,
  statementTimeoutMs: config.statementTimeoutMs,
});

try {
  const { applied } = await applyMigrations({ driver: db.driver, log: (msg) => logger.info(msg) });
  if (applied.length) logger.info({ applied }, 'applied migrations');
} catch (error) {
  if (error instanceof MigrationError) {
    logger.fatal(error.message);
    await db.close();
    process.exit(1);
  }
  throw error;
}

// Only an empty database gets the blog's content: re-seeding a used one would bring back posts
// the author deleted on purpose. `npm run db:seed` does that by hand.
const renderer = createMarkdownRenderer({ timeoutMs: config.renderTimeoutMs });
// findFirst, not count: "is there any row" must not scan 100,000 posts at every start.
const isEmpty =
  (await db.prisma.post.findFirst({ select: { id: true } })) === null &&
  (await db.prisma.site.findFirst({ select: { id: true } })) === null;
if (isEmpty) {
  const { created } = await seedContent(db.prisma, { renderer });
  logger.info(created, 'loaded the blog content into the empty database');
}

const editor = await ensureFirstEditor(db.prisma, {
  email: config.adminEmail,
  password: config.adminPassword,
  embedded: !config.databaseUrl,
});
if (editor.action === 'generated') {
  // Printed once, on purpose outside the JSON log; only the hash is stored.
  console.log(
    `\n  Admin sign-in: ${editor.email} / ${editor.password}\n  (generated now and shown once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own)\n`,
  );
} else if (editor.action === 'none' && (await db.prisma.user.count()) === 0) {
  logger.warn('No editor exists: set ADMIN_EMAIL and ADMIN_PASSWORD to create one.');
}

// admin/dist beside the server's source, whatever the working directory (`npm start` builds it).
const adminDir = fileURLToPath(new URL('../../admin/dist', import.meta.url));
// Anonymous GET /graphql cache hits are answered before Yoga (cache/fast-path.ts); it shares the
// response cache's generations (purges) and the per-IP request budget with the gateway.
// With REDIS_URL, several gateways share the cache generation and the counters through Redis
// (cluster/); the gateway starts whether or not Redis answers yet.
const sharedState = config.redisUrl ? connectSharedState({ url: config.redisUrl, prefix: config.redisKeyPrefix, logger }) : NO_SHARED_STATE;
const limitSettings = { requestsPerMinute: config.rateLimitPerMinute, loginMaxFailures: config.loginMaxFailures };
const rateLimits = sharedState.client
  ? redisRateLimits(sharedState.client, { ...limitSettings, prefix: sharedState.prefix })
  : memoryRateLimits(limitSettings);
const generations = new GenerationCache();
const stopSharingGeneration = shareGeneration(generations, sharedState, logger);
const getCache = config.cacheTtlSeconds > 0 ? new GetCache({ generations }) : undefined;
// One registry for this process: Yoga's plugins, the fast path and the metrics listener share it.
const metrics = new GatewayMetrics({ pool: () => db.connections(), redisState: sharedState.status });
const yoga = createGateway({
  db,
  logger,
  config,
  adminDir,
  rateLimits,
  publicCache: generations,
  renderer,
  redisStatus: sharedState.status,
  metrics,
  tracer: tracing?.tracer,
});
const server = createServer(
  compressPages(createRequestHandler({ yoga, getCache, requests: rateLimits.requests, trustProxy: config.trustProxy, logger, metrics })),
);
// METRICS_PORT: /metrics only here (the public port answers 404 for it), on METRICS_HOST.
const metricsServer = config.metricsPort === undefined ? undefined : createServer(metricsListener({ metrics, token: config.metricsToken }));
metricsServer?.listen(config.metricsPort, config.metricsHost, () =>
  logger.info(`metrics at http://${config.metricsHost}:${config.metricsPort}/metrics`),
);
// Scheduled posts: the first pass runs now, catching up on posts that fell due while stopped. After
// createGateway, so its publications purge the public cache like any other write.
const scheduler = startScheduler({ prisma: db.prisma, intervalMs: config.schedulerIntervalMs, logger });
server.listen(config.port, config.host, () => {
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  logger.info(
    { database: db.kind, startupMs: Math.round(performance.now() - startedAt) },
    `gateway ready at ${url}/graphql — admin at ${url}/admin/`,
  );
});

// Posts whose stored HTML is missing or from an older renderer: re-rendered while serving (reads
// of rows not reached yet render them off the event loop meanwhile).
const stopRefresh = new AbortController();
const refreshing = refreshStaleHtml({
  prisma: db.prisma,
  renderer,
  signal: stopRefresh.signal,
  onRefused: (post, reason) => logger.warn({ post }, `post body stored as plain text: ${reason}`),
}).then(
  (result) => result.rendered + result.refused + result.skipped > 0 && logger.info(result, 're-rendered stale post HTML'),
  (error: unknown) => !stopping && logger.error({ err: error }, 're-rendering stale post HTML failed'),
);

// Webhook deliveries the outbox wrote (also those left pending by a previous run): sent at once
// after each commit that enqueues one, retried on their schedule.
const webhookDeliveries = startWebhookDeliveries(db, {
  timeoutMs: config.webhookTimeoutMs,
  retryBaseMs: config.webhookRetryBaseMs,
  maxAttempts: config.webhookMaxAttempts,
  allowPrivate: config.webhookAllowPrivate,
  leaseMs: config.webhookLeaseMs,
  // One line per attempt: which gateway sent what, for an operator following a delivery across replicas.
  onAttempt: (attempt) => logger.info(attempt, 'webhook delivery attempted'),
  onError: (error) => logger.error({ err: error }, 'webhook delivery pass failed'),
});

// Expired sessions: deleted in bounded batches; with several gateways each row by one of them.
const sessionCleanup = startSessionCleanup({ prisma: db.prisma, intervalMs: config.sessionCleanupIntervalMs, logger });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing in-flight requests');
  const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  clearTimeout(force);
  metricsServer?.closeAllConnections();
  metricsServer?.close();
  stopRefresh.abort();
  await Promise.all([refreshing, scheduler.stop(), sessionCleanup.stop(), webhookDeliveries.stop()]);
  await closeRenderPool();
  stopSharingGeneration();
  await sharedState.close();
  await db.close();
  await tracing?.shutdown();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
