import pRetry from 'p-retry';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { changesPublicContent } from './generation-cache.ts';

/** Keys in one purge request: Fastly's batch purge takes 256 surrogate keys, Cloudflare's 30 tags per call (a relay splits further). */
export const PURGE_BATCH_KEYS = 256;

export interface CdnPurgeOptions {
  logger: Logger;
  /** CDN_PURGE_URL: where `{ "keys": [...] }` is POSTed; unset = logged only. */
  url?: string;
  /** CDN_PURGE_TOKEN: sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Longest one POST may take, in ms; default 5,000. */
  timeoutMs?: number;
  /** Retries after a failed POST (an error, a timeout, a status ≥ 300); default 3. */
  retries?: number;
  /** Delay before the first retry, in ms, doubling each time (each delay randomised ×1–2, p-retry); default 500. */
  retryBaseMs?: number;
}

/**
 * The keys a committed write purges (Database.onCommittedWrite's `tables` and `notes`): the keys
 * its transaction noted (domain code, cache/cdn.ts's scheme; possibly none, for a write nothing
 * public shows), or `all` when it noted none but wrote public content (the seed, an autocommit
 * write, a write added later without notes), or none for private tables only.
 */
export function purgeKeysOf(tables: readonly string[], notes: readonly string[] | null): string[] {
  if (notes !== null) return [...new Set(notes)];
  return changesPublicContent(tables) ? ['all'] : [];
}

/**
 * Tells the CDN which cached answers a committed write made stale. Each commit's keys are logged
 * at info (`cdn purge`, `keys`) at once; with a `url`, the keys of the commits of one event-loop
 * turn are merged and POSTed as JSON `{ "keys": [...] }` (≤ PURGE_BATCH_KEYS per request, Bearer
 * token when given), each request with a timeout and retries with exponential backoff. Never
 * blocks or fails the write: it runs after the commit, and a CDN that cannot be reached is
 * logged at warn after the last retry (its answers then live out their s-maxage).
 */
export class CdnPurger {
  private readonly options: Required<Omit<CdnPurgeOptions, 'url' | 'token'>> & Pick<CdnPurgeOptions, 'url' | 'token'>;
  private queued = new Set<string>();
  private scheduled = false;
  private readonly sending = new Set<Promise<void>>();
  private readonly stopped = new AbortController();
  /** Requests that got a 2xx, and batches given up after the last retry: for tests and logs. */
  sent = 0;
  failed = 0;

  constructor(options: CdnPurgeOptions) {
    this.options = { timeoutMs: 5_000, retries: 3, retryBaseMs: 500, ...options };
  }

  /** Logs `keys` and queues them for the purge URL. Call after the commit only. */
  purge(keys: readonly string[]): void {
    if (keys.length === 0) return;
    this.options.logger.info({ keys }, 'cdn purge');
    if (!this.options.url || this.stopped.signal.aborted) return;
    for (const key of keys) this.queued.add(key);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Resolves once every queued purge was sent or given up (tests; shutdown). */
  async idle(): Promise<void> {
    while (this.scheduled || this.sending.size) {
      if (this.scheduled) await new Promise((resolve) => setImmediate(resolve));
      else await Promise.all(this.sending);
    }
  }

  /** Stops retrying and sending; what is queued is dropped (the CDN's TTL bounds it). */
  stop(): void {
    this.stopped.abort();
  }

  private flush(): void {
    this.scheduled = false;
    const keys = [...this.queued];
    this.queued = new Set();
    for (let at = 0; at < keys.length; at += PURGE_BATCH_KEYS) {
      const sending = this.send(keys.slice(at, at + PURGE_BATCH_KEYS)).finally(() => this.sending.delete(sending));
      this.sending.add(sending);
    }
  }

  private async send(keys: string[]): Promise<void> {
    const { url, token, timeoutMs, retries, retryBaseMs, logger } = this.options;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const body = JSON.stringify({ keys });
    try {
      await pRetry(
        async () => {
          const response = await fetch(url!, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
          await response.body?.cancel(); // the answer's body means nothing; free the socket
          if (response.status >= 300) throw new Error(`the purge URL answered ${response.status}`);
        },
        { retries, minTimeout: retryBaseMs, factor: 2, randomize: true, signal: this.stopped.signal },
      );
      this.sent += 1;
    } catch (error) {
      if (this.stopped.signal.aborted) return;
      this.failed += 1;
      logger.warn({ err: error, keys: keys.length }, 'cdn purge failed after retries: cached answers expire with their s-maxage');
    }
  }
}

/**
 * Sends the purge keys of every committed write to `db` (purgeKeysOf) to `purger`; returns a stop
 * function (unsubscribes and stops the purger).
 */
export function startCdnPurges(db: Pick<Database, 'onCommittedWrite'>, purger: CdnPurger): () => void {
  const unsubscribe = db.onCommittedWrite((tables, notes) => purger.purge(purgeKeysOf(tables, notes)));
  return () => {
    unsubscribe();
    purger.stop();
  };
}

/**
 * startCdnPurges for the gateway's lifetime: started with it, stopped when Yoga is disposed. Every
 * committed write through `db` is purged by the process that made it (so with several gateways,
 * once), the scheduler's publications included.
 */
export function useCdnPurges(options: { db: Pick<Database, 'onCommittedWrite'>; purger: CdnPurger }): Plugin {
  return { onDispose: startCdnPurges(options.db, options.purger) };
}
