import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { Shell } from './chrome/Shell';
import { ErrorBoundary } from './ErrorBoundary';
import { RouterProvider } from './router/Router';
import { SessionGate } from './session/SessionGate';
import { CommandsProvider } from './shortcuts/commands';
import { ShortcutProvider } from './shortcuts/ShortcutProvider';
import { SaveStateProvider } from './status/SaveState';

/**
 * The provider stack, outermost first. Order matters: the router and the shortcut/command
 * registries sit above the session gate so that signing in again after an expiry never
 * re-creates them, and the shell below the gate stays mounted while the sign-in dialog is open.
 */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ErrorBoundary>
      <ApolloProvider client={client}>
        <RouterProvider>
          <ShortcutProvider>
            <CommandsProvider>
              <SaveStateProvider>
                <SessionGate>
                  <Shell />
                </SessionGate>
              </SaveStateProvider>
            </CommandsProvider>
          </ShortcutProvider>
        </RouterProvider>
      </ApolloProvider>
    </ErrorBoundary>
  );
}
