/**
 * A Prisma query Pothos planned for a mutation's payload field, made safe to run. When a client
 * selects only `__typename` of a result union, Pothos plans `select: {}` for the data field and
 * Prisma refuses an empty select ("must not be empty"): an Unexpected error for a valid request.
 */
export function nonEmptyQuery<Q extends object>(query: Q): Q {
  const select = (query as { select?: object }).select;
  return select && Object.keys(select).length === 0 ? ({ ...query, select: { id: true } } as Q) : query;
}
