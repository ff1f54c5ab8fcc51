import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CJS (main) and ESM (module) copies. Node, and so graphql-yoga, loads the CJS
// one; Vite would pick the ESM one for our sources. Two copies break `instanceof GraphQLError`,
// so Yoga masked our own BAD_USER_INPUT/FORBIDDEN errors as "Unexpected error." in tests only.
// One copy, as in production (node --import tsx).
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] };

// `npm test` runs three projects:
// - api: server, shared and API tests. PGlite by default, PostgreSQL when TEST_DATABASE_URL is
//   set (tests/support/database.ts creates a fresh database per test file either way);
// - admin: component tests of the admin app in jsdom;
// - e2e: the real gateway process + Debian Chromium (tests/e2e/README in support/); builds the
//   admin first when admin/dist is missing or stale.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'api',
          include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'shared/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          pool: 'forks',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'admin',
          root: 'admin',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          pool: 'forks',
          // One gateway + one browser per file; files in parallel would fight over CPU.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
