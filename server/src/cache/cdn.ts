// The CDN's view of the gateway's answers: which keys (surrogate keys / cache tags) an answer
// carries, how they are written in headers, and which keys a committed write purges. The full
// scheme, with how to wire Fastly, Cloudflare and Varnish, is in docs/caching.md.

import type { CollectionKey } from '../domain/cdn-keys.ts';

export { COLLECTION_KEYS, type CdnKey, type CollectionKey, type EntityKey } from '../domain/cdn-keys.ts';

/** What the entities of each GraphQL type are keyed as. */
export const ENTITY_TYPES: Readonly<Record<string, 'post' | 'category' | 'tag'>> = { Post: 'post', Category: 'category', Tag: 'tag' };

/**
 * Other types whose presence in an answer makes it carry collection keys: a Redirect (from
 * `route`) is recorded and dropped by slug changes and deletions of posts, categories and tags,
 * which purge their collection.
 */
export const TYPE_KEYS: Readonly<Record<string, readonly CollectionKey[]>> = { Redirect: ['posts', 'categories', 'tags'] };

/**
 * Fields on an object type → the collection keys an answer selecting them carries, for fields
 * whose value depends on more than their object: a post's, category's or tag's `url` is the
 * site's base URL (Site.baseUrl) + its path, so an answer showing one must go when updateSite
 * purges `site`.
 */
export const FIELD_KEYS: Readonly<Record<string, Readonly<Record<string, readonly CollectionKey[]>>>> = {
  Post: { url: ['site'] },
  Category: { url: ['site'] },
  Tag: { url: ['site'] },
};

/**
 * Query root fields → the collection keys an answer selecting them carries. `ifNull`: carried
 * only when the field resolved to null (a lookup that found nothing; a found entity carries its
 * own key). A root field not listed here carries `all` only.
 */
export const ROOT_FIELD_KEYS: Readonly<Record<string, { always?: readonly CollectionKey[]; ifNull?: readonly CollectionKey[] }>> = {
  posts: { always: ['posts'] },
  search: { always: ['posts'] },
  homeFeed: { always: ['home', 'favorites'] },
  favorites: { always: ['favorites'] },
  favoritesRevision: { always: ['favorites'] },
  categories: { always: ['categories'] },
  tags: { always: ['tags'] },
  site: { always: ['site'] },
  post: { ifNull: ['posts'] },
  category: { ifNull: ['categories'] },
  tag: { ifNull: ['tags'] },
  // A path or global id may name any of the three; a Redirect is recorded by a slug change,
  // which purges its entity's collection.
  route: { ifNull: ['posts', 'categories', 'tags'] },
  node: { ifNull: ['posts', 'categories', 'tags'] },
  nodes: { always: ['posts', 'categories', 'tags'] },
};

/**
 * Largest Surrogate-Key / Cache-Tag value sent, in bytes. Fastly takes 16 KB in total and 1 KB per
 * key, Cloudflare 16 KB of Cache-Tag; common proxies (nginx's default large_client_header_buffers,
 * Varnish's http_resp_hdr_len default 8 KB) need a header well below that, so 4 KB. An answer
 * with more keys (a page of 100 posts with their tags) sends its collection keys only: any write
 * that could change it still purges one of those.
 */
export const MAX_KEY_HEADER_BYTES = 4096;

/**
 * The Surrogate-Key (space-separated, Fastly / Varnish xkey) and Cache-Tag (comma-separated,
 * Cloudflare / Akamai) values for `keys`: sorted, so one answer always gets the same bytes; capped
 * at MAX_KEY_HEADER_BYTES by keeping only the collection keys.
 */
export function keyHeaders(keys: Iterable<string>): { 'surrogate-key': string; 'cache-tag': string } {
  let sorted = [...new Set(keys)].sort();
  // Both values have the same length: one one-byte separator between keys (ids and keys are ASCII).
  if (sorted.join(' ').length > MAX_KEY_HEADER_BYTES) sorted = sorted.filter((key) => !key.includes(':'));
  return { 'surrogate-key': sorted.join(' '), 'cache-tag': sorted.join(',') };
}

/**
 * Cache-Control of an anonymous cacheable answer: browsers revalidate every time (max-age=0, cheap
 * 304s), a shared cache (the CDN) keeps it `ttlSeconds` (CACHE_TTL_SECONDS, the gateway's own
 * cache lifetime) and may serve it stale for `staleSeconds` more while it refetches
 * (CACHE_STALE_WHILE_REVALIDATE_SECONDS, RFC 5861). Purges (cdn-purge.ts) end it early.
 */
export function publicCacheControl(ttlSeconds: number, staleSeconds: number): string {
  return `public, max-age=0, s-maxage=${ttlSeconds}, stale-while-revalidate=${staleSeconds}`;
}
