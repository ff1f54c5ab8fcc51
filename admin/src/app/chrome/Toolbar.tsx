import { Kbd } from '../shortcuts/Kbd';
import { shortcut } from '../shortcuts/registry';
import { sectionById } from '../router/routes';
import { useRoute } from '../router/Router';
import { useSignOut } from '../session/useSignOut';

export interface ToolbarProps {
  onOpenPalette: () => void;
  onOpenHelp: () => void;
}

/**
 * The window's top bar (role="toolbar"): where you are, the command palette and help buttons
 * (the same handlers their shortcuts run), and sign out. Feature panes add their actions to the
 * palette rather than here, to keep the bar quiet.
 */
export function Toolbar({ onOpenPalette, onOpenHelp }: ToolbarProps) {
  const route = useRoute();
  const { signOut, isPending } = useSignOut();
  return (
    <header className="toolbar" role="toolbar" aria-label="Window">
      <span className="toolbar-title">lenatriestounderstand</span>
      <span className="toolbar-location" aria-live="polite">
        {sectionById(route.section).label}
      </span>
      <span className="toolbar-spacer" />
      <button type="button" className="button toolbar-search" onClick={onOpenPalette} aria-keyshortcuts="Control+K Meta+K">
        Search and commands <Kbd combo={shortcut('app.palette').keys[0]} />
      </button>
      <button type="button" className="button" onClick={onOpenHelp} aria-label="Keyboard shortcuts" aria-keyshortcuts="Shift+?">
        ?
      </button>
      <button type="button" className="button" onClick={() => void signOut()} disabled={isPending}>
        Sign out
      </button>
    </header>
  );
}
