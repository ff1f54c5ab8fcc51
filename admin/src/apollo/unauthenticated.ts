import { useSyncExternalStore } from 'react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorCode } from '#shared/errors.ts';

/**
 * True when an Apollo error means "your session is gone": a top-level GraphQL error with
 * `extensions.code === 'UNAUTHENTICATED'` (README, "Editing"), or an HTTP 401 (a refused bearer
 * token). FORBIDDEN is not included: signing in again would not help.
 */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.['code'] === ErrorCode.UNAUTHENTICATED);
  return ServerError.is(error) && error.statusCode === 401;
}

// A tiny external store rather than React state: the Apollo link that notices the expiry lives
// outside React, and the shell must not re-mount (which would drop unsaved edits) when it flips.
let expired = false;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

/** Session-expiry state shared by the Apollo link (writer) and the shell (reader). */
export const sessionExpiry = {
  isExpired: (): boolean => expired,
  /** Called by the error link on the first UNAUTHENTICATED answer. */
  markExpired(): void {
    if (expired) return;
    expired = true;
    emit();
  },
  /** Called after a successful sign-in (or sign-out, which shows the full sign-in screen). */
  clear(): void {
    if (!expired) return;
    expired = false;
    emit();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Re-renders when the session expires or is renewed. */
export function useSessionExpired(): boolean {
  return useSyncExternalStore(sessionExpiry.subscribe, sessionExpiry.isExpired);
}
