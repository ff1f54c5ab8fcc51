import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutDocument, ViewerDocument } from './documents';
import { useSession } from './SessionGate';

/**
 * Signs out: `logout` (ends the session server-side, clears the cookie), then empties the cache
 * so no editor-only data (drafts) stays in memory, and shows the sign-in screen. Locally
 * autosaved drafts in localStorage are kept on purpose: they belong to this browser's user.
 */
export function useSignOut(): { signOut: () => Promise<void>; isPending: boolean } {
  const client = useApolloClient();
  const session = useSession();
  const [logout, { loading }] = useMutation(SignOutDocument);
  const signOut = async () => {
    await logout();
    session.signedOut();
    await client.clearStore();
    client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer: null } });
  };
  return { signOut, isPending: loading };
}
