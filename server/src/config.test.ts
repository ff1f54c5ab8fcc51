import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configVariables, loadConfig } from './config.ts';

/** The ConfigError loadConfig throws for `env` (fails the test when it does not throw one). */
function errorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
}

const limitDefaults = {
  introspection: undefined,
  graphiql: undefined,
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 20000,
  maxBodyBytes: 1_048_576,
  statementTimeoutMs: 5000,
  rateLimitPerMinute: 1200,
  loginMaxFailures: 10,
  trustProxy: 0,
  redisUrl: undefined,
  redisKeyPrefix: 'blog-gateway:',
  cacheTtlSeconds: 60,
  cacheStaleWhileRevalidateSeconds: 60,
  cdnPurgeUrl: undefined,
  cdnPurgeToken: undefined,
  persistedOnly: false,
  shareReads: true,
  renderTimeoutMs: 30_000,
  schedulerIntervalMs: 1000,
  sessionCleanupIntervalMs: 3_600_000,
  webhookAllowPrivate: false,
  webhookTimeoutMs: 10_000,
  webhookRetryBaseMs: 5000,
  webhookMaxAttempts: 8,
  metricsPort: undefined,
  metricsHost: '127.0.0.1',
  metricsToken: undefined,
  otelExporterOtlpEndpoint: undefined,
  otelServiceName: 'blog-gateway',
};

const admin = { ADMIN_EMAIL: 'lena@example.com', ADMIN_PASSWORD: 'correct horse battery' };

describe('loadConfig defaults', () => {
  it('gives a local, embedded, same-origin setup when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('.data'),
      adminEmail: undefined,
      adminPassword: undefined,
      corsOrigins: [],
      logLevel: 'info',
      nodeEnv: 'development',
      pgliteSharedBuffersMb: 16,
      ...limitDefaults,
    });
  });

  it('treats empty strings as unset', () => {
    const empty = Object.fromEntries(configVariables.map(({ name }) => [name, '']));
    expect(loadConfig(empty)).toEqual(loadConfig({}));
  });

  it('documents the defaults it applies', () => {
    const documented = Object.fromEntries(configVariables.map((v) => [v.name, v.default]));
    expect(documented).toMatchObject({ PORT: '4000', HOST: '127.0.0.1', DATA_DIR: '.data', LOG_LEVEL: 'info', DATABASE_URL: '' });
  });
});

describe('loadConfig with valid values', () => {
  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgresql://u:p@db:5432/blog',
      DATA_DIR: '/var/lib/gateway',
      ...admin,
      CORS_ORIGINS: 'https://Blog.Example/, http://localhost:5173',
      LOG_LEVEL: 'WARN',
      NODE_ENV: 'production',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://u:p@db:5432/blog',
      dataDir: '/var/lib/gateway',
      adminEmail: admin.ADMIN_EMAIL,
      adminPassword: admin.ADMIN_PASSWORD,
      corsOrigins: ['https://blog.example', 'http://localhost:5173'],
      logLevel: 'warn',
      nodeEnv: 'production',
      pgliteSharedBuffersMb: 16,
      ...limitDefaults,
    });
  });

  it.each(['postgres://localhost/blog', 'postgresql:///blog?host=/var/run/postgresql'])('accepts DATABASE_URL %s', (url) => {
    expect(loadConfig({ DATABASE_URL: url }).databaseUrl).toBe(url);
  });

  it.each(['localhost', '::', '::1', '[::1]', 'gateway.internal'])('accepts HOST %s', (host) => {
    expect(loadConfig({ HOST: host }).host).toBe(host);
  });

  it('ignores blank entries and duplicates in CORS_ORIGINS', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example,,https://a.example/,' }).corsOrigins).toEqual(['https://a.example']);
  });
});

