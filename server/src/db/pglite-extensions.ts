import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * The PostgreSQL extensions every PGlite instance of this project loads (`new PGlite(dir, {
 * extensions: pgliteExtensions })`): `pg_trgm` backs the trigram index on Post.title that
 * PostFilter.search uses. A PGlite opened without it cannot write to a table with that index, so
 * every instance that may write posts (the gateway, the test templates, the offline migration
 * engine) passes this object. `clone()` keeps the extensions of the instance it copies.
 */
export const pgliteExtensions = { pg_trgm };
