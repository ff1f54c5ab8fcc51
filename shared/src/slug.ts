import slugify from '@sindresorhus/slugify';
import { limits } from './limits.ts';
import { requiredText } from './text-rules.ts';

/** A slug: lowercase ASCII letters and digits in hyphen-separated words, 1–120 chars. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = requiredText('Slug', limits.slugMax, { trim: false }).regex(
  slugPattern,
  'Use lowercase letters, digits and single hyphens (e.g. "my-first-post").',
);

/**
 * The slug a title gets when none is given: transliterated, lowercase, hyphenated
 * (@sindresorhus/slugify), cut at a word boundary to fit `limits.slugMax`. May be '' for a
 * title with no letters or digits; callers validate the result with `slugSchema`.
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= limits.slugMax) return slug;
  const cut = slug.slice(0, limits.slugMax);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut;
}

/**
 * Candidate slugs offered when `slug` is taken: slug-2, slug-3, … (kept within the length limit).
 * The server picks the first free one as `SlugTakenError.suggestion`; it never renumbers silently.
 */
export function slugCandidates(slug: string, count = 20): string[] {
  return Array.from({ length: count }, (_, i) => {
    const suffix = `-${i + 2}`;
    return slug.slice(0, limits.slugMax - suffix.length).replace(/-+$/, '') + suffix;
  });
}
