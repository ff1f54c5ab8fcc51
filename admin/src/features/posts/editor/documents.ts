import { graphql } from '../../../__generated__';

/**
 * Everything the editor shows and edits (colocated with PostEditor, which renders it). Mutations
 * select it too, so their results refresh the cache entry the list rows read from.
 */
export const PostEditorFragment = graphql(`
  fragment PostEditor_post on Post {
    id
    title
    slug
    kind
    status
    summary
    body
    hasLab
    version
    updatedAt
    publishedAt
    category { id name slug }
    tags { id name slug }
  }
`);

/** The selected post (node lookup by its Relay id). */
export const PostEditorDocument = graphql(`
  query PostEditor($id: ID!) {
    node(id: $id) {
      id
      ...PostEditor_post
    }
  }
`);

/** Choices for the category select and the tags autocomplete (editors see every tag). */
export const PostEditorOptionsDocument = graphql(`
  query PostEditorOptions {
    categories { id name }
    tags { id name }
  }
`);

// One selection for every mutation's expected failures, so the editor handles them in one place.
export const PostEditorErrorsFragment = graphql(`
  fragment PostEditor_errors on Error {
    message
    ... on ValidationError { fieldErrors { path message } }
    ... on SlugTakenError { slug suggestion }
    ... on ConflictError { currentVersion }
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      __typename
      ... on CreatePostPayload { post { ...PostEditor_post } }
      ... on Error { ...PostEditor_errors }
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      __typename
      ... on UpdatePostPayload { post { ...PostEditor_post } }
      ... on Error { ...PostEditor_errors }
    }
  }
`);

export const PublishPostDocument = graphql(`
  mutation PublishPost($input: PublishPostInput!) {
    publishPost(input: $input) {
      __typename
      ... on PublishPostPayload { post { ...PostEditor_post } }
      ... on Error { ...PostEditor_errors }
    }
  }
`);

export const UnpublishPostDocument = graphql(`
  mutation UnpublishPost($input: PostRefInput!) {
    unpublishPost(input: $input) {
      __typename
      ... on UnpublishPostPayload { post { ...PostEditor_post } }
      ... on Error { ...PostEditor_errors }
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($input: PostRefInput!) {
    deletePost(input: $input) {
      __typename
      ... on DeletePostPayload { deletedPostId }
      ... on Error { ...PostEditor_errors }
    }
  }
`);
