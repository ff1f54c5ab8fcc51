// A throwaway nginx (Debian's package) as the load balancer in front of gateway processes, for
// tests and the cluster benchmark. Its configuration is deploy/nginx.conf, the file
// docker-compose.yml ships, rendered for loopback: the upstream servers become the given
// host:port pairs, `listen 80` a free loopback port, and pid, logs and temp folders move into a
// fresh prefix folder in tmp. The rest (retries, buffers, headers) is the shipped text, unchanged.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './gateway-process.ts';
import { testEnv } from './test-env.ts';

/** Where the tests look for nginx: NGINX_PATH, else Debian's /usr/sbin/nginx. */
export const NGINX_PATH = testEnv.NGINX_PATH;

/** The shipped configuration (docker-compose.yml mounts it as /etc/nginx/nginx.conf). */
export const NGINX_CONF_PATH = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/**
 * Whether nginx tests can run here: without nginx they skip, unless NGINX_REQUIRED=1 (CI, which
 * installs Debian's nginx): then they fail, so a skipped suite never looks green. Logs why once.
 */
export function skipNginxTests(): boolean {
  if (existsSync(NGINX_PATH)) return false;
  const reason = `nginx not found at ${NGINX_PATH}: install it with \`apt-get install -y nginx\` or set NGINX_PATH.`;
  if (testEnv.NGINX_REQUIRED) throw new Error(`NGINX_REQUIRED=1 but ${reason}`);
  console.warn(`skipping nginx tests: ${reason}`);
  return true;
}

/** The nginx version line (for benchmark reports), or null when it is not installed. */
export function nginxVersion(): string | null {
  if (!existsSync(NGINX_PATH)) return null;
  const result = spawnSync(NGINX_PATH, ['-v'], { encoding: 'utf8' });
  return result.status === 0 ? result.stderr.trim() : null;
}

/** One rewrite of the shipped text: `pattern` (no `g` flag) must match exactly once, or rendering throws. */
function rewrite(text: string, pattern: RegExp, replacement: string | ((match: string) => string)): string {
  const found = text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  if (found !== 1) throw new Error(`deploy/nginx.conf changed: expected one match of ${pattern} to rewrite for loopback, found ${found}`);
  return text.replace(pattern, replacement as string);
}

/** nginx's temp folders (request bodies, buffered responses…): inside the prefix, not Debian's /var/lib/nginx. */
const TEMP_KINDS = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];

export interface NginxRenderOptions {
  /** `host:port` of each gateway, in place of the compose services (at least one). */
  upstreams: string[];
  listenPort: number;
  /** Folder for pid, logs and temp files (absolute). */
  prefix: string;
  /** Workers run as root when the master does (CI runs as root; Debian has no `nginx` user). */
  asRoot?: boolean;
}

/**
 * deploy/nginx.conf for loopback: `server gateway-a:4000 <params>;` lines → one per upstream with the
 * same parameters, `listen 80` → `listen 127.0.0.1:<listenPort>`, pid, error and access logs (with
 * the upstreams each request went to: `<status>|<upstream_addr>|<upstream_status>`) and temp folders
 * inside `prefix`, `daemon off`. Throws when a line it rewrites is missing from the file.
 */
export function renderNginxConfig(options: NginxRenderOptions, shipped = readFileSync(NGINX_CONF_PATH, 'utf8')): string {
  if (!options.upstreams.length) throw new Error('renderNginxConfig: at least one upstream');
  const { prefix } = options;
  let text = shipped;
  text = rewrite(text, /^user nginx;$/m, options.asRoot ? 'user root;' : '# user: the master runs unprivileged');
  text = rewrite(text, /^pid .*;$/m, `daemon off;\npid ${prefix}/nginx.pid;`);
  text = rewrite(text, /^error_log .*;$/m, `error_log ${prefix}/error.log warn;`);
  text = rewrite(
    text,
    /^( *)access_log .*;$/m,
    (line) =>
      `${line.match(/^ */)![0]}log_format upstream '$status|$upstream_addr|$upstream_status';\n` +
      `${line.match(/^ */)![0]}access_log ${prefix}/access.log upstream;\n` +
      TEMP_KINDS.map((kind) => `  ${kind}_temp_path ${prefix}/tmp/${kind};`).join('\n'),
  );
  // Both compose gateways' lines become the given upstreams, with the first line's parameters.
  const servers = /^( *)server gateway-[ab]:4000( [^;]*)?;\n/gm;
  const lines = [...text.matchAll(servers)];
  if (lines.length !== 2) throw new Error(`deploy/nginx.conf changed: expected 2 "server gateway-a|b:4000" lines, found ${lines.length}`);
  const [, indent = '', params = ''] = lines[0]!;
  let first = true;
  text = text.replace(servers, () => {
    if (!first) return '';
    first = false;
    return options.upstreams.map((upstream) => `${indent}server ${upstream}${params};\n`).join('');
  });
  text = rewrite(text, /^( *)listen 80;$/m, (line) => `${line.match(/^ */)![0]}listen 127.0.0.1:${options.listenPort};`);
  return text;
}

