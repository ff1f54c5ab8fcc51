import { useCallback, useMemo, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PostRow_PostFragment } from '../../__generated__/graphql';
import type { SectionId } from '../../app/router/routes';
import { PostsListDocument, PostsSearchDocument } from './documents';
import { POSTS_PAGE_SIZE, postFilterFor, searchTextFor, type ListFilters } from './filters';

/** One row of the posts list: the post, and its search excerpt when the list is a search. */
export interface PostsListRow {
  post: PostRow_PostFragment;
  /** SearchEdge.highlight (escaped text with <mark>), or null in the plain list. */
  highlight: string | null;
}

/**
 * The rows the posts list shows for a section and its filter bar: with text in the search box,
 * `search` (ranked, best first, with excerpts) narrowed by the same kind/status/category filter;
 * with a blank box, `posts` (newest first). Either way keyset pages are appended by `loadMore`,
 * and while the next query's first page loads the last rows stay on screen instead of flashing empty.
 * `count` is the pane header's text: "N posts" (totalCount) or "N matches" ("N+ matches" while
 * more pages exist: search has no total, counting would mean ranking every match).
 */
export function usePostsPage({ section, filters }: { section: SectionId; filters: ListFilters }) {
  const filter = useMemo(() => postFilterFor(section, filters), [section, filters]);
  const text = searchTextFor(filters);
  const list = useQuery(PostsListDocument, { variables: { first: POSTS_PAGE_SIZE, filter }, skip: text !== null });
  const found = useQuery(PostsSearchDocument, {
    variables: { query: text ?? '', first: POSTS_PAGE_SIZE, filter },
    skip: text === null,
    // Ranks and excerpts change with every edit: ask again when a search is typed again.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const active = text === null ? list : found;
  const posts = (list.data ?? list.previousData)?.posts;
  const search = (found.data ?? found.previousData)?.search;
  const connection = text === null ? posts : search;

  const shown = useRef<{ rows: PostsListRow[]; count: string }>({ rows: [], count: '' });
  const current = useMemo(() => {
    if (text === null) {
      if (!posts) return null;
      return {
        rows: posts.edges.map((edge) => ({ post: edge.node, highlight: null })),
        count: posts.totalCount === 1 ? '1 post' : `${posts.totalCount} posts`,
      };
    }
    if (!search) return null;
    const n = search.edges.length;
    return {
      rows: search.edges.map((edge) => ({ post: edge.node, highlight: edge.highlight })),
      count: `${n}${search.pageInfo.hasNextPage ? '+' : ''} ${n === 1 && !search.pageInfo.hasNextPage ? 'match' : 'matches'}`,
    };
  }, [text, posts, search]);
  if (current) shown.current = current;

  // One fetchMore per cursor: the observer may report the sentinel again before the page lands.
  const requested = useRef<string | null>(null);
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = Boolean(active.data && connection?.pageInfo.hasNextPage);
  const { fetchMore } = active;
  const loadMore = useCallback(() => {
    if (!endCursor || requested.current === endCursor) return;
    requested.current = endCursor;
    void fetchMore({ variables: { after: endCursor } }).catch(() => {
      requested.current = null;
    });
  }, [endCursor, fetchMore]);

  return {
    rows: shown.current.rows,
    count: shown.current.count,
    /** Nothing to show yet (the first query's first page is on its way). */
    isFirstLoad: active.loading && !current && shown.current.rows.length === 0,
    loading: active.loading,
    error: active.error,
    hasNextPage,
    loadMore,
  };
}
