import { graphql } from '../../../__generated__';

/**
 * A post's newest 50 revisions, newest first, with what the diff compares (50: months of an
 * author's saves; the pane says when there are more).
 */
export const PostHistoryFragment = graphql(`
  fragment PostHistory_post on Post {
    id
    revisions(first: 50) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node { id version createdAt status title summary body author { id name } }
      }
    }
  }
`);

export const PostHistoryDocument = graphql(`
  query PostHistory($id: ID!) {
    node(id: $id) {
      id
      ...PostHistory_post
    }
  }
`);
