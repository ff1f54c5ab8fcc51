import { uniqueConstraintOf } from '../db/database.ts';

/**
 * Runs `run` (a whole transaction) and turns a unique violation of one of the named constraints
 * into the typed error its handler makes; any other error passes unchanged.
 *
 * Why: "is this slug free?" read before the INSERT cannot see a concurrent writer's uncommitted
 * row, so on PostgreSQL two writers can both pass the check and one fails on the index. That
 * failure is the same user mistake as the checked case and gets the same typed error. The
 * constraint is matched by its exact name (db/database.ts `uniqueConstraints`), never by a
 * substring: a clash on Tag.slug must not read as the post's slug being taken.
 */
export async function mapUniqueViolations<T>(
  run: () => Promise<T>,
  handlers: Partial<Record<string, () => Error | Promise<Error>>>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const constraint = uniqueConstraintOf(error);
    const handler = constraint === null ? undefined : handlers[constraint];
    if (handler) throw await handler();
    throw error;
  }
}
