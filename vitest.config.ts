import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One suite, two databases: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set
// (tests/support/database.ts creates a fresh database per test file either way).
export default defineConfig({
  // graphql 16 ships CJS (main) and ESM (module) copies. Node, and so graphql-yoga, loads the CJS
  // one; Vite would pick the ESM one for our sources. Two copies break `instanceof GraphQLError`,
  // so Yoga masked our own BAD_USER_INPUT/FORBIDDEN errors as "Unexpected error." in tests only.
  // One copy, as in production (node --import tsx).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'shared/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
