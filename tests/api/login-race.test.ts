// Concurrent sign-ins cannot race past the lockout: each attempt reserves its point on the
// account's and the address's counter before any password is hashed, so however many arrive at
// once, at most LOGIN_MAX_FAILURES passwords are checked per account and per address in the window.
// Password checks are counted as real scrypt computations (node:crypto's scrypt, wrapped).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryRateLimits } from '../../server/src/rate-limits.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, EDITOR, type TestGateway } from '../support/gateway.ts';

const scrypts = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  const scrypt = ((...args: Parameters<typeof crypto.scrypt>) => {
    scrypts.count += 1;
    return (crypto.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof crypto.scrypt;
  return { ...crypto, default: { ...crypto, scrypt }, scrypt };
});

// Ten scrypt checks (128 MiB, ~0.3 s each on an idle core) plus a gateway: slow on a busy machine.
const SLOW = 180_000;
const login = graphql(`mutation RaceLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }`);
const gateways: TestGateway[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((gw) => gw.close()));
});

/** Sends all `attempts` at once; returns how often each answer came and how many scrypts ran. */
async function race(attempts: Array<() => Promise<{ body: any }>>) {
  scrypts.count = 0;
  const answers = await Promise.all(attempts.map((attempt) => attempt()));
  const counts: Record<string, number> = {};
  for (const answer of answers) {
    const name = answer.body.data?.login?.__typename ?? answer.body.errors?.[0]?.message;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return { counts, passwordChecks: scrypts.count };
}

describe('concurrent wrong passwords (LOGIN_MAX_FAILURES=10)', () => {
  it('30 at once for one account, each from its own address: 10 checked, 20 refused', { timeout: SLOW }, async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 10, trustProxy: 1 } });
    gateways.push(gw);
    const result = await race(
      Array.from(
        { length: 30 },
        (_, i) => () => gw.gql(login, { e: EDITOR.email, p: `wrong ${i}` }, { 'x-forwarded-for': `198.51.100.${i + 1}` }),
      ),
    );
    expect(result).toEqual({ counts: { InvalidCredentialsError: 10, TooManyAttemptsError: 20 }, passwordChecks: 10 });
    // The lockout holds for the right password too.
    expect(
      (await gw.gql(login, { e: EDITOR.email, p: EDITOR.password }, { 'x-forwarded-for': '192.0.2.1' })).body.data!.login.__typename,
    ).toBe('TooManyAttemptsError');
  });

  it('30 at once from one address, each for another account: 10 checked, 20 refused', { timeout: SLOW }, async () => {
    const gw = await createTestGateway({ seed: false, config: { loginMaxFailures: 10, trustProxy: 1 } });
    gateways.push(gw);
    const result = await race(
      Array.from(
        { length: 30 },
        (_, i) => () => gw.gql(login, { e: `victim${i}@example.com`, p: 'guess' }, { 'x-forwarded-for': '203.0.113.7' }),
      ),
    );
    expect(result.counts).toEqual({ InvalidCredentialsError: 10, TooManyAttemptsError: 20 });
    expect(result.passwordChecks).toBe(10 + 1); // + the dummy hash unknown emails are checked against, made once
  });

  it('two gateway instances sharing the counters: still 10 checks for the account', { timeout: SLOW }, async () => {
    const rateLimits = memoryRateLimits({ requestsPerMinute: 0, loginMaxFailures: 10 });
    const [a, b] = await Promise.all(
      [0, 1].map(() => createTestGateway({ seed: false, config: { trustProxy: 1 }, gateway: { rateLimits } })),
    );
    gateways.push(a!, b!);
    const result = await race(
      Array.from(
        { length: 30 },
        (_, i) => () => (i % 2 ? a! : b!).gql(login, { e: EDITOR.email, p: `wrong ${i}` }, { 'x-forwarded-for': `198.51.100.${i + 1}` }),
      ),
    );
    expect(result).toEqual({ counts: { InvalidCredentialsError: 10, TooManyAttemptsError: 20 }, passwordChecks: 10 });
  });
});
