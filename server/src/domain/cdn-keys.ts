// The CDN key scheme (docs/caching.md): what an answer is tagged with (cache/cdn.ts collects the
// tags from the resolvers) and what a committed write purges (noted by the domain's writes, sent by
// cache/cdn-purge.ts). Here, because the writes decide which keys they touch.

/** A post, category or tag in an answer: `post:<id>` with the row's database id (not the global id). */
export type EntityKey = `${'post' | 'category' | 'tag'}:${string}`;

/**
 * The collection keys. An answer carries one for each list it shows, and for each lookup that
 * found nothing (so the page appears once something takes its slug); a write purges those whose
 * membership or order it may have changed:
 * - `posts`: lists of posts (`posts`, `search`, feeds, sitemaps) and post lookups that found none;
 * - `home`: the home feed;
 * - `favorites`: the favorites list and its revision;
 * - `categories` / `tags`: the category / tag lists and lookups that found none;
 * - `site`: the site's settings (the `site` field, feeds, sitemaps, robots.txt);
 * - `all`: on every cacheable answer. Purged by a committed write to public content that noted
 *   no keys (the seed, a write added later without them): safe, never stale.
 */
export const COLLECTION_KEYS = ['posts', 'home', 'favorites', 'categories', 'tags', 'site', 'all'] as const;
export type CollectionKey = (typeof COLLECTION_KEYS)[number];
export type CdnKey = EntityKey | CollectionKey;

/** What the purge keys of a post change read of the post before and after: PostSnapshot fits. */
export interface PostKeyFacts {
  id: string;
  status: string;
  categoryId: string | null;
  tagIds: readonly string[];
}

/**
 * The keys a committed change of one post purges: none when it was public neither before nor
 * after (a draft's edit shows nowhere public); else its own key, the lists it can enter or leave
 * (`posts`, `home`), the categories and tags it had and has (their pages list it, their counts may
 * move). When it became or stopped being public: also `categories`, `tags` (a tag is listed only
 * while a public post carries it) and `favorites` (the public favorites list shows published posts
 * only; whether it is a favorite is not read, to keep the write's statements as they were).
 */
export function postChangeKeys<P extends PostKeyFacts>(before: P | null, after: P | null, isPublic: (post: P) => boolean): CdnKey[] {
  const wasPublic = before !== null && isPublic(before);
  const nowPublic = after !== null && isPublic(after);
  if (!wasPublic && !nowPublic) return [];
  const keys = new Set<CdnKey>([`post:${(after ?? before)!.id}`, 'posts', 'home']);
  for (const post of [before, after]) {
    if (!post) continue;
    if (post.categoryId) keys.add(`category:${post.categoryId}`);
    for (const tagId of post.tagIds) keys.add(`tag:${tagId}`);
  }
  if (wasPublic !== nowPublic) for (const key of ['categories', 'tags', 'favorites'] as const) keys.add(key);
  return [...keys];
}
