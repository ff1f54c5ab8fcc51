import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import vary from 'vary';
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import type { CacheResult } from '../http/metrics.ts';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import { hasCredentials } from '../http/request-facts.ts';
import { useReadCoalescing } from '../plugins/use-read-coalescing.ts';
import { AnswerKeys } from './answer-keys.ts';
import { keyHeaders, publicCacheControl } from './cdn.ts';
import { selectsPrivateAnswer } from '../schema/private-answer.ts';
import { etagOf, isNotModified, notModifiedHeaders } from './etag.ts';
import { changesPublicContent, GenerationCache } from './generation-cache.ts';
import { operationKey } from './keys.ts';

/** The mark @graphql-yoga/plugin-response-cache puts on a result it answered from the cache. */
const SERVED_FROM_CACHE = Symbol.for('servedFromResponseCache');

/**
 * Response cache (TTL `ttlSeconds`, 0 = off) for anonymous reads, with HTTP validation, and the
 * Cache-Control header:
 *
 * - Generations: a new one starts when, and only when, a write to public content commits
 *   (`writes.onCommittedWrite`, reported by the database layer from the statements themselves). A
 *   refused (UNAUTHENTICATED/FORBIDDEN), failed or rolled-back mutation, a typed error result
 *   (nothing is written then), a write that changed no row, and writes to PRIVATE_TABLES keep
 *   every entry and ETag; a mutation added later needs nothing to be handled right.
 * - ETag: `W/"<key>"` (etag.ts). The key hashes the document, operation name and variables,
 *   so one operation's tag never validates another's URL or body. If-None-Match on a GET is
 *   compared with the answer's own ETag, weakly, as a list or `*` (isNotModified) → 304. The
 *   response-cache plugin's own check is left out: it looked the header value up as a cache key,
 *   so any cached operation's key validated any request (POSTs included), and it knew neither
 *   lists, quotes nor `*`.
 * - Vary: every GET answer varies on Accept (GraphiQL or JSON, and which JSON media type).
 * - Cache-Control and CDN keys (cdn.ts, docs/caching.md): an anonymous GET query answered without
 *   errors, with the response cache on, gets `public, max-age=0, s-maxage=<ttlSeconds>,
 *   stale-while-revalidate=<staleSeconds>` (browsers revalidate each time, cheap 304s; a CDN keeps
 *   it until a purge drops it) and Surrogate-Key / Cache-Tag naming the posts, categories and
 *   tags in it and its collections (answer-keys.ts collects them from the resolvers; a cache hit
 *   sends those kept with its entry, so the GET fast path replays the same headers). Other
 *   anonymous GET answers (errors; TTL 0) are `public, max-age=0, must-revalidate` without keys;
 *   anything with credentials, a private answer, and every POST, is `private, no-store`.
 *
 * Unless `shareReads` is false, identical anonymous reads in flight share one execution
 * (use-read-coalescing.ts), with or without the cache, never across generations.
 *
 * `onLookup` hears once per request that reached execution or was answered from the cache: `hit`
 * (served from the response cache), `miss` (looked up, executed), `bypass` (not looked up:
 * credentials, a mutation, a private answer, TTL 0, or the cache bypassed while Redis is down).
 */
