import fresh from 'fresh';
import type { Plugin } from 'graphql-yoga';
import { parsePath } from '#shared/paths.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import type { GenerationCache } from '../cache/generation-cache.ts';
import { keyHeaders, publicCacheControl, type CdnKey } from '../cache/cdn.ts';
import { notModifiedHeaders } from '../cache/etag.ts';
import type { MarkdownRenderer } from '../content/renderer.ts';
import { feedContent, type FeedScope } from '../domain/syndication.ts';
import { SyndicationCache } from '../http/syndication-cache.ts';
import {
  FEED_FORMATS,
  type FeedFormat,
  feedDocument,
  robotsDocument,
  type SyndicationDocument,
  sitemapDocument,
} from '../http/syndication-documents.ts';

/** A request this plugin answers: its cache key, its CDN keys and how to build the document. */
interface Route {
  key: string;
  /**
   * What the CDN tags it with (cache/cdn.ts's scheme). By collection, not per post: a feed lists the
   * newest posts, so any change to a public post (which purges `posts`) may change it anyway.
   */
  cdnKeys: readonly CdnKey[];
  build: () => Promise<SyndicationDocument | null>;
}

const FORMAT_OF_FILE = new Map(Object.entries(FEED_FORMATS).map(([format, { file }]) => [file, format as FeedFormat]));
const SCOPED_FEED = /^(\/(?:category|tag)\/[^/]+)\/([^/]+)$/;
const SITEMAP_PAGE = /^\/sitemap-([1-9]\d{0,5})\.xml$/;
/** A sitemap lists every public post, category and tag under the site's base URL. */
const SITEMAP_KEYS: readonly CdnKey[] = ['all', 'site', 'posts', 'categories', 'tags'];

/**
 * Answers the public site's feeds and sitemap (http/syndication-documents.ts builds them):
 * /feed.xml, /atom.xml, /feed.json, the same under /category/<slug>/ and /tag/<slug>/ (404 for an
 * unknown category or a tag no public post carries), /sitemap.xml, /sitemap-<n>.xml past
 * `sitemapUrlLimit` URLs, /robots.txt. GET and HEAD (other methods: 405 with Allow); documents
 * are cached per public-cache generation (http/syndication-cache.ts) and carry ETag,
 * Last-Modified and Cache-Control: a GET or HEAD whose If-None-Match or If-Modified-Since
 * (`fresh`, the check behind Express's req.fresh: If-None-Match wins when both are sent) still
 * holds gets 304. The same for every caller: credentials play no part, feeds show public content.
 * Cache-Control as the GraphQL cache's anonymous answers (use-public-cache.ts): with the cache on,
 * a CDN may keep them `ttlSeconds` (`staleSeconds` more while refetching), tagged with their
 * Surrogate-Key / Cache-Tag (Route's cdnKeys); with it off (TTL 0), stored but revalidated.
 */
export function useSyndication(options: {
  prisma: PrismaClient;
  renderer: MarkdownRenderer;
  generations: GenerationCache;
  ttlSeconds: number;
  /** CACHE_STALE_WHILE_REVALIDATE_SECONDS; default 60. */
  staleSeconds?: number;
  /** URLs per sitemap file; default SITEMAP_URL_LIMIT. */
  sitemapUrlLimit?: number;
}): Plugin {
  const { prisma, renderer } = options;
  const cache = new SyndicationCache(options.generations, options.ttlSeconds * 1000);
  const cacheControl =
    options.ttlSeconds > 0 ? publicCacheControl(options.ttlSeconds, options.staleSeconds ?? 60) : 'public, max-age=0, must-revalidate';

  const feedRoute = (scope: FeedScope, scopeKey: string, format: FeedFormat): Route => ({
    key: `feed:${format}:${scopeKey}`,
    // A category's or tag's feed also changes with its name or slug (purged with `categories` / `tags`).
    cdnKeys: [
      'all',
      'site',
      'posts',
      ...(scope.kind === 'category' ? (['categories'] as const) : scope.kind === 'tag' ? (['tags'] as const) : []),
    ],
    build: async () => {
      const content = await feedContent(prisma, scope);
      return content && feedDocument(content, format, { prisma, renderer });
    },
  });

  const route = (pathname: string): Route | null => {
    if (pathname === '/robots.txt') return { key: 'robots', cdnKeys: ['all', 'site'], build: () => robotsDocument(prisma) };
    if (pathname === '/sitemap.xml')
      return {
        key: 'sitemap',
        cdnKeys: SITEMAP_KEYS,
        build: () => sitemapDocument(prisma, { page: null, urlLimit: options.sitemapUrlLimit }),
      };
    const page = SITEMAP_PAGE.exec(pathname);
    if (page) {
      const n = Number(page[1]);
      return {
        key: `sitemap:${n}`,
        cdnKeys: SITEMAP_KEYS,
        build: () => sitemapDocument(prisma, { page: n, urlLimit: options.sitemapUrlLimit }),
      };
    }
    const siteFormat = FORMAT_OF_FILE.get(pathname.slice(1));
    if (siteFormat) return feedRoute({ kind: 'site' }, 'site', siteFormat);
    const scoped = SCOPED_FEED.exec(pathname);
    const format = scoped && FORMAT_OF_FILE.get(scoped[2]!);
    if (!scoped || !format) return null;
    const page404: Route = { key: 'none', cdnKeys: [], build: async () => null };
    const owner = parsePath(scoped[1]!);
    if (!owner || owner.kind === 'post') return page404;
    return feedRoute({ kind: owner.kind, slug: owner.slug }, owner.path, format);
  };

  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const found = route(url.pathname);
      if (!found) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
      }
      const document = await cache.get(found.key, found.build);
      if (!document) {
        return endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
      const headers = new fetchAPI.Headers({
        'content-type': document.contentType,
        'content-length': String(document.body.length),
        etag: document.etag,
        'last-modified': document.lastModified,
        'cache-control': cacheControl,
        'x-content-type-options': 'nosniff',
        ...(options.ttlSeconds > 0 ? keyHeaders(found.cdnKeys) : {}),
      });
      const conditions = {
        'if-none-match': request.headers.get('if-none-match') ?? undefined,
        'if-modified-since': request.headers.get('if-modified-since') ?? undefined,
        'cache-control': request.headers.get('cache-control') ?? undefined,
      };
      if (fresh(conditions, { etag: document.etag, 'last-modified': document.lastModified })) {
        return endResponse(new fetchAPI.Response(null, { status: 304, headers: notModifiedHeaders(headers) }));
      }
      return endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : (document.body as Uint8Array<ArrayBuffer>), { status: 200, headers }),
      );
    },
  };
}
