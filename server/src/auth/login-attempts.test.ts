// Sign-in attempts are reserved on the account's and the address's counters before the password
// is checked (login-attempts.ts): what each outcome leaves on the counters.
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import { TooManyAttemptsError } from '../domain/errors.ts';
import { reserveSignInAttempt } from './login-attempts.ts';

const who = { email: 'editor@example.com', clientAddress: '203.0.113.7' };
const store = () => new RateLimiterMemory({ points: 3, duration: 900 });
const used = async (limiter: RateLimiterMemory, key: string) => (await limiter.get(key))?.consumedPoints ?? 0;

describe('reserveSignInAttempt', () => {
  it('takes one point per key; a failure keeps them (they are the failure count)', async () => {
    const limiter = store();
    const attempt = await reserveSignInAttempt(limiter, who);
    expect(attempt.keys).toEqual(['email:editor@example.com', 'ip:203.0.113.7']);
    expect([await used(limiter, 'email:editor@example.com'), await used(limiter, 'ip:203.0.113.7')]).toEqual([1, 1]);
  });

  it('past the limit: TooManyAttemptsError with the wait, and the other key gets its point back', async () => {
    const limiter = store();
    for (let i = 0; i < 3; i += 1) await reserveSignInAttempt(limiter, { ...who, clientAddress: `198.51.100.${i}` });
    const refused = await reserveSignInAttempt(limiter, who).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyAttemptsError);
    expect((refused as TooManyAttemptsError).retryAfterSeconds).toBeGreaterThan(890);
    expect(await used(limiter, 'ip:203.0.113.7')).toBe(0);
  });

  it("a success forgets the account's failures and gives the address its point back, keeping its earlier failures", async () => {
    const limiter = store();
    await reserveSignInAttempt(limiter, who); // a failure
    await (await reserveSignInAttempt(limiter, who)).succeeded();
    expect([await used(limiter, 'email:editor@example.com'), await used(limiter, 'ip:203.0.113.7')]).toEqual([0, 1]);
  });

  it('an attempt never judged (abandoned) gives both points back', async () => {
    const limiter = store();
    await (await reserveSignInAttempt(limiter, who)).abandon();
    expect([await used(limiter, 'email:editor@example.com'), await used(limiter, 'ip:203.0.113.7')]).toEqual([0, 0]);
  });

  it('a store failure is thrown as is (not a lockout)', async () => {
    const limiter = store();
    const broken = Object.assign(Object.create(limiter), { consume: async () => Promise.reject(new Error('redis down')) });
    await expect(reserveSignInAttempt(broken, who)).rejects.toThrow('redis down');
  });
});
