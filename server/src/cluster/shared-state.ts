// The connection several gateway processes share their state through: Redis, when REDIS_URL is
// set. What lives there is small and rebuildable (a cache generation, rate-limit counters), so
// Redis is never a dependency of an answer: when it is unreachable, commands fail at once instead
// of queueing, and each user of it has a per-process fallback (see docs/several-gateways.md).
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

/** 'off': no REDIS_URL (one gateway, all in memory); 'up': both connections ready; 'down': configured, unreachable now. */
export type SharedStateStatus = 'off' | 'up' | 'down';

export interface SharedState {
  /** Now, without I/O (a field read: it is on every request's path). */
  status(): SharedStateStatus;
  /** The command connection; null when off. Commands fail at once (no offline queue) while down. */
  readonly client: Redis | null;
  /** The connection in subscriber mode (pub/sub); null when off. */
  readonly subscriber: Redis | null;
  /** Every key and channel starts with this (REDIS_KEY_PREFIX). */
  readonly prefix: string;
  /** Called on every change between 'up' and 'down' (the first 'up' included); returns an unsubscribe. */
  onChange(listener: (status: SharedStateStatus) => void): () => void;
  /** Closes both connections (no reconnect afterwards). */
  close(): Promise<void>;
}

/** The state of a single gateway: no Redis. */
export const NO_SHARED_STATE: SharedState = {
  status: () => 'off',
  client: null,
  subscriber: null,
  prefix: '',
  onChange: () => () => {},
  close: async () => {},
};

/**
 * Connection settings, chosen so that Redis trouble costs a request at most `commandTimeout`:
 * - enableOfflineQueue false: a command sent while disconnected rejects at once (a queue would hold
 *   requests until Redis is back);
 * - commandTimeout 500 ms: a Redis that accepts connections but does not answer (stopped with
 *   SIGSTOP, overloaded) rejects commands after half a second;
 * - retryStrategy: reconnect after 100, 200, … ms, then every second, for ever, so shared state
 *   comes back by itself;
 * - maxRetriesPerRequest 0: a command that failed is not resent on reconnect (its caller already
 *   fell back).
 */
export const REDIS_OPTIONS: RedisOptions = {
  enableOfflineQueue: false,
  commandTimeout: 500,
  connectTimeout: 2_000,
  maxRetriesPerRequest: 0,
  retryStrategy: (times) => Math.min(times * 100, 1_000),
  // The subscriber resubscribes in `onReady` (below), so the channel list is ours, not ioredis's.
  autoResubscribe: false,
  lazyConnect: false,
};

/**
 * Connects to `url` (REDIS_URL) with two connections: commands and pub/sub (a subscribed
 * connection can run no other command). Does not wait for them: the gateway starts and serves
 * while Redis is unreachable, with status 'down' until both are ready. Transitions are logged
 * (warn when lost, info when back), and a Redis still unreachable `connectTimeout` (2 s) after
 * the start gets one warning.
 */
export function connectSharedState(options: { url: string; prefix: string; logger: Pick<Logger, 'info' | 'warn'> }): SharedState {
  const { logger, prefix } = options;
  const client = new Redis(options.url, { ...REDIS_OPTIONS, connectionName: 'gateway' });
  const subscriber = new Redis(options.url, { ...REDIS_OPTIONS, connectionName: 'gateway-subscriber' });
  const listeners = new Set<(status: SharedStateStatus) => void>();
  let current: SharedStateStatus = 'down';
  let closed = false;

  const update = () => {
    const next: SharedStateStatus = client.status === 'ready' && subscriber.status === 'ready' ? 'up' : 'down';
    if (next === current || closed) return;
    current = next;
    if (next === 'up') logger.info('Redis reachable: shared cache generation and limits in use');
    else logger.warn('Redis unreachable: public cache bypassed, rate limits and sign-in counters per process until it is back');
    for (const listener of listeners) listener(next);
  };
  // 'error' must have a listener (else ioredis prints every failed reconnect); the state change is
  // what matters, and 'close'/'end' report it.
  for (const connection of [client, subscriber]) {
    connection.on('error', () => {});
    connection.on('ready', update);
    connection.on('close', update);
    connection.on('end', update);
  }
  // No transition to log when Redis is unreachable from the start: say so once, when the first
  // connection attempt has had its time.
  const startupCheck = setTimeout(() => {
    if (current === 'down' && !closed)
      logger.warn('Redis unreachable since start: public cache bypassed, rate limits and sign-in counters per process until it answers');
  }, REDIS_OPTIONS.connectTimeout);
  startupCheck.unref();
  return {
    status: () => current,
    client,
    subscriber,
    prefix,
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(startupCheck);
      listeners.clear();
      await Promise.allSettled([client.quit(), subscriber.quit()]);
      client.disconnect();
      subscriber.disconnect();
    },
  };
}
