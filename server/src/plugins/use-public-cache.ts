import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import { createInMemoryCache, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import { LRUCache } from 'lru-cache';
import vary from 'vary';
import type { Plugin } from 'graphql-yoga';
import { hasSessionCookie } from '../auth/credentials.ts';
import type { Database } from '../db/database.ts';
import { etagOf, isNotModified } from '../http/etag.ts';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import { useReadCoalescing } from './use-read-coalescing.ts';

/**
 * The response cache for anonymous reads, purged whole by every committed write to public content.
 *
 * Why purge everything instead of per-entity invalidation: a brand-new or newly published post
 * enters list results (posts, homeFeed, category pages, counts) that contain none of its ids, so
 * entity tags cannot find them. Writes come from one author a few times a day; reads from
 * everyone. A purge is one integer increment.
 *
 * How: every cache key (and so every ETag) ends in the current generation `:g<n>`; a committed
 * write to public content bumps the generation (usePublicCache), and `get` refuses keys of other
 * generations, so neither a stale body nor a stale 304 can be served.
 */
export class GenerationCache implements Cache {
  private current: number;
  private readonly inner: Cache;
  /** When each stored key expires (Date.now() ms): what the HTTP fast path may not outlive. */
  private readonly expiries: LRUCache<string, number>;

  /**
   * `firstGeneration` defaults to the start time in ms: an ETag handed out by an earlier process
   * (which counted from its own start time, one per mutation) can never name a generation of this
   * one, so it cannot validate a different body after a restart.
   */
  constructor(maxEntries = 1_000, firstGeneration = Date.now()) {
    this.current = firstGeneration;
    this.inner = createInMemoryCache({ max: maxEntries });
    this.expiries = new LRUCache({ max: maxEntries });
  }

  /** The current generation: bumped by every purge. */
  get generation(): number {
    return this.current;
  }

  get suffix(): string {
    return `:g${this.current}`;
  }

  /** Makes every cached result and ETag stale at once. */
  purge(): void {
    this.current += 1;
    this.expiries.clear();
  }

  get(key: string) {
    return key.endsWith(this.suffix) ? this.inner.get(key) : undefined;
  }

  set(...args: Parameters<Cache['set']>) {
    const [key, , , ttl] = args;
    if (key.endsWith(this.suffix)) this.expiries.set(key, Date.now() + ttl);
    return this.inner.set(...args);
  }

  /**
   * When the result stored under `key` (an ETag) expires, if it is of the current generation and
   * was stored at all (results with errors or a TTL of 0 get an ETag but are not stored).
   */
  expiresAt(key: string): number | undefined {
    if (!key.endsWith(this.suffix)) return undefined;
    const at = this.expiries.get(key);
    return at !== undefined && at > Date.now() ? at : undefined;
  }

  invalidate(...args: Parameters<Cache['invalidate']>) {
    return this.inner.invalidate(...args);
  }
}

/** True for requests that carry credentials: editors bypass the cache (they see drafts). */
export function hasCredentials(request: Request): boolean {
  return request.headers.has('authorization') || hasSessionCookie(request.headers.get('cookie'));
}

/** Headers of a body, left out of a 304. */
export const NOT_ON_304: ReadonlySet<string> = new Set(['content-type', 'content-length', 'content-encoding']);

/**
 * Tables no anonymous read shows (accounts, sessions, API tokens): a committed write to them
 * (a sign-in, a sign-out, creating or revoking a token, a token's lastUsedAt) changes no public
 * answer, so it keeps every cached entry and ETag. Every other table counts as public content,
 * so a table added later purges by default.
 */
export const PRIVATE_TABLES: ReadonlySet<string> = new Set(['User', 'Session', 'ApiToken']);

/** True when committed writes to `tables` (Database.onCommittedWrite) may change a public answer. */
export function changesPublicContent(tables: readonly string[]): boolean {
  return tables.some((table) => !PRIVATE_TABLES.has(table));
}

/**
 * Response cache (TTL `ttlSeconds`, 0 = off) for anonymous reads, with HTTP validation, and the
 * Cache-Control header:
 *
 * - Generations: a new one starts when, and only when, a write to public content commits
 *   (`writes.onCommittedWrite`, reported by the database layer from the statements themselves). A
 *   refused (UNAUTHENTICATED/FORBIDDEN), failed or rolled-back mutation, a typed error result
 *   (nothing is written then), a write that changed no row, and writes to PRIVATE_TABLES keep
 *   every entry and ETag; a mutation added later needs nothing to be handled right.
 * - ETag: `W/"<key>"` (http/etag.ts). The key hashes the document, operation name and variables,
 *   so one operation's tag never validates another's URL or body. If-None-Match on a GET is
 *   compared with the answer's own ETag, weakly, as a list or `*` (isNotModified) → 304. The
 *   response-cache plugin's own check is left out: it looked the header value up as a cache key,
 *   so any cached operation's key validated any request (POSTs included), and it knew neither
 *   lists, quotes nor `*`.
 * - Vary: every GET answer varies on Accept (GraphiQL or JSON, and which JSON media type).
 * - Cache-Control: anonymous GET results may be stored anywhere but must be revalidated
 *   (max-age=0, must-revalidate), which turns repeat reads into cheap 304s while a publish shows at
 *   once; anything with credentials, and every POST, is `private, no-store`.
 *
 * Unless `shareReads` is false, identical anonymous reads in flight share one execution
 * (use-read-coalescing.ts), with or without the cache, never across generations.
 */
export function usePublicCache(options: {
  ttlSeconds: number;
  /** Where committed writes are reported: the gateway's Database. */
  writes: Pick<Database, 'onCommittedWrite'>;
  cache?: GenerationCache;
  shareReads?: boolean;
}): Plugin[] {
  const cache = options.cache ?? new GenerationCache();
  const stopPurging = options.writes.onCommittedWrite((tables) => {
    if (changesPublicContent(tables)) cache.purge();
  });
  // Operations whose results are never stored: mutations (with invalidateViaMutation off, the
  // response cache would store a mutation's answer like a query's and replay it — a second
  // identical login would get the first one's payload and no session), and subscriptions.
  const notCached = new WeakSet<object>();
  const http: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') notCached.add(args.contextValue as object);
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (!isGraphqlEndpoint(request.url)) return;
      // The response-cache plugin sets the bare cache key; clients get it as an entity-tag.
      const key = response.headers.get('etag');
      const etag = key === null ? null : etagOf(key);
      if (etag !== null) response.headers.set('etag', etag);
      // A GET's answer depends on Accept: GraphiQL for a browser, else JSON whose media type
      // follows Accept (and both share one ETag), so a shared cache must key on it.
      if (request.method === 'GET') response.headers.set('vary', vary.append(response.headers.get('vary') ?? '', 'Accept'));
      if (!response.headers.has('cache-control')) {
        // With credentials, or anything but GET (mutations; a login answer sets the session
        // cookie): never stored by a browser or proxy.
        if (hasCredentials(request) || request.method !== 'GET') response.headers.set('cache-control', 'private, no-store');
        else if (response.status === 200 || response.status === 304) {
          response.headers.set('cache-control', 'public, max-age=0, must-revalidate');
        }
      }
      if (etag !== null && request.method === 'GET' && response.status === 200 && isNotModified(request.headers.get('if-none-match'), etag)) {
        // The 200's headers but those of its body (RFC 9110 §15.4.5), as the HTTP fast path does.
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (!NOT_ON_304.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
        });
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
    },
    onDispose: stopPurging,
  };
  // Before the response cache: see useReadCoalescing's docstring.
  const coalescing = options.shareReads === false ? [] : [useReadCoalescing({ generation: () => cache.suffix, hasCredentials })];
  if (options.ttlSeconds === 0) return [http, ...coalescing];
  // Without its onRequest hook: the If-None-Match check above replaces it (see the docstring).
  const { onRequest: _replaced, ...responseCache } = useResponseCache({
    cache,
    ttl: options.ttlSeconds * 1000,
    session: () => null,
    // Checked before parsing (no operation known yet; a lookup cannot hit, as nothing but queries
    // is stored) and again at execution, with the operation known.
    enabled: (request, context) => !hasCredentials(request) && !(context && notCached.has(context)),
    invalidateViaMutation: false,
    buildResponseCacheKey: (params) => responseCacheKey(params) + cache.suffix,
  });
  return [http, ...coalescing, responseCache];
}

/**
 * The response cache's key: SHA-256 (hex) of document | operation name | variables | session, as
 * @envelop/response-cache's default builds it, but with a synchronous node:crypto hash instead of
 * an awaited WebCrypto digest (14–15 % of a cached request's time in the profile).
 */
export function responseCacheKey(params: { documentString: string; operationName?: string | null; variableValues?: unknown; sessionId?: string | null }): string {
  const text = [params.documentString, params.operationName ?? '', stableStringify(params.variableValues ?? {}), params.sessionId ?? ''].join('|');
  return createHash('sha256').update(text).digest('hex');
}
