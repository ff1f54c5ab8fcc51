// Whether browser tests can run here, decided once and explained loudly when they cannot.
import { existsSync } from 'node:fs';
import { testEnv } from '../../support/test-env.ts';

export const CHROMIUM_PATH = testEnv.CHROMIUM_PATH;

/** `E2E_REQUIRED=1` (CI) turns "skip" into "fail": a skipped browser suite must not look green. */
export const isE2eRequired = testEnv.E2E_REQUIRED;

export type E2eEnvironment = { canRun: true } | { canRun: false; reason: string };

/**
 * The browser tests need Debian's Chromium (`apt-get install -y chromium`; never
 * `npx playwright install`, whose downloads fail here). They drive the real gateway process on
 * its embedded PGlite, so the PostgreSQL pass of CI (TEST_DATABASE_URL set) skips them: they
 * would test the same thing a second time.
 */
export function e2eEnvironment(): E2eEnvironment {
  if (testEnv.TEST_DATABASE_URL) {
    return {
      canRun: false,
      reason:
        'TEST_DATABASE_URL is set: the e2e gateway runs on embedded PGlite, so the PostgreSQL pass skips the browser tests (they ran in the PGlite pass).',
    };
  }
  if (!existsSync(CHROMIUM_PATH)) {
    return {
      canRun: false,
      reason: `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get update && apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    };
  }
  return { canRun: true };
}

/** A banner that stands out in a long test log. */
export function loudly(message: string): string {
  const line = '!'.repeat(100);
  return `\n${line}\n!! BROWSER TESTS SKIPPED — ${message}\n${line}\n`;
}
