import path from 'node:path';
import { z } from 'zod';
import { limits } from '#shared/limits.ts';
import { normalizePassword } from './auth/normalize.ts';
import { parseTrustProxy, type TrustProxy } from './client-address.ts';
import { integer, onOff, oneOf, origins, redactUrl, shown } from './config-values.ts';

/** Thrown by {@link loadConfig}; `issues` holds one line per invalid variable, `message` all of them. */
export class ConfigError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid configuration (${count}):\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * One environment variable, declared once: loadConfig parses with `schema`, the `Config` type is
 * its output, the README table and the docker-compose test read `env`, `default`, `description`.
 */
interface Variable {
  env: string;
  /** As written in the README and parsed when the variable is unset; absent = no default. */
  default?: string;
  /** One line of Markdown for the README table. */
  description: string;
  /**
   * Parses the value (a non-empty string, or the default). Without a default it also sees
   * `undefined` for an unset variable; its output for that is the setting's "unset" value.
   */
  schema: z.ZodType<unknown, string | undefined>;
  /** Completes "expected …, got …" in the error for an invalid value. */
  expected: string;
  /** How the value appears after "got" (default: JSON-quoted). Secrets are never echoed. */
  shown?: (value: string) => string;
}

const MIN_ADMIN_PASSWORD_LENGTH = 12; // NIST SP 800-63B asks for at least 8; 12 for the only editor.
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

// Counted as the password is hashed (NFC) and in code points, as NIST SP 800-63B counts
// characters: "Crème brûlée" is 12 whether typed composed or decomposed.
const passwordLength = (value: string) => [...normalizePassword(value)].length;

/** Host names, IPv4 and IPv6 literals; anything with a scheme, path or space is a mistake. */
function hostSchema() {
  return z.string().regex(/^(\[?[0-9a-fA-F:.]+\]?|[A-Za-z0-9]([A-Za-z0-9-.]*[A-Za-z0-9])?)$/);
}

