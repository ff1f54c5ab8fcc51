import { useMutation } from '@apollo/client/react';
import { graphql } from '../../__generated__';

const SignOutDocument = graphql(`
  mutation SignOut {
    logout
  }
`);

/** `logout`: ends the session server-side and clears the cookie. */
export function useSignOutMutation() {
  return useMutation(SignOutDocument);
}
