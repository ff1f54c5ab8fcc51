import { createInMemoryCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { LRUCache } from 'lru-cache';
import { generationSuffix, isOfGeneration } from './keys.ts';

/**
 * The response cache for anonymous reads, purged whole by every committed write to public content.
 *
 * Why purge everything instead of per-entity invalidation: a brand-new or newly published post
 * enters list results (posts, homeFeed, category pages, counts) that contain none of its ids, so
 * entity tags cannot find them. Writes come from one author a few times a day; reads from
 * everyone. A purge is one integer increment.
 *
 * How: every cache key (and so every ETag) ends in the current generation `:g<n>` (keys.ts); a
 * committed write to public content bumps the generation (usePublicCache), and `get` refuses keys
 * of other generations, so neither a stale body nor a stale 304 can be served.
 */
export class GenerationCache implements Cache {
  private current: number;
  private began = new Date();
  private readonly inner: Cache;
  /** When each stored key expires (Date.now() ms): what the HTTP fast path may not outlive. */
  private readonly expiries: LRUCache<string, number>;
  /** The CDN keys of each stored result (cache/answer-keys.ts), so a cache hit sends them too. */
  private readonly answerKeys: LRUCache<string, ReadonlySet<string>>;
  private readonly purgeListeners = new Set<(generation: number) => void>();
  /** See {@link bypassWhile}. */
  private bypass: () => boolean = () => false;

  /**
   * `firstGeneration` defaults to the start time in ms: an ETag handed out by an earlier process
   * (which counted from its own start time, one per mutation) can never name a generation of this
   * one, so it cannot validate a different body after a restart. `maxEntries`: results kept (LRU).
   */
  constructor(maxEntries = 1_000, firstGeneration = Date.now()) {
    this.current = firstGeneration;
    this.inner = createInMemoryCache({ max: maxEntries });
    this.expiries = new LRUCache({ max: maxEntries });
    this.answerKeys = new LRUCache({ max: maxEntries });
  }

  /** The current generation: bumped by every purge. */
  get generation(): number {
    return this.current;
  }

  /**
   * When the current generation began: the process start, or the last purge. No public content
   * changed since, so it is what Last-Modified says of documents built in it (the feeds and sitemap).
   */
  get startedAt(): Date {
    return this.began;
  }

  /** `:g<current generation>`, appended to every key made now. */
  get suffix(): string {
    return generationSuffix(this.current);
  }

  /**
   * Makes every cached result and ETag stale at once, and tells the {@link onPurge} listeners
   * (the shared generation, which then tells the other gateways).
   */
  purge(): void {
    this.begin(this.current + 1);
    for (const listener of this.purgeListeners) listener(this.current);
  }

  /**
   * Moves to `generation` if it is newer than the current one (a purge made by another gateway,
   * learnt through the shared generation); an older or equal one changes nothing, so generations
   * only go up. Does not call the onPurge listeners. @returns whether it moved.
   */
  adopt(generation: number): boolean {
    if (!(generation > this.current)) return false;
    this.begin(generation);
    return true;
  }

  /** `listener(newGeneration)` after each local purge; returns an unsubscribe. */
  onPurge(listener: (generation: number) => void): () => void {
    this.purgeListeners.add(listener);
    return () => void this.purgeListeners.delete(listener);
  }

  /**
   * While `bypassed()` is true nothing is served from or stored in this cache (nor from the
   * stores built on it: the GET fast path, the syndication documents) and no ETag validates
   * (`bypassed`): the shared generation cannot be trusted then, as another gateway's purge may
   * have been missed.
   */
  bypassWhile(bypassed: () => boolean): void {
    this.bypass = bypassed;
  }

  /** True while the cache must not be used (see {@link bypassWhile}). */
  get bypassed(): boolean {
    return this.bypass();
  }

  private begin(generation: number): void {
    this.current = generation;
    this.began = new Date();
    this.expiries.clear();
    this.answerKeys.clear();
  }

  get(key: string) {
    return isOfGeneration(key, this.current) && !this.bypass() ? this.inner.get(key) : undefined;
  }

  set(...args: Parameters<Cache['set']>) {
    const [key, , , ttl] = args;
    if (!isOfGeneration(key, this.current) || this.bypass()) return;
    this.expiries.set(key, Date.now() + ttl);
    return this.inner.set(...args);
  }

  /**
   * When the result stored under `key` (an ETag's key) expires (Date.now() ms), if it is of the
   * current generation and was stored at all (results with errors or a TTL of 0 get an ETag but
   * are not stored); else undefined.
   */
  expiresAt(key: string): number | undefined {
    if (!isOfGeneration(key, this.current) || this.bypass()) return undefined;
    const at = this.expiries.get(key);
    return at !== undefined && at > Date.now() ? at : undefined;
  }

  /** The CDN keys kept for the result under `key` (an ETag's key) of the current generation, if any. */
  keysOf(key: string): ReadonlySet<string> | undefined {
    return isOfGeneration(key, this.current) ? this.answerKeys.get(key) : undefined;
  }

  /** Keeps the CDN keys of the result under `key`, if it is of the current generation. */
  rememberKeys(key: string, keys: ReadonlySet<string>): void {
    if (isOfGeneration(key, this.current)) this.answerKeys.set(key, keys);
  }

  invalidate(...args: Parameters<Cache['invalidate']>) {
    return this.inner.invalidate(...args);
  }
}

/**
 * Tables no anonymous read shows (accounts, sessions, API tokens, post revisions, webhooks and
 * their deliveries, preview links): a committed write to them (a sign-in, a token's lastUsedAt, a
 * delivery attempt, a new preview link) changes no public answer, so it keeps every cached entry
 * and ETag. Every other table counts as public content, so a table added later purges by default.
 */
export const PRIVATE_TABLES: ReadonlySet<string> = new Set([
  'User',
  'Session',
  'ApiToken',
  'PostRevision',
  'Webhook',
  'WebhookDelivery',
  'PreviewLink',
]);

/** True when committed writes to `tables` (Database.onCommittedWrite) may change a public answer. */
export function changesPublicContent(tables: readonly string[]): boolean {
  return tables.some((table) => !PRIVATE_TABLES.has(table));
}