// The single declaration of every variable, in README order.
const variables = {
  /** TCP port. */
  port: {
    env: 'PORT',
    default: '4000',
    description: 'TCP port the gateway listens on.',
    schema: z
      .string()
      .regex(/^\d{1,5}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(65535)),
    expected: 'an integer 1-65535',
  },
  host: {
    // A bare start is a developer's machine with a generated admin password: don't offer it to
    // the whole network. The Docker image and docker-compose.yml set 0.0.0.0 themselves.
    env: 'HOST',
    default: '127.0.0.1',
    description: 'Interface to listen on. The default serves this machine only; the Docker image sets `0.0.0.0`.',
    schema: hostSchema(),
    expected: 'a host name or IP address',
  },
  /** Unset → the embedded PGlite database in `${dataDir}/pglite`. */
  databaseUrl: {
    env: 'DATABASE_URL',
    description: 'PostgreSQL ≥ 14 connection string (`postgresql://user:pass@host:5432/db`). Unset: embedded PGlite in `DATA_DIR/pglite`.',
    schema: z
      .string()
      .refine((value) => URL.canParse(value) && ['postgres:', 'postgresql:'].includes(new URL(value).protocol))
      .optional(),
    expected: 'a postgres:// or postgresql:// URL',
    shown: (value: string) => shown(redactUrl(value)),
  },
  /** Absolute path (DATA_DIR resolved against the working directory at load time). */
  dataDir: {
    env: 'DATA_DIR',
    default: '.data',
    description: 'Folder for local state (the embedded database lives in `DATA_DIR/pglite`), relative to the working directory.',
    schema: z.string().transform((value) => path.resolve(value)),
    expected: 'a folder',
  },
  /** PGlite's shared_buffers in MB (db/database.ts); resident memory of the gateway's process. */
  pgliteSharedBuffersMb: {
    env: 'PGLITE_SHARED_BUFFERS_MB',
    default: '16',
    description:
      "Embedded database only: PostgreSQL's page cache (`shared_buffers`) in MB, held in the gateway's own memory. PGlite's default of 128 adds ~110 MB resident and answered the blog's reads no faster; pages beyond it come from the operating system's file cache.",
    ...integer(1, 1024),
  },
  adminEmail: {
    env: 'ADMIN_EMAIL',
    description:
      'Email of the first editor (stored lowercased, Unicode NFC; sign-in ignores case): created at start-up if missing, its password reset to `ADMIN_PASSWORD` if that differs. Set both or neither.',
    schema: z.email().optional(),
    expected: 'an email address',
  },
  adminPassword: {
    env: 'ADMIN_PASSWORD',
    description: `Password of the first editor (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters; only its hash is stored). Compared in Unicode NFC: an accent typed composed or decomposed is the same password. Unset on the embedded database: one is generated and printed once.`,
    schema: z
      .string()
      .refine((value) => passwordLength(value) >= MIN_ADMIN_PASSWORD_LENGTH)
      .optional(),
    expected: `at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`,
    shown: (value: string) => `${passwordLength(value)} characters`,
  },
  /** Normalised origins (`scheme://host[:port]`, lowercase host, no trailing slash). Empty = same-origin only. */
  corsOrigins: {
    env: 'CORS_ORIGINS',
    description:
      'Comma-separated origins allowed to call `/graphql` from a browser (`https://blog.example,http://localhost:5173`). Unset: same-origin only.',
    ...origins,
  },
  logLevel: { env: 'LOG_LEVEL', default: 'info', description: `Log verbosity: ${LOG_LEVELS.join(', ')}.`, ...oneOf(LOG_LEVELS) },
  nodeEnv: {
    env: 'NODE_ENV',
    default: 'development',
    description: `${NODE_ENVS.join(', ')}. The Docker image sets \`production\`.`,
    ...oneOf(NODE_ENVS),
  },
  /** Introspection queries allowed; unset → on except in production. */
  introspection: {
    env: 'INTROSPECTION',
    description: 'on/off: answer introspection queries. Unset: on, except when `NODE_ENV=production`.',
    ...onOff,
    schema: onOff.schema.optional(),
  },
  /** GraphiQL served at /graphql to browsers; unset → on except in production. */
  graphiql: {
    env: 'GRAPHIQL',
    description: 'on/off: serve GraphiQL to browsers at `/graphql`. Unset: on, except when `NODE_ENV=production`.',
    ...onOff,
    schema: onOff.schema.optional(),
  },
  // Query limits (graphql-armor): sized from our own operations with headroom (the admin's
  // deepest query has depth 6, the home feed ~60 fields); each refusal is a GraphQL error naming the limit.
  maxDepth: { env: 'MAX_DEPTH', default: '10', description: 'Deepest field nesting accepted in an operation.', ...integer(1, 100) },
  maxAliases: { env: 'MAX_ALIASES', default: '15', description: 'Most aliases in one operation.', ...integer(0, 1000) },
  maxTokens: { env: 'MAX_TOKENS', default: '2000', description: 'Most lexical tokens in one document.', ...integer(100, 100_000) },
  maxDirectives: { env: 'MAX_DIRECTIVES', default: '20', description: 'Most directives in one operation.', ...integer(0, 1000) },
  maxCost: {
    env: 'MAX_COST',
    default: '20000',
    description:
      "Highest estimated cost of one operation, with its variables: a leaf field 1, any other 1 + its selection × (`first`/`last`, else the default page size; a list argument's length; a list's maximum). 100 posts with every field (tags and category included) cost ~8,100; the admin's largest operation ~1,600.",
    ...integer(10, 1_000_000),
  },
  /** Largest request body accepted, in bytes (413 beyond). */
  maxBodyBytes: {
    env: 'MAX_BODY_BYTES',
    default: '1048576',
    description: 'Largest request body in bytes (a 200,000-character post body is at most 800 KB of UTF-8); larger: 413.',
    ...integer(1024, 100_000_000),
  },
  /** PostgreSQL statement_timeout for every query, in milliseconds (0 = none). */
  statementTimeoutMs: {
    env: 'STATEMENT_TIMEOUT_MS',
    default: '5000',
    description: 'Database statement timeout in milliseconds (0 = none).',
    ...integer(0, 3_600_000),
  },
  /** General request budget per client IP per minute (0 = unlimited). */
  rateLimitPerMinute: {
    env: 'RATE_LIMIT_PER_MINUTE',
    default: '1200',
    description: 'Requests per client IP per minute before 429 (0 = unlimited).',
    ...integer(0, 10_000_000),
  },
  /** Failed sign-ins allowed per account and per IP within 15 minutes before refusing. */
  loginMaxFailures: {
    env: 'LOGIN_MAX_FAILURES',
    default: '10',
    description: 'Failed sign-ins per account and per IP within 15 minutes before further attempts are refused.',
    ...integer(1, 10_000),
  },
  /** Which peers may name the client in X-Forwarded-For: 0 = none, a hop count, or proxy addresses/CIDRs (client-address.ts). */
  trustProxy: {
    env: 'TRUST_PROXY',
    default: 'off',
    description:
      'Which proxies in front of the gateway may name the client in `X-Forwarded-For`: `off`; a hop count (`1` = one reverse proxy; `on` means `1`); or their addresses/CIDRs (`127.0.0.1,10.0.0.0/8`, also `loopback`, `linklocal`, `uniquelocal`). The client is the rightmost address not written by a trusted proxy; rate limits and sign-in lockouts count that address.',
    schema: z.string().transform((value, ctx): TrustProxy => {
      const trust = parseTrustProxy(value);
      if (trust === null) ctx.addIssue({ code: 'custom', input: value });
      return trust ?? 0;
    }),
    expected: 'off, on, a hop count (0-99) or comma-separated proxy addresses/CIDRs (10.0.0.0/8, loopback)',
  },
  /** Unset → every counter and the cache generation stay in this process (server/src/cluster/shared-state.ts). */
  redisUrl: {
    env: 'REDIS_URL',
    description:
      'Redis shared by several gateways (`redis://[:password@]host:6379[/db]` or `rediss://` for TLS): the public cache generation, rate limits and sign-in attempt counters. Unset: all in this process (one gateway). If Redis becomes unreachable, requests are still answered (cache bypassed, limits per process) and `/readyz` says degraded.',
    schema: z
      .string()
      .refine((value) => URL.canParse(value) && ['redis:', 'rediss:'].includes(new URL(value).protocol))
      .optional(),
    expected: 'a redis:// or rediss:// URL',
    shown: (value: string) => shown(redactUrl(value)),
  },
  /** Prefix of every Redis key and channel this gateway uses. */
  redisKeyPrefix: {
    env: 'REDIS_KEY_PREFIX',
    default: 'blog-gateway:',
    description:
      'Prefix of every Redis key and channel, so several deployments can share one Redis; gateways of one deployment must use the same.',
    schema: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/),
    expected: '1-64 characters of A-Z a-z 0-9 : _ . -',
  },
  /** Max-age of cached anonymous GET responses, in seconds (0 = no response cache). */
  cacheTtlSeconds: {
    env: 'CACHE_TTL_SECONDS',
    default: '60',
    description: 'How long anonymous read results stay in the response cache, in seconds (0 = off).',
    ...integer(0, 86_400),
  },
  /** How long a CDN may serve an anonymous answer stale while it refetches, in seconds (cache/cdn.ts's publicCacheControl). */
  cacheStaleWhileRevalidateSeconds: {
    env: 'CACHE_STALE_WHILE_REVALIDATE_SECONDS',
    default: '60',
    description:
      'The `stale-while-revalidate` of anonymous cacheable answers (`Cache-Control: public, max-age=0, s-maxage=<CACHE_TTL_SECONDS>, stale-while-revalidate=<this>`): how long a CDN may keep serving an expired answer while it fetches a fresh one, in seconds. A purge (`CDN_PURGE_URL`) drops answers at once regardless. See docs/caching.md.',
    ...integer(0, 86_400),
  },
  /** Unset → purge keys are only logged (cache/cdn-purge.ts). */
  cdnPurgeUrl: {
    env: 'CDN_PURGE_URL',
    description:
      'Where each committed change POSTs the CDN keys it made stale, as JSON `{"keys": [...]}` (at most 256 per request; 5 s timeout, 3 retries with backoff; never delays or fails the write). Point it at your CDN\'s purge API or a small relay (docs/caching.md). Unset: the keys are only logged (`cdn purge`).',
    schema: z
      .string()
      .refine((value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol))
      .optional(),
    expected: 'an http:// or https:// URL',
    shown: (value: string) => shown(redactUrl(value)),
  },
  /** Sent as `Authorization: Bearer <token>` with each purge. */
  cdnPurgeToken: {
    env: 'CDN_PURGE_TOKEN',
    description: 'Bearer token sent with each purge request to `CDN_PURGE_URL` (`Authorization: Bearer <token>`).',
    schema: z
      .string()
      .regex(/^[\x21-\x7e]+$/)
      .optional(),
    expected: 'printable ASCII without spaces',
    shown: (value: string) => `${value.length} characters`,
  },
  /** Anonymous callers may run only trusted documents and known persisted-query hashes (plugins/use-trusted-documents.ts). */
  persistedOnly: {
    env: 'PERSISTED_ONLY',
    default: 'off',
    description:
      "on/off: anonymous requests may run only trusted documents (the admin's, GraphiQL's tabs; by id or as text) and persisted-query hashes already known; any other document, and registering a new hash, is refused with `PERSISTED_QUERY_ONLY` (403). Signed-in editors (session or API token) are not limited. Meant for production.",
    ...onOff,
  },
  /** Identical anonymous reads in flight share one execution (plugins/use-read-coalescing.ts). */
  shareReads: {
    env: 'SHARE_READS',
    default: 'on',
    description:
      'on/off: identical anonymous queries that arrive while one is running wait for it and share its result (never across a mutation; editors never share).',
    ...onOff,
  },
  /** Longest one Markdown render may run in its worker thread, in ms (content/renderer.ts). */
  renderTimeoutMs: {
    env: 'RENDER_TIMEOUT_MS',
    default: String(limits.renderTimeoutMs),
    description:
      'Longest a post body may take to render to HTML, in milliseconds (in a worker thread; past it the render is stopped and the save refused). Ordinary 200,000-character bodies take 1–16 s on a 2-core machine.',
    ...integer(100, 600_000),
  },
  /** Milliseconds between two passes of the scheduler (jobs/scheduler.ts). */
  schedulerIntervalMs: {
    env: 'SCHEDULER_INTERVAL_MS',
    default: '1000',
    description:
      'How often scheduled posts that are due get published, in milliseconds: a post goes public at most this long (plus one database pass) after its time. Each pass is one indexed query.',
    ...integer(100, 60_000),
  },
  /** Milliseconds between two passes of the expired-session cleanup (jobs/session-cleanup.ts). */
  sessionCleanupIntervalMs: {
    env: 'SESSION_CLEANUP_INTERVAL_MS',
    default: '3600000',
    description:
      'How often sessions past their expiry are deleted, in milliseconds (default one hour; 500 rows per statement until none is left). Expired sessions sign nobody in meanwhile; this only keeps the table small. Several gateways share the work.',
    ...integer(1000, 86_400_000),
  },
  /** Webhooks may go to loopback, private and link-local addresses (domain/webhook-address.ts). */
  webhookAllowPrivate: {
    env: 'WEBHOOK_ALLOW_PRIVATE',
    default: 'off',
    description:
      'on/off: let webhooks go to loopback, private, link-local and other non-public addresses (checked after DNS resolution, at save and at every delivery). Off protects the internal network from requests an editor could aim at it.',
    ...onOff,
  },
  /** Longest one webhook delivery attempt may take, in ms (DNS, connect, request and the whole response). */
  webhookTimeoutMs: {
    env: 'WEBHOOK_TIMEOUT_MS',
    default: '10000',
    description: 'Longest one webhook delivery attempt may take, in milliseconds; a slower receiver counts as a failed attempt.',
    ...integer(100, 300_000),
  },
  /** First retry delay; attempt n waits base·2^(n-1) ±20 % (jobs/webhook-deliveries.ts). */
  webhookRetryBaseMs: {
    env: 'WEBHOOK_RETRY_BASE_MS',
    default: '5000',
    description:
      'Delay before the first retry of a failed webhook delivery, in milliseconds; each further retry waits twice as long (±20 % jitter): 5 s, 10 s, 20 s … with the default.',
    ...integer(1, 3_600_000),
  },
  /** Attempts before a delivery is FAILED; the Standard Webhooks guidance and the contract ask for at least 5. */
  webhookMaxAttempts: {
    env: 'WEBHOOK_MAX_ATTEMPTS',
    default: '8',
    description: 'Attempts of one webhook delivery (the first included) before it is marked FAILED; at least 5.',
    ...integer(5, 50),
  },
  /** How long a delivery claim keeps other workers off a row, in ms (jobs/webhook-deliveries.ts); unset → timeout + 30 s. */
  webhookLeaseMs: {
    env: 'WEBHOOK_LEASE_MS',
    description:
      "How long a gateway's claim on a webhook delivery keeps the other gateways off it, in milliseconds: if the gateway dies mid-attempt, another attempts the delivery once the claim expires. Must exceed `WEBHOOK_TIMEOUT_MS` (else a slow attempt could be repeated while it runs). Unset: `WEBHOOK_TIMEOUT_MS` + 30 s.",
    ...integer(200, 3_600_000),
    schema: integer(200, 3_600_000).schema.optional(),
  },
  /** Unset → /metrics on the public port (http/metrics-endpoint.ts); set → only on this port, on `metricsHost`. */
  metricsPort: {
    env: 'METRICS_PORT',
    description:
      'Serve Prometheus metrics at `/metrics` on this port only (on `METRICS_HOST`), and answer 404 for `/metrics` on `PORT`. Unset: `/metrics` is on `PORT`. Metrics and alerts: [docs/operations.md](docs/operations.md).',
    ...integer(1, 65535),
    schema: integer(1, 65535).schema.optional(),
  },
  metricsHost: {
    // Loopback like HOST's default: what the metrics tell (traffic, error rates) is for the operator.
    env: 'METRICS_HOST',
    default: '127.0.0.1',
    description:
      'Interface the `METRICS_PORT` listener binds to. The default serves this machine only; set `0.0.0.0` (or a private address) when Prometheus scrapes from elsewhere.',
    schema: hostSchema(),
    expected: 'a host name or IP address',
  },
  /** Bearer token /metrics requires, wherever it is served; unset → none. */
  metricsToken: {
    env: 'METRICS_TOKEN',
    description:
      'If set, `/metrics` answers 401 unless the request has `Authorization: Bearer <METRICS_TOKEN>` (Prometheus: `authorization: { credentials: … }`). At least 16 characters.',
    schema: z.string().min(16).optional(),
    expected: 'at least 16 characters',
    shown: (value: string) => `${value.length} characters`,
  },
  /** OTLP/HTTP collector base URL; unset → no tracing (http/tracing.ts). */
  otelExporterOtlpEndpoint: {
    env: 'OTEL_EXPORTER_OTLP_ENDPOINT',
    description:
      'OpenTelemetry collector (OTLP over HTTP, e.g. `http://localhost:4318`): when set, one span per GraphQL request (with `request.id` and the operation name, continuing an incoming `traceparent`) is sent to `<endpoint>/v1/traces`. Unset: no tracing.',
    schema: z
      .string()
      .refine((value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol))
      .optional(),
    expected: 'an http:// or https:// URL',
    shown: (value: string) => shown(redactUrl(value)),
  },
  otelServiceName: {
    env: 'OTEL_SERVICE_NAME',
    default: 'blog-gateway',
    description: "The `service.name` of the gateway's spans.",
    schema: z.string().regex(/^[\w.:/-]{1,100}$/),
    expected: '1-100 characters of letters, digits and _ . : / -',
  },
} satisfies Record<string, Variable>;

