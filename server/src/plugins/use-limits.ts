import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { ErrorCode } from '#shared/errors.ts';

/** The limits one operation must respect; defaults and sources in server/src/config.ts. */
export type QueryLimits = Pick<Config, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxBodyBytes'>;

/**
 * Refuses oversized or abusive operations before they run, each with a GraphQL error naming the
 * limit and no data: request body size (413, checked on Content-Length and while reading), then
 * graphql-armor's depth, alias, token and directive rules (400). The cost limit runs at execution
 * time, with the variables (use-cost-limit.ts). Page sizes are
 * capped separately by the connection resolvers (shared/src/limits.ts).
 */
export function useLimits(limits: QueryLimits): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report(ErrorCode.QUERY_TOO_DEEP) },
    maxAliases: { n: limits.maxAliases, ...report(ErrorCode.TOO_MANY_ALIASES) },
    // Counted while parsing, before there is a validation context to report to: armor throws.
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives, ...report(ErrorCode.TOO_MANY_DIRECTIVES) },
    // Cost needs the variables' values, which validation does not see: use-cost-limit.ts.
    costLimit: { enabled: false },
    // Suggestions are hidden by use-hide-suggestions.ts (validation and variable coercion alike).
    blockFieldSuggestion: { enabled: false },
  });
  return [bodyLimit(limits.maxBodyBytes), armor as Plugin];
}

/**
 * Armor's own errors read "Syntax Error: Query Cost limit …" with no code; report the same facts
 * as a validation error with a stable `extensions.code` instead (HTTP 400, nothing executed).
 */
function report(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) =>
        ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

function tooLarge(max: number) {
  return createGraphQLError(`Request body too large: at most ${max} bytes.`, {
    extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE, http: { status: 413 } },
  });
}

/**
 * Refuses a body over `maxBytes` with 413: on its Content-Length when declared, else (a chunked
 * body) while reading it, stopping at the limit so an endless body is never buffered. A chunked
 * body within the limit is read here once and handed to Yoga's own parser for its content type.
 */
function bodyLimit(maxBytes: number): Plugin {
  return {
    async onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (Number(declared) > maxBytes) throw tooLarge(maxBytes);
        return;
      }
      // No parser: Yoga answers 415 without reading the body.
      if (!request.body || !requestParser) return;
      const body = await readAtMost(request.body, maxBytes);
      const buffered = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body });
      setRequestParser(() => requestParser(buffered));
    },
  };
}

/** The whole stream as one buffer; throws tooLarge (and cancels the stream) past `maxBytes`. */
async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
