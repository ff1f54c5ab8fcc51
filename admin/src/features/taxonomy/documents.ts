import { graphql } from '../../__generated__';

// Categories and tags for their panes. Counts are of published posts (the public meaning);
// the delete dialogs ask for the full count, drafts included, with *PostTotal below.

export const CategoriesDocument = graphql(`
  query Categories {
    categories { id name slug description position postCount }
  }
`);

export const CreateCategoryDocument = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      __typename
      ... on CreateCategoryPayload { category { id name slug description position postCount } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on SlugTakenError { message suggestion path }
      ... on Error { message }
    }
  }
`);

export const UpdateCategoryDocument = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      __typename
      ... on UpdateCategoryPayload { category { id name slug description } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on SlugTakenError { message suggestion path }
      ... on Error { message }
    }
  }
`);

export const DeleteCategoryDocument = graphql(`
  mutation DeleteCategory($input: DeleteCategoryInput!) {
    deleteCategory(input: $input) {
      __typename
      ... on DeleteCategoryPayload { deletedCategoryId }
      ... on Error { message }
    }
  }
`);

export const ReorderCategoriesDocument = graphql(`
  mutation ReorderCategories($ids: [ID!]!) {
    reorderCategories(ids: $ids) {
      __typename
      ... on ReorderCategoriesPayload { categories { id position } }
      ... on Error { message }
    }
  }
`);

/** Every post (drafts too) a category or tag holds: what deleting it would touch. */
export const TaxonomyPostTotalDocument = graphql(`
  query TaxonomyPostTotal($filter: PostFilter!) {
    posts(first: 1, filter: $filter) { totalCount }
  }
`);

export const TagsDocument = graphql(`
  query Tags {
    tags { id name slug postCount }
  }
`);

export const CreateTagDocument = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      __typename
      ... on CreateTagPayload { tag { id name slug postCount } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on SlugTakenError { message suggestion path }
      ... on Error { message }
    }
  }
`);

export const UpdateTagDocument = graphql(`
  mutation UpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) {
      __typename
      ... on UpdateTagPayload { tag { id name slug } }
      ... on ValidationError { message fieldErrors { path message } }
      ... on SlugTakenError { message suggestion path }
      ... on Error { message }
    }
  }
`);

export const DeleteTagDocument = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id) {
      __typename
      ... on DeleteTagPayload { deletedTagId }
      ... on Error { message }
    }
  }
`);
