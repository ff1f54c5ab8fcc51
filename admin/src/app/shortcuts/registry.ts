/**
 * Every keyboard shortcut of the admin, in one place. The help
 * overlay (`?`) and the command palette read this list; components bind the global ones with
 * `useShortcut(id, handler)` where the action lives, and call the same handler from their button.
 *
 * Scopes: `global` shortcuts are matched by ShortcutProvider's one window listener; `list`,
 * `dialog` and `palette` keys are handled by the focused component (ListBox, Dialog, the palette),
 * which read their keys from here too so the help overlay cannot drift from the behaviour.
 *
 * Key syntax: `Mod` = ⌘ on macOS, Ctrl elsewhere; `+` joins modifiers; several entries in `keys`
 * are alternatives. Browsers reserve some combinations for themselves (Chrome never lets a page
 * have Ctrl+N, Ctrl+T or Ctrl+W), hence the Alt+N alternative for a new post.
 */
export const SHORTCUTS = [
  { id: 'app.palette', keys: ['Mod+K'], description: 'Open the command palette', section: 'General', scope: 'global' },
  { id: 'app.help', keys: ['?'], description: 'Show keyboard shortcuts', section: 'General', scope: 'global' },
  { id: 'app.nextPane', keys: ['F6'], description: 'Move focus to the next pane', section: 'General', scope: 'global' },
  { id: 'app.previousPane', keys: ['Shift+F6'], description: 'Move focus to the previous pane', section: 'General', scope: 'global' },
  { id: 'post.new', keys: ['Mod+N', 'Alt+N'], description: 'New post', section: 'Posts', scope: 'global' },
  { id: 'post.save', keys: ['Mod+S'], description: 'Save the post', section: 'Posts', scope: 'global', pane: 'posts' },
  { id: 'settings.save', keys: ['Mod+S'], description: 'Save the site settings', section: 'Settings', scope: 'global', pane: 'settings' },
  {
    id: 'category.save',
    keys: ['Mod+S'],
    description: 'Save the category',
    section: 'Categories and tags',
    scope: 'global',
    pane: 'categories',
  },
  { id: 'tag.save', keys: ['Mod+S'], description: 'Save the tag', section: 'Categories and tags', scope: 'global', pane: 'tags' },
  // F outside text fields; Mod+D also from the filter box (Chrome lets pages have Ctrl+D).
  {
    id: 'post.favorite',
    keys: ['F', 'Mod+D'],
    description: 'Add the selected post to favorites, or remove it',
    section: 'Posts',
    scope: 'global',
  },
  { id: 'list.previous', keys: ['ArrowUp'], description: 'Select the previous item', section: 'Lists', scope: 'list' },
  { id: 'list.next', keys: ['ArrowDown'], description: 'Select the next item', section: 'Lists', scope: 'list' },
  { id: 'list.first', keys: ['Home'], description: 'Select the first item', section: 'Lists', scope: 'list' },
  { id: 'list.last', keys: ['End'], description: 'Select the last item', section: 'Lists', scope: 'list' },
  { id: 'list.open', keys: ['Enter'], description: 'Open the selected item', section: 'Lists', scope: 'list' },
  { id: 'dialog.close', keys: ['Escape'], description: 'Close the dialog', section: 'Dialogs', scope: 'dialog' },
  { id: 'palette.run', keys: ['Enter'], description: 'Run the highlighted command', section: 'Command palette', scope: 'palette' },
  { id: 'palette.next', keys: ['ArrowDown'], description: 'Highlight the next command', section: 'Command palette', scope: 'palette' },
  {
    id: 'palette.previous',
    keys: ['ArrowUp'],
    description: 'Highlight the previous command',
    section: 'Command palette',
    scope: 'palette',
  },
] as const satisfies readonly ShortcutDefinition[];

export interface ShortcutDefinition {
  id: string;
  keys: readonly string[];
  description: string;
  section: string;
  scope: 'global' | 'list' | 'dialog' | 'palette';
  /**
   * The editor pane that owns it. Entries of different panes may share keys (Mod+S saves whatever
   * editor is open): only one editor pane is mounted at a time, so a key never means two things at once.
   */
  pane?: string;
}

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutId = Shortcut['id'];
/** Ids that `useShortcut` can bind (the others are handled by the focused component). */
export type GlobalShortcutId = Extract<Shortcut, { scope: 'global' }>['id'];

/** The registry entry for `id`. */
export function shortcut(id: ShortcutId): Shortcut {
  const found = SHORTCUTS.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown shortcut ${id}`);
  return found;
}

/** Keys of a shortcut, for components that handle their own (ListBox, Dialog, palette). */
export const keysOf = (id: ShortcutId): readonly string[] => shortcut(id).keys;