type Variables = typeof variables;
type Settings = { [K in keyof Variables]: z.output<Variables[K]['schema']> };
type UnsetKeys = { [K in keyof Settings]: undefined extends Settings[K] ? K : never }[keyof Settings];

/**
 * The gateway's settings, read once at start-up from environment variables: each key's type is
 * its variable's parsed value; settings that may be unset are optional.
 */
export type Config = Omit<Settings, UnsetKeys> & Partial<{ [K in UnsetKeys]: Exclude<Settings[K], undefined> }>;

/**
 * Every environment variable the gateway reads, in README order: `name`, `default` ('' = none)
 * and a one-line Markdown `description`. Read by the README's configuration table
 * (tools/print-config-table.ts) and the docker-compose.yml test.
 */
export const configVariables: ReadonlyArray<{ name: string; default: string; description: string }> = Object.values(
  variables as Record<string, Variable>,
).map((variable) => ({ name: variable.env, default: variable.default ?? '', description: variable.description }));

/** `env[name]`, with an empty string counted as unset. */
const rawValue = (env: NodeJS.ProcessEnv, name: string) => (env[name] === '' ? undefined : env[name]);

/** Parses one variable: its value, or the issue line for the error. */
function parseVariable(variable: Variable, env: NodeJS.ProcessEnv): { ok: true; value: unknown } | { ok: false; issue: string } {
  const value = rawValue(env, variable.env) ?? variable.default;
  const result = variable.schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issue: `${variable.env}: expected ${variable.expected}, got ${(variable.shown ?? shown)(value ?? '')}` };
}

