import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { clientAddressPolicy, type TrustProxy } from '../client-address.ts';
import { leadingOperationName, type GatewayMetrics } from '../http/metrics.ts';
import { logRequest, operationLabel, REQUEST_ID_HEADER, RequestFacts, type ServerContext } from '../http/request-facts.ts';
import { chargeRequest } from '../rate-limits.ts';
import type { RateLimitStore } from '../rate-limits.ts';
import { cacheKeyOfEtag, isNotModified, notModifiedHeaders } from './etag.ts';
import { GenerationCache } from './generation-cache.ts';
import { fastPathKey, isOfGeneration } from './keys.ts';

/**
 * The HTTP fast path for anonymous GET /graphql: the exact bytes and headers Yoga answered, replayed
 * from `node:http` without building a WHATWG Request, running the plugin pipeline or serialising
 * the result again. Yoga's response cache (use-public-cache.ts) stays the source of truth:
 *
 * - an answer is stored only if Yoga's response cache holds its ETag in the generation the request
 *   started in (so: status 200, no errors, TTL > 0, not computed across a purge), and expires when
 *   that entry does (CACHE_TTL_SECONDS);
 * - every entry carries its generation; a purge (a committed write to public content) bumps it,
 *   and an entry of another generation is never served — neither as a body nor as a 304;
 * - If-None-Match is compared with the stored ETag as on Yoga's path (etag.ts's isNotModified:
 *   weak comparison, lists, `*`);
 * - which requests may use it, and their key, is keys.ts's fastPathKey (never with credentials);
 * - the per-IP request budget is charged once per request, here (chargeRequest); on a refusal the
 *   request goes to Yoga with the verdict in its facts, and Yoga's rate-limit plugin answers the
 *   usual 429 without charging again;
 * - one log line per hit, logRequest's, with the request id rule every request gets;
 * - with `metrics`: a hit counts as an `ok` request of its operation and a `hit` on path `fast`;
 *   a lookup that finds nothing as a `miss` (the request is then counted by Yoga's plugin), and a
 *   request while the cache is bypassed (Redis down) as a `bypass`.
 */
export interface GetCacheOptions {
  /** The response cache's generations (shared with createGateway's `publicCache`). */
  generations?: GenerationCache;
  /** Entries kept (LRU); default 1,000. */
  maxEntries?: number;
  /** Total body bytes kept; default 64 MiB. */
  maxBytes?: number;
}

interface Entry {
  generation: number;
  /** Date.now() ms, from the response cache's entry. */
  expiresAt: number;
  body: Buffer;
  etag: string;
  /** The log line's operation (the operationName parameter). */
  operation: string | undefined;
  /** The metrics' operation name candidate: the operationName parameter, else the document's leading operation's name. */
  metricsOperation: string | undefined;
  /** Headers of the 200 (without x-request-id) and of a 304 (no content type / length). */
  headers: Record<string, string>;
  headers304: Record<string, string>;
}

/** Headers Node writes itself, or that are per request. */
const NOT_REPLAYED: ReadonlySet<string> = new Set([
  REQUEST_ID_HEADER,
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/** The fast path's entries: Yoga's answers to anonymous GETs, by fastPathKey. `hits` and `stored` count for tests and benchmarks. */
export class GetCache {
  readonly generations: GenerationCache;
  private readonly entries: LRUCache<string, Entry>;
  hits = 0;
  stored = 0;

  constructor(options: GetCacheOptions = {}) {
    this.generations = options.generations ?? new GenerationCache();
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 1_000,
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry) => entry.body.length + 512,
    });
  }

  /** The entry for `key` if it is of the current generation and not expired. */
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.generations.bypassed) return undefined;
    if (entry.generation !== this.generations.generation || entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /**
   * Keeps Yoga's answer to the request with `key` (target `url`) that started in `generation`, if
   * Yoga's response cache stored it in that same generation (and that is still the current one).
   * @returns whether it was stored.
   */
  store(key: string, generation: number, url: string, response: { status: number; headers: Headers }, body: Buffer): boolean {
    if (response.status !== 200 || generation !== this.generations.generation) return false;
    const etag = response.headers.get('etag');
    const cacheKey = etag === null ? null : cacheKeyOfEtag(etag);
    if (!etag || !cacheKey || !isOfGeneration(cacheKey, generation) || response.headers.has('set-cookie')) return false;
    const expiresAt = this.generations.expiresAt(cacheKey);
    if (expiresAt === undefined) return false;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, header) => {
      const name = header.toLowerCase(); // Yoga's Headers keep the case they were set with
      if (!NOT_REPLAYED.has(name)) headers[name] = value;
    });
    headers['content-length'] = String(body.length);
    const headers304 = notModifiedHeaders(response.headers, NOT_REPLAYED);
    const params = new URLSearchParams(url.slice(url.indexOf('?')));
    const operation = operationLabel(params.get('operationName'));
    const metricsOperation = params.get('operationName') || leadingOperationName(params.get('query'));
    this.entries.set(key, { generation, expiresAt, body, etag, operation, metricsOperation, headers, headers304 });
    this.stored += 1;
    return true;
  }

  get size(): number {
    return this.entries.size;
  }
}

