import { useMemo, useRef } from 'react';
import { useNavigate } from '../router/Router';
import { SECTIONS } from '../router/routes';
import { useCommands, type Command } from '../shortcuts/commands';
import { useSignOut } from '../session/useSignOut';
import { focusPane } from './panes-focus';

/** The shell's own palette entries: "Go to <section>" for every section, help, sign out. */
export function useShellCommands({ openHelp }: { openHelp: () => void }): void {
  const navigate = useNavigate();
  // Through a ref: signOut is a new function every render, the command list should not be.
  const { signOut } = useSignOut();
  const signOutRef = useRef(signOut);
  signOutRef.current = signOut;
  const commands = useMemo<Command[]>(
    () => [
      ...SECTIONS.map((section) => ({
        id: `section:${section.id}`,
        label: `Go to ${section.group === 'Posts' && section.id !== 'posts' ? `${section.label} (posts)` : section.label}`,
        group: 'Go to',
        keywords: section.group,
        run: () => {
          if (navigate({ section: section.id, itemId: null })) requestAnimationFrame(() => focusPane('list'));
        },
      })),
      { id: 'app:help', label: 'Show keyboard shortcuts', group: 'Actions', shortcutId: 'app.help', run: openHelp },
      { id: 'app:sign-out', label: 'Sign out', group: 'Actions', run: () => void signOutRef.current() },
    ],
    [navigate, openHelp],
  );
  useCommands(commands);
}
