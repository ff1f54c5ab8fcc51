import path from 'node:path';
import { z } from 'zod';
import { normalizePassword } from './auth/normalize.ts';
import { parseTrustProxy, type TrustProxy } from './client-address.ts';
import { limits } from '#shared/limits.ts';

/** The gateway's settings, read once at start-up from environment variables. */
export interface Config {
  port: number;
  host: string;
  /** Unset → the embedded PGlite database in `${dataDir}/pglite`. */
  databaseUrl?: string;
  /** Absolute path (DATA_DIR resolved against the working directory at load time). */
  dataDir: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Normalised origins (`scheme://host[:port]`, lowercase host, no trailing slash). Empty = same-origin only. */
  corsOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  nodeEnv: 'development' | 'production' | 'test';
  /** Introspection queries allowed; unset → on except in production. */
  introspection?: boolean;
  /** GraphiQL served at /graphql to browsers; unset → on except in production. */
  graphiql?: boolean;
  /** Query limits (graphql-armor): depth, aliases, tokens, directives, cost. */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Largest request body accepted, in bytes (413 beyond). */
  maxBodyBytes: number;
  /** PostgreSQL statement_timeout for every query, in milliseconds (0 = none). */
  statementTimeoutMs: number;
  /** General request budget per client IP per minute (0 = unlimited). */
  rateLimitPerMinute: number;
  /** Failed sign-ins allowed per account and per IP within 15 minutes before refusing. */
  loginMaxFailures: number;
  /**
   * Which peers may name the client in X-Forwarded-For: 0 = none, a hop count, or proxy
   * addresses/CIDRs (client-address.ts). loadConfig gives a number or a list.
   */
  trustProxy: TrustProxy;
  /** Max-age of cached anonymous GET responses, in seconds (0 = no response cache). */
  cacheTtlSeconds: number;
  /** Identical anonymous reads in flight share one execution (plugins/use-read-coalescing.ts). */
  shareReads: boolean;
  /** Longest one Markdown render may run in its worker thread, in ms (content/renderer.ts). */
  renderTimeoutMs: number;
}

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

const MIN_ADMIN_PASSWORD_LENGTH = 12; // NIST SP 800-63B asks for at least 8; 12 for the only editor.
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

// What a value looks like in an error message. Secrets are never echoed: the message ends up
// in logs and CI output.
const shown = (value: string) => JSON.stringify(value);
const redactUrl = (value: string) => value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');

const port = z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1).max(65535));
// Host names, IPv4 and IPv6 literals; anything with a scheme, path or space is a mistake.
const host = z.string().regex(/^(\[?[0-9a-fA-F:.]+\]?|[A-Za-z0-9]([A-Za-z0-9-.]*[A-Za-z0-9])?)$/);
const databaseUrl = z.string().refine((value) => {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
});
const email = z.email();
// Counted as the password is hashed (NFC) and in code points, as NIST SP 800-63B counts
// characters: "Crème brûlée" is 12 whether typed composed or decomposed.
const passwordLength = (value: string) => [...normalizePassword(value)].length;
const password = z.string().refine((value) => passwordLength(value) >= MIN_ADMIN_PASSWORD_LENGTH);

/** One origin → its normalised form, or null when it is not a bare http(s) origin. */
function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    const isBare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!['http:', 'https:'].includes(url.protocol) || !isBare || /[?#]/.test(value)) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** An integer parser for `min`–`max` (inclusive). */
function intIn(min: number, max: number): Variable<number>['parse'] {
  return (value) => {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    return Number.isInteger(n) && n >= min && n <= max
      ? { ok: true, value: n }
      : { ok: false, error: `expected an integer ${min}-${max}, got ${shown(value)}` };
  };
}

const onOff: (value: string) => { ok: true; value: boolean } | { ok: false; error: string } = (value) => {
  const lower = value.toLowerCase();
  if (['1', 'true', 'on', 'yes'].includes(lower)) return { ok: true, value: true };
  if (['0', 'false', 'off', 'no'].includes(lower)) return { ok: true, value: false };
  return { ok: false, error: `expected on or off (true/false, 1/0), got ${shown(value)}` };
};

interface Variable<T> {
  name: string;
  /** As written in the README; '' = no default. */
  default: string;
  description: string;
  /** Parses a set (non-empty) value; returns the error text "expected …, got …" on failure. */
  parse: (value: string) => { ok: true; value: T } | { ok: false; error: string };
}

function fromZod<T>(schema: z.ZodType<T, string>, expected: string, show = shown): Variable<T>['parse'] {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? { ok: true, value: result.data } : { ok: false, error: `expected ${expected}, got ${show(value)}` };
  };
}