export interface RequestHandlerOptions {
  /** The gateway (createGateway), created with `publicCache: getCache.generations`. */
  yoga: {
    (req: IncomingMessage, res: ServerResponse): unknown;
    handleNodeRequestAndResponse(
      req: IncomingMessage,
      res: ServerResponse,
      ctx: ServerContext & { req: IncomingMessage; res: ServerResponse },
    ): Response | Promise<Response>;
  };
  /** Unset (CACHE_TTL_SECONDS=0): every request goes to Yoga. */
  getCache?: GetCache;
  /** The same per-IP store Yoga's rate-limit plugin uses; null = unlimited. */
  requests?: RateLimitStore | null;
  /** TRUST_PROXY, as given to the gateway: both resolve the client address the same way. */
  trustProxy?: TrustProxy;
  logger: Logger;
  /** Counts hits, misses and hit requests (http/metrics.ts): the gateway's own, so both paths add up in one registry. */
  metrics?: GatewayMetrics;
}

/** The `node:http` request listener: the GET fast path in front of Yoga. */
export function createRequestHandler(options: RequestHandlerOptions): RequestListener {
  const { yoga, getCache, logger, metrics } = options;
  if (!getCache) return (req, res) => void yoga(req, res);
  const requests = options.requests ?? null;
  const clientAddress = clientAddressPolicy(options.trustProxy ?? false);

  const serve = (req: IncomingMessage, res: ServerResponse, entry: Entry, facts: RequestFacts) => {
    let status = 200;
    if (isNotModified(req.headers['if-none-match'], entry.etag)) {
      status = 304;
      res.writeHead(304, { ...entry.headers304, [REQUEST_ID_HEADER]: facts.requestId });
      res.end();
    } else {
      res.writeHead(200, { ...entry.headers, [REQUEST_ID_HEADER]: facts.requestId });
      res.end(entry.body);
    }
    getCache.hits += 1;
    facts.operation = entry.operation;
    logRequest(logger, facts, { method: 'GET', path: '/graphql', status });
    if (metrics) {
      metrics.cache('hit', 'fast');
      metrics.request(entry.metricsOperation, 'ok', (performance.now() - facts.startedAt) / 1000);
    }
  };

  /** The cached entry for `key`, counting the lookup. */
  const lookUp = (key: string): Entry | undefined => {
    if (getCache.generations.bypassed) {
      metrics?.cache('bypass', 'fast');
      return undefined;
    }
    const entry = getCache.get(key);
    if (!entry) metrics?.cache('miss', 'fast');
    return entry;
  };

  const throughYoga = async (req: IncomingMessage, res: ServerResponse, key: string, generation: number, facts: RequestFacts) => {
    let response: Response;
    try {
      // The facts (request id, start, client address, the budget's verdict) go along: Yoga's
      // plugins use them instead of working them out again.
      response = await yoga.handleNodeRequestAndResponse(req, res, { req, res, facts });
    } catch (error) {
      logger.error({ err: error }, 'unexpected error in the request handler');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
      return;
    }
    const body = Buffer.from(await response.arrayBuffer());
    getCache.store(key, generation, req.url!, response, body);
    if (res.writableEnded || res.destroyed) return;
    const headers: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name.toLowerCase() !== 'set-cookie') headers[name.toLowerCase()] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) headers['set-cookie'] = cookies;
    if (response.body !== null && !('content-length' in headers)) headers['content-length'] = String(body.length);
    if (response.statusText) res.writeHead(response.status, response.statusText, headers);
    else res.writeHead(response.status, headers);
    res.end(response.body === null ? undefined : body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, key: string, facts: RequestFacts) => {
    // Before anything else: an answer computed from here on belongs to this generation at best.
    const generation = getCache.generations.generation;
    // A refusal (or a store failure) is Yoga's to answer: its plugin reads this verdict.
    if (requests && !(await chargeRequest(requests, facts)).accepted) return throughYoga(req, res, key, generation, facts);
    // Without a budget the caller already looked up, in this same tick: once is counted.
    const entry = requests ? lookUp(key) : undefined;
    if (entry) return serve(req, res, entry, facts);
    return throughYoga(req, res, key, generation, facts);
  };

  return (req, res) => {
    const key = fastPathKey(req);
    if (key === null) return void yoga(req, res);
    const facts = new RequestFacts({
      requestId: req.headers[REQUEST_ID_HEADER],
      peer: req.socket.remoteAddress,
      forwardedFor: req.headers['x-forwarded-for'],
      clientAddress,
    });
    if (!requests) {
      // No budget to charge: answer a hit synchronously.
      const entry = lookUp(key);
      if (entry) return serve(req, res, entry, facts);
    }
    handle(req, res, key, facts).catch((error: unknown) => {
      logger.error({ err: error }, 'unexpected error in the request handler');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  };
}
