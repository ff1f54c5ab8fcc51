// Vitest globalSetup of the e2e project: makes sure a current admin build exists (the real
// gateway serves admin/dist), and fails or warns about a missing Chromium before any test runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { childEnv, testEnv } from '../../support/test-env.ts';
import { e2eEnvironment, isE2eRequired, loudly } from './environment.ts';

const ADMIN_INPUTS = ['admin/src', 'admin/index.html', 'admin/vite.config.ts', 'package-lock.json'];
const BUILT_INDEX = 'admin/dist/index.html';

export default function setup(): void {
  const environment = e2eEnvironment();
  if (!environment.canRun) {
    if (isE2eRequired && !testEnv.TEST_DATABASE_URL)
      throw new Error(`E2E_REQUIRED=1 but the browser tests cannot run: ${environment.reason}`);
    console.warn(loudly(environment.reason));
    return;
  }
  if (isBuildStale()) {
    const started = performance.now();
    console.log('e2e: admin/dist is missing or older than its sources; running `npm run build:admin`…');
    // NODE_ENV=production: vitest sets NODE_ENV=test, and Vite would then bundle React's
    // development build — a different (3× larger, slower) app than the one users get.
    execFileSync('npm', ['run', '--silent', 'build:admin', '--', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: childEnv({ NODE_ENV: 'production' }),
    });
    console.log(`e2e: admin built in ${Math.round(performance.now() - started)} ms`);
  }
}

/** True when admin/dist/index.html is missing or older than any admin source file. */
function isBuildStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const builtAt = statSync(BUILT_INDEX).mtimeMs;
  return ADMIN_INPUTS.some((input) => newestMtime(input) > builtAt);
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}
