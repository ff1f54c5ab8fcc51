// Rate limits: failed sign-ins per account and per address are refused after LOGIN_MAX_FAILURES,
// and the general per-IP request budget answers 429 with Retry-After. Both count the client
// address of server/src/client-address.ts, which a forged X-Forwarded-For cannot change.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../server/src/config.ts';
import { createRequestHandler, GetCache } from '../../server/src/cache/fast-path.ts';
import { memoryRateLimits } from '../../server/src/rate-limits.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, EDITOR } from '../support/gateway.ts';
import { expectTypename } from '../support/mutations.ts';
import { ErrorCode } from '#shared/errors.ts';

const login = graphql(`
  mutation LimitsLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) { __typename ... on TooManyAttemptsError { retryAfterSeconds message } }
  }
`);
const SITE_TITLE = graphql(`query LimitsSiteTitle { site { title } }`);

describe('failed sign-ins', () => {
  it('are refused per account after LOGIN_MAX_FAILURES, even with the right password, and no session is made', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3 } });
    try {
      const attempts = [];
      for (let i = 0; i < 3; i += 1)
        attempts.push((await gw.gql(login, { e: EDITOR.email, p: 'wrong password' })).body.data!.login.__typename);
      expect(attempts).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError']);
      const refused = expectTypename(
        (await gw.gql(login, { e: EDITOR.email, p: EDITOR.password })).body.data!.login,
        'TooManyAttemptsError',
      );
      expect(refused.retryAfterSeconds).toBeGreaterThan(800);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
      const sessions = await gw.db.prisma.session.count();
      expect(sessions).toBe(0);
    } finally {
      await gw.close();
    }
  });

  it('are counted per address too (behind a trusted proxy): spraying many accounts from one IP is refused', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3, trustProxy: 1 } });
    try {
      const attacker = { 'x-forwarded-for': '203.0.113.7' };
      for (let i = 0; i < 3; i += 1) await gw.gql(login, { e: `victim${i}@example.com`, p: 'guess' }, attacker);
      expect((await gw.gql(login, { e: 'victim9@example.com', p: 'guess' }, attacker)).body.data!.login.__typename).toBe(
        'TooManyAttemptsError',
      );
      // The real editor from another address still gets in.
      const editor = await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, { 'x-forwarded-for': '198.51.100.2' });
      expect(editor.body.data!.login.__typename).toBe('LoginPayload');
    } finally {
      await gw.close();
    }
  });

  it('a successful sign-in clears the account counter', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3, trustProxy: 1 } });
    try {
      const home = { 'x-forwarded-for': '198.51.100.9' };
      for (let i = 0; i < 2; i += 1) await gw.gql(login, { e: EDITOR.email, p: 'typo' }, { 'x-forwarded-for': `192.0.2.${i}` });
      expect((await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, home)).body.data!.login.__typename).toBe('LoginPayload');
      for (let i = 0; i < 2; i += 1) await gw.gql(login, { e: EDITOR.email, p: 'typo' }, { 'x-forwarded-for': `192.0.2.${10 + i}` });
      expect((await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, home)).body.data!.login.__typename).toBe('LoginPayload');
    } finally {
      await gw.close();
    }
  });
});

