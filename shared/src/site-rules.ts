import { z } from 'zod';
import { requiredText, textUpTo } from './text-rules.ts';

/**
 * Validation rules for the site's settings, run by the gateway inside `updateSite` and by the
 * admin's settings form beside the fields (same messages). Every field optional: updates are
 * partial. Limits are our own: a title fits a browser tab / feed title, a description a meta tag.
 */
export const siteLimits = { titleMax: 200, descriptionMax: 1_000 } as const;

/** Every IANA zone this runtime knows (Node 20 and current browsers implement Intl.supportedValuesOf). */
export function timeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/**
 * True when `zone` is an IANA time zone. supportedValuesOf lists canonical names only, so aliases
 * such as "UTC" or "Asia/Calcutta" are accepted when Intl.DateTimeFormat can use them.
 */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  if (timeZones().includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    // Offsets like "+01:00" are valid for Intl but are not IANA zones.
    return /^[A-Za-z]/.test(zone);
  } catch {
    return false;
  }
}

/** An absolute http(s) URL without a trailing slash (so `${baseUrl}/posts/x` never doubles it). */
export function normaliseBaseUrl(value: string): string {
  return value.trim().replace(/\/+$/, '');
}

const baseUrl = z
  .string()
  .trim()
  .min(1, 'Base URL is required.')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'Give an absolute http(s) URL, e.g. "https://example.com".')
  .refine((value) => !/[?#]/.test(value), 'The base URL cannot have a query or a fragment.')
  .transform(normaliseBaseUrl);

export const siteFieldsSchema = z.object({
  title: requiredText('Title', siteLimits.titleMax).optional(),
  description: textUpTo('Description', siteLimits.descriptionMax, { trim: true }).optional(),
  baseUrl: baseUrl.optional(),
  timeZone: z.string().refine(isTimeZone, 'Choose an IANA time zone, e.g. "Europe/Berlin".').optional(),
});
export type SiteFields = z.infer<typeof siteFieldsSchema>;
