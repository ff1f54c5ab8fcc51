import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { ApiTokensDocument } from './documents';

const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($name: String!) {
    createApiToken(name: $name) {
      __typename
      ... on CreateApiTokenPayload { token apiToken { id name createdAt lastUsedAt revokedAt } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** createApiToken; the new token is put first in the cached Viewer.apiTokens (the server lists newest first). */
export function useCreateApiTokenMutation() {
  return useMutation(CreateApiTokenDocument, {
    update(cache, { data }) {
      const result = data?.createApiToken;
      if (result?.__typename !== 'CreateApiTokenPayload') return;
      cache.updateQuery({ query: ApiTokensDocument }, (list) =>
        list?.viewer ? { ...list, viewer: { ...list.viewer, apiTokens: [result.apiToken, ...list.viewer.apiTokens] } } : list,
      );
    },
  });
}