describe('request budget per IP', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE, per address, before any SQL', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 5, trustProxy: 1 } });
    try {
      const a = { 'x-forwarded-for': '203.0.113.1' };
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await gw.gql(SITE_TITLE, {}, a)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      let refused!: Awaited<ReturnType<typeof gw.gql>>;
      const sql = await gw.statements(async () => {
        refused = await gw.gql(SITE_TITLE, {}, a);
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.RATE_LIMITED);
      expect(sql).toEqual([]);
      expect((await gw.gql(SITE_TITLE, {}, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
      // Health probes are not /graphql and never limited.
      expect((await gw.yoga.fetch('http://gateway.test/healthz', { headers: a })).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  it('without TRUST_PROXY a forged X-Forwarded-For does not buy a fresh budget', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 2 } });
    try {
      await gw.gql(SITE_TITLE, {}, { 'x-forwarded-for': '1.1.1.1' });
      await gw.gql(SITE_TITLE, {}, { 'x-forwarded-for': '2.2.2.2' });
      expect((await gw.gql(SITE_TITLE, {}, { 'x-forwarded-for': '3.3.3.3' })).status).toBe(429);
    } finally {
      await gw.close();
    }
  });
});

describe('the client address behind a proxy', () => {
  // The client writes the left part; the proxy appends the address it saw.
  const forged = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n}, 203.0.113.7` });
  const SITE = `/graphql?query=${encodeURIComponent('{ site { title } }')}`;

  /** The gateway behind main.ts's node:http handler (with the GET fast path), on a loopback port. */
  async function listening(config: Partial<Config>) {
    const rateLimits = memoryRateLimits({
      requestsPerMinute: config.rateLimitPerMinute ?? 0,
      loginMaxFailures: config.loginMaxFailures ?? 10,
    });
    const getCache = new GetCache();
    const gw = await createTestGateway({
      seed: false,
      config: { ...config, cacheTtlSeconds: 60 },
      gateway: { rateLimits, publicCache: getCache.generations },
    });
    const handler = createRequestHandler({
      yoga: gw.yoga,
      getCache,
      requests: rateLimits.requests,
      trustProxy: config.trustProxy,
      logger: pino({ level: 'silent' }),
    });
    const server: Server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      gw,
      getCache,
      get: (headers: Record<string, string>) =>
        fetch(base + SITE, { headers: { accept: 'application/graphql-response+json', ...headers } }),
      async close() {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await gw.close();
      },
    };
  }

  it('TRUST_PROXY=on: 40 GETs with a forged first hop are one client, 429 after RATE_LIMIT_PER_MINUTE (yoga.fetch)', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 30, trustProxy: 1 } });
    try {
      const statuses = [];
      for (let n = 1; n <= 40; n += 1) {
        statuses.push(
          (await gw.yoga.fetch(`http://gateway.test${SITE}`, { headers: { accept: 'application/json', ...forged(n) } })).status,
        );
      }
      expect(statuses).toEqual([...Array(30).fill(200), ...Array(10).fill(429)]);
    } finally {
      await gw.close();
    }
  });

  it.each([
    ['on (one hop)', 1],
    ['the proxy by address (loopback)', ['loopback']],
  ] as const)('TRUST_PROXY=%s: the same through node:http and its GET fast path', async (_name, trustProxy) => {
    const h = await listening({ rateLimitPerMinute: 30, trustProxy: trustProxy as Config['trustProxy'] });
    try {
      const statuses = [];
      for (let n = 1; n <= 40; n += 1) statuses.push((await h.get(forged(n))).status);
      expect(statuses).toEqual([...Array(30).fill(200), ...Array(10).fill(429)]);
      expect(h.getCache.hits).toBe(29); // the fast path answered, and charged, all but the first
      expect((await h.get({ 'x-forwarded-for': '198.51.100.1, 203.0.113.8' })).status).toBe(200); // another client
    } finally {
      await h.close();
    }
  });

  it('an IPv6 client is counted by its /64: fresh addresses inside it buy no fresh budget', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 3, trustProxy: 1 } });
    try {
      const statuses = [];
      for (let n = 1; n <= 4; n += 1) {
        const headers = { accept: 'application/json', 'x-forwarded-for': `2001:db8:7:7:${n.toString(16)}::${n}` };
        statuses.push((await gw.yoga.fetch(`http://gateway.test${SITE}`, { headers })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const neighbour = { accept: 'application/json', 'x-forwarded-for': '2001:db8:7:8::1' }; // another /64
      expect((await gw.yoga.fetch(`http://gateway.test${SITE}`, { headers: neighbour })).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  it('TRUST_PROXY=on: a client port in X-Forwarded-For, or brackets, buy no fresh budget (nor does garbage)', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 3, trustProxy: 1 } });
    try {
      const statuses = [];
      for (const hop of [
        '203.0.113.78:40001',
        '203.0.113.78:40002',
        '[::ffff:203.0.113.78]',
        '[::ffff:203.0.113.78]:40003',
        '203.0.113.78',
      ]) {
        const headers = { accept: 'application/json', 'x-forwarded-for': hop };
        statuses.push((await gw.yoga.fetch(`http://gateway.test${SITE}`, { headers })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      // Entries that are no address share one budget (in process there is no peer: "unknown").
      const garbage = [];
      for (const hop of ['junk-1', 'junk-2', 'junk-3', 'junk-4']) {
        garbage.push(
          (await gw.yoga.fetch(`http://gateway.test${SITE}`, { headers: { accept: 'application/json', 'x-forwarded-for': hop } })).status,
        );
      }
      expect(garbage).toEqual([200, 200, 200, 429]);
    } finally {
      await gw.close();
    }
  });

  it('a proxy list does not believe a peer outside it', async () => {
    // The peer is 127.0.0.1, not in 10.0.0.0/8: it is the client, whatever header it sends.
    const h = await listening({ rateLimitPerMinute: 3, trustProxy: ['10.0.0.0/8'] });
    try {
      const statuses = [];
      for (let n = 1; n <= 4; n += 1) statuses.push((await h.get({ 'x-forwarded-for': `203.0.113.${n}` })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await h.close();
    }
  });

  it('the sign-in lockout counts the same address: a forged first hop does not buy fresh attempts', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3, trustProxy: 1 } });
    try {
      const answers = [];
      for (let n = 1; n <= 4; n += 1)
        answers.push((await gw.gql(login, { e: `victim${n}@example.com`, p: 'guess' }, forged(n))).body.data!.login.__typename);
      expect(answers).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError', 'TooManyAttemptsError']);
    } finally {
      await gw.close();
    }
  });
});
