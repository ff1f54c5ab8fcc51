import type { Logger } from 'pino';
import type { GenerationCache } from '../cache/generation-cache.ts';
import type { SharedState } from './shared-state.ts';

/**
 * Raises the shared generation to max(shared + 1, ARGV[1]) and publishes it, in one atomic step
 * (a script runs alone in Redis): two gateways purging at once get two different, increasing
 * generations, and every subscriber hears the final one. "%.0f": generations start from a time
 * in ms (about 1.8e12), which Lua's tostring would print as 1.8e+12.
 */
const RAISE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local next = current + 1
local wanted = tonumber(ARGV[1])
if wanted > next then next = wanted end
local text = string.format('%.0f', next)
redis.call('SET', KEYS[1], text)
redis.call('PUBLISH', KEYS[2], text)
return text`;

/** How often the shared generation is read while up, in ms: the backstop for a pub/sub message lost on a reconnect. */
export const GENERATION_POLL_MS = 1_000;

/**
 * Shares `cache`'s generation through Redis, so a committed write through any gateway makes every
 * gateway drop its cached answers and ETags:
 *
 * - a local purge (a committed write to public content) raises the shared generation with RAISE,
 *   which publishes it on `<prefix>cache:purged`; every gateway adopts what it hears (the writer
 *   too: the shared value may be above its own). Measured delay from a commit on one gateway to
 *   fresh answers on another: docs/benchmarks.md ("Several gateways");
 * - every GENERATION_POLL_MS the shared value is read again, in case a message was lost;
 * - while Redis is down the cache is bypassed (GenerationCache.bypassWhile): answers are computed
 *   afresh and no ETag validates, since another gateway's purge could be missed. Writes during
 *   the outage still purge locally;
 * - when Redis is back (and on first connection), each gateway raises the shared generation once,
 *   so whatever anyone wrote while it was down is purged everywhere; then the cache is used again.
 *
 * Until the first resync after a connection the cache stays bypassed. Returns a stop function.
 */
export function shareGeneration(cache: GenerationCache, state: SharedState, logger: Pick<Logger, 'warn'>): () => void {
  const { client, subscriber } = state;
  if (!client || !subscriber) return () => {};
  const key = `${state.prefix}cache:generation`;
  const channel = `${state.prefix}cache:purged`;
  // True from the moment Redis answered a resync until it is lost again.
  let synced = false;
  cache.bypassWhile(() => !synced || state.status() !== 'up');

  const raise = async (wanted: number): Promise<void> => {
    const shared = Number(await client.eval(RAISE, 2, key, channel, String(wanted)));
    cache.adopt(shared);
  };
  const resync = async () => {
    try {
      await subscriber.subscribe(channel);
      await raise(cache.generation + 1);
      synced = true;
    } catch (error) {
      // Still bypassed; the next 'up' or poll tries again.
      logger.warn({ err: error }, 'could not resynchronise the shared cache generation');
    }
  };

  const onMessage = (from: string, message: string) => {
    if (from === channel) cache.adopt(Number(message));
  };
  subscriber.on('message', onMessage);
  const stopPurges = cache.onPurge((generation) => {
    if (state.status() !== 'up') return;
    raise(generation).catch((error: unknown) => {
      // The others may not hear of this purge: bypass until a resync has told them.
      synced = false;
      logger.warn({ err: error }, 'could not share a cache purge; bypassing the cache until Redis answers');
    });
  });
  const stopWatching = state.onChange((status) => {
    synced = false;
    if (status === 'up') void resync();
  });
  const poll = setInterval(() => {
    if (state.status() !== 'up') return;
    if (!synced) {
      void resync();
      return;
    }
    client.get(key).then(
      (value) => value !== null && cache.adopt(Number(value)),
      () => {},
    );
  }, GENERATION_POLL_MS);
  poll.unref();
  if (state.status() === 'up') void resync();

  return () => {
    clearInterval(poll);
    stopPurges();
    stopWatching();
    subscriber.off('message', onMessage);
    cache.bypassWhile(() => false);
  };
}
