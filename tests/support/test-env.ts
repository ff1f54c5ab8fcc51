// The test and benchmark harness's own environment variables, declared once and read only here
// (the gateway's variables are server/src/config.ts's). An empty value counts as unset.
import { z } from 'zod';

const harnessVariables = z.object({
  TEST_DATABASE_URL: z
    .string()
    .optional()
    .describe('PostgreSQL server URL: each test file gets a fresh database on it (tests/support/postgres.sh starts one). Unset: PGlite.'),
  TEST_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('silent')
    .describe("Pino level of the in-process test gateways' logger."),
  E2E_REQUIRED: z
    .string()
    .optional()
    .transform((value) => value === '1')
    .describe('1 (CI): browser tests that cannot run fail the run instead of being skipped.'),
  REDIS_REQUIRED: z
    .string()
    .optional()
    .transform((value) => value === '1')
    .describe('1 (CI): Redis tests that cannot run (no redis-server) fail the run instead of being skipped.'),
  REDIS_SERVER_PATH: z
    .string()
    .default('/usr/bin/redis-server')
    .describe('The redis-server the Redis tests start (Debian package redis-server).'),
  NGINX_REQUIRED: z
    .string()
    .optional()
    .transform((value) => value === '1')
    .describe('1 (CI): nginx tests that cannot run (no nginx) fail the run instead of being skipped.'),
  NGINX_PATH: z.string().default('/usr/sbin/nginx').describe('The nginx the load-balancer tests start (Debian package nginx).'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium').describe('The Chromium the browser tests drive.'),
  E2E_LOG_LEVEL: z.string().default('warn').describe("LOG_LEVEL of the browser tests' gateway process."),
  PROPERTY_RUNS: z.coerce.number().int().min(1).default(12).describe('Generated cases per field in tests/api/schema-property.test.ts.'),
  PROPERTY_SEED: z.coerce.number().int().default(20261130).describe('Seed of those generated cases (repeat a failure with its seed).'),
});

const setValues = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''));

/** The harness's variables, parsed once when first imported. Throws a ZodError naming a bad value. */
export const testEnv = harnessVariables.parse(setValues);

/**
 * The environment for a child process the harness spawns: this process's, with `overrides`
 * applied; an override of `undefined` removes that variable.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];
  return env;
}
