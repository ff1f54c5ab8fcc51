const format = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * An ISO-8601 instant (the API's DateTime) as a short local date, e.g. "3 Mar 2025".
 * TODO(settings pane): format in the site's time zone (Site.timeZone) instead of the browser's.
 */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}
