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
