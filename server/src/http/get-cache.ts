import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { hasSessionCookie } from '../auth/credentials.ts';
import { GenerationCache, NOT_ON_304 } from '../plugins/use-public-cache.ts';
import { countedRequests } from '../plugins/use-rate-limit.ts';
import { clientAddressPolicy, type TrustProxy } from '../client-address.ts';
import type { RateLimitStore } from '../rate-limits.ts';
import { cacheKeyOfEtag, isNotModified } from './etag.ts';

/**
 * The HTTP fast path for anonymous GET /graphql: the exact bytes and headers Yoga answered, replayed
 * from `node:http` without building a WHATWG Request, running the plugin pipeline or serialising
 * the result again. Yoga's response cache (plugins/use-public-cache.ts) stays the source of truth:
 *
 * - an answer is stored only if Yoga's response cache holds its ETag in the generation the request
 *   started in (so: status 200, no errors, TTL > 0, not computed across a purge), and expires when
 *   that entry does (CACHE_TTL_SECONDS);
 * - every entry carries its generation; a purge (a committed write to public content) bumps it,
 *   and an entry of another generation is never served — neither as a body nor as a 304;
 * - If-None-Match is compared with the stored ETag as on Yoga's path (etag.ts's isNotModified:
 *   weak comparison, lists, `*`);
 * - requests with our session cookie or an Authorization header never use it (editors see drafts);
 * - the key is the raw request target + Accept + Origin: the stored headers (content type, CORS
 *   grant, `Vary: Origin`) are what Yoga computed for exactly those values, so replaying them is
 *   exact. GETs carrying
 *   CORS preflight headers, If-Modified-Since, or asking for streams / GraphiQL go to Yoga;
 * - the per-IP request budget is charged once per request, here on a hit (a refusal is handed to
 *   Yoga's rate-limit plugin, which answers the usual 429 without charging again);
 * - one log line per request, as useRequestLog writes it, with a fresh (or the client's sane)
 *   x-request-id.
 */
export interface GetCacheOptions {
  /** The response cache's generations (shared with createGateway's `publicCache`). */
  generations?: GenerationCache;
  maxEntries?: number;
  /** Total body bytes kept. */
  maxBytes?: number;
}

interface Entry {
  generation: number;
  expiresAt: number;
  body: Buffer;
  etag: string;
  lastModified: string | undefined;
  operation: string | undefined;
  /** Headers of the 200 (without x-request-id) and of a 304 (no content type / length). */
  headers: Record<string, string>;
  headers304: Record<string, string>;
}

