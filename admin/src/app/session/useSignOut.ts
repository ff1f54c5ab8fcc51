import { useApolloClient } from '@apollo/client/react';
import { BASE } from '../router/routes';
import { useSignOutMutation } from './useSignOutMutation';

/**
 * Signs out: `logout` (ends the session server-side, clears the cookie), empties the cache, then
 * reloads the app at its start page. The reload is deliberate: it is the one way to be sure no
 * editor-only data (drafts in the cache, pane state, closures) survives in memory. Locally
 * autosaved drafts in localStorage are kept: they belong to this browser's user.
 */
export function useSignOut(): { signOut: () => Promise<void>; isPending: boolean } {
  const client = useApolloClient();
  const [logout, { loading }] = useSignOutMutation();
  const signOut = async () => {
    await logout();
    await client.clearStore();
    window.location.assign(BASE);
  };
  return { signOut, isPending: loading };
}
