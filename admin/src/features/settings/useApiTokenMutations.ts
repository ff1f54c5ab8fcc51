import { useMutation } from '@apollo/client/react';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './documents';

/**
 * createApiToken / revokeApiToken with targeted cache edits: a new token is put first in the
 * cached Viewer.apiTokens (the server lists newest first); a revoke is optimistic (revokedAt now)
 * and its payload updates the token in place. Each returns an error message, or null.
 */
export function useApiTokenMutations() {
  const [createMutation, { loading: isCreating }] = useMutation(CreateApiTokenDocument);
  const [revokeMutation] = useMutation(RevokeApiTokenDocument);

  const create = async (name: string): Promise<{ secret: string; name: string } | { error: string }> => {
    try {
      const { data } = await createMutation({
        variables: { name },
        update: (cache, { data: answer }) => {
          const result = answer?.createApiToken;
          if (result?.__typename !== 'CreateApiTokenPayload') return;
          cache.updateQuery({ query: ApiTokensDocument }, (list) => list?.viewer
            ? { ...list, viewer: { ...list.viewer, apiTokens: [result.apiToken, ...list.viewer.apiTokens] } }
            : list);
        },
      });
      const result = data?.createApiToken;
      if (result?.__typename === 'CreateApiTokenPayload') return { secret: result.token, name: result.apiToken.name };
      return { error: result?.fieldErrors[0]?.message ?? result?.message ?? 'Not created.' };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  const revoke = async (id: string): Promise<string | null> => {
    try {
      const { data } = await revokeMutation({
        variables: { id },
        optimisticResponse: {
          __typename: 'Mutation',
          revokeApiToken: { __typename: 'RevokeApiTokenPayload', apiToken: { __typename: 'ApiToken', id, revokedAt: new Date().toISOString() } },
        },
      });
      const result = data?.revokeApiToken;
      return !result || result.__typename === 'RevokeApiTokenPayload' ? null : result.message;
    } catch (e) {
      return (e as Error).message;
    }
  };

  return { create, isCreating, revoke };
}
