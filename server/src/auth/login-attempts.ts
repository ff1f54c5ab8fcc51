import { TooManyAttemptsError } from '../domain/errors.ts';
import type { RateLimitStore } from '../rate-limits.ts';

/** One reserved sign-in attempt (see {@link reserveSignInAttempt}). A wrong password needs no call: the reserved points are the failure. */
export interface SignInAttempt {
  /** The counter keys held: `email:<normalised email>` and `ip:<client address>` (also the throttle's keys). */
  readonly keys: readonly [account: string, address: string];
  /** The password matched: the account's failures are forgotten; the address gets this attempt back (one valid password must not clear an address's record). */
  succeeded(): Promise<void>;
  /** The attempt was never judged (an unexpected error, the database down): both points go back. */
  abandon(): Promise<void>;
}

/**
 * Reserves one sign-in attempt for an account and a client address *before* the password is
 * hashed: one atomic `consume` on each counter of `store` (LOGIN_MAX_FAILURES points per key in
 * a 15-minute window). A read-then-check let every concurrent attempt pass while the counters
 * were still low (30 parallel wrong passwords were all checked); with consume, however many
 * arrive at once, at most `store.points` attempts per key get through. consume, reward and
 * delete are single atomic operations in rate-limiter-flexible's memory store and in its Redis
 * store (a Lua script / INCRBY / DEL), so this holds across gateway instances too.
 *
 * While attempts are in flight they count as failures: a right password sent when the account's
 * last points are reserved by wrong ones is refused like any attempt past the limit.
 * @throws {TooManyAttemptsError} when either key has no point left; `retryAfterSeconds` is the
 *   longer wait of the refusing keys. Points taken on the other key are given back (the attempt
 *   was never checked). A store failure is rethrown as is.
 */
export async function reserveSignInAttempt(store: RateLimitStore, who: { email: string; clientAddress: string }): Promise<SignInAttempt> {
  const keys = [`email:${who.email}`, `ip:${who.clientAddress}`] as const;
  const results = await Promise.allSettled(keys.map((key) => store.consume(key)));
  const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (refusals.length > 0) {
    await Promise.all(keys.filter((_key, i) => results[i]!.status === 'fulfilled').map((key) => store.reward(key, 1)));
    const waits = refusals.map((reason) => (reason as { msBeforeNext?: unknown }).msBeforeNext);
    const storeFailure = refusals.find((_reason, i) => typeof waits[i] !== 'number');
    if (storeFailure !== undefined) throw storeFailure;
    throw new TooManyAttemptsError(Math.max(1, Math.ceil(Math.max(...(waits as number[])) / 1000)));
  }
  return {
    keys,
    succeeded: async () => {
      await Promise.all([store.delete(keys[0]), store.reward(keys[1], 1)]);
    },
    abandon: async () => {
      await Promise.all(keys.map((key) => store.reward(key, 1)));
    },
  };
}
