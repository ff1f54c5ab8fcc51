// The gateway as a process (server/src/main.ts): configuration errors, refusing to start after a
// failed migration, and graceful shutdown. Always on the embedded database (its own temp folder).
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnGateway, waitFor } from '../support/gateway-process.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'gateway-process-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const start = (env: Record<string, string>) => spawnGateway({ DATA_DIR: dataDir, ...env });

describe('gateway process', () => {
  it('refuses to start on invalid configuration, naming every bad variable', async () => {
    const run = start({ PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/PORT: expected an integer/);
    expect(run.output()).toMatch(/LOG_LEVEL/);
  });

  it('serves the blog, prints the generated password once, and finishes in-flight requests on SIGTERM', async () => {
    const port = 4471;
    const run = start({ PORT: String(port) });
    // A first start migrates and seeds an empty database: slow on a busy machine.
    await waitFor(() => run.output().includes('gateway ready'), 90_000);
    const printed = run.output().match(/Admin sign-in: (\S+) \/ (\S{12,})/);
    expect(printed?.[1]).toBe('author@localhost');
    // The printed credentials must actually sign in (what someone trying the project does first).
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
        variables: { e: printed![1], p: printed![2] },
      }),
    });
    expect(await login.json()).toEqual({ data: { login: { __typename: 'LoginPayload' } } });

    // An in-flight request: headers and half the body sent before the signal, the rest after.
    const body = JSON.stringify({ query: '{ homeFeed { favorites { title } } }' });
    const socket = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    run.child.kill('SIGTERM');
    await waitFor(() => run.output().includes('shutting down'));
    // New connections are refused while the old one is served.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    socket.write(body.slice(10));
    await waitFor(() => response.includes('The Physics of Hallucination'));
    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(await run.exited).toBe(0);
  }, 120_000);

  it('starts again on the same data without re-seeding or a new password', async () => {
    const run = start({ PORT: '4472' });
    await waitFor(() => run.output().includes('gateway ready'), 60_000);
    expect(run.output()).not.toMatch(/Admin sign-in|loaded the blog content/);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 90_000);

  it('refuses to start after a failed migration, saying which and what to do', async () => {
    const db = new PGlite(path.join(dataDir, 'pglite'));
    await db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs) VALUES ($1, $2, $3, $4)`, [
      '00000000-0000-4000-8000-000000000000',
      'x'.repeat(64),
      '29990101000000_broken',
      'ERROR: syntax error at or near "TABL"',
    ]);
    await db.close();
    const run = start({ PORT: '4473' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('29990101000000_broken');
    expect(run.output()).toMatch(/syntax error/);
  });
});
