import { defineConfig } from 'vitest/config';

// One suite, two databases: PGlite by default, PostgreSQL when TEST_DATABASE_URL is set
// (tests/support/database.ts creates a fresh database per test file either way).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'shared/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