function oneOf<T extends string>(values: readonly T[]): Variable<T>['parse'] {
  return (value) => {
    const lower = value.toLowerCase() as T;
    return values.includes(lower)
      ? { ok: true, value: lower }
      : { ok: false, error: `expected one of ${values.join(', ')}, got ${shown(value)}` };
  };
}

// The single source of every variable: loadConfig parses with it, the README table and the
// docker-compose test read it (configVariables below).
const variables = {
  port: {
    name: 'PORT', default: '4000', description: 'TCP port the gateway listens on.',
    parse: fromZod(port, 'an integer 1-65535'),
  },
  host: {
    // A bare start is a developer's machine with a generated admin password: don't offer it to
    // the whole network. The Docker image and docker-compose.yml set 0.0.0.0 themselves.
    name: 'HOST', default: '127.0.0.1',
    description: 'Interface to listen on. The default serves this machine only; the Docker image sets `0.0.0.0`.',
    parse: fromZod(host, 'a host name or IP address'),
  },
  databaseUrl: {
    name: 'DATABASE_URL', default: '',
    description: 'PostgreSQL ≥ 14 connection string (`postgresql://user:pass@host:5432/db`). Unset: embedded PGlite in `DATA_DIR/pglite`.',
    parse: fromZod(databaseUrl, 'a postgres:// or postgresql:// URL', (value) => shown(redactUrl(value))),
  },
  dataDir: {
    name: 'DATA_DIR', default: '.data',
    description: 'Folder for local state (the embedded database lives in `DATA_DIR/pglite`), relative to the working directory.',
    parse: (value) => ({ ok: true, value: path.resolve(value) }),
  },
  adminEmail: {
    name: 'ADMIN_EMAIL', default: '',
    description: 'Email of the first editor (stored lowercased, Unicode NFC; sign-in ignores case): created at start-up if missing, its password reset to `ADMIN_PASSWORD` if that differs. Set both or neither.',
    parse: fromZod(email, 'an email address'),
  },
  adminPassword: {
    name: 'ADMIN_PASSWORD', default: '',
    description: `Password of the first editor (at least ${MIN_ADMIN_PASSWORD_LENGTH} characters; only its hash is stored). Compared in Unicode NFC: an accent typed composed or decomposed is the same password. Unset on the embedded database: one is generated and printed once.`,
    parse: fromZod(password, `at least ${MIN_ADMIN_PASSWORD_LENGTH} characters`, (value) => `${passwordLength(value)} characters`),
  },
  corsOrigins: {
    name: 'CORS_ORIGINS', default: '',
    description: 'Comma-separated origins allowed to call `/graphql` from a browser (`https://blog.example,http://localhost:5173`). Unset: same-origin only.',
    parse: (value) => {
      const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
      const bad = entries.filter((entry) => normaliseOrigin(entry) === null);
      return bad.length === 0
        ? { ok: true, value: [...new Set(entries.map((entry) => normaliseOrigin(entry)!))] }
        : { ok: false, error: `expected comma-separated http(s) origins like https://blog.example (no path, no *), got ${bad.map(shown).join(', ')}` };
    },
  },
  logLevel: {
    name: 'LOG_LEVEL', default: 'info', description: `Log verbosity: ${LOG_LEVELS.join(', ')}.`,
    parse: oneOf(LOG_LEVELS),
  },
  nodeEnv: {
    name: 'NODE_ENV', default: 'development', description: `${NODE_ENVS.join(', ')}. The Docker image sets \`production\`.`,
    parse: oneOf(NODE_ENVS),
  },
  introspection: {
    name: 'INTROSPECTION', default: '', description: 'on/off: answer introspection queries. Unset: on, except when `NODE_ENV=production`.',
    parse: onOff,
  },
  graphiql: {
    name: 'GRAPHIQL', default: '', description: 'on/off: serve GraphiQL to browsers at `/graphql`. Unset: on, except when `NODE_ENV=production`.',
    parse: onOff,
  },
  // Limits: sized from our own operations with headroom (the admin's deepest query has depth 6,
  // the home feed ~60 fields); each refusal is a GraphQL error naming the limit.
  maxDepth: { name: 'MAX_DEPTH', default: '10', description: 'Deepest field nesting accepted in an operation.', parse: intIn(1, 100) },
  maxAliases: { name: 'MAX_ALIASES', default: '15', description: 'Most aliases in one operation.', parse: intIn(0, 1000) },
  maxTokens: { name: 'MAX_TOKENS', default: '2000', description: 'Most lexical tokens in one document.', parse: intIn(100, 100_000) },
  maxDirectives: { name: 'MAX_DIRECTIVES', default: '20', description: 'Most directives in one operation.', parse: intIn(0, 1000) },
  maxCost: {
    name: 'MAX_COST', default: '20000',
    description: 'Highest estimated cost of one operation, with its variables: a leaf field 1, any other 1 + its selection × (`first`/`last`, else the default page size; a list argument\'s length; a list\'s maximum). 100 posts with every field (tags and category included) cost ~8,100; the admin\'s largest operation ~1,600.',
    parse: intIn(10, 1_000_000),
  },
  maxBodyBytes: {
    name: 'MAX_BODY_BYTES', default: '1048576',
    description: 'Largest request body in bytes (a 200,000-character post body is at most 800 KB of UTF-8); larger: 413.',
    parse: intIn(1024, 100_000_000),
  },
  statementTimeoutMs: {
    name: 'STATEMENT_TIMEOUT_MS', default: '5000', description: 'Database statement timeout in milliseconds (0 = none).',
    parse: intIn(0, 3_600_000),
  },
  rateLimitPerMinute: {
    name: 'RATE_LIMIT_PER_MINUTE', default: '1200', description: 'Requests per client IP per minute before 429 (0 = unlimited).',
    parse: intIn(0, 10_000_000),
  },
  loginMaxFailures: {
    name: 'LOGIN_MAX_FAILURES', default: '10', description: 'Failed sign-ins per account and per IP within 15 minutes before further attempts are refused.',
    parse: intIn(1, 10_000),
  },
  trustProxy: {
    name: 'TRUST_PROXY', default: 'off',
    description:
      'Which proxies in front of the gateway may name the client in `X-Forwarded-For`: `off`; a hop count (`1` = one reverse proxy; `on` means `1`); or their addresses/CIDRs (`127.0.0.1,10.0.0.0/8`, also `loopback`, `linklocal`, `uniquelocal`). The client is the rightmost address not written by a trusted proxy; rate limits and sign-in lockouts count that address.',
    parse: (value) => {
      const trust = parseTrustProxy(value);
      return trust === null
        ? { ok: false, error: `expected off, on, a hop count (0-99) or comma-separated proxy addresses/CIDRs (10.0.0.0/8, loopback), got ${shown(value)}` }
        : { ok: true, value: trust };
    },
  },
  cacheTtlSeconds: {
    name: 'CACHE_TTL_SECONDS', default: '60', description: 'How long anonymous read results stay in the response cache, in seconds (0 = off).',
    parse: intIn(0, 86_400),
  },
  shareReads: {
    name: 'SHARE_READS', default: 'on',
    description: 'on/off: identical anonymous queries that arrive while one is running wait for it and share its result (never across a mutation; editors never share).',
    parse: onOff,
  },
  renderTimeoutMs: {
    name: 'RENDER_TIMEOUT_MS', default: String(limits.renderTimeoutMs),
    description: 'Longest a post body may take to render to HTML, in milliseconds (in a worker thread; past it the render is stopped and the save refused). Ordinary 200,000-character bodies take 1–16 s on a 2-core machine.',
    parse: intIn(100, 600_000),
  },
} satisfies { [K in keyof Config]-?: Variable<NonNullable<Config[K]>> };

