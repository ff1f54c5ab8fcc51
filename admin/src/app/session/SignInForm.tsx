import { useId, useState, type FormEvent } from 'react';
import { useSignIn } from './useSignIn';
import './SignIn.css';

/**
 * Email + password form for the `login` mutation; errors appear beside the field they concern
 * (aria-describedby + aria-invalid). `onSignedIn` runs after the session cookie is set.
 */
export function SignInForm({ onSignedIn, initialEmail = '' }: { onSignedIn?: () => void; initialEmail?: string }) {
  const { signIn, errors, isPending } = useSignIn();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const id = useId();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await signIn(email, password)) onSignedIn?.();
  };

  return (
    <form className="sign-in-form" onSubmit={onSubmit} aria-label="Sign in" noValidate>
      {errors.form ? (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      ) : null}
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        aria-invalid={Boolean(errors.email)}
        aria-describedby={errors.email ? `${id}-email-error` : undefined}
      />
      {errors.email ? (
        <p id={`${id}-email-error`} className="field-error" role="alert">
          {errors.email}
        </p>
      ) : null}
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-invalid={Boolean(errors.password)}
        aria-describedby={errors.password ? `${id}-password-error` : undefined}
      />
      {errors.password ? (
        <p id={`${id}-password-error`} className="field-error" role="alert">
          {errors.password}
        </p>
      ) : null}
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
