import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';

export const SiteTimeZoneDocument = graphql(`
  query SiteTimeZone {
    site { timeZone }
  }
`);

/**
 * The site's IANA time zone (Site.timeZone, edited in Settings), or undefined until it is known
 * (formatDate then uses the browser's). Site is a singleton in the cache (apollo/cache.ts), so
 * saving a new zone in Settings re-renders every user of this hook.
 */
export function useSiteTimeZone(): string | undefined {
  const { data } = useQuery(SiteTimeZoneDocument, { fetchPolicy: 'cache-first' });
  return data?.site.timeZone;
}
