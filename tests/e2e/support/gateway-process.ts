// The REAL gateway as a child process (node --import tsx server/src/main.ts), as `npm start` runs
// it minus the build: on a free port, a temp DATA_DIR (fresh embedded PGlite, seeded with the
// blog's content on start) and a known editor. It serves the admin from admin/dist, which the
// e2e globalSetup builds when stale.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv, testEnv } from '../../support/test-env.ts';

export const E2E_EDITOR = { email: 'e2e-editor@example.com', password: 'correct horse battery staple' };

export interface GatewayProcess {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** Everything the process printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the gateway and resolves once /readyz answers 200 (migrated, seeded, listening). `env`
 * adds settings for one test file (e.g. WEBHOOK_ALLOW_PRIVATE for a receiver on 127.0.0.1).
 */
export async function startGateway(options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<GatewayProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'gateway-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: childEnv({
      // The e2e gateway always runs on its own embedded PGlite, whatever the outer environment.
      DATABASE_URL: undefined,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_EMAIL: E2E_EDITOR.email,
      ADMIN_PASSWORD: E2E_EDITOR.password,
      LOG_LEVEL: testEnv.E2E_LOG_LEVEL,
      NODE_ENV: 'test',
      // Tests seed hundreds of posts through the API from one address; the budget has its own tests.
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The gateway exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The gateway was not ready within ${options.timeoutMs ?? 60_000} ms:\n${output}`);
}
