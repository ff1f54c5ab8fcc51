// The gateway serves the built admin (server/src/plugins/use-admin-app.ts) — through the real
// createGateway, against a tiny fake admin/dist in a temp folder.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_NOT_BUILT } from '../../server/src/plugins/use-admin-app.ts';
import { createGateway, type Gateway } from '../../server/src/yoga.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const INDEX = '<!doctype html><title>admin</title><script type="module" src="/admin/assets/index-abc123.js"></script>';
let tmp: string;
let db: TestDatabase;
let yoga: Gateway;
let unbuilt: Gateway;

const get = (gateway: Gateway, url: string, init?: RequestInit) =>
  gateway.fetch(`http://gateway.test${url}`, { redirect: 'manual', ...init });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'admin-dist-'));
  const dist = path.join(tmp, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), INDEX);
  await writeFile(path.join(dist, 'assets', 'index-abc123.js'), 'console.log("admin")');
  await writeFile(path.join(dist, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // A file beside dist that traversal attempts aim at.
  await writeFile(path.join(tmp, 'secret.txt'), 'do not serve');
  db = await createTestDatabase({ migrated: false });
  const logger = pino({ level: 'silent' });
  yoga = createGateway({ db, logger, adminDir: dist });
  unbuilt = createGateway({ db, logger, adminDir: path.join(tmp, 'missing') });
});

afterAll(async () => {
  await db?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('admin static files', () => {
  it('serves hashed assets with their type, immutable for a year', async () => {
    const js = await get(yoga, '/admin/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8'); // RFC 9239;
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log("admin")');
    const css = await get(yoga, '/admin/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get(yoga, '/admin/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves index.html at /admin/ and for client-side routes, never cached without revalidation', async () => {
    for (const url of ['/admin/', '/admin/index.html', '/admin/posts/drafts/UG9zdDox', '/admin/settings']) {
      const response = await get(yoga, url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control'), url).toBe('no-cache');
      expect(await response.text(), url).toBe(INDEX);
    }
  });

  it('answers 404 for a missing file with an extension (a stale asset), not index.html', async () => {
    expect((await get(yoga, '/admin/assets/index-old999.js')).status).toBe(404);
  });

  it('HEAD gives the headers without a body', async () => {
    const response = await get(yoga, '/admin/assets/index-abc123.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String('console.log("admin")'.length));
    expect(await response.text()).toBe('');
  });

  it('refuses paths that try to leave the folder', async () => {
    for (const url of [
      '/admin/..%2fsecret.txt',
      '/admin/assets/..%2f..%2fsecret.txt',
      '/admin/%2e%2e%2fsecret.txt',
      '/admin/..%5csecret.txt',
      '/admin/a%00.js',
    ]) {
      const response = await get(yoga, url);
      expect(response.status, url).toBe(400);
      expect(await response.text(), url).not.toContain('do not serve');
    }
    // Literal dot segments are resolved by the URL parser to a path outside /admin/.
    expect(await (await get(yoga, '/admin/../secret.txt')).text()).not.toContain('do not serve');
  });

  it('redirects / and /admin to /admin/', async () => {
    for (const url of ['/', '/admin']) {
      const response = await get(yoga, url);
      expect(response.status, url).toBe(302);
      expect(response.headers.get('location'), url).toBe('/admin/');
    }
  });

  it('leaves /graphql and /healthz alone', async () => {
    expect((await get(yoga, '/healthz')).status).toBe(200);
    const response = await get(yoga, '/graphql?query=%7B__typename%7D', { headers: { accept: 'application/json' } });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows only GET and HEAD under /admin/', async () => {
    expect((await get(yoga, '/admin/', { method: 'POST' })).status).toBe(405);
  });

  it('says how to build the admin when admin/dist is missing', async () => {
    const response = await get(unbuilt, '/admin/');
    expect(response.status).toBe(503);
    expect(await response.text()).toBe(ADMIN_NOT_BUILT);
    expect(ADMIN_NOT_BUILT).toBe('Admin not built: run npm run build:admin');
  });
});