/**
 * Every environment variable the gateway reads, in README order: `name`, `default` ('' = none)
 * and a one-line Markdown `description`. The single source for the README's configuration
 * table (tools/print-config-table.ts) and for the docker-compose.yml test.
 */
export const configVariables: ReadonlyArray<{ name: string; default: string; description: string }> =
  Object.values(variables).map(({ name, default: fallback, description }) => ({ name, default: fallback, description }));

/**
 * Reads and validates the configuration from `env` (default `process.env`).
 * Empty strings count as unset; defaults are those in {@link configVariables}.
 * @throws {ConfigError} listing every invalid variable at once, e.g.
 *   `PORT: expected an integer 1-65535, got "abc"`. Secrets are not echoed (the password's
 *   length only, DATABASE_URL with its password masked).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const issues: string[] = [];
  const raw = (name: string) => (env[name] === '' ? undefined : env[name]);
  const read = <T>(variable: Variable<T>): T | undefined => {
    const value = raw(variable.name) ?? (variable.default === '' ? undefined : variable.default);
    if (value === undefined) return undefined;
    const result = variable.parse(value);
    if (result.ok) return result.value;
    issues.push(`${variable.name}: ${result.error}`);
    return undefined;
  };

  const config = {
    port: read(variables.port),
    host: read(variables.host),
    databaseUrl: read(variables.databaseUrl),
    dataDir: read(variables.dataDir),
    adminEmail: read(variables.adminEmail),
    adminPassword: read(variables.adminPassword),
    corsOrigins: read(variables.corsOrigins) ?? [],
    logLevel: read(variables.logLevel),
    nodeEnv: read(variables.nodeEnv),
    introspection: read(variables.introspection),
    graphiql: read(variables.graphiql),
    maxDepth: read(variables.maxDepth),
    maxAliases: read(variables.maxAliases),
    maxTokens: read(variables.maxTokens),
    maxDirectives: read(variables.maxDirectives),
    maxCost: read(variables.maxCost),
    maxBodyBytes: read(variables.maxBodyBytes),
    statementTimeoutMs: read(variables.statementTimeoutMs),
    rateLimitPerMinute: read(variables.rateLimitPerMinute),
    loginMaxFailures: read(variables.loginMaxFailures),
    trustProxy: read(variables.trustProxy),
    cacheTtlSeconds: read(variables.cacheTtlSeconds),
    shareReads: read(variables.shareReads),
    renderTimeoutMs: read(variables.renderTimeoutMs),
  };

  // Checked on presence, not validity, so one run reports a bad email and a missing password.
  const hasEmail = raw('ADMIN_EMAIL') !== undefined;
  const hasPassword = raw('ADMIN_PASSWORD') !== undefined;
  if (hasEmail !== hasPassword) {
    const [missing, present] = hasEmail ? ['ADMIN_PASSWORD', 'ADMIN_EMAIL'] : ['ADMIN_EMAIL', 'ADMIN_PASSWORD'];
    issues.push(`${missing}: expected to be set together with ${present} (set both or neither), got nothing`);
  }

  if (issues.length > 0) throw new ConfigError(issues);
  // Every field without a default has been checked above; the rest fell back to valid defaults.
  return config as Config;
}
