import { graphql } from '../../__generated__';

/** One row of the posts list (colocated with PostRow, which renders it). */
export const PostRowFragment = graphql(`
  fragment PostRow_post on Post {
    id
    title
    slug
    kind
    status
    publishedAt
    updatedAt
    isFavorite
  }
`);

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
