import { z } from 'zod';

/**
 * The two text rules every form field uses, so each message is worded once:
 * "<Label> is required." and "<Label> must be at most <max> characters." (`max` in UTF-16 code
 * units, as `String.length` counts). `trim` (default true) removes surrounding white space before
 * the length is checked and in the value that is stored.
 */
export function requiredText(label: string, max: number, { trim = true }: { trim?: boolean } = {}) {
  return (trim ? z.string().trim() : z.string()).min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`);
}

/** Optional text (empty allowed) of at most `max` characters; see requiredText for the message and `trim` (default false here). */
export function textUpTo(label: string, max: number, { trim = false }: { trim?: boolean } = {}) {
  return (trim ? z.string().trim() : z.string()).max(max, `${label} must be at most ${max} characters.`);
}
