import { getNamedType, getNullableType, getOperationAST, getVariableValues, isLeafType, isListType } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import { limits } from '#shared/limits.ts';
import { maxItemsOf } from '../schema/list-limits.ts';

/**
 * How many times a field's selection runs, for the cost estimate:
 * - a page (`first` / `last`): the value asked for, variables included, else the argument's own
 *   default (homeFeed's 4), else the server's default page size (20) — what will really be read;
 * - a field taking a list argument (`nodes(ids:)`): the list's length;
 * - a connection's `edges`: 1 (the page size already counted on the connection);
 * - any other list (tags, categories, favorites): its most possible items, `extensions.maxItems`
 *   on the field or 100 (limits.listMax).
 */
function multiplier(options: Parameters<ComplexityEstimator>[0]): number {
  const { field, args, type } = options;
  const pageArgs = field.args.filter((a) => a.name === 'first' || a.name === 'last');
  if (pageArgs.length) {
    const asked = pageArgs.map((a) => args[a.name]).filter((v): v is number => typeof v === 'number');
    return asked.length ? Math.max(0, ...asked) : limits.pageSizeDefault;
  }
  const listArgs = field.args.filter((a) => isListType(getNullableType(a.type)));
  if (listArgs.length) return Math.max(1, ...listArgs.map((a) => (Array.isArray(args[a.name]) ? (args[a.name] as unknown[]).length : 1)));
  if (isListType(getNullableType(field.type))) {
    if (field.name === 'edges' && type.name.endsWith('Connection')) return 1;
    return maxItemsOf(field);
  }
  return 1;
}

/**
 * The cost model: a leaf field costs 1, any other field 1 plus its selection's cost times its
 * multiplier (see `multiplier`); introspection fields cost nothing. Fields skipped by @skip / @include are free; fragments count
 * where they are spread. So `posts(first: 100) { edges { node { title } } }` costs
 * 1 + 100 × (1 + 1 + 1) = 301, whether 100 is a literal, a variable or the default.
 */
export const costEstimator: ComplexityEstimator = (options) => {
  // Introspection (`__schema`, `__type`) reads the schema, not the data: its size is bounded by
  // the schema, and it is on only where INTROSPECTION allows it (graphql-armor's cost limit
  // ignores it by default too). Counted with the list rule, GraphiQL's own introspection query
  // would cost ~36 million, far over any data limit. The token and alias limits still bound it.
  if (options.field.name.startsWith('__')) return 0;
  if (isLeafType(getNamedType(options.field.type))) return 1;
  return 1 + multiplier(options) * options.childComplexity;
};

/** The cost of running `document` with these variables (throws GraphQLError when they do not coerce). */
export function operationCost(args: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): number {
  return getComplexity({ maxQueryNodes: MAX_QUERY_NODES, ...args, estimators: [costEstimator] });
}

/**
 * Most field nodes the estimator walks (fragments expanded). A document within MAX_TOKENS can
 * still spread a fragment that doubles itself a dozen times; past this the operation is refused.
 */
const MAX_QUERY_NODES = 10_000;

/**
 * Refuses operations whose estimated cost is over `maxCost` (MAX_COST) before anything runs, with
 * code QUERY_TOO_COSTLY. The estimate runs at execution time, on the request's variable values,
 * so a page size passed as a variable or left to its default counts like a literal one
 * (graphql-armor's cost rule ran during validation, saw only literals and let `first: $n` through
 * at any size). Variables that do not coerce are left to the executor, which reports them.
 */
export function useCostLimit(options: { maxCost: number }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // Variables first, stopping at the first error: graphql-query-complexity coerces them with
      // no error cap and prints the whole value into each error, so an object with thousands of
      // unknown keys cost seconds (quadratic). Variables that do not coerce never execute anyway:
      // the executor reports them (50 errors at most).
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const coerced = getVariableValues(
        args.schema,
        operation.variableDefinitions ?? [],
        (args.variableValues ?? {}) as Record<string, unknown>,
        { maxErrors: 1 },
      );
      if (coerced.errors) return;
      let cost: number;
      try {
        cost = operationCost({
          schema: args.schema,
          query: args.document,
          operationName: args.operationName ?? undefined,
          variables: coerced.coerced,
        });
      } catch (error) {
        // No estimate, no execution: a field whose arguments do not fit, or more nodes than the
        // estimator walks, must not let the rest of the operation run unmeasured.
        const reason = error instanceof Error ? error.message : String(error);
        setResultAndStopExecution({
          errors: [refusal(`The cost of this operation cannot be estimated: ${reason}`, ErrorCode.QUERY_TOO_COSTLY, {})],
        });
        return;
      }
      if (cost <= options.maxCost) return;
      setResultAndStopExecution({
        errors: [
          refusal(`Query cost limit of ${options.maxCost} exceeded, found ${cost}.`, ErrorCode.QUERY_TOO_COSTLY, {
            cost,
            maxCost: options.maxCost,
          }),
        ],
      });
    },
  };
}

/** A refusal before execution, as a validation error: 400 for graphql-response+json clients, 200 for plain JSON ones. */
function refusal(message: string, code: ErrorCode, facts: Record<string, number>) {
  return createGraphQLError(message, { extensions: { code, ...facts, http: { spec: true, status: 400 } } });
}
