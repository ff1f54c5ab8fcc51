// A throwaway redis-server (Debian's package) for tests: its own temp folder, a free loopback
// port, no persistence. It can be stopped and started again on the same port, which is how the
// tests show that a Redis outage is survived and that shared state comes back by itself.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { testEnv } from './test-env.ts';
import { freePort } from './gateway-process.ts';

/** Where the tests look for redis-server: REDIS_SERVER_PATH, else Debian's /usr/bin/redis-server. */
export const REDIS_SERVER_PATH = testEnv.REDIS_SERVER_PATH;

export type RedisEnvironment = { canRun: true } | { canRun: false; reason: string };

/**
 * Whether Redis tests can run here. Without redis-server they skip, unless REDIS_REQUIRED=1 (CI,
 * which installs Debian's redis-server): then they fail, so a skipped suite never looks green.
 */
export function redisEnvironment(): RedisEnvironment {
  if (existsSync(REDIS_SERVER_PATH)) return { canRun: true };
  return {
    canRun: false,
    reason: `redis-server not found at ${REDIS_SERVER_PATH}: install it with \`apt-get install -y redis-server\` or set REDIS_SERVER_PATH.`,
  };
}

/** True when Redis tests should be skipped here (and may be: REDIS_REQUIRED is off). Logs why once. */
export function skipRedisTests(): boolean {
  const environment = redisEnvironment();
  if (environment.canRun) return false;
  if (testEnv.REDIS_REQUIRED) throw new Error(`REDIS_REQUIRED=1 but ${environment.reason}`);
  console.warn(`skipping Redis tests: ${environment.reason}`);
  return true;
}

export interface TestRedis {
  /** `redis://127.0.0.1:<port>`: what REDIS_URL is set to. */
  readonly url: string;
  readonly port: number;
  /** Whether the server process is running now. */
  readonly running: boolean;
  /** Stops the server (SIGKILL unless `graceful`), as an outage would; resolves once it has exited. */
  stop(options?: { graceful?: boolean }): Promise<void>;
  /** Starts it again on the same port (empty: no persistence), resolving once it answers PING. */
  start(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open, nothing answers — a hung Redis. */
  pause(): void;
  /** Lets a paused server run again (SIGCONT). */
  resume(): void;
  /** Stops it for good and deletes its folder. */
  close(): Promise<void>;
}

/** Resolves once something accepts TCP connections on `port` and answers PING; throws after `ms`. */
async function waitForPing(port: number, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (answered) return;
    if (Date.now() > until) throw new Error(`redis-server on port ${port} did not answer PING within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts a redis-server on a free 127.0.0.1 port with nothing saved to disk (`--save ''`,
 * `--appendonly no`) in a new temp folder. Call `close()` in afterAll.
 */
export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'redis-test-'));
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const start = async () => {
    if (child) return;
    output = '';
    const started = spawn(
      REDIS_SERVER_PATH,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    started.stdout!.on('data', (chunk) => (output += chunk));
    started.stderr!.on('data', (chunk) => (output += chunk));
    exited = new Promise<void>((resolve) =>
      started.once('exit', () => {
        if (child === started) child = undefined;
        resolve();
      }),
    );
    try {
      await waitForPing(port);
    } catch (error) {
      started.kill('SIGKILL');
      throw new Error(`${(error as Error).message}\n${output}`);
    }
  };

  const stop = async (options: { graceful?: boolean } = {}) => {
    if (!child) return;
    child.kill(options.graceful ? 'SIGTERM' : 'SIGKILL');
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return child !== undefined;
    },
    stop,
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    close: async () => {
      child?.kill('SIGCONT');
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The redis-server version line (for benchmark reports), or null when it is not installed. */
export function redisServerVersion(): string | null {
  if (!existsSync(REDIS_SERVER_PATH)) return null;
  const result = spawnSync(REDIS_SERVER_PATH, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}
