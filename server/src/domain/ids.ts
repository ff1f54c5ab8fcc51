/**
 * What our database ids look like: UUIDs (uuid v7 by default) and the short ids tests make —
 * letters, digits, dashes, at most 64. Anything else in a global id or a cursor was forged, and
 * must not reach PostgreSQL (U+0000 in a text parameter is an internal error there).
 */
export const DATABASE_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * True for an instant PostgreSQL's timestamptz and JavaScript both hold as the same day: years
 * 1 to 9999. Year 0 (1 BC in JavaScript) is "out of range" for PostgreSQL's parser of the ISO text
 * Prisma sends, which surfaced as a masked internal error.
 */
export function isStorableInstant(at: Date): boolean {
  const year = at.getUTCFullYear();
  return !Number.isNaN(at.getTime()) && year >= 1 && year <= 9999;
}

/**
 * The Relay global id of a record, as the API shows it: base64 of "<Type>:<id>" (the encoding of
 * @pothos/plugin-relay's encodeGlobalID, which the domain cannot import). For ids the domain
 * hands to clients outside GraphQL, such as webhook bodies.
 */
export function globalIdOf(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}
