import type { ComponentType } from 'react';
import type { Route } from './router/routes';

// The contract between the shell and the feature panes. It lives apart from panes.tsx (the table
// that imports every feature), so a feature can name its props without importing that table back.

/** What every pane receives: the current route (section + selected item id). */
export interface PaneProps {
  route: Route;
}

/** A section's two panes: the list on the left, the editor/detail on the right. */
export interface SectionPanes {
  List: ComponentType<PaneProps>;
  Detail: ComponentType<PaneProps>;
}
