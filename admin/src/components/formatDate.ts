const formats = new Map<string, Intl.DateTimeFormat>();

const DATE_ONLY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME_ZONE: Intl.DateTimeFormatOptions = { ...DATE_ONLY, hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };

function formatFor(timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${options === DATE_ONLY ? 'd' : 'dt'}:${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(undefined, { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat(undefined, options); // unknown zone (RangeError): the browser's
    }
    formats.set(key, format);
  }
  return format;
}

/**
 * An ISO-8601 instant (the API's DateTime) as a short date in the browser's language, e.g.
 * "3 Mar 2025", on the calendar of `timeZone` (IANA name: the site's, from useSiteTimeZone) —
 * a post published at 23:30 UTC shows the next day for a site in Asia/Tokyo, wherever the author
 * sits. Without a zone, or with one this browser does not know, the browser's own zone. Text that
 * is not a date comes back unchanged.
 */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatFor(timeZone, DATE_ONLY).format(date);
}

/**
 * Like {@link formatDate} with the time of day and the zone's short name, e.g.
 * "24 Dec 2026, 09:30 CET": for moments that matter to the minute (a scheduled publication, a
 * preview link's expiry, a webhook delivery).
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatFor(timeZone, DATE_TIME_ZONE).format(date);
}
