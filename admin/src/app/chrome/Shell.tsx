import { lazy, Suspense, useCallback, useState } from 'react';
import { SplitPane } from '../../components/SplitPane';
import { SECTION_PANES } from '../panes';
import { useRoute } from '../router/Router';
import { HelpOverlay } from '../shortcuts/HelpOverlay';
import { useShortcut } from '../shortcuts/ShortcutProvider';
import { cyclePane } from './panes-focus';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import { useShellCommands } from './useShellCommands';
import './chrome.css';

// Its own chunk: most sessions open it rarely, and the initial bundle has a budget (250 KB gz).
const CommandPalette = lazy(() => import('../shortcuts/palette/CommandPalette'));

/**
 * The window: toolbar, sidebar, list | editor split, status bar. Owns the app-wide overlays
 * (command palette, shortcut help) and the shortcuts that open them. The section's panes come
 * from SECTION_PANES; both get the route.
 */
export function Shell() {
  const route = useRoute();
  const [overlay, setOverlay] = useState<'palette' | 'help' | null>(null);
  const openPalette = useCallback(() => setOverlay('palette'), []);
  const openHelp = useCallback(() => setOverlay('help'), []);
  const close = useCallback(() => setOverlay(null), []);

  useShortcut('app.palette', openPalette);
  useShortcut('app.help', openHelp);
  useShortcut('app.nextPane', () => cyclePane(1));
  useShortcut('app.previousPane', () => cyclePane(-1));
  useShellCommands({ openHelp });

  const { List, Detail } = SECTION_PANES[route.section];
  return (
    <div className="window">
      <Toolbar onOpenPalette={openPalette} onOpenHelp={openHelp} />
      <div className="window-body">
        <Sidebar />
        <main className="window-main" aria-label="Content">
          <SplitPane
            storageKey="admin.split.list"
            label="Resize the list pane"
            initial={380}
            min={260}
            max={720}
            start={<List key={route.section} route={route} />}
            end={<Detail route={route} />}
          />
        </main>
      </div>
      <StatusBar />
      {overlay === 'help' ? <HelpOverlay onClose={close} /> : null}
      {overlay === 'palette' ? (
        <Suspense fallback={null}>
          <CommandPalette onClose={close} />
        </Suspense>
      ) : null}
    </div>
  );
}
