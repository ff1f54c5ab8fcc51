import {
  BREAK,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type ASTNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import { maxItemsOf } from '../schema/list-limits.ts';
import { checkPageSize, decodePostCursor, type ConnectionArgs } from '../domain/post-query.ts';
import { toRequestError } from '../schema/error-mapping.ts';

/** Why a string cannot be stored, or null when it can. */
export function unstorableReason(value: string): string | null {
  // PostgreSQL text cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00").
  if (value.includes('\0')) return 'contains the character U+0000, which cannot be stored';
  // A lone UTF-16 surrogate has no UTF-8 form: the driver would store U+FFFD instead, silently.
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed())
    return 'contains an unpaired UTF-16 surrogate, which is not valid Unicode';
  return null;
}

interface Problem {
  message: string;
  /** A whole message of its own (a page check's), instead of "Argument … <message>." */
  own?: { message: string; extensions: Record<string, unknown> };
  /** Argument name, then input-field names and list indexes: ["input", "tags", "3"]. */
  path: string[];
}

/** The first problem in `value` (coerced) of `type`: a list over its maximum or an unstorable string. */
function inspectValue(
  value: unknown,
  type: GraphQLInputType,
  owner: Pick<GraphQLArgument, 'type' | 'extensions'>,
  path: string[],
): Problem | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = value as unknown[];
    const max = maxItemsOf(owner);
    if (items.length > max) return { message: `has ${items.length} items; at most ${max} are accepted`, path };
    for (let i = 0; i < items.length; i += 1) {
      const problem = inspectValue(items[i], nullable.ofType, owner, [...path, String(i)]);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      const problem = field ? inspectValue(fieldValue, field.type, field, [...path, name]) : null;
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? { message: reason, path } : null;
  }
  return null;
}

/**
 * Page sizes and cursors of a post connection, checked as its resolver checks them — but before
 * anything runs, so a mutation whose selection asks for `posts(first: 101)` or a forged cursor is
 * refused before it writes, instead of writing and then answering with an error.
 */
function pageProblem(def: GraphQLField<unknown, unknown>, values: Record<string, unknown>): Problem | null {
  if (getNamedType(def.type).name !== 'PostConnection') return null;
  try {
    checkPageSize(values as ConnectionArgs);
    for (const name of ['after', 'before'] as const) {
      if (typeof values[name] === 'string') decodePostCursor(values[name], name);
    }
    return null;
  } catch (error) {
    const refused = toRequestError(error);
    if (!refused) throw error;
    const name = String(refused.extensions['argumentName'] ?? '');
    return { message: refused.message, path: [name], own: { message: refused.message, extensions: refused.extensions } };
  }
}

/**
 * The first argument in the operation (fields and directives, fragments included) whose value,
 * with the variables applied, breaks a rule; null when none does, or when the variables do not
 * coerce (the executor then reports that as usual).
 */
export function findArgumentProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
) {
  // graphql-js's own choice of the operation (null for an ambiguous or unknown name: the executor reports it).
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  let found: (Problem & { node: ASTNode; owner: string }) | null = null;
  const check = (
    def: Pick<GraphQLField<unknown, unknown>, 'args'> & { name: string },
    node: Parameters<typeof getArgumentValues>[1],
    where: string,
  ) => {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(def as GraphQLField<unknown, unknown>, node, variables);
    } catch {
      return; // the executor reports a bad argument the same way it always does
    }
    for (const arg of def.args) {
      const problem = inspectValue(values[arg.name], arg.type, arg, [arg.name]);
      if (problem) {
        found = { ...problem, node: node.arguments?.find((a) => a.name.value === arg.name) ?? node, owner: where };
        return;
      }
    }
    const page = 'type' in def ? pageProblem(def as GraphQLField<unknown, unknown>, values) : null;
    if (page) found = { ...page, node: node.arguments?.find((a) => a.name.value === page.path[0]) ?? node, owner: where };
  };
  // The operation and the fragments (other operations of the document do not run).
  const runs: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION),
  };
  visit(
    runs,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (def && node.arguments?.length) check(def, node, `field "${def.name}"`);
        return found ? BREAK : undefined;
      },
      Directive(node) {
        const def = typeInfo.getDirective();
        if (def && node.arguments?.length) check(def, node, `directive "@${def.name}"`);
        return found ? BREAK : undefined;
      },
    }),
  );
  return found as (Problem & { node: ASTNode; owner: string }) | null;
}

/**
 * Refuses, before anything runs, an operation whose argument values (literals and variables,
 * in fields and directives, at any depth of input objects) hold
 * - a list longer than its documented maximum (`extensions.maxItems`, default 100; each list
 *   argument's description says it), so `nodes(ids:)` with 17,000 ids never reaches the database;
 * - a string PostgreSQL cannot store faithfully: U+0000, or an unpaired UTF-16 surrogate;
 * - a page size or cursor of a post connection its resolver would refuse (so a mutation is not
 *   run, and its write kept, for a selection that then fails).
 * The error has code BAD_USER_INPUT, the argument's location, and `extensions.argumentPath`
 * (["input", "title"]). One check at the boundary, so every argument added later is covered.
 */
export function useArgumentGuards(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problem = findArgumentProblem(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      if (!problem) return;
      const shown = problem.path.join('.');
      setResultAndStopExecution({
        errors: [
          createGraphQLError(problem.own?.message ?? `Argument "${shown}" of ${problem.owner} ${problem.message}.`, {
            nodes: [problem.node],
            // As a validation error: 400 for graphql-response+json clients, 200 for plain JSON ones.
            extensions: {
              ...problem.own?.extensions,
              code: ErrorCode.BAD_USER_INPUT,
              argumentPath: problem.path,
              http: { spec: true, status: 400 },
            },
          }),
        ],
      });
    },
  };
}
