import type { PaneProps } from '../../app/pane-types';
import { focusPane } from '../../app/chrome/panes-focus';
import { useNavigate } from '../../app/router/Router';
import { ListBox } from '../../components/ListBox';
import { ApiTokens } from './ApiTokens';
import { SiteSettings } from './SiteSettings';
import './settings.css';
import { PaneHeader } from '../../components/PaneHeader';

/** The settings pages; the item id in the URL picks one (/admin/settings/api-tokens). */
const PAGES = [
  { id: 'site', label: 'Site' },
  { id: 'api-tokens', label: 'API tokens' },
] as const;
const pageOf = (itemId: string | null) => (itemId === 'api-tokens' ? 'api-tokens' : 'site');

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
        selectedKey={pageOf(route.itemId)}
        onSelect={(id, via) => navigate({ section: 'settings', itemId: id }, { replace: via === 'keyboard' })}
        onOpen={() => focusPane('editor')}
        renderItem={(page) => page.label}
      />
    </section>
  );
}

/** The selected settings page: the site's settings, or the API tokens. */
export function SettingsDetail({ route }: PaneProps) {
  const page = pageOf(route.itemId);
  return (
    <section className="pane" aria-label={page === 'site' ? 'Site settings' : 'API tokens'} data-pane="editor" tabIndex={-1}>
      {page === 'site' ? <SiteSettings /> : <ApiTokens />}
    </section>
  );
}
