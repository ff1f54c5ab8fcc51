import { useMemo } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { SiteSettingsDocument, UpdateSiteDocument } from './documents';
import { SiteSettingsForm } from './SiteSettingsForm';
import type { SaveOutcome, SiteValues } from './useSiteForm';

/**
 * Loads the site's settings and saves them with updateSite. The payload's `site` lands on the
 * cache's Site singleton (keyFields: []), so every reader updates without a refetch.
 */
export function SiteSettings() {
  const { data, error } = useQuery(SiteSettingsDocument);
  const [updateSite] = useMutation(UpdateSiteDocument);
  const site = data?.site;
  const initial = useMemo<SiteValues | null>(
    () => (site ? { title: site.title, description: site.description, baseUrl: site.baseUrl, timeZone: site.timeZone } : null),
    [site],
  );

  const send = async (changed: Partial<SiteValues>): Promise<SaveOutcome> => {
    try {
      const { data: answer } = await updateSite({ variables: { input: changed } });
      const result = answer?.updateSite;
      if (!result) return { message: 'No answer from the server.' };
      return result.__typename === 'UpdateSitePayload' ? null : { fieldErrors: result.fieldErrors };
    } catch (e) {
      return { message: (e as Error).message };
    }
  };

  if (error) return <p role="alert" className="pane-error">Could not load the settings: {error.message}</p>;
  if (!initial) return <p className="pane-empty">Loading…</p>;
  return <SiteSettingsForm initial={initial} send={send} />;
}