function preparePrefix(prefix: string): void {
  for (const kind of TEMP_KINDS) mkdirSync(path.join(prefix, 'tmp', kind), { recursive: true });
}

/**
 * `nginx -t` on deploy/nginx.conf (or `shipped`) rendered with `options` in a throwaway prefix: its
 * exit status and what it printed. Upstream host names must resolve, hence loopback upstreams.
 */
export function checkNginxConfig(options: Omit<NginxRenderOptions, 'prefix'>, shipped?: string): { ok: boolean; output: string } {
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-check-'));
  try {
    preparePrefix(prefix);
    const conf = path.join(prefix, 'nginx.conf');
    writeFileSync(conf, renderNginxConfig({ ...options, prefix }, shipped));
    const result = spawnSync(NGINX_PATH, ['-t', '-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

export interface NginxAccess {
  status: number;
  /** Each upstream tried, in order (`127.0.0.1:4001`); more than one when nginx retried on the next. */
  upstreams: string[];
  /** The status each upstream gave (`502`, `-` for none), in the same order. */
  upstreamStatuses: string[];
}

export interface TestNginx {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** The requests served so far, from its access log (written when each response ends). */
  accessLog(): NginxAccess[];
  /** Its error log so far. */
  errorLog(): string;
  /** Stops nginx (fast shutdown) and deletes its prefix folder. */
  stop(): Promise<void>;
}

/** Resolves once `port` on 127.0.0.1 accepts a TCP connection; throws after `ms` or when `alive()` turns false. */
async function waitForListen(port: number, alive: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (!alive()) throw new Error('nginx exited before listening');
    if (Date.now() > until) throw new Error(`nginx did not listen on ${port} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts nginx (`-p <prefix> -c <prefix>/nginx.conf`, in the foreground) with deploy/nginx.conf
 * rendered for `upstreams` (host:port each) on `listenPort` (default: a free one), on 127.0.0.1.
 * Resolves once it accepts connections; throws with its error log if it does not start. Call
 * `stop()` in afterAll.
 */
export async function startNginx(options: { upstreams: string[]; listenPort?: number }): Promise<TestNginx> {
  const port = options.listenPort ?? (await freePort());
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'nginx-test-'));
  preparePrefix(prefix);
  const conf = path.join(prefix, 'nginx.conf');
  const asRoot = process.getuid?.() === 0;
  writeFileSync(conf, renderNginxConfig({ upstreams: options.upstreams, listenPort: port, prefix, asRoot }));
  const read = (file: string) => (existsSync(path.join(prefix, file)) ? readFileSync(path.join(prefix, file), 'utf8') : '');
  let output = '';
  // `-e`: errors before the configuration is read (nginx would otherwise open its compiled-in log).
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForListen(port, () => child.exitCode === null && child.signalCode === null);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    const log = `${output}${read('error.log')}`;
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    accessLog: () =>
      read('access.log')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          // Several upstreams tried are listed "a:1, b:2" (and their statuses "502, 200").
          const [status = '', addresses = '', statuses = ''] = line.split('|');
          const list = (field: string) => field.split(',').map((entry) => entry.trim());
          return { status: Number(status), upstreams: list(addresses), upstreamStatuses: list(statuses) };
        }),
    errorLog: () => read('error.log'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
