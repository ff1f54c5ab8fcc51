// The gateway as a child process (server/src/main.ts, as `npm start` runs it), for tests of what
// only a whole process shows: start-up, shutdown, background jobs across restarts, several
// processes on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { childEnv } from './test-env.ts';

export interface GatewayProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output: () => string;
  /** Its JSON log lines so far (pino), parsed; other lines skipped. */
  logs: () => Record<string, unknown>[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Spawns `node --import tsx server/src/main.ts` with this process's environment plus `env`
 * (defaults: embedded database, no configured editor, LOG_LEVEL info, HOST 127.0.0.1). Stop it
 * with `child.kill('SIGTERM')` and await `exited`.
 */
export function spawnGateway(env: Record<string, string>): GatewayProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: childEnv({ DATABASE_URL: '', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env }),
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs = () =>
    output.split('\n').flatMap((line) => {
      if (!line.startsWith('{')) return [];
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  return { child, output: () => output, logs, exited };
}

/** Polls `check` every 50 ms until it is true; throws after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Signs in over HTTP at `endpoint` (`http://…/graphql`) as `editor`; returns the session cookie (`name=value`). */
export async function signInOverHttp(endpoint: string, editor: { email: string; password: string }): Promise<string> {
  const login = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
      variables: { e: editor.email, p: editor.password },
    }),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in at ${endpoint} set no cookie: ${await login.text()}`);
  return cookie;
}

/**
 * POSTs `query` to `endpoint` with the session `cookie` and the CSRF header; `T` is the shape of
 * `data` the caller expects (these documents are untyped strings). Throws on errors or no data.
 */
export async function postAsEditor<T>(
  endpoint: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body));
  return body.data;
}