export function usePublicCache(options: {
  ttlSeconds: number;
  /** Where committed writes are reported: the gateway's Database. */
  writes: Pick<Database, 'onCommittedWrite'>;
  cache?: GenerationCache;
  shareReads?: boolean;
  /** CACHE_STALE_WHILE_REVALIDATE_SECONDS; default 60. */
  staleSeconds?: number;
  onLookup?: (result: CacheResult) => void;
}): Plugin[] {
  const cache = options.cache ?? new GenerationCache();
  const answerKeys = new AnswerKeys();
  const cacheControl = publicCacheControl(options.ttlSeconds, options.staleSeconds ?? 60);
  /** The CDN keys of the answer to `request` under cache key `key`, kept with its entry; undefined when it is not one a CDN may keep. */
  const cdnKeys = (request: Request, key: string | null): ReadonlySet<string> | undefined => {
    const collected = answerKeys.of(request);
    if (options.ttlSeconds === 0 || key === null || collected === null) return undefined;
    // A response-cache hit runs no resolvers: its keys are those kept when the entry was stored
    // (none if they were evicted first: then no CDN may keep it).
    const stored = cache.keysOf(key);
    if (!collected) return stored;
    const keys = stored ? new Set([...collected, ...stored]) : collected;
    cache.rememberKeys(key, keys);
    return keys;
  };
  const stopPurging = options.writes.onCommittedWrite((tables) => {
    if (changesPublicContent(tables)) cache.purge();
  });
  // Operations whose results are never stored: mutations (with invalidateViaMutation off, the
  // response cache would store a mutation's answer like a query's and replay it — a second
  // identical login would get the first one's payload and no session), subscriptions, and
  // queries with a private answer (by context, for the response cache; by request, for the headers).
  const notCached = new WeakSet<object>();
  const privateAnswers = new WeakSet<Request>();
  const onLookup = options.onLookup;
  const http: Plugin = {
    onExecute({ args }) {
      const context = args.contextValue as { request?: Request };
      if (selectsPrivateAnswer(args.schema, args.document)) {
        notCached.add(context);
        if (context.request) privateAnswers.add(context.request);
      } else if (getOperationAST(args.document, args.operationName)?.operation !== 'query') notCached.add(context);
      if (onLookup) {
        // A hit never gets here (the response cache answers in onParams, see onResultProcess).
        const looksUp =
          options.ttlSeconds > 0 &&
          !notCached.has(context) &&
          !(context.request && hasCredentials(context.request.headers)) &&
          !cache.bypassed;
        onLookup(looksUp ? 'miss' : 'bypass');
      }
    },
    onResultProcess({ result }) {
      if (onLookup && (result as Record<symbol, unknown>)[SERVED_FROM_CACHE] === true) onLookup('hit');
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
        // With credentials, anything but GET (mutations; a login answer sets the session
        // cookie), or a private answer (a preview token's post): never stored by a browser or proxy.
        const anonymous = !hasCredentials(request.headers) && !privateAnswers.has(request);
        if (!anonymous || request.method !== 'GET') {
          // An anonymous POST query shares its cache entry with the same query sent as a GET:
          // the entry's keys are kept here too, or a later GET hit would go out without them.
          if (anonymous && response.status === 200) cdnKeys(request, key);
          response.headers.set('cache-control', 'private, no-store');
        } else if (response.status === 200 || response.status === 304) {
          const keys = cdnKeys(request, key);
          if (keys) {
            response.headers.set('cache-control', cacheControl);
            for (const [name, value] of Object.entries(keyHeaders(keys))) response.headers.set(name, value);
          } else {
            response.headers.set('cache-control', 'public, max-age=0, must-revalidate');
          }
        }
      }
      if (
        etag !== null &&
        request.method === 'GET' &&
        response.status === 200 &&
        // While the shared generation is unknown (Redis down), a generation-based ETag may name
        // content another gateway has since changed: answer in full.
        !cache.bypassed &&
        isNotModified(request.headers.get('if-none-match'), etag)
      ) {
        setResponse(new fetchAPI.Response(null, { status: 304, headers: notModifiedHeaders(response.headers) }));
      }
    },
    onDispose: stopPurging,
  };
  // Before the response cache: see useReadCoalescing's docstring.
  const coalescing =
    options.shareReads === false
      ? []
      : [
          useReadCoalescing({
            generation: () => cache.suffix,
            hasCredentials: (request) => hasCredentials(request.headers),
            isPrivate: selectsPrivateAnswer,
            onShared: (leader, follower) => answerKeys.share(leader, follower),
          }),
        ];
  // Before shared reads and the response cache: its onExecute starts the collection they join.
  const keys = answerKeys.plugins();
  if (options.ttlSeconds === 0) return [http, ...coalescing];
  // Without its onRequest hook: the If-None-Match check above replaces it (see the docstring).
  const { onRequest: _replaced, ...responseCache } = useResponseCache({
    cache,
    ttl: options.ttlSeconds * 1000,
    session: () => null,
    // Checked before parsing (no operation known yet; a lookup cannot hit, as nothing but queries
    // is stored) and again at execution, with the operation known.
    enabled: (request, context) => !hasCredentials(request.headers) && !(context && notCached.has(context)),
    invalidateViaMutation: false,
    buildResponseCacheKey: (params) => operationKey(params) + cache.suffix,
  });
  return [http, ...keys, ...coalescing, responseCache];
}
