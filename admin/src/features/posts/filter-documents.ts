import { graphql } from '../../__generated__';

/** Categories for the posts list's category filter, in display order. */
export const PostFilterCategoriesDocument = graphql(`
  query PostFilterCategories {
    categories { id slug name }
  }
`);
