import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';

/**
 * Bad input gets a clear 400, never a 500, for two kinds of request Yoga or graphql-js would
 * otherwise fail on unexpectedly (and variables that do not fit their types get a code):
 * - GET with `variables` / `extensions` that are not JSON: Yoga's GET parser calls JSON.parse
 *   unguarded and the SyntaxError was masked as "Unexpected error." (500). POST bodies with bad
 *   JSON already get Yoga's 400.
 * - Nesting deeper than `maxNesting`, in the document (`[[[[…]]]]` list literals, `{{{…}}}`) or
 *   in the variables / extensions JSON: graphql-js parses and coerces recursively and overflowed
 *   the stack (RangeError, 500) at a few thousand levels, before graphql-armor's token limit.
 *   The document is scanned once, character by character, before it is parsed.
 */
export function useInputGuards(options: { maxNesting: number }): Plugin {
  const { maxNesting } = options;
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method === 'GET') setRequestParser(parseGET);
    },
    onParams({ params }) {
      if (typeof params.query === 'string' && documentNesting(params.query, maxNesting) > maxNesting) throw tooDeep('document', maxNesting);
      if (jsonNesting(params.variables, maxNesting) > maxNesting) throw tooDeep('variables', maxNesting);
      if (jsonNesting(params.extensions, maxNesting) > maxNesting) throw tooDeep('extensions', maxNesting);
    },
    // graphql-js refuses variables that do not fit their declared types before anything runs
    // ('Variable "$n" got invalid value "abc"; …', '… of required type "Int!" was not provided.',
    // '… of non-null type … must not be null.') with no code; give them the input-error code.
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors || 'data' in result) return;
          for (const error of result.errors) {
            if (!error.extensions['code'] && !error.path && /^Variable "\$[^"]+" /.test(error.message))
              Object.assign(error.extensions, { code: ErrorCode.BAD_USER_INPUT });
          }
        },
      };
    },
  };
}

/** `maxNesting` for the configured MAX_DEPTH: a selection set and an inline fragment per level, plus room for argument literals. */
export function nestingLimit(maxDepth: number): number {
  return Math.max(64, 4 * maxDepth);
}

function badRequest(message: string) {
  return createGraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } });
}

function tooDeep(what: string, max: number) {
  return createGraphQLError(`The ${what} nests deeper than ${max} levels of brackets/braces.`, {
    extensions: { code: ErrorCode.QUERY_TOO_DEEP, http: { status: 400 } },
  });
}

/** Same result as Yoga's GET parser (request-parser/get.ts), with a 400 for JSON that does not parse. */
function parseGET(request: Request) {
  const search = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1));
  const json = (name: 'variables' | 'extensions') => {
    const text = search.get(name);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw badRequest(`The "${name}" query parameter is not valid JSON.`);
    }
  };
  return {
    operationName: search.get('operationName') || undefined,
    query: search.get('query') || undefined,
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

/**
 * Deepest nesting of ( [ { in a GraphQL document, outside strings, block strings and comments;
 * stops counting once past `stopAt`. Unbalanced brackets are the parser's business.
 */
export function documentNesting(source: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  const n = source.length;
  for (let i = 0; i < n; i += 1) {
    const c = source.charCodeAt(i);
    if (c === 0x7b || c === 0x5b || c === 0x28) {
      // { [ (
      depth += 1;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      // } ] )
      if (depth > 0) depth -= 1;
    } else if (c === 0x23) {
      // # comment to the end of the line
      while (i < n && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i += 1;
    } else if (c === 0x22) {
      // "
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < n && !source.startsWith('"""', i)) i += source.startsWith('\\"""', i) ? 4 : 1;
        i += 2;
      } else {
        i += 1;
        while (i < n && source.charCodeAt(i) !== 0x22 && source.charCodeAt(i) !== 0x0a) i += source.charCodeAt(i) === 0x5c ? 2 : 1;
      }
    }
  }
  return max;
}

/** Deepest nesting of arrays/objects in a parsed JSON value, without recursion; stops past `stopAt`. */
export function jsonNesting(value: unknown, stopAt = Infinity): number {
  if (typeof value !== 'object' || value === null) return 0;
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (depth > max) {
      max = depth;
      if (max > stopAt) return max;
    }
    for (const child of Array.isArray(current) ? current : Object.values(current as object)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return max;
}
