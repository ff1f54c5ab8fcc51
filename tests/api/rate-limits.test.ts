// Rate limits (issue #4 item 5): failed sign-ins per account and per address are refused after
// LOGIN_MAX_FAILURES, and the general per-IP request budget answers 429 with Retry-After.
import { describe, expect, it } from 'vitest';
import { createTestGateway, EDITOR } from '../support/gateway.ts';

const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) {
  __typename ... on TooManyAttemptsError { retryAfterSeconds message } } }`;

describe('failed sign-ins', () => {
  it('are refused per account after LOGIN_MAX_FAILURES, even with the right password, and no session is made', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3 } });
    try {
      const attempts = [];
      for (let i = 0; i < 3; i += 1) attempts.push((await gw.gql(login, { e: EDITOR.email, p: 'wrong password' })).body.data.login.__typename);
      expect(attempts).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError']);
      const refused = (await gw.gql(login, { e: EDITOR.email, p: EDITOR.password })).body.data.login;
      expect(refused.__typename).toBe('TooManyAttemptsError');
      expect(refused.retryAfterSeconds).toBeGreaterThan(800);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(900);
      const sessions = await gw.db.prisma.session.count();
      expect(sessions).toBe(0);
    } finally {
      await gw.close();
    }
  });

  it('are counted per address too (behind a trusted proxy): spraying many accounts from one IP is refused', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3, trustProxy: true } });
    try {
      const attacker = { 'x-forwarded-for': '203.0.113.7' };
      for (let i = 0; i < 3; i += 1) await gw.gql(login, { e: `victim${i}@example.com`, p: 'guess' }, attacker);
      expect((await gw.gql(login, { e: 'victim9@example.com', p: 'guess' }, attacker)).body.data.login.__typename).toBe('TooManyAttemptsError');
      // The real editor from another address still gets in.
      const editor = await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, { 'x-forwarded-for': '198.51.100.2' });
      expect(editor.body.data.login.__typename).toBe('LoginPayload');
    } finally {
      await gw.close();
    }
  });

  it('a successful sign-in clears the account counter', async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 3, trustProxy: true } });
    try {
      const home = { 'x-forwarded-for': '198.51.100.9' };
      for (let i = 0; i < 2; i += 1) await gw.gql(login, { e: EDITOR.email, p: 'typo' }, { 'x-forwarded-for': `192.0.2.${i}` });
      expect((await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, home)).body.data.login.__typename).toBe('LoginPayload');
      for (let i = 0; i < 2; i += 1) await gw.gql(login, { e: EDITOR.email, p: 'typo' }, { 'x-forwarded-for': `192.0.2.${10 + i}` });
      expect((await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, home)).body.data.login.__typename).toBe('LoginPayload');
    } finally {
      await gw.close();
    }
  });
});

describe('request budget per IP', () => {
  it('answers 429 with Retry-After past RATE_LIMIT_PER_MINUTE, per address, before any SQL', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 5, trustProxy: true } });
    try {
      const a = { 'x-forwarded-for': '203.0.113.1' };
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await gw.gql('{ site { title } }', {}, a)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      let refused!: Awaited<ReturnType<typeof gw.gql>>;
      const sql = await gw.statements(async () => {
        refused = await gw.gql('{ site { title } }', {}, a);
      });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(sql).toEqual([]);
      expect((await gw.gql('{ site { title } }', {}, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
      // Health probes are not /graphql and never limited.
      expect((await gw.yoga.fetch('http://gateway.test/healthz', { headers: a })).status).toBe(200);
    } finally {
      await gw.close();
    }
  });

  it('without TRUST_PROXY a forged X-Forwarded-For does not buy a fresh budget', async () => {
    const gw = await createTestGateway({ seed: false, config: { rateLimitPerMinute: 2 } });
    try {
      await gw.gql('{ site { title } }', {}, { 'x-forwarded-for': '1.1.1.1' });
      await gw.gql('{ site { title } }', {}, { 'x-forwarded-for': '2.2.2.2' });
      expect((await gw.gql('{ site { title } }', {}, { 'x-forwarded-for': '3.3.3.3' })).status).toBe(429);
    } finally {
      await gw.close();
    }
  });
});
