import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { tap } from 'rxjs';
import { CSRF_HEADER } from '#shared/errors.ts';
import { createCache } from './cache';
import { isUnauthenticated, sessionExpiry } from './unauthenticated';

export interface ClientOptions {
  /** GraphQL endpoint; default `/graphql` (same origin: the gateway serves the admin, Vite proxies in dev). */
  uri?: string;
  /** Reports reachability from real traffic (the status bar's connection state). */
  onNetworkResult?: (reachable: boolean) => void;
}

/**
 * The admin's Apollo Client: same-origin cookie session, the CSRF header on every request, and
 * an error link that flips the app to "session expired" on UNAUTHENTICATED — the shell then
 * shows the sign-in dialog over the still-mounted panes (admin/README.md, "Sign-in and unsaved
 * edits"). The failed operation is not retried: its caller sees the error and the user
 * repeats the action (e.g. Save) after signing in.
 */
export function createApolloClient(options: ClientOptions = {}): ApolloClient {
  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'same-origin',
    headers: { [CSRF_HEADER]: '1' },
  });
  const errors = new ErrorLink(({ error, operation }) => {
    // Signing in is not "expiry": a failed login answers with a typed InvalidCredentialsError.
    if (operation.operationName !== 'SignIn' && isUnauthenticated(error)) sessionExpiry.markExpired();
    const isNetworkFailure = error instanceof TypeError; // fetch() rejects with TypeError when unreachable
    options.onNetworkResult?.(!isNetworkFailure);
  });
  // Any answer at all proves the gateway reachable (tap: links are cold observables, a second
  // subscribe would send the request twice).
  const reachability = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap({ next: () => options.onNetworkResult?.(true) })),
  );
  return new ApolloClient({
    link: ApolloLink.from([errors, reachability, http]),
    cache: createCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
