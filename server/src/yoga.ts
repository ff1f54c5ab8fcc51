import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import pino, { type Logger } from 'pino';
import type { Tracer } from '@opentelemetry/api';
import type { APQStore } from '@graphql-yoga/plugin-apq';
import { requestAuthenticator } from './auth/authenticate.ts';
import { sessionCookieJar } from './auth/session-cookie.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { GenerationCache } from './cache/generation-cache.ts';
import { usePublicCache } from './cache/use-public-cache.ts';
import { CdnPurger, useCdnPurges } from './cache/cdn-purge.ts';
import { clientAddressPolicy } from './client-address.ts';
import { loadConfig, type Config } from './config.ts';
import { createMarkdownRenderer, type MarkdownRenderer } from './content/renderer.ts';
import type { GatewayContext } from './context.ts';
import type { Database } from './db/database.ts';
import { graphiqlOptions, graphiqlTabs, renderGraphiQLOnce } from './graphiql.ts';
import { GRAPHQL_ENDPOINT } from './http/graphql-endpoint.ts';
import { GatewayMetrics } from './http/metrics.ts';
import { useMetricsEndpoint } from './http/metrics-endpoint.ts';
import { useReadiness } from './http/readiness.ts';
import { factsOf, type ServerContext } from './http/request-facts.ts';
import { shippedDocuments } from './http/trusted-documents.ts';
import { useAdminApp } from './plugins/use-admin-app.ts';
import { useApq } from './plugins/use-apq.ts';
import { useArgumentGuards } from './plugins/use-argument-guards.ts';
import { useCors } from './plugins/use-cors.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { useCsrfForCookies } from './plugins/use-csrf-for-cookies.ts';
import { useHideSuggestions } from './plugins/use-hide-suggestions.ts';
import { nestingLimit, useInputGuards } from './plugins/use-input-guards.ts';
import { useLimits } from './plugins/use-limits.ts';
import { useMetrics } from './plugins/use-metrics.ts';
import { useRateLimit } from './plugins/use-rate-limit.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { useSyndication } from './plugins/use-syndication.ts';
import { useTracing } from './plugins/use-tracing.ts';
import { useTrustedDocuments } from './plugins/use-trusted-documents.ts';
import { maskedErrors } from './masking.ts';
import { memoryRateLimits, type RateLimits } from './rate-limits.ts';
import { schema } from './schema/index.ts';
import type { SharedStateStatus } from './cluster/shared-state.ts';
import { yogaLogger } from './yoga-logger.ts';

export interface GatewayOptions {
  db: Database;
  /** Structured logger; default: pino at info level. */
  logger?: Logger;
  /**
   * Settings (config.ts); anything left out takes its documented default, so tests pass only
   * what they exercise.
   */
  config?: Partial<Config>;
  /** Delays after failed sign-ins; default: auth/login-throttle.ts's documented timings. */
  loginThrottle?: LoginThrottle;
  /** Rate-limit counters; default: in memory, sized by config (rateLimitPerMinute, loginMaxFailures). */
  rateLimits?: RateLimits;
  /** Migration folders checked by /readyz; default prisma/migrations. */
  migrationsDir?: string;
  /**
   * The built admin app (admin/dist) to serve at /admin, with `/` redirecting there
   * (plugins/use-admin-app.ts). Unset: no admin routes (API tests).
   */
  adminDir?: string;
  /**
   * The response cache's generations, when something outside Yoga serves from it too (main.ts's
   * HTTP fast path, cache/fast-path.ts). Default: a private one.
   */
  publicCache?: GenerationCache;
  /** Post body renderer; default: the shared worker pool with `config.renderTimeoutMs`. */
  renderer?: MarkdownRenderer;
  /** URLs per sitemap file before /sitemap.xml becomes an index; default SITEMAP_URL_LIMIT (50,000; tests pass fewer). */
  sitemapUrlLimit?: number;
  /** Where automatic persisted queries are kept; default: in memory, bounded (plugins/use-apq.ts). */
  apqStore?: APQStore;
  /** Where committed writes' CDN keys go (cache/cdn-purge.ts); default: one built from config (CDN_PURGE_URL, CDN_PURGE_TOKEN) and `logger`. */
  cdnPurger?: CdnPurger;
  /** Redis's state, reported by /readyz and gateway_redis_up (cluster/shared-state.ts); default: 'off'. */
  redisStatus?: () => SharedStateStatus;
  /**
   * Where requests, errors and cache lookups are counted (http/metrics.ts); main.ts shares it with
   * the fast path and the METRICS_PORT listener. Default: a registry of this gateway's own, with
   * the database pool and `redisStatus` gauges and no process metrics.
   */
  metrics?: GatewayMetrics;
  /** Makes one span per GraphQL request (plugins/use-tracing.ts); unset: no tracing. */
  tracer?: Tracer;
}

export type Gateway = YogaServerInstance<ServerContext, GatewayContext>;

