import type { ApolloCache, Reference } from '@apollo/client';
import type { PostEditor_PostFragment, PostFilter, PostStatus } from '../../../__generated__/graphql';

/**
 * Targeted cache edits for post mutations (no blanket refetches). `Query.posts` is
 * stored once per `filter` (admin/src/apollo/cache.ts), so each stored list is visited and the
 * post is inserted, moved or removed according to whether it matches that list's filter.
 */
interface StoredEdge {
  cursor?: string;
  node: Reference;
}
interface StoredConnection {
  edges: readonly StoredEdge[];
  totalCount?: number;
  pageInfo?: { hasNextPage?: boolean };
}

/** The filter a stored `posts` field was fetched with, from its store name `posts:{"filter":{…}}`. */
export function filterOfStoreName(storeFieldName: string): PostFilter {
  const colon = storeFieldName.indexOf(':');
  if (colon < 0) return {};
  try {
    return (JSON.parse(storeFieldName.slice(colon + 1)) as { filter?: PostFilter }).filter ?? {};
  } catch {
    return {};
  }
}

/** Whether `post` belongs in a list fetched with `filter` (mirrors the gateway's `posts` filter). */
export function matchesFilter(filter: PostFilter, post: PostEditor_PostFragment): boolean {
  if (filter.status ? post.status !== filter.status : !filter.includeDrafts && post.status !== 'PUBLISHED') return false;
  if (filter.kind && post.kind !== filter.kind) return false;
  if (filter.categorySlug && post.category?.slug !== filter.categorySlug) return false;
  if (filter.tagSlug && !post.tags.some((tag) => tag.slug === filter.tagSlug)) return false;
  const search = (filter as { search?: string | null }).search?.trim().toLowerCase();
  return !search || post.title.toLowerCase().includes(search);
}

/**
 * Puts `post` where it belongs in every cached posts list after a create/update/publish/
 * unpublish/schedule/restore. Order is the gateway's: drafts first, then by publishedAt newest
 * first (scheduled posts, being in the future, before the published ones) — so a new or
 * unpublished draft goes to the top and a just-published post right after the scheduled ones. Title
 * edits keep the row where it is (the row re-renders from the normalized Post).
 */
export function syncPostInLists(cache: ApolloCache, post: PostEditor_PostFragment, options: { previousStatus: PostStatus | null }): void {
  cache.modify({
    fields: {
      posts(existing: StoredConnection | Reference, { storeFieldName, readField, toReference, isReference }) {
        if (!existing || isReference(existing)) return existing;
        const ref = toReference(post);
        if (!ref) return existing;
        const rest = existing.edges.filter((edge) => readField('id', edge.node) !== post.id);
        const wasIn = rest.length !== existing.edges.length;
        const count = existing.totalCount ?? rest.length;
        if (!matchesFilter(filterOfStoreName(storeFieldName), post)) {
          return wasIn ? { ...existing, edges: rest, totalCount: count - 1 } : existing;
        }
        if (wasIn && options.previousStatus === post.status) return existing;
        // Dated posts (scheduled or published) follow the drafts, newest publishedAt first: a
        // scheduled post lands above the published ones, a just-published one below them.
        const at = post.publishedAt ?? '';
        const firstOlder = rest.findIndex((edge) => {
          const other = readField<string | null>('publishedAt', edge.node);
          return other != null && new Date(other).getTime() <= new Date(at).getTime();
        });
        const index = post.status === 'DRAFT' ? 0 : firstOlder >= 0 ? firstOlder : rest.length;
        // Past the loaded pages it would be a guess; "Load more" fetches it in its real place.
        if (index === rest.length && existing.pageInfo?.hasNextPage) {
          return wasIn ? { ...existing, edges: rest, totalCount: count - 1 } : existing;
        }
        const edge = { __typename: 'PostEdge', cursor: '', node: ref };
        return { ...existing, edges: [...rest.slice(0, index), edge, ...rest.slice(index)], totalCount: wasIn ? count : count + 1 };
      },
    },
  });
}

/** Drops a deleted post from every list, then evicts it and collects what only it referenced. */
export function removePostFromCache(cache: ApolloCache, id: string): void {
  cache.modify({
    fields: {
      posts(existing: StoredConnection | Reference, { readField, isReference }) {
        if (!existing || isReference(existing)) return existing;
        const edges = existing.edges.filter((edge) => readField('id', edge.node) !== id);
        if (edges.length === existing.edges.length) return existing;
        return { ...existing, edges, totalCount: (existing.totalCount ?? edges.length + 1) - 1 };
      },
    },
  });
  cache.evict({ id: cache.identify({ __typename: 'Post', id }) });
  cache.gc();
}

/** Tags a save created (unknown names create tags) join the cached `tags` list, by name. */
export function addTagsToList(cache: ApolloCache, tags: PostEditor_PostFragment['tags']): void {
  cache.modify({
    fields: {
      tags(existing, { readField, toReference, isReference }) {
        if (!Array.isArray(existing)) return existing;
        const known = new Set(existing.map((ref: Reference) => readField<string>('id', ref)));
        const added = tags
          .filter((tag) => !known.has(tag.id))
          .map((tag) => toReference(tag))
          .filter((ref): ref is Reference => isReference(ref));
        if (added.length === 0) return existing;
        const name = (ref: Reference) => readField<string>('name', ref) ?? '';
        return [...existing, ...added].sort((a, b) => name(a).localeCompare(name(b)));
      },
    },
  });
}
