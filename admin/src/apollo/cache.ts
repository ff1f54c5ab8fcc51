import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypesResult from '../__generated__/possible-types';

/**
 * The admin's normalized cache.
 *
 * - `Query.posts` is one list per `filter` (kind, status, includeDrafts, category, tag): the
 *   pagination args (first/after) are left out of the key, and pages are merged by cursor
 *   (relayStylePagination), so "Load more" appends to the same list. The server's cursors are
 *   keyset cursors, so a page after a deleted post still continues correctly.
 * - `Query.search` is one list per `query` and `filter`, merged by cursor the same way; an edge
 *   whose post was evicted drops out on read.
 * - possibleTypes come from codegen (the mutation result unions and the Error/Node interfaces),
 *   so fragments like `... on ValidationError` match from the cache too.
 * - Site is a singleton; Viewer has an id.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: possibleTypesResult.possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          posts: relayStylePagination(['filter']),
          search: relayStylePagination(['query', 'filter']),
        },
      },
      Site: { keyFields: [] },
    },
  });
}
