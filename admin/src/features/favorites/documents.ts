import { graphql } from '../../__generated__';

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