/**
 * Builds the gateway's Yoga instance: GraphQL at /graphql (GraphiQL in a browser), /healthz
 * (process up) and /readyz (database reachable, no pending or failed migration), and the admin
 * app at /admin when `adminDir` is given. Never listens: main.ts does, tests call `yoga.fetch`.
 * Wiring only: each concern lives in the module its plugin comes from.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { db } = options;
  const logger = options.logger ?? pino({ level: 'info' });
  const loginThrottle = options.loginThrottle ?? new LoginThrottle();
  const config: Config = { ...loadConfig({}), ...options.config };
  const isProduction = config.nodeEnv === 'production';
  const introspection = config.introspection ?? !isProduction;
  const graphiql = config.graphiql ?? !isProduction;
  const rateLimits =
    options.rateLimits ?? memoryRateLimits({ requestsPerMinute: config.rateLimitPerMinute, loginMaxFailures: config.loginMaxFailures });
  const clientAddress = clientAddressPolicy(config.trustProxy);
  const renderer = options.renderer ?? createMarkdownRenderer({ timeoutMs: config.renderTimeoutMs });
  const publicCache = options.publicCache ?? new GenerationCache();
  const viewerOf = requestAuthenticator(db.prisma);
  const trusted = shippedDocuments({ maxTokens: config.maxTokens, graphiqlTabs });
  const metrics =
    options.metrics ?? new GatewayMetrics({ pool: () => db.connections(), redisState: options.redisStatus, processMetrics: false });
  // Operation names become metric labels only for the documents the gateway ships and trusts.
  metrics.knowOperationNames(trusted.operationNames);

  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    logging: yogaLogger(logger),
    // What clients see of errors (masked internals, 503 while the database is down, domain errors
    // mapped to their codes): masking.ts.
    maskedErrors: maskedErrors(),
    // Ours (plugins/use-cors.ts): Yoga's grants an unlisted origin `null` with credentials.
    cors: false,
    renderGraphiQL: renderGraphiQLOnce,
    graphiql: graphiql && graphiqlOptions,
    // In this order. A plugin's onRequest runs top to bottom, and one that answers stops those
    // below it; execution hooks wrap one another in the same order.
    plugins: [
      // Admin files first: they need no cookies, request log, CSRF check or rate limit.
      ...(options.adminDir ? [useAdminApp({ adminDir: options.adminDir })] : []),
      // The request's span encloses everything below (OTEL_EXPORTER_OTLP_ENDPOINT).
      ...(options.tracer ? [useTracing({ tracer: options.tracer })] : []),
      // Preflights are answered here, before anything that could refuse them.
      useCors({ origins: config.corsOrigins, endpoint: GRAPHQL_ENDPOINT }),
      // Parses the Cookie header for the session lookup and sets the session cookie on sign-in.
      useCookies(),
      // Request facts (id, start, client address) and the log line, for everything below.
      useRequestLog({ logger, clientAddress }),
      // Counts every GraphQL request when its response leaves, refusals below included.
      useMetrics({ metrics }),
      // Malformed GET parameters and deep nesting are refused before parsing can crash on them.
      useInputGuards({ maxNesting: nestingLimit(config.maxDepth) }),
      // The per-IP budget before any parsing or database work.
      ...(rateLimits.requests ? [useRateLimit({ store: rateLimits.requests })] : []),
      // /metrics on the public port unless METRICS_PORT gives it a listener of its own (main.ts):
      // within the budget above, as a scrape is not free.
      ...(config.metricsPort === undefined ? [useMetricsEndpoint({ metrics, token: config.metricsToken })] : []),
      // Feeds, sitemaps and robots.txt: public documents cached per public-cache generation.
      useSyndication({
        prisma: db.prisma,
        renderer,
        generations: publicCache,
        ttlSeconds: config.cacheTtlSeconds,
        staleSeconds: config.cacheStaleWhileRevalidateSeconds,
        sitemapUrlLimit: options.sitemapUrlLimit,
      }),
      // A cookie-authenticated request without the CSRF header is refused before it is parsed.
      useCsrfForCookies(),
      // Persisted operations, after the input guards' check of any document sent: a trusted id
      // first (and the PERSISTED_ONLY rule for documents sent as text), then an APQ hash. What
      // they resolve is parsed, limited and cached below like a document sent as text.
      useTrustedDocuments({ trusted, persistedOnly: config.persistedOnly, viewerOf }),
      useApq({ store: options.apqStore }),
      // Body size, then depth, aliases, tokens and directives (graphql-armor).
      ...useLimits(config),
      // A closed schema (production) is not mapped by the "Did you mean …?" of errors either.
      ...(introspection ? [] : [useHideSuggestions()]),
      // Before the response cache and shared reads: a refused operation is never stored or shared.
      useArgumentGuards(),
      useCostLimit({ maxCost: config.maxCost }),
      // Cache headers, ETags and 304s, shared executions of identical reads, the response cache.
      ...usePublicCache({
        ttlSeconds: config.cacheTtlSeconds,
        staleSeconds: config.cacheStaleWhileRevalidateSeconds,
        writes: db,
        cache: publicCache,
        shareReads: config.shareReads,
        onLookup: (result) => metrics.cache(result, 'graphql'),
      }),
      // The CDN keys each committed write made stale: logged, and POSTed to CDN_PURGE_URL.
      useCdnPurges({
        db,
        purger: options.cdnPurger ?? new CdnPurger({ logger, url: config.cdnPurgeUrl, token: config.cdnPurgeToken }),
      }),
      ...(introspection ? [] : [useDisableIntrospection()]),
      // GET /readyz: its own route, answered before any GraphQL handling.
      useReadiness({ db, logger, migrationsDir: options.migrationsDir, redis: options.redisStatus }),
    ],
    context: async ({ request, facts }): Promise<GatewayContext> => ({
      prisma: db.prisma,
      viewer: await viewerOf(request),
      cookies: sessionCookieJar(request),
      clientIp: factsOf({ facts }).clientAddress,
      loginThrottle,
      rateLimits,
      renderer,
      webhooks: { allowPrivate: config.webhookAllowPrivate },
    }),
  });
}
