import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';

const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on RevokeApiTokenPayload { apiToken { id revokedAt } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/**
 * revokeApiToken, optimistic (revokedAt = now, so the row says "Revoked" at once); the payload then
 * updates the token in place. `revoke(id)` resolves to the mutation's result union member.
 */
export function useRevokeApiTokenMutation() {
  const [mutate, state] = useMutation(RevokeApiTokenDocument);
  const revoke = useCallback(
    async (id: string) =>
      (
        await mutate({
          variables: { id },
          optimisticResponse: {
            __typename: 'Mutation',
            revokeApiToken: {
              __typename: 'RevokeApiTokenPayload',
              apiToken: { __typename: 'ApiToken', id, revokedAt: new Date().toISOString() },
            },
          },
        })
      ).data?.revokeApiToken,
    [mutate],
  );
  return [revoke, state] as const;
}
