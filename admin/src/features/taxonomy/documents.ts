import { graphql } from '../../__generated__';

// The category and tag lists every taxonomy pane reads. Counts are of published posts (the public
// meaning); the delete dialogs ask for the full count, drafts included, with TaxonomyPostTotal.

export const CategoriesDocument = graphql(`
  query Categories {
    categories { id name slug description position postCount }
  }
`);

export const TagsDocument = graphql(`
  query Tags {
    tags { id name slug postCount }
  }
`);

/** Every post (drafts too) a category or tag holds: what deleting it would touch. */
export const TaxonomyPostTotalDocument = graphql(`
  query TaxonomyPostTotal($filter: PostFilter!) {
    posts(first: 1, filter: $filter) { totalCount }
  }
`);
