import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from '../../app/router/Router';
import type { Command } from '../../app/shortcuts/commands';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { PostsSearchDocument } from './documents';
import { SEARCH_DEBOUNCE_MS } from './filters';

/** A palette entry found by search: a command plus its excerpt (SearchEdge.highlight). */
export type PostSearchCommand = Command & { highlight: string };

/** Matches the palette shows: the best few, enough for a glance; the posts list pages through all. */
export const PALETTE_SEARCH_RESULTS = 8;

/**
 * The command palette's post search: `text` (debounced like the posts list) sent to `search` over
 * every status (`includeDrafts`), answered as "Open post: …" commands with their excerpts, best
 * first. Running one opens the post in the Posts section. Empty (and no request) for blank text.
 */
export function usePostSearchCommands(text: string): PostSearchCommand[] {
  const navigate = useNavigate();
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData } = useQuery(PostsSearchDocument, {
    variables: { query, first: PALETTE_SEARCH_RESULTS, filter: { includeDrafts: true } },
    skip: query === '',
  });
  const edges = query === '' ? null : (data ?? previousData)?.search.edges;
  return useMemo(
    () =>
      (edges ?? []).map(({ node, highlight }) => ({
        id: `post:open:${node.id}`,
        label: `Open post: ${node.title}`,
        group: 'Search',
        highlight,
        run: () => navigate({ section: 'posts', itemId: node.id }),
      })),
    [edges, navigate],
  );
}
