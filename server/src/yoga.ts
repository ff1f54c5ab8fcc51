import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import pino, { type Logger } from 'pino';
import { authenticate } from './auth/authenticate.ts';
import { sessionCookieJar } from './auth/session-cookie.ts';
import { GRAPHQL_ENDPOINT } from './http/graphql-endpoint.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import type { GatewayContext } from './context.ts';
import type { Database } from './db/database.ts';
import { migrationStatus } from './db/migrate.ts';
import { graphiqlTabs } from './graphiql.ts';
import { CSRF_HEADER, useCsrfForCookies } from './plugins/use-csrf-for-cookies.ts';
import { useAdminApp } from './plugins/use-admin-app.ts';
import { useCors } from './plugins/use-cors.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { schema } from './schema/index.ts';
import { useLimits } from './plugins/use-limits.ts';
import { useHideSuggestions } from './plugins/use-hide-suggestions.ts';
import { useArgumentGuards } from './plugins/use-argument-guards.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { nestingLimit, useInputGuards } from './plugins/use-input-guards.ts';
import { maskedErrors } from './masking.ts';
import { usePublicCache, type GenerationCache } from './plugins/use-public-cache.ts';
import { useRateLimit } from './plugins/use-rate-limit.ts';
import { memoryRateLimits, type RateLimits } from './rate-limits.ts';
import { clientAddressPolicy } from './client-address.ts';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { loadConfig, type Config } from './config.ts';
import { createMarkdownRenderer, type MarkdownRenderer } from './content/renderer.ts';
import { currentRequestId } from './request-context.ts';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

let graphiqlPage: string | undefined;
/** The ~9 MB page is the same for every request (the options are fixed at start), so build it once. */
function renderGraphiQLOnce(options?: Parameters<typeof renderGraphiQL>[0]): string {
  graphiqlPage ??= renderGraphiQL(options);
  return graphiqlPage;
}

export interface GatewayOptions {
  db: Database;
  /** Structured logger; default: pino at info level. */
  logger?: Logger;
  /**
   * Settings (server/src/config.ts); anything left out takes its documented default, so tests
   * pass only what they exercise.
   */
  config?: Partial<Config>;
  loginThrottle?: LoginThrottle;
  /** Rate-limit counters; default: in memory, sized by config (rateLimitPerMinute, loginMaxFailures). */
  rateLimits?: RateLimits;
  migrationsDir?: string;
  /**
   * The built admin app (admin/dist) to serve at /admin, with `/` redirecting there
   * (plugins/use-admin-app.ts). Unset: no admin routes (API tests).
   */
  adminDir?: string;
  /**
   * The response cache's generations, when something outside Yoga serves from it too (main.ts's
   * HTTP fast path, server/src/http/get-cache.ts). Default: a private one.
   */
  publicCache?: GenerationCache;
  /** Post body renderer; default: the shared worker pool with `config.renderTimeoutMs`. */
  renderer?: MarkdownRenderer;
}

type ServerContext = { req?: { socket?: { remoteAddress?: string } } };
export type Gateway = YogaServerInstance<ServerContext, GatewayContext>;

/**
 * Builds the gateway's Yoga instance: GraphQL at /graphql (GraphiQL in a browser), /healthz
 * (process up) and /readyz (database reachable, no pending or failed migration). Never listens:
 * server/src/main.ts does, tests call `yoga.fetch`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { db } = options;
  const logger = options.logger ?? pino({ level: 'info' });
  const loginThrottle = options.loginThrottle ?? new LoginThrottle();
  const config: Config = { ...loadConfig({}), ...options.config };
  const corsOrigins = config.corsOrigins;
  const isProduction = config.nodeEnv === 'production';
  const introspection = config.introspection ?? !isProduction;
  const graphiql = config.graphiql ?? !isProduction;
  const rateLimits =
    options.rateLimits ?? memoryRateLimits({ requestsPerMinute: config.rateLimitPerMinute, loginMaxFailures: config.loginMaxFailures });
  const withRequestId = (fields: object) => ({ requestId: currentRequestId(), ...fields });
  const clientAddress = clientAddressPolicy(config.trustProxy);
  const renderer = options.renderer ?? createMarkdownRenderer({ timeoutMs: config.renderTimeoutMs });

  return createYoga<ServerContext, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    logging: {
      debug: (...args) => logger.debug(withRequestId({}), args.map(String).join(' ')),
      info: (...args) => logger.info(withRequestId({}), args.map(String).join(' ')),
      warn: (...args) => logger.warn(withRequestId({}), args.map(String).join(' ')),
      error: (...args) => logger.error(withRequestId({ err: args.find((a) => a instanceof Error) }), args.map(String).join(' ')),
    },
    // What clients see of errors: masking.ts.
    maskedErrors: maskedErrors(),
    // Ours (plugins/use-cors.ts): Yoga's grants an unlisted origin `null` with credentials.
    cors: false,
    // Self-hosted GraphiQL (assets inlined by @graphql-yoga/render-graphiql): Yoga's default loads
    // them from a CDN, which leaves "Loading…" forever on machines without internet. Rendered once.
    renderGraphiQL: renderGraphiQLOnce,
    graphiql: graphiql && {
      title: 'lenatriestounderstand — content API',
      defaultTabs: graphiqlTabs,
      additionalHeaders: { [CSRF_HEADER]: '1' },
    },
    plugins: [
      // First: admin files answer before cookie parsing, logging of GraphQL operations, CSRF.
      ...(options.adminDir ? [useAdminApp({ adminDir: options.adminDir })] : []),
      useCors({ origins: corsOrigins, endpoint: GRAPHQL_ENDPOINT }),
      useCookies(),
      useRequestLog(logger),
      useInputGuards({ maxNesting: nestingLimit(config.maxDepth) }),
      ...(rateLimits.requests ? [useRateLimit({ store: rateLimits.requests, clientAddress })] : []),
      useCsrfForCookies(),
      ...useLimits(config),
      ...(introspection ? [] : [useHideSuggestions()]),
      // Before the response cache and shared reads: a refused operation is never stored or shared.
      useArgumentGuards(),
      useCostLimit({ maxCost: config.maxCost }),
      ...usePublicCache({ ttlSeconds: config.cacheTtlSeconds, writes: db, cache: options.publicCache, shareReads: config.shareReads }),
      ...(introspection ? [] : [useDisableIntrospection()]),
      useReadinessCheck({
        endpoint: '/readyz',
        check: async ({ fetchAPI }) => {
          try {
            await db.ping();
            const status = await migrationStatus({ driver: db.driver, migrationsDir: options.migrationsDir });
            if (status.pending.length || status.failed.length) {
              return fetchAPI.Response.json({ ready: false, reason: 'migrations', pending: status.pending, failed: status.failed }, { status: 503 });
            }
            return fetchAPI.Response.json({ ready: true });
          } catch (error) {
            logger.warn({ err: error }, 'readiness check failed');
            return fetchAPI.Response.json({ ready: false, reason: 'database unreachable' }, { status: 503 });
          }
        },
      }),
    ],
    context: async ({ request, req }): Promise<GatewayContext> => ({
      prisma: db.prisma,
      viewer: await authenticate(db.prisma, request),
      cookies: sessionCookieJar(request),
      clientIp: clientAddress(req?.socket?.remoteAddress, request.headers.get('x-forwarded-for')),
      loginThrottle,
      rateLimits,
      renderer,
    }),
  });
}
