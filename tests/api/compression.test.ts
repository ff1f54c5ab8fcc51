// Pages and files (GraphiQL, the admin app) are compressed on the wire; API answers are not
// (server/src/http/compress-pages.ts). Through a real node:http server, as main.ts composes it.
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressPages, isPageRequest } from '../../server/src/http/compress-pages.ts';
import { createRequestHandler } from '../../server/src/cache/fast-path.ts';
import { createGateway } from '../../server/src/yoga.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const SCRIPT = `console.log(${JSON.stringify('admin '.repeat(2_000))});`;
let tmp: string;
let db: TestDatabase;
let server: Server;
let port: number;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'admin-dist-'));
  const dist = path.join(tmp, 'dist');
  await mkdir(path.join(dist, 'assets'), { recursive: true });
  await writeFile(
    path.join(dist, 'index.html'),
    '<!doctype html><title>admin</title><script type="module" src="/admin/assets/index-abc.js"></script>',
  );
  await writeFile(path.join(dist, 'assets', 'index-abc.js'), SCRIPT);
  db = await createTestDatabase();
  const yoga = createGateway({ db, logger: pino({ level: 'silent' }), adminDir: dist, config: { graphiql: true, rateLimitPerMinute: 0 } });
  server = createServer(compressPages(createRequestHandler({ yoga, logger: pino({ level: 'silent' }) })));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server?.close();
  await db?.close();
  await rm(tmp, { recursive: true, force: true });
});

/** A raw HTTP exchange (fetch would decompress and hide the encoding). */
function exchange(method: string, url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('compression of pages and files', () => {
  it('GraphiQL: gzip when asked, the same page once unzipped, with Vary: Accept-Encoding', async () => {
    const plain = await exchange('GET', '/graphql', { accept: 'text/html' });
    const zipped = await exchange('GET', '/graphql', { accept: 'text/html', 'accept-encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length * 0.6);
  });

  it('admin files: brotli when the client prefers it; identity without Accept-Encoding', async () => {
    const br = await exchange('GET', '/admin/assets/index-abc.js', { 'accept-encoding': 'br, gzip' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);
    const plain = await exchange('GET', '/admin/assets/index-abc.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('API answers are left alone (GET and POST), whatever the client accepts', async () => {
    const query = '{ posts(first: 50) { edges { node { id slug title summary } } } }';
    const get = await exchange('GET', `/graphql?query=${encodeURIComponent(query)}`, {
      accept: 'application/json',
      'accept-encoding': 'gzip, br',
    });
    const post = await exchange(
      'POST',
      '/graphql',
      { 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip, br' },
      JSON.stringify({ query }),
    );
    for (const answer of [get, post]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(answer.body.toString()).data.posts.edges).toBeInstanceOf(Array);
    }
  });

  it('tells pages from API requests', () => {
    const req = (method: string, url: string, accept = '') => ({ method, url, headers: { accept } }) as never;
    expect(isPageRequest(req('GET', '/admin/'))).toBe(true);
    expect(isPageRequest(req('GET', '/admin'))).toBe(true);
    expect(isPageRequest(req('HEAD', '/admin/assets/x.js'))).toBe(true);
    expect(isPageRequest(req('GET', '/graphql', 'text/html,application/xhtml+xml'))).toBe(true);
    expect(isPageRequest(req('GET', '/graphql?query={a}', 'application/json'))).toBe(false);
    expect(isPageRequest(req('POST', '/admin/'))).toBe(false);
    expect(isPageRequest(req('GET', '/administrator'))).toBe(false);
  });
});
