import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import compression from 'compression';
import { isGraphqlEndpoint } from './graphql-endpoint.ts';

/**
 * True for the requests whose answers are pages and files rather than API results: GET/HEAD of
 * the admin app (`/admin…`) and of GraphiQL (`/graphql` asked for by a browser, Accept: text/html).
 */
export function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '';
  if (url === '/admin' || url.startsWith('/admin/') || url.startsWith('/admin?')) return true;
  return isGraphqlEndpoint(url) && (req.headers.accept ?? '').includes('text/html');
}

/**
 * Wraps the request listener so that pages and files (isPageRequest) are compressed with the
 * `compression` package (gzip/deflate/br as the client's Accept-Encoding allows, compressible
 * types only, ≥ 1 KB, `Vary: Accept-Encoding`). Why: GraphiQL is self-hosted and works offline,
 * so its page inlines the whole editor — 9.1 MB uncompressed; the admin's main script is
 * ~0.7 MB. API answers are left alone: they are small, and the cached-GET fast path
 * (cache/fast-path.ts) stores and replays exact bytes, keyed without the encoding.
 */
export function compressPages(listener: RequestListener): RequestListener {
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  return (req, res) => {
    if (!isPageRequest(req)) return listener(req, res);
    compress(req, res, () => listener(req, res));
  };
}
