import fresh from 'fresh';

/**
 * The ETag of a response-cache entry: a weak entity-tag (RFC 9110 §8.8.3) around the cache key,
 * `W/"<sha-256 hex>:g<generation>"`.
 *
 * Weak, because the tag names an operation's result in one generation of the content (the same
 * data), not one sequence of bytes: the same tag goes with the `application/json` and the
 * `application/graphql-response+json` answer, and an answer computed again after eviction is only
 * guaranteed to be equivalent. If-None-Match uses the weak comparison anyway (§13.1.2), so weak
 * tags revalidate exactly as strong ones would; a strong tag would promise byte-identity that
 * nothing checks (the promise If-Range and range requests rely on, which the API does not serve).
 */
export function etagOf(cacheKey: string): string {
  return `W/"${cacheKey}"`;
}

/** The cache key inside an ETag made by etagOf, or null for any other value. */
export function cacheKeyOfEtag(etag: string): string | null {
  const match = /^W\/"([^"]*)"$/.exec(etag);
  return match ? match[1]! : null;
}

/**
 * True when a GET carrying `ifNoneMatch` (the raw header: one entity-tag, a comma-separated list,
 * or `*`) may be answered 304 for a current representation tagged `etag` (RFC 9110 §13.1.2: weak
 * comparison, so `"x"`, `W/"x"` and a list holding either match `W/"x"`; `*` matches any current
 * representation). Malformed values match nothing. The list is read by `fresh` (jshttp, the check
 * behind Express's `req.fresh`); only If-None-Match is passed to it, so If-Modified-Since and
 * Cache-Control: no-cache play no part (§13.2.2: If-Modified-Since is ignored beside If-None-Match).
 */
export function isNotModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch || !etag) return false;
  // Weak comparison ignores the W/ flag, so compare with the opaque-tag: fresh accepts `"x"` and
  // `W/"x"` for it. Given `W/"x"` itself, fresh would also accept `W/W/"x"`.
  return fresh({ 'if-none-match': ifNoneMatch }, { etag: etag.replace(/^W\//, '') });
}

/** Headers of a body, left out of a 304 (RFC 9110 §15.4.5: a 304 carries the 200's other headers). */
const NOT_ON_304: ReadonlySet<string> = new Set(['content-type', 'content-length', 'content-encoding']);

/**
 * The headers of a 304 answering for a 200 with `headers`: all of them (names lower-cased) but those
 * of its body. Yoga's path (usePublicCache) and the fast path (which stores them beside each
 * entry) both build their 304s with it. `skip` drops further names (per-response ones).
 */
export function notModifiedHeaders(headers: Headers, skip: ReadonlySet<string> = new Set()): Record<string, string> {
  const kept: Record<string, string> = {};
  headers.forEach((value, header) => {
    const name = header.toLowerCase(); // Yoga's Headers keep the case they were set with
    if (!NOT_ON_304.has(name) && !skip.has(name)) kept[name] = value;
  });
  return kept;
}