/**
 * Reads and validates the configuration from `env` (default `process.env`).
 * Empty strings count as unset; defaults are those in {@link configVariables}.
 * @throws {ConfigError} listing every invalid variable at once, e.g.
 *   `PORT: expected an integer 1-65535, got "abc"`. Secrets are not echoed (the password's
 *   length only, DATABASE_URL with its password masked).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const issues: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(variables as Record<string, Variable>)) {
    const result = parseVariable(variable, env);
    if (result.ok) settings[key] = result.value;
    else issues.push(result.issue);
  }

  // Checked on presence, not validity, so one run reports a bad email and a missing password.
  const hasEmail = rawValue(env, variables.adminEmail.env) !== undefined;
  const hasPassword = rawValue(env, variables.adminPassword.env) !== undefined;
  if (hasEmail !== hasPassword) {
    const [missing, present] = hasEmail ? ['ADMIN_PASSWORD', 'ADMIN_EMAIL'] : ['ADMIN_EMAIL', 'ADMIN_PASSWORD'];
    issues.push(`${missing}: expected to be set together with ${present} (set both or neither), got nothing`);
  }

  // A claim shorter than one attempt would let a second gateway repeat a slow attempt while it runs.
  const { webhookLeaseMs: lease, webhookTimeoutMs: timeout } = settings as Partial<Config>;
  if (lease !== undefined && timeout !== undefined && lease <= timeout) {
    issues.push(`${variables.webhookLeaseMs.env}: expected more than ${variables.webhookTimeoutMs.env} (${timeout}), got "${lease}"`);
  }

  if (issues.length > 0) throw new ConfigError(issues);
  // Every key was parsed by its own schema above, whose output type is the key's type in Config.
  return settings as Config;
}

/**
 * One setting, for code that runs while modules load (before start-up calls loadConfig and
 * reports problems): its parsed value, or `undefined` when it is unset without a default or
 * invalid (loadConfig then refuses to start, naming it).
 */
export function readSetting<K extends keyof Config>(key: K, env: NodeJS.ProcessEnv = process.env): Config[K] | undefined {
  const result = parseVariable(variables[key], env);
  return result.ok ? (result.value as Config[K]) : undefined;
}
