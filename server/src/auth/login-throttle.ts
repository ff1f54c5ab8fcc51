/**
 * Slows repeated failed sign-ins: after the n-th consecutive failure for the same key (an email
 * or a client IP) the answer waits baseDelayMs·2^(n-1), capped at maxDelayMs; a success resets
 * the key. In memory, per process: it only slows answers, so it needs no shared store. The limit
 * on how many passwords are checked at all is login-attempts.ts's reservation, which holds under
 * concurrency and across instances. Each failure reads and updates a key in one synchronous step,
 * so concurrent failures each see the ones before them.
 */
export class LoginThrottle {
  private failures = new Map<string, { count: number; at: number }>();

  constructor(
    private readonly options: { baseDelayMs: number; maxDelayMs: number; forgetAfterMs: number } = {
      baseDelayMs: 250,
      maxDelayMs: 5_000,
      forgetAfterMs: 15 * 60_000,
    },
  ) {}

  /** Milliseconds the next failure for these keys will wait. */
  delayFor(keys: string[]): number {
    const now = Date.now();
    let count = 0;
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (entry && now - entry.at < this.options.forgetAfterMs) count = Math.max(count, entry.count);
    }
    return Math.min(this.options.baseDelayMs * 2 ** count, this.options.maxDelayMs);
  }

  /** Records a failure for each key and waits the delay it earned. */
  async fail(keys: string[]): Promise<void> {
    const delay = this.delayFor(keys);
    const now = Date.now();
    for (const key of keys) {
      const entry = this.failures.get(key);
      const fresh = entry && now - entry.at < this.options.forgetAfterMs;
      this.failures.set(key, { count: fresh ? entry.count + 1 : 1, at: now });
    }
    if (this.failures.size > 10_000) this.prune(now);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) {
      if (now - entry.at >= this.options.forgetAfterMs) this.failures.delete(key);
    }
  }
}
