import { graphql } from '../../../__generated__';

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
