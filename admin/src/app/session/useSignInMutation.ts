import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { ViewerDocument } from './documents';

// The operation name `SignIn` is what the client's error link exempts from "session expired".
const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      __typename
      ... on LoginPayload { viewer { id email name } }
      ... on Error { ...MutationErrors }
    }
  }
`);

/** `login`; on success the viewer is written into the cache, so the shell appears without a refetch. */
export function useSignInMutation() {
  return useMutation(SignInDocument, {
    update(cache, { data }) {
      if (data?.login.__typename === 'LoginPayload')
        cache.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer: data.login.viewer } });
    },
  });
}
