// Parsers for the kinds of value environment variables hold, used by the declarations in
// config.ts. Each gives a zod `schema` for the set value and the `expected` text of its error.
import { z } from 'zod';

/** What a value looks like after "got" in an error message (the message ends up in logs and CI output). */
export const shown = (value: string) => JSON.stringify(value);

/** A URL with the password of its userinfo masked (`postgres://u:***@host/db`). */
export const redactUrl = (value: string) => value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');

/** An integer `min`–`max` (inclusive), digits only: no sign, no exponent, no fraction. */
export function integer(min: number, max: number) {
  return {
    schema: z.string().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(min).max(max)),
    expected: `an integer ${min}-${max}`,
  };
}

/** One of `values`, case-insensitively; the lowercase value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return { schema: z.string().toLowerCase().pipe(z.enum(values)), expected: `one of ${values.join(', ')}` };
}

/** An on/off switch, case-insensitive. */
export const onOff = {
  schema: z.stringbool({ truthy: ['1', 'true', 'on', 'yes'], falsy: ['0', 'false', 'off', 'no'] }),
  expected: 'on or off (true/false, 1/0)',
};

/** One origin → its normalised form (`scheme://host[:port]`, lowercase host), or null when it is not a bare http(s) origin. */
function normaliseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    const isBare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!['http:', 'https:'].includes(url.protocol) || !isBare || /[?#]/.test(value)) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const originEntries = (value: string) =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * Comma-separated browser origins → their normalised forms, deduplicated, blank entries ignored;
 * unset → `[]`. The error names only the entries that are not bare http(s) origins.
 */
export const origins = {
  schema: z
    .string()
    .refine((value) => originEntries(value).every((entry) => normaliseOrigin(entry) !== null))
    .optional()
    .transform((value) => [...new Set(originEntries(value ?? '').map((entry) => normaliseOrigin(entry)!))]),
  expected: 'comma-separated http(s) origins like https://blog.example (no path, no *)',
  shown: (value: string) =>
    originEntries(value)
      .filter((entry) => normaliseOrigin(entry) === null)
      .map(shown)
      .join(', '),
};
