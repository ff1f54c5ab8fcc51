import { graphql } from '../../__generated__';

/**
 * A page of posts for a list section. The cache keys `posts` by `filter` only and merges pages
 * by cursor (admin/src/apollo/cache.ts), so fetchMore({ after }) appends.
 */
export const PostsListDocument = graphql(`
  query PostsList($first: Int!, $after: String, $filter: PostFilter) {
    posts(first: $first, after: $after, filter: $filter) {
      totalCount
      edges { cursor node { id ...PostRow_post } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/**
 * A page of ranked matches for the list's search box, best first, each with its excerpt
 * (`highlight`: escaped text with the matching words in <mark>). The cache keys `search` by
 * `query` and `filter` and merges pages by cursor, like `posts`.
 */
export const PostsSearchDocument = graphql(`
  query PostsSearch($query: String!, $first: Int!, $after: String, $filter: SearchFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      edges { cursor highlight node { id ...PostRow_post } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);
