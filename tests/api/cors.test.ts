// CORS on Yoga's path (server/src/plugins/use-cors.ts): only the origins in CORS_ORIGINS get a
// grant, never `null` or any other; every answer of /graphql says `Vary: Origin`. The HTTP fast
// path's replay of these headers is tested in get-fast-path.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

const LISTED = ['https://blog.example', 'http://localhost:5173'];
const QUERY = `/graphql?query=${encodeURIComponent('{ site { title } }')}`;
const ACCEPT = { accept: 'application/graphql-response+json' };

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false, config: { corsOrigins: LISTED } });
});
afterAll(() => gw?.close());

const request = (path: string, init: RequestInit = {}) => gw.yoga.fetch(`http://gateway.test${path}`, init);
const preflight = (origin: string, headers: Record<string, string> = {}) =>
  request('/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', ...headers } });
const getAs = (origin: string | undefined, headers: Record<string, string> = {}) =>
  request(QUERY, { headers: { ...ACCEPT, ...(origin ? { origin } : {}), ...headers } });
const postAs = (origin: string) =>
  request('/graphql', {
    method: 'POST',
    headers: { ...ACCEPT, origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ site { title } }' }),
  });

/** The CORS response headers of `response` (lower-case names). */
const cors = (response: Response) =>
  Object.fromEntries(
    [...response.headers].filter(([name]) => name.toLowerCase().startsWith('access-control-')).map(([n, v]) => [n.toLowerCase(), v]),
  );

describe('CORS_ORIGINS=https://blog.example,http://localhost:5173', () => {
  it('a preflight and a GET with Origin: null get no grant: no allow-origin, no allow-credentials', async () => {
    const pre = await preflight('null', { 'access-control-request-headers': 'content-type' });
    expect(pre.status).toBe(204);
    expect(cors(pre)).toEqual({});
    expect(pre.headers.get('vary')).toMatch(/\bOrigin\b/);
    const got = await getAs('null');
    expect(got.status).toBe(200);
    expect(cors(got)).toEqual({});
    expect(got.headers.get('vary')).toBe('Origin, Accept');
  });

  it.each([
    'https://evil.example',
    'https://blog.example.evil.example',
    'http://blog.example', // another scheme
    'https://blog.example:8443', // another port
    'https://blog.example/', // not how a browser writes an origin
    'https://BLOG.EXAMPLE',
    'null, https://blog.example',
  ])('unlisted origin %s: no grant on a preflight, a GET or a POST', async (origin) => {
    for (const response of [await preflight(origin), await getAs(origin), await postAs(origin)]) {
      expect(cors(response)).toEqual({});
      expect(response.headers.get('vary')).toMatch(/\bOrigin\b/);
    }
  });

  it.each(LISTED)('listed origin %s: its own origin with credentials, on a preflight, a GET and a POST', async (origin) => {
    const pre = await preflight(origin, { 'access-control-request-headers': 'content-type, x-graphql-yoga-csrf' });
    expect(pre.status).toBe(204);
    expect(cors(pre)).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type, x-graphql-yoga-csrf',
    });
    expect(pre.headers.get('vary')).toBe('Origin, Access-Control-Request-Headers');
    for (const [response, vary] of [
      [await getAs(origin), 'Origin, Accept'],
      [await postAs(origin), 'Origin'],
    ] as const) {
      expect(response.status).toBe(200);
      expect(cors(response)).toEqual({ 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' });
      expect(response.headers.get('vary')).toBe(vary);
    }
  });

  it('every answer of /graphql carries Vary: Origin (GETs also Accept): without an Origin, a 304, an error, a mutation over GET', async () => {
    const plain = await getAs(undefined);
    expect(plain.headers.get('vary')).toBe('Origin, Accept');
    expect(cors(plain)).toEqual({});
    const revalidated = await getAs('https://blog.example', { 'if-none-match': plain.headers.get('etag')! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('vary')).toBe('Origin, Accept');
    expect(cors(revalidated)).toEqual({
      'access-control-allow-origin': 'https://blog.example',
      'access-control-allow-credentials': 'true',
    });
    const invalid = await request(`/graphql?query=${encodeURIComponent('{ nope }')}`, { headers: { ...ACCEPT, origin: 'null' } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('vary')).toBe('Origin, Accept');
    expect(cors(invalid)).toEqual({});
    const viaGet = await request(`/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { ...ACCEPT, origin: 'https://blog.example' },
    });
    expect(viaGet.status).toBe(405);
    expect(viaGet.headers.get('vary')).toBe('Origin, Accept');
  });

  it('other paths are same-origin only: /healthz and /readyz grant nothing, even to a listed origin', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const response = await request(path, { headers: { origin: 'https://blog.example' } });
      expect(response.status).toBe(200);
      expect(cors(response)).toEqual({});
    }
  });
});

describe('CORS_ORIGINS unset (same-origin only)', () => {
  let plain: TestGateway;
  beforeAll(async () => {
    plain = await createTestGateway({ seed: false });
  });
  afterAll(() => plain?.close());

  it.each(['null', 'https://blog.example', 'https://evil.example'])('origin %s: no CORS header on a preflight or a GET', async (origin) => {
    const pre = await plain.yoga.fetch('http://gateway.test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });
    expect(cors(pre)).toEqual({});
    const got = await plain.yoga.fetch(`http://gateway.test${QUERY}`, { headers: { ...ACCEPT, origin } });
    expect(got.status).toBe(200);
    expect(cors(got)).toEqual({});
  });
});
