// Shared by the bench/load/fault/fuzz scripts (tests/bench/*.ts): child processes on loopback,
// pinned to a CPU with taskset when asked, waited for with a deadline, stopped by pid.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CSRF_HEADER } from '#shared/errors.ts';
import type { PrismaClient } from '../../server/src/__generated__/prisma/client.ts';
import { childEnv } from '../support/test-env.ts';

export const HOST = '127.0.0.1';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when `taskset` exists and the machine has ≥ 2 CPUs (pinning makes sense). */
export function canPin(): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
    return Number(execFileSync('nproc', ['--all']).toString().trim()) >= 2;
  } catch {
    return false;
  }
}

/** Pins this process (all its threads) to `cpu`. */
export function pinSelf(cpu: number): void {
  execFileSync('taskset', ['-a', '-cp', String(cpu), String(process.pid)], { stdio: 'ignore' });
}

export interface Child {
  url: string;
  port: number;
  process: ChildProcess;
  /** stderr+stdout tail, for error messages. */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns `node --import tsx <script>` with `env`, optionally pinned to `cpu`, and waits up to
 * `timeoutMs` for `readyPath` to answer 200. `node` runs another Node binary instead of this
 * one, without tsx (a peer that needs a newer Node and strips its own types).
 */
export async function startNode(options: {
  script: string;
  node?: string;
  args?: string[];
  env?: Record<string, string | undefined>;
  cpu?: number;
  nodeArgs?: string[];
  readyPath?: string;
  timeoutMs?: number;
  port?: number;
}): Promise<Child> {
  const port = options.port ?? (await freePort());
  const loader = options.node ? [] : ['--import', 'tsx'];
  const argv = [...(options.nodeArgs ?? []), ...loader, options.script, ...(options.args ?? [])];
  const node = options.node ?? process.execPath;
  // taskset execs the program, so the child's pid is the server's own (residentMemoryMb reads it).
  const [command, args] = options.cpu === undefined ? [node, argv] : ['taskset', ['-c', String(options.cpu), node, ...argv]];
  const child = spawn(command, args, {
    env: childEnv({ HOST, PORT: String(port), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://${HOST}:${port}`;
  const handle: Child = {
    url,
    port,
    process: child,
    output: () => log,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.script} exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(url + (options.readyPath ?? '/'), { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.ok) return handle;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  await handle.stop();
  throw new Error(`${options.script} not ready within ${options.timeoutMs ?? 60_000} ms:\n${log}`);
}

export const EDITOR = { email: 'bench@example.com', password: 'bench password 1234' };

/** Environment of a production-like gateway on loopback (rate limit off for load runs). */
export function gatewayEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    ADMIN_EMAIL: EDITOR.email,
    ADMIN_PASSWORD: EDITOR.password,
    ...extra,
  };
}

/**
 * `node --import tsx server/src/main.ts` with gatewayEnv, ready when /readyz says 200; on `port`
 * when given (a restarted cluster member keeps its load balancer's address), else a free one.
 */
export function startGateway(options: {
  env: Record<string, string | undefined>;
  cpu?: number;
  nodeArgs?: string[];
  timeoutMs?: number;
  port?: number;
}) {
  return startNode({
    script: 'server/src/main.ts',
    env: gatewayEnv(options.env),
    cpu: options.cpu,
    nodeArgs: options.nodeArgs,
    readyPath: '/readyz',
    timeoutMs: options.timeoutMs ?? 120_000,
    port: options.port,
  });
}

/** A throwaway PostgreSQL 15 cluster (tests/support/postgres.sh): its URL, folder and port. */
export interface ThrowawayPostgres {
  url: string;
  dir: string;
  port: string;
  /** Stops the server and deletes its folder. */
  stop(): void;
}

/** Starts a {@link ThrowawayPostgres} with tests/support/postgres.sh (trust auth, free port). */
export function startThrowawayPostgres(): ThrowawayPostgres {
  const exports = execFileSync('bash', ['tests/support/postgres.sh', 'start'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  const url = /TEST_DATABASE_URL='([^']+)'/.exec(exports)?.[1];
  const dir = /PG_TEST_DIR='([^']+)'/.exec(exports)?.[1];
  if (!url || !dir) throw new Error(`tests/support/postgres.sh start printed no TEST_DATABASE_URL/PG_TEST_DIR:\n${exports}`);
  return {
    url,
    dir,
    port: readFileSync(`${dir}/port`, 'utf8').trim(),
    stop: () => execFileSync('bash', ['tests/support/postgres.sh', 'stop', dir], { stdio: 'ignore' }),
  };
}

/**
 * A temp DATA_DIR with the migrated, seeded database and `count` generated posts (0 = the seed
 * only). Returns the folder; `copies` more identical folders are made by copying it. `inspect`
 * reads the prepared database before it is closed (its result is `inspected`).
 */
export async function prepareDataDirs<T = undefined>(
  count: number,
  copies = 0,
  inspect?: (prisma: PrismaClient) => Promise<T>,
): Promise<{ dirs: string[]; generateMs: number; inspected: T | undefined; cleanup(): void }> {
  const { openDatabase } = await import('../../server/src/db/database.ts');
  const { applyMigrations } = await import('../../server/src/db/migrate.ts');
  const { seedContent } = await import('../../server/src/db/seed.ts');
  const { generatePosts } = await import('./data.ts');
  const first = mkdtempSync(path.join(tmpdir(), 'gateway-bench-'));
  const db = await openDatabase({ dataDir: path.join(first, 'pglite') });
  let generateMs = 0;
  let inspected: T | undefined;
  try {
    await applyMigrations({ driver: db.driver });
    await seedContent(db.prisma);
    if (count > 0) generateMs = (await generatePosts(db.prisma, { count, seed: 42 })).ms;
    inspected = await inspect?.(db.prisma);
  } finally {
    await db.close();
  }
  const dirs = [first];
  for (let i = 0; i < copies; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'gateway-bench-'));
    cpSync(first, dir, { recursive: true });
    dirs.push(dir);
  }
  const cleanup = () => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  return { dirs, generateMs, inspected, cleanup };
}

/** Signs in as the bench editor; returns headers for cookie + CSRF. */
export async function editorHeaders(url: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
      variables: { e: EDITOR.email, p: EDITOR.password },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { __typename: string } } };
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (body.data?.login?.__typename !== 'LoginPayload' || !cookie) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return { cookie, [CSRF_HEADER]: '1' };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function machine(): string {
  const cpu = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim();
  return `${execFileSync('nproc', ['--all']).toString().trim()} CPUs (${cpu}), Node ${process.version}, ${process.platform}`;
}

/**
 * Resident memory of process `pid` in MB (MiB: VmRSS of /proc/<pid>/status ÷ 1024), all its threads
 * included (render workers, PGlite's WASM memory); undefined where /proc does not exist or the
 * process has ended. What the benchmarks report as "RSS" (docs/benchmarks.md, "Memory").
 */
export function residentMemoryMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}
