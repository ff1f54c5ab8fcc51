import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import stableStringify from 'fast-json-stable-stringify';
import { hasCredentials } from '../http/request-facts.ts';

/**
 * The identity of one GraphQL read: SHA-256 (hex) of document | operation name | variables
 * (key-order independent) | session, as @envelop/response-cache's default key builds it, but with a
 * synchronous node:crypto hash instead of an awaited WebCrypto digest (14–15 % of a cached
 * request's time in the profile). The response cache and the shared executions of identical
 * reads (plugins/use-read-coalescing.ts) both key on it, so "the same read" means one thing.
 */
export function operationKey(params: {
  documentString: string;
  operationName?: string | null;
  variableValues?: unknown;
  sessionId?: string | null;
}): string {
  const text = [
    params.documentString,
    params.operationName ?? '',
    stableStringify(params.variableValues ?? {}),
    params.sessionId ?? '',
  ].join('|');
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The generation part of every cache key, `:g<generation>` (GenerationCache.generation): a key,
 * and the ETag made from it, names one read in one generation of the content.
 */
export function generationSuffix(generation: number): string {
  return `:g${generation}`;
}

/** True when `key` (a response-cache key, or the key inside an ETag) was made in `generation`. */
export function isOfGeneration(key: string, generation: number): boolean {
  return key.endsWith(generationSuffix(generation));
}

/**
 * The HTTP fast path's key for a Node request: the raw request target + Accept + Origin, or null
 * when the request must go through Yoga unchanged. The stored headers (content type, CORS grant,
 * `Vary: Origin`) are what Yoga computed for exactly those values, so replaying them is exact.
 * Null for: anything but GET of `/graphql?…` (narrower than isGraphqlEndpoint on purpose: other
 * forms of the endpoint simply go through Yoga's plugins); requests with credentials
 * (hasCredentials: editors see drafts); If-Modified-Since and CORS preflight headers; Accept
 * asking for GraphiQL (text/html), event streams or multipart answers.
 */
export function fastPathKey(req: IncomingMessage): string | null {
  const { url, headers } = req;
  if (req.method !== 'GET' || !url || !url.startsWith('/graphql?')) return null;
  if (hasCredentials(headers)) return null;
  if (
    headers['if-modified-since'] !== undefined ||
    headers['access-control-request-method'] !== undefined ||
    headers['access-control-request-headers'] !== undefined
  )
    return null;
  const accept = headers.accept ?? '';
  if (accept.includes('text/html') || accept.includes('text/event-stream') || accept.includes('multipart/')) return null;
  return `${url}\n${accept}\n${headers.origin ?? ''}`;
}
