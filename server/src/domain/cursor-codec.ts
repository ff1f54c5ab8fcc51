/**
 * The envelope of every opaque cursor the API hands out: base64url of a short version prefix
 * ("p1:" for post lists, "s1:" for search) followed by a JSON pair of sort values. What the pair
 * holds, and how it is checked, belongs to the list that made it (post-query.ts, search.ts).
 */

/** base64url("<prefix>" + JSON.stringify(pair)). */
export function encodeCursorPair(prefix: string, pair: readonly [unknown, unknown]): string {
  return Buffer.from(prefix + JSON.stringify(pair)).toString('base64url');
}

/**
 * The JSON pair inside a cursor made by encodeCursorPair with `prefix`; undefined for anything
 * else (another prefix, not base64url, not JSON, not a two-element array). The caller checks the
 * pair's values and turns undefined into its own BadInputError.
 */
export function decodeCursorPair(cursor: string, prefix: string): [unknown, unknown] | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(prefix)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(prefix.length));
  } catch {
    return undefined;
  }
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : undefined;
}