describe('loadConfig rejects', () => {
  it.each([
    ['PORT', 'abc', 'PORT: expected an integer 1-65535, got "abc"'],
    ['PORT', '0', 'PORT: expected an integer 1-65535, got "0"'],
    ['PORT', '65536', 'PORT: expected an integer 1-65535, got "65536"'],
    ['PORT', '40.5', 'PORT: expected an integer 1-65535, got "40.5"'],
    ['PORT', '-1', 'PORT: expected an integer 1-65535, got "-1"'],
    ['HOST', 'http://localhost', 'HOST: expected a host name or IP address, got "http://localhost"'],
    ['DATABASE_URL', 'mysql://db/blog', 'DATABASE_URL: expected a postgres:// or postgresql:// URL, got "mysql://db/blog"'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL: expected a postgres:// or postgresql:// URL, got "not a url"'],
    ['CORS_ORIGINS', '*', 'CORS_ORIGINS: expected comma-separated http(s) origins like https://blog.example (no path, no *), got "*"'],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL: expected one of debug, info, warn, error, silent, got "verbose"'],
    ['NODE_ENV', 'staging', 'NODE_ENV: expected one of development, production, test, got "staging"'],
    // Standard Webhooks and the contract ask for at least 5 attempts.
    ['WEBHOOK_MAX_ATTEMPTS', '3', 'WEBHOOK_MAX_ATTEMPTS: expected an integer 5-50, got "3"'],
    ['WEBHOOK_ALLOW_PRIVATE', 'maybe', 'WEBHOOK_ALLOW_PRIVATE: expected on or off (true/false, 1/0), got "maybe"'],
    ['METRICS_PORT', '0', 'METRICS_PORT: expected an integer 1-65535, got "0"'],
    // A short token is a guessable one; never echoed.
    ['METRICS_TOKEN', 'short', 'METRICS_TOKEN: expected at least 16 characters, got 5 characters'],
    [
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'localhost:4318',
      'OTEL_EXPORTER_OTLP_ENDPOINT: expected an http:// or https:// URL, got "localhost:4318"',
    ],
  ])('%s=%s', (name, value, issue) => {
    expect(errorFor({ [name]: value }).issues).toEqual([issue]);
  });

  it.each(['https://blog.example/path', 'ftp://blog.example', 'https://blog.example?x=1', 'https://user:pw@blog.example', 'blog.example'])(
    'CORS origin %s, naming only the bad entries',
    (origin) => {
      const [issue] = errorFor({ CORS_ORIGINS: `https://ok.example,${origin}` }).issues;
      expect(issue).toMatch(/^CORS_ORIGINS: expected comma-separated http\(s\) origins/);
      expect(issue).toContain(JSON.stringify(origin));
      expect(issue).not.toContain('ok.example');
    },
  );

  it('a bad ADMIN_EMAIL', () => {
    expect(errorFor({ ...admin, ADMIN_EMAIL: 'lena' }).issues).toEqual(['ADMIN_EMAIL: expected an email address, got "lena"']);
  });

  it('ADMIN_PASSWORD is measured as it is hashed: NFC code points', () => {
    const composed = 'Crème brûlé'; // 11 characters
    expect(errorFor({ ...admin, ADMIN_PASSWORD: composed.normalize('NFD') }).issues).toEqual([
      'ADMIN_PASSWORD: expected at least 12 characters, got 11 characters',
    ]);
    expect(loadConfig({ ...admin, ADMIN_PASSWORD: 'Crème brûlée'.normalize('NFD') }).adminPassword).toBe('Crème brûlée'.normalize('NFD'));
  });

  it('a short ADMIN_PASSWORD, without echoing it', () => {
    const error = errorFor({ ...admin, ADMIN_PASSWORD: 'hunter2hunt' });
    expect(error.issues).toEqual(['ADMIN_PASSWORD: expected at least 12 characters, got 11 characters']);
    expect(error.message).not.toContain('hunter2');
  });

  it('a DATABASE_URL without echoing its password', () => {
    const error = errorFor({ DATABASE_URL: 'mysql://blog:s3cret@db/blog' });
    expect(error.message).toContain('"mysql://blog:***@db/blog"');
    expect(error.message).not.toContain('s3cret');
  });

  it.each([
    [{ ADMIN_EMAIL: admin.ADMIN_EMAIL }, 'ADMIN_PASSWORD: expected to be set together with ADMIN_EMAIL (set both or neither), got nothing'],
    [
      { ADMIN_PASSWORD: admin.ADMIN_PASSWORD },
      'ADMIN_EMAIL: expected to be set together with ADMIN_PASSWORD (set both or neither), got nothing',
    ],
    [
      { ADMIN_EMAIL: admin.ADMIN_EMAIL, ADMIN_PASSWORD: '' },
      'ADMIN_PASSWORD: expected to be set together with ADMIN_EMAIL (set both or neither), got nothing',
    ],
  ])('only one of the admin pair: %j', (env, issue) => {
    expect(errorFor(env).issues).toEqual([issue]);
  });

  it('lists every invalid variable in one message', () => {
    const error = errorFor({
      PORT: 'abc',
      HOST: 'a host',
      DATABASE_URL: 'sqlite:blog.db',
      ADMIN_EMAIL: 'lena',
      CORS_ORIGINS: 'https://a.example/x',
      LOG_LEVEL: 'loud',
      NODE_ENV: 'prod',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe(
      [
        'Invalid configuration (8 problems):',
        '  PORT: expected an integer 1-65535, got "abc"',
        '  HOST: expected a host name or IP address, got "a host"',
        '  DATABASE_URL: expected a postgres:// or postgresql:// URL, got "sqlite:blog.db"',
        '  ADMIN_EMAIL: expected an email address, got "lena"',
        '  CORS_ORIGINS: expected comma-separated http(s) origins like https://blog.example (no path, no *), got "https://a.example/x"',
        '  LOG_LEVEL: expected one of debug, info, warn, error, silent, got "loud"',
        '  NODE_ENV: expected one of development, production, test, got "prod"',
        '  ADMIN_PASSWORD: expected to be set together with ADMIN_EMAIL (set both or neither), got nothing',
      ].join('\n'),
    );
  });
});

describe('limits and switches', () => {
  it('reads on/off switches and integer limits, refusing junk with the accepted range', () => {
    const config = loadConfig({
      INTROSPECTION: 'off',
      GRAPHIQL: 'ON',
      MAX_DEPTH: '6',
      TRUST_PROXY: '1',
      CACHE_TTL_SECONDS: '0',
      SHARE_READS: 'off',
      RENDER_TIMEOUT_MS: '2500',
      SCHEDULER_INTERVAL_MS: '250',
      WEBHOOK_ALLOW_PRIVATE: 'on',
      WEBHOOK_TIMEOUT_MS: '3000',
      WEBHOOK_RETRY_BASE_MS: '250',
      WEBHOOK_MAX_ATTEMPTS: '5',
    });
    expect(config).toMatchObject({
      introspection: false,
      graphiql: true,
      maxDepth: 6,
      trustProxy: 1,
      cacheTtlSeconds: 0,
      shareReads: false,
      renderTimeoutMs: 2500,
      schedulerIntervalMs: 250,
      webhookAllowPrivate: true,
      webhookTimeoutMs: 3000,
      webhookRetryBaseMs: 250,
      webhookMaxAttempts: 5,
    });
    const error = errorFor({ INTROSPECTION: 'maybe', MAX_DEPTH: '0', MAX_BODY_BYTES: '1e6' });
    expect(error.issues).toEqual([
      'INTROSPECTION: expected on or off (true/false, 1/0), got "maybe"',
      'MAX_DEPTH: expected an integer 1-100, got "0"',
      'MAX_BODY_BYTES: expected an integer 1024-100000000, got "1e6"',
    ]);
  });
});

describe('CACHE_STALE_WHILE_REVALIDATE_SECONDS, CDN_PURGE_URL and CDN_PURGE_TOKEN', () => {
  it('reads them', () => {
    expect(
      loadConfig({
        CACHE_STALE_WHILE_REVALIDATE_SECONDS: '0',
        CDN_PURGE_URL: 'https://purge.example/keys',
        CDN_PURGE_TOKEN: 'abc.DEF-123',
      }),
    ).toMatchObject({ cacheStaleWhileRevalidateSeconds: 0, cdnPurgeUrl: 'https://purge.example/keys', cdnPurgeToken: 'abc.DEF-123' });
  });

  it('refuses a negative or fractional delay, a URL of another scheme and a token with spaces, without echoing secrets', () => {
    expect(errorFor({ CACHE_STALE_WHILE_REVALIDATE_SECONDS: '-1' }).issues).toEqual([
      'CACHE_STALE_WHILE_REVALIDATE_SECONDS: expected an integer 0-86400, got "-1"',
    ]);
    expect(errorFor({ CACHE_STALE_WHILE_REVALIDATE_SECONDS: '1.5' }).issues).toHaveLength(1);
    expect(errorFor({ CDN_PURGE_URL: 'ftp://u:hunter2@cdn/purge', CDN_PURGE_TOKEN: 'two words' }).issues).toEqual([
      'CDN_PURGE_URL: expected an http:// or https:// URL, got "ftp://u:***@cdn/purge"',
      'CDN_PURGE_TOKEN: expected printable ASCII without spaces, got 9 characters',
    ]);
  });
});

describe('background jobs on several gateways', () => {
  it('reads the session cleanup interval (default one hour) and the webhook lease (unset by default)', () => {
    expect(loadConfig({})).toMatchObject({ sessionCleanupIntervalMs: 3_600_000 });
    expect(loadConfig({}).webhookLeaseMs).toBeUndefined();
    expect(loadConfig({ SESSION_CLEANUP_INTERVAL_MS: '60000', WEBHOOK_TIMEOUT_MS: '1000', WEBHOOK_LEASE_MS: '1500' })).toMatchObject({
      sessionCleanupIntervalMs: 60_000,
      webhookLeaseMs: 1500,
    });
  });

  it('refuses a lease that does not outlast one attempt: a slow attempt would be repeated while it runs', () => {
    expect(errorFor({ WEBHOOK_LEASE_MS: '10000' }).issues).toEqual([
      'WEBHOOK_LEASE_MS: expected more than WEBHOOK_TIMEOUT_MS (10000), got "10000"',
    ]);
    expect(errorFor({ SESSION_CLEANUP_INTERVAL_MS: '10', WEBHOOK_LEASE_MS: '50' }).issues).toEqual([
      'SESSION_CLEANUP_INTERVAL_MS: expected an integer 1000-86400000, got "10"',
      'WEBHOOK_LEASE_MS: expected an integer 200-3600000, got "50"',
    ]);
  });
});

describe('REDIS_URL and REDIS_KEY_PREFIX', () => {
  it('take redis:// and rediss:// URLs and a short prefix; the password never appears in an error', () => {
    expect(loadConfig({ REDIS_URL: 'redis://:secret@cache:6379/2', REDIS_KEY_PREFIX: 'blog-a:' })).toMatchObject({
      redisUrl: 'redis://:secret@cache:6379/2',
      redisKeyPrefix: 'blog-a:',
    });
    expect(loadConfig({ REDIS_URL: 'rediss://cache.example:6380' }).redisUrl).toBe('rediss://cache.example:6380');
    expect(errorFor({ REDIS_URL: 'http://user:hunter2@cache:6379', REDIS_KEY_PREFIX: 'a b' }).issues).toEqual([
      'REDIS_URL: expected a redis:// or rediss:// URL, got "http://user:***@cache:6379"',
      'REDIS_KEY_PREFIX: expected 1-64 characters of A-Z a-z 0-9 : _ . -, got "a b"',
    ]);
  });
});

describe('TRUST_PROXY', () => {
  it('takes off/on, a hop count, or proxy addresses, CIDRs and named ranges', () => {
    const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect([trust('off'), trust('0'), trust('on'), trust('TRUE'), trust('2')]).toEqual([0, 0, 1, 1, 2]);
    expect(trust('127.0.0.1, 10.0.0.0/8,loopback, ::1')).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback', '::1']);
    expect(trust('uniquelocal,linklocal,192.168.0.0/255.255.0.0')).toEqual(['uniquelocal', 'linklocal', '192.168.0.0/255.255.0.0']);
  });

  it('refuses what is neither a count nor a proxy list, naming the accepted forms', () => {
    for (const value of ['maybe', '10.0.0.0/33', '1.2.3', 'loopback,nginx', '-1', ',']) {
      expect(errorFor({ TRUST_PROXY: value }).issues).toEqual([
        `TRUST_PROXY: expected off, on, a hop count (0-99) or comma-separated proxy addresses/CIDRs (10.0.0.0/8, loopback), got ${JSON.stringify(value)}`,
      ]);
    }
  });
});

describe('configVariables', () => {
  it('names each variable once, each with a description', () => {
    const names = configVariables.map((v) => v.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'PORT',
      'HOST',
      'DATABASE_URL',
      'DATA_DIR',
      'PGLITE_SHARED_BUFFERS_MB',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'NODE_ENV',
      'INTROSPECTION',
      'GRAPHIQL',
      'MAX_DEPTH',
      'MAX_ALIASES',
      'MAX_TOKENS',
      'MAX_DIRECTIVES',
      'MAX_COST',
      'MAX_BODY_BYTES',
      'STATEMENT_TIMEOUT_MS',
      'RATE_LIMIT_PER_MINUTE',
      'LOGIN_MAX_FAILURES',
      'TRUST_PROXY',
      'REDIS_URL',
      'REDIS_KEY_PREFIX',
      'CACHE_TTL_SECONDS',
      'CACHE_STALE_WHILE_REVALIDATE_SECONDS',
      'CDN_PURGE_URL',
      'CDN_PURGE_TOKEN',
      'PERSISTED_ONLY',
      'SHARE_READS',
      'RENDER_TIMEOUT_MS',
      'SCHEDULER_INTERVAL_MS',
      'SESSION_CLEANUP_INTERVAL_MS',
      'WEBHOOK_ALLOW_PRIVATE',
      'WEBHOOK_TIMEOUT_MS',
      'WEBHOOK_RETRY_BASE_MS',
      'WEBHOOK_MAX_ATTEMPTS',
      'WEBHOOK_LEASE_MS',
      'METRICS_PORT',
      'METRICS_HOST',
      'METRICS_TOKEN',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
      'OTEL_SERVICE_NAME',
    ]);
    for (const v of configVariables) expect(v.description.length).toBeGreaterThan(10);
  });

  it('reads only the variables it documents', () => {
    // A variable loadConfig reads but the table omits would be invisible to README readers.
    const read = new Set<string>();
    const spy = new Proxy(
      {},
      {
        get: (_target, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      },
    );
    loadConfig(spy);
    expect([...read].sort()).toEqual(configVariables.map((v) => v.name).sort());
  });
});