/** Headers Node writes itself, or that are per request. */
const NOT_REPLAYED = new Set(['x-request-id', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

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

  /** The fast-path key of `req`, or null when this request must go through Yoga unchanged. */
  keyOf(req: IncomingMessage): string | null {
    const { url, headers } = req;
    // Narrower than isGraphqlEndpoint on purpose (the exact path with a query string; Yoga serves
    // every such URL): any other form of the endpoint simply goes through Yoga's own plugins.
    if (req.method !== 'GET' || !url || !url.startsWith('/graphql?')) return null;
    if (headers.authorization !== undefined || hasSessionCookie(headers.cookie)) return null;
    if (headers['if-modified-since'] !== undefined || headers['access-control-request-method'] !== undefined || headers['access-control-request-headers'] !== undefined) return null;
    const accept = headers.accept ?? '';
    if (accept.includes('text/html') || accept.includes('text/event-stream') || accept.includes('multipart/')) return null;
    return `${url}\n${accept}\n${headers.origin ?? ''}`;
  }

  /** The entry for `key` if it is of the current generation and not expired. */
  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.generation !== this.generations.generation || entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /**
   * Keeps Yoga's answer to the request with `key` that started in `generation`, if Yoga's response
   * cache stored it in that same generation (and that is still the current one).
   */
  store(key: string, generation: number, url: string, response: { status: number; headers: Headers }, body: Buffer): boolean {
    if (response.status !== 200 || generation !== this.generations.generation) return false;
    const etag = response.headers.get('etag');
    const cacheKey = etag === null ? null : cacheKeyOfEtag(etag);
    if (!etag || !cacheKey || !cacheKey.endsWith(`:g${generation}`) || response.headers.has('set-cookie')) return false;
    const expiresAt = this.generations.expiresAt(cacheKey);
    if (expiresAt === undefined) return false;
    const headers: Record<string, string> = {};
    const headers304: Record<string, string> = {};
    response.headers.forEach((value, header) => {
      const name = header.toLowerCase(); // Yoga's Headers keep the case they were set with
      if (NOT_REPLAYED.has(name)) return;
      headers[name] = value;
      if (!NOT_ON_304.has(name)) headers304[name] = value;
    });
    headers['content-length'] = String(body.length);
    const operation = new URLSearchParams(url.slice(url.indexOf('?'))).get('operationName')?.slice(0, 100) || undefined;
    this.entries.set(key, { generation, expiresAt, body, etag, lastModified: response.headers.get('last-modified') ?? undefined, operation, headers, headers304 });
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
    handleNodeRequestAndResponse(req: IncomingMessage, res: ServerResponse, ctx: { req: IncomingMessage; res: ServerResponse }): Response | Promise<Response>;
  };
  /** Unset (CACHE_TTL_SECONDS=0): every request goes to Yoga. */
  getCache?: GetCache;
  /** The same per-IP store Yoga's rate-limit plugin uses; null = unlimited. */
  requests?: RateLimitStore | null;
  /** TRUST_PROXY, as given to the gateway: both resolve the client address the same way. */
  trustProxy?: TrustProxy;
  logger: Logger;
}

/** The `node:http` request listener: the GET fast path in front of Yoga. */
export function createRequestHandler(options: RequestHandlerOptions): RequestListener {
  const { yoga, getCache, logger } = options;
  if (!getCache) return (req, res) => void yoga(req, res);
  const requests = options.requests ?? null;
  const clientAddress = clientAddressPolicy(options.trustProxy ?? false);

  const serve = (req: IncomingMessage, res: ServerResponse, entry: Entry, started: number) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    let status = 200;
    if (isNotModified(req.headers['if-none-match'], entry.etag)) {
      status = 304;
      res.writeHead(304, { ...entry.headers304, 'x-request-id': id });
      res.end();
    } else {
      res.writeHead(200, { ...entry.headers, 'x-request-id': id });
      res.end(entry.body);
    }
    getCache.hits += 1;
    if (logger.isLevelEnabled('info')) {
      logger.info({ requestId: id, method: 'GET', path: '/graphql', status, operation: entry.operation, durationMs: Math.round((performance.now() - started) * 10) / 10 }, 'request');
    }
  };

  const throughYoga = async (req: IncomingMessage, res: ServerResponse, key: string, generation: number) => {
    let response: Response;
    try {
      response = await yoga.handleNodeRequestAndResponse(req, res, { req, res });
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

  const handle = async (req: IncomingMessage, res: ServerResponse, key: string, started: number) => {
    // Before anything else: an answer computed from here on belongs to this generation at best.
    const generation = getCache.generations.generation;
    if (requests) {
      const ip = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']);
      try {
        await requests.consume(`ip:${ip}`);
        countedRequests.set(req, undefined);
      } catch (rejection) {
        // A refusal (or a store failure): Yoga's plugin answers it, without charging again.
        countedRequests.set(req, rejection);
        return throughYoga(req, res, key, generation);
      }
    }
    const entry = getCache.get(key);
    if (entry) return serve(req, res, entry, started);
    return throughYoga(req, res, key, generation);
  };

  return (req, res) => {
    const key = getCache.keyOf(req);
    if (key === null) return void yoga(req, res);
    const started = performance.now();
    if (!requests) {
      // No budget to charge: answer a hit synchronously.
      const entry = getCache.get(key);
      if (entry) return serve(req, res, entry, started);
    }
    handle(req, res, key, started).catch((error: unknown) => {
      logger.error({ err: error }, 'unexpected error in the request handler');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  };
}
