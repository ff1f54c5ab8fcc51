import { PanePlaceholder } from '../../components/PanePlaceholder';

/** Placeholder: the settings pages (Site, API tokens). */
export function SettingsList() {
  return <PanePlaceholder title="Settings" pane="list">Site · API tokens</PanePlaceholder>;
}

/** Placeholder: site title, description, base URL and time zone; API tokens (create — shown once — list, revoke). */
export function SettingsDetail() {
  return (
    <PanePlaceholder title="Site settings" pane="editor">
      The site's title, description, base URL and time zone, and the API tokens (create — the secret is shown once — list, revoke).
    </PanePlaceholder>
  );
}
