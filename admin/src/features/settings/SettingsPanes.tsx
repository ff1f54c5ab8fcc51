import { lazy, Suspense } from 'react';
import type { PaneProps } from '../../app/pane-types';
import { focusPane } from '../../app/chrome/panes-focus';
import { useNavigate } from '../../app/router/Router';
import { ListBox } from '../../components/ListBox';
import { ApiTokens } from './ApiTokens';
import { SiteSettings } from './SiteSettings';
import './settings.css';
import { PaneHeader } from '../../components/PaneHeader';

// Loaded on first visit: most sessions never open it.
const Webhooks = lazy(() => import('./webhooks/Webhooks').then((module) => ({ default: module.Webhooks })));

/** The settings pages; the item id in the URL picks one (/admin/settings/api-tokens). */
const PAGES = [
  { id: 'site', label: 'Site', Page: SiteSettings },
  { id: 'api-tokens', label: 'API tokens', Page: ApiTokens },
  { id: 'webhooks', label: 'Webhooks', Page: Webhooks },
] as const;
type PageId = (typeof PAGES)[number]['id'];
const pageOf = (itemId: string | null) => PAGES.find((page) => page.id === itemId) ?? PAGES[0];

/** The list pane of Settings: its pages. */
export function SettingsList({ route }: PaneProps) {
  const navigate = useNavigate();
  return (
    <section className="pane" aria-label="Settings" data-pane="list">
      <PaneHeader title="Settings" />
      <ListBox
        label="Settings pages"
        items={PAGES}
        getKey={(page) => page.id}
        selectedKey={pageOf(route.itemId).id}
        onSelect={(id, via) => navigate({ section: 'settings', itemId: id }, { replace: via === 'keyboard' })}
        onOpen={() => focusPane('editor')}
        renderItem={(page) => page.label}
      />
    </section>
  );
}

const PANE_LABELS: Record<PageId, string> = { site: 'Site settings', 'api-tokens': 'API tokens', webhooks: 'Webhooks' };

/** The selected settings page: the site's settings, the API tokens or the webhooks. */
export function SettingsDetail({ route }: PaneProps) {
  const { id, Page } = pageOf(route.itemId);
  return (
    <section className="pane" aria-label={PANE_LABELS[id]} data-pane="editor" tabIndex={-1}>
      <Suspense fallback={<p className="pane-empty">Loading…</p>}>
        <Page />
      </Suspense>
    </section>
  );
}
