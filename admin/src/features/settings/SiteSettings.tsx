import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { SiteSettingsDocument } from './documents';
import { SiteSettingsForm, type SiteValues } from './SiteSettingsForm';
import { useUpdateSiteMutation } from './useUpdateSiteMutation';

/**
 * Loads the site's settings and saves them with updateSite. The payload's `site` lands on the
 * cache's Site singleton (keyFields: []), so every reader updates without a refetch.
 */
export function SiteSettings() {
  const { data, error } = useQuery(SiteSettingsDocument);
  const [updateSite] = useUpdateSiteMutation();
  const site = data?.site;
  const initial = useMemo<SiteValues | null>(
    () => (site ? { title: site.title, description: site.description, baseUrl: site.baseUrl, timeZone: site.timeZone } : null),
    [site],
  );

  if (error)
    return (
      <p role="alert" className="pane-error">
        Could not load the settings: {error.message}
      </p>
    );
  if (!initial) return <p className="pane-empty">Loading…</p>;
  return (
    <SiteSettingsForm initial={initial} send={async (changes) => (await updateSite({ variables: { input: changes } })).data?.updateSite} />
  );
}
