import { graphql } from '../../__generated__';

/** One favorite as the Favorites pane shows it; the posts list's rows carry the same fields. */
export const FavoriteRowFragment = graphql(`
  fragment FavoriteRow_post on Post {
    id
    title
    kind
    status
    publishedAt
    isFavorite
  }
`);

/**
 * The list in the author's order and its revision. The revision lives in the cache as
 * Query.favoritesRevision: every change is a compare-and-swap on it (reorderFavorites).
 */
export const FavoritesDocument = graphql(`
  query Favorites {
    favorites { id ...FavoriteRow_post }
    favoritesRevision
  }
`);

/** What every favorites mutation answers; the whole new list replaces the cached one. */
export const FavoritesPayloadFragment = graphql(`
  fragment FavoritesCache_payload on FavoritesPayload {
    revision
    favorites { id ...FavoriteRow_post }
  }
`);

export const ReorderFavoritesDocument = graphql(`
  mutation ReorderFavorites($postIds: [ID!]!, $expectedRevision: Int!) {
    reorderFavorites(postIds: $postIds, expectedRevision: $expectedRevision) {
      __typename
      ...FavoritesCache_payload
      ... on Error { message }
    }
  }
`);

/** Adding appends and removing takes out one post: neither can reorder someone else's list, so
 * they do not send expectedRevision (the server then never answers ConflictError for them). */
export const AddFavoriteDocument = graphql(`
  mutation AddFavorite($postId: ID!) {
    addFavorite(postId: $postId) {
      __typename
      ...FavoritesCache_payload
      ... on Error { message }
    }
  }
`);

export const RemoveFavoriteDocument = graphql(`
  mutation RemoveFavorite($postId: ID!) {
    removeFavorite(postId: $postId) {
      __typename
      ...FavoritesCache_payload
      ... on Error { message }
    }
  }
`);
