import { useState } from 'react';
import { splitResult } from '../../apollo/mutationResult';
import { sessionExpiry } from '../../apollo/unauthenticated';
import { useSignInMutation } from './useSignInMutation';

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
 * (or stays, with its unsaved edits) without a reload. The form keeps its own fields; it is not
 * an editable form (nothing to be dirty about).
 */
export function useSignIn(): { signIn: (email: string, password: string) => Promise<boolean>; errors: SignInErrors; isPending: boolean } {
  const [mutate, { loading }] = useSignInMutation();
  const [errors, setErrors] = useState<SignInErrors>({});

  const signIn = async (email: string, password: string): Promise<boolean> => {
    setErrors({});
    try {
      const outcome = splitResult((await mutate({ variables: { email, password } })).data?.login);
      if (outcome.ok) {
        sessionExpiry.clear();
        return true;
      }
      const { error } = outcome;
      if (error.__typename === 'InvalidCredentialsError') setErrors({ password: error.message });
      else if (error.__typename === 'TooManyAttemptsError') setErrors({ form: error.message });
      else {
        const next: SignInErrors = { form: error.fieldErrors.length ? undefined : error.message };
        for (const fieldError of error.fieldErrors) {
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
