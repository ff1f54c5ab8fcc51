// Every URL Yoga serves GraphQL on (`/graphql/`, `/x/graphql`, …) gets the endpoint's guards: the
// request budget, Cache-Control and CORS. isGraphqlEndpoint restates Yoga's own test; the first
// test checks it against what the real gateway answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGraphqlEndpoint } from '../../server/src/http/graphql-endpoint.ts';
import { CSRF_HEADER } from '#shared/errors.ts';
import { createTestGateway, EDITOR, type TestGateway } from '../support/gateway.ts';

const ACCEPT = { accept: 'application/graphql-response+json' };
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }`;

const PATHS = [
  '/graphql',
  '/graphql/',
  '/graphql?x=1',
  '/graphql/?x=1',
  '/graphql/#top',
  '/x/graphql',
  '/x/graphql/?',
  '/x?y=/graphql',
  '/x?y=/graphql/',
  '/GRAPHQL',
  '/Graphql/',
  '/graphql//',
  '/graphql/x',
  '/graphqlx',
  '/%67raphql',
  '/graphql%2F',
  '/graphql.json',
  '/',
];

describe('isGraphqlEndpoint', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await createTestGateway({ seed: false });
  });
  afterAll(() => gw.close());

  it('is true exactly for the URLs the gateway answers as GraphQL (the rest get 404)', async () => {
    const served: Record<string, boolean> = {};
    const predicted: Record<string, boolean> = {};
    for (const path of PATHS) {
      const url = `http://gateway.test${path}`;
      const res = await gw.yoga.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...ACCEPT }, body: TYPENAME });
      await res.arrayBuffer();
      served[path] = res.status !== 404;
      predicted[path] = isGraphqlEndpoint(url);
      expect(isGraphqlEndpoint(path), path).toBe(predicted[path]);
    }
    expect(predicted).toEqual(served);
    expect(served['/graphql/']).toBe(true);
  });
});

describe('the endpoint with a trailing slash (or any other form Yoga serves)', () => {
  it('is rate limited: RATE_LIMIT_PER_MINUTE=3 → the 4th GET is 429, whichever form it uses', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 3 } });
    try {
      const q = encodeURIComponent('{ __typename }');
      const statuses = [];
      for (const path of [
        `/graphql/?query=${q}`,
        `/graphql/?query=${q}`,
        `/graphql/?query=${q}`,
        `/graphql/?query=${q}`,
        `/x?query=${q}&y=/graphql`,
      ]) {
        const res = await gw.yoga.fetch(`http://gateway.test${path}`, { headers: ACCEPT });
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await gw.close();
    }
  });

  it('answers a login and an editor read with private, no-store', async () => {
    const gw = await createTestGateway({ seed: false, config: { cacheTtlSeconds: 60 } });
    try {
      const login = await gw.yoga.fetch('http://gateway.test/graphql/', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ACCEPT },
        body: JSON.stringify({ query: LOGIN, variables: { e: EDITOR.email, p: EDITOR.password } }),
      });
      expect(login.headers.get('set-cookie')).toMatch(/^gw_session=[^;]+/);
      expect(login.headers.get('cache-control')).toBe('private, no-store');
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const read = await gw.yoga.fetch(`http://gateway.test/graphql/?query=${encodeURIComponent('{ viewer { email } }')}`, {
        headers: { ...ACCEPT, cookie, [CSRF_HEADER]: '1' },
      });
      expect((await read.json()).data.viewer.email).toBe(EDITOR.email);
      expect(read.headers.get('cache-control')).toBe('private, no-store');
      // An anonymous GET there is cacheable, like on /graphql.
      const anonymous = await gw.yoga.fetch(`http://gateway.test/graphql/?query=${encodeURIComponent('{ __typename }')}`, {
        headers: ACCEPT,
      });
      expect(anonymous.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=60');
    } finally {
      await gw.close();
    }
  });

  it('gets CORS like /graphql: Vary: Origin and the grant for a listed origin', async () => {
    const origin = 'https://admin.example';
    const gw = await createTestGateway({ seed: false, config: { corsOrigins: [origin] } });
    try {
      const res = await gw.yoga.fetch('http://gateway.test/graphql/', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ACCEPT, origin },
        body: TYPENAME,
      });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')).toMatch(/Origin/);
    } finally {
      await gw.close();
    }
  });
});
