import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { sessionExpiry } from '../../apollo/unauthenticated';
import { SignInDocument, ViewerDocument } from './documents';

/** Messages to show beside the fields (ValidationError paths) and above the form (the rest). */
export interface SignInErrors {
  form?: string;
  email?: string;
  password?: string;
}

/**
 * The `login` mutation with its typed failures mapped onto the form: InvalidCredentialsError →
 * beside the password (the server will not say which field was wrong, on purpose);
 * ValidationError → beside the field its path names (["email"] / ["password"]). On success the
 * viewer is written into the cache and the expired-session flag cleared, so the shell reappears
 * (or stays, with its unsaved edits) without a reload.
 */
export function useSignIn(): { signIn: (email: string, password: string) => Promise<boolean>; errors: SignInErrors; isPending: boolean } {
  const [mutate, { loading }] = useMutation(SignInDocument);
  const [errors, setErrors] = useState<SignInErrors>({});

  const signIn = async (email: string, password: string): Promise<boolean> => {
    setErrors({});
    try {
      const { data } = await mutate({
        variables: { email, password },
        update: (cache, { data: result }) => {
          if (result?.login.__typename === 'LoginPayload') cache.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer: result.login.viewer } });
        },
      });
      const result = data?.login;
      if (result?.__typename === 'LoginPayload') {
        sessionExpiry.clear();
        return true;
      }
      if (result?.__typename === 'InvalidCredentialsError') setErrors({ password: result.message });
      else if (result?.__typename === 'TooManyAttemptsError') setErrors({ form: result.message });
      else if (result?.__typename === 'ValidationError') {
        const next: SignInErrors = { form: result.fieldErrors.length ? undefined : result.message };
        for (const fieldError of result.fieldErrors) {
          const field = fieldError.path.at(-1);
          if (field === 'email' || field === 'password') next[field] = fieldError.message;
          else next.form = fieldError.message;
        }
        setErrors(next);
      }
    } catch (error) {
      setErrors({ form: error instanceof Error ? `Could not sign in: ${error.message}` : 'Could not sign in.' });
    }
    return false;
  };

  return { signIn, errors, isPending: loading };
}
