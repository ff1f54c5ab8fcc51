import { PothosValidationError } from '@pothos/core';
import { createGraphQLError, createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import pino, { type Logger } from 'pino';
import { SESSION_COOKIE, viewerFromApiToken, viewerFromSession } from './auth/credentials.ts';
import { GRAPHQL_ENDPOINT } from './http/graphql-endpoint.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import type { CookieJar, GatewayContext, Viewer } from './context.ts';
import type { Database } from './db/database.ts';
import { migrationStatus } from './db/migrate.ts';
import { graphiqlTabs } from './graphiql.ts';
import { useCsrfForCookies } from './plugins/use-csrf-for-cookies.ts';
import { CSRF_HEADER } from '#shared/errors.ts';
import { useAdminApp } from './plugins/use-admin-app.ts';
import { useCors } from './plugins/use-cors.ts';
import { useRequestLog } from './plugins/use-request-log.ts';
import { GraphQLError } from 'graphql';
import { schema } from './schema/index.ts';
import { useLimits } from './plugins/use-limits.ts';
import { useHideSuggestions } from './plugins/use-hide-suggestions.ts';
import { useArgumentGuards } from './plugins/use-argument-guards.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { nestingLimit, useInputGuards } from './plugins/use-input-guards.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
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
    // Unexpected errors reach clients as "Unexpected error." with the request id (also in the
    // x-request-id header); the log line with the cause and stack carries the same id. Never
    // the dev variant: it would ship stacks, SQL and file paths.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        // The database is down or restarting: say so (503 + Retry-After), not "Unexpected error."
        // Yoga still logs the original error, with the request id, because the result differs.
        if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
        // Pothos's input checks (a malformed global ID, "Invalid global ID: zzz") are the
        // caller's mistake: shown as they are, with the code the other input errors carry.
        const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
        if (original instanceof PothosValidationError && error instanceof GraphQLError && !error.extensions['code']) {
          Object.assign(error.extensions, { code: 'BAD_USER_INPUT' });
          return error;
        }
        const masked = maskError(error, message, false);
        if (masked !== error) Object.assign((masked as GraphQLError).extensions, { requestId: currentRequestId() });
        return masked;
      },
    },
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
      viewer: await authenticate(db, request),
      cookies: cookieJar(request),
      clientIp: clientAddress(req?.socket?.remoteAddress, request.headers.get('x-forwarded-for')),
      loginThrottle,
      rateLimits,
      renderer,
    }),
  });
}

/** Seconds a client should wait before retrying while the database is unavailable. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

function databaseUnavailable(error: unknown) {
  const located = error instanceof Error && 'path' in error ? (error as GraphQLError) : undefined;
  return createGraphQLError('The database is unavailable; try again shortly.', {
    nodes: located?.nodes,
    path: located?.path,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      requestId: currentRequestId(),
      http: { status: 503, headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } },
    },
  });
}

/**
 * Bearer API token first (scripts), else the session cookie (the admin). A bad or revoked token is
 * refused (401) rather than served anonymously, so a script notices; an unknown or expired cookie
 * just means anonymous (the admin then shows its sign-in screen).
 */
async function authenticate(db: Database, request: Request): Promise<Viewer | null> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    const [scheme, secret] = authorization.trim().split(/\s+/, 2);
    const viewer = scheme?.toLowerCase() === 'bearer' && secret ? await viewerFromApiToken(db.prisma, secret) : null;
    if (!viewer) {
      throw createGraphQLError('Invalid, revoked or malformed API token (expected "Authorization: Bearer gwt_…").', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
      });
    }
    return viewer;
  }
  const cookie = await request.cookieStore?.get(SESSION_COOKIE);
  return cookie?.value ? viewerFromSession(db.prisma, cookie.value) : null;
}

function cookieJar(request: Request): CookieJar {
  const secure = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const base = { name: SESSION_COOKIE, path: '/', httpOnly: true, sameSite: 'lax' as const, secure, domain: null };
  return {
    setSession: async (value, expiresAt) => {
      await request.cookieStore?.set({ ...base, value, expires: expiresAt.getTime() });
    },
    clearSession: async () => {
      await request.cookieStore?.set({ ...base, value: '', expires: 0 });
    },
  };
}
