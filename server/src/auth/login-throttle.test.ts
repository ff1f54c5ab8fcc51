// The sign-in throttle's schedule: each consecutive failure for a key doubles the next wait,
// capped; a success or enough quiet time resets it (login-throttle.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

const options = { baseDelayMs: 5, maxDelayMs: 40, forgetAfterMs: 60_000 };
const email = 'email:editor@example.com';
const ip = 'ip:203.0.113.7';

afterEach(() => vi.useRealTimers());

/** Records `n` failures without waiting on real timers. */
async function failTimes(throttle: LoginThrottle, keys: string[], n: number) {
  for (let i = 0; i < n; i++) {
    const waiting = throttle.fail(keys);
    await vi.runAllTimersAsync();
    await waiting;
  }
}

describe('LoginThrottle', () => {
  it('doubles the delay after each consecutive failure, up to the cap', async () => {
    vi.useFakeTimers();
    const throttle = new LoginThrottle(options);
    const delays = [throttle.delayFor([email, ip])];
    for (let i = 0; i < 5; i++) {
      await failTimes(throttle, [email, ip], 1);
      delays.push(throttle.delayFor([email, ip]));
    }
    expect(delays).toEqual([5, 10, 20, 40, 40, 40]);
  });

  it('fail() really waits the delay it earned', async () => {
    vi.useFakeTimers();
    const throttle = new LoginThrottle(options);
    await failTimes(throttle, [email], 2); // next wait: 20 ms
    let done = false;
    const waiting = throttle.fail([email]).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(19);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('counts per key: another email from the same address is slowed too, a fresh one is not', async () => {
    vi.useFakeTimers();
    const throttle = new LoginThrottle(options);
    await failTimes(throttle, [email, ip], 3);
    expect(throttle.delayFor(['email:other@example.com', ip])).toBe(40);
    expect(throttle.delayFor(['email:other@example.com', 'ip:198.51.100.1'])).toBe(5);
  });

  it('a success resets the keys', async () => {
    vi.useFakeTimers();
    const throttle = new LoginThrottle(options);
    await failTimes(throttle, [email, ip], 3);
    throttle.succeed([email, ip]);
    expect(throttle.delayFor([email, ip])).toBe(5);
  });

  it('forgets failures older than forgetAfterMs', async () => {
    vi.useFakeTimers();
    const throttle = new LoginThrottle(options);
    await failTimes(throttle, [email], 3);
    expect(throttle.delayFor([email])).toBe(40);
    vi.setSystemTime(Date.now() + options.forgetAfterMs + 1);
    expect(throttle.delayFor([email])).toBe(5);
    await failTimes(throttle, [email], 1);
    expect(throttle.delayFor([email])).toBe(10); // counting starts over
  });
});
