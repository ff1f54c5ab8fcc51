import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '#shared/errors.ts';
import { isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import { leadingOperationName, type GatewayMetrics, type RequestOutcome } from '../http/metrics.ts';
import type { ServerContext } from '../http/request-facts.ts';

/** What one request showed on its way through Yoga. */
interface Seen {
  /** The operation's name: from the parameters, then from the parsed document when it names one. */
  operationName?: string | null;
  /** Execution began (so a failure is an `error`, not a refusal). */
  executed: boolean;
  /** extensions.code of each error in the result (undefined for an error without one). */
  codes: unknown[];
  /** A result was processed (Yoga's own answers to parse, validation and limit failures included). */
  hadResult: boolean;
}

/** Refusal bodies at most this long are read for their error codes (ours are ~200 bytes). */
const REFUSAL_BODY_MAX = 16 * 1024;

/**
 * Counts each request to the GraphQL endpoint in `metrics` when its response leaves Yoga:
 * `gateway_requests_total{operation,outcome}`, its duration (from the request facts' start, so
 * the HTTP fast path's charge is included), and one `gateway_errors_total{code}` per error.
 * Outcome: `rejected` for a 4xx before execution (429, limits, CSRF, parse/validation), `error`
 * when execution began and the result has errors, or for a 5xx; else `ok`. A refusal answered by
 * an earlier plugin's endResponse (rate limit, CSRF, input guards) shows no result here: its
 * codes are read from its small JSON body, or `HTTP_<status>` when it has none. GraphiQL's page
 * and CORS preflights (no parameters, no error status) are not GraphQL requests and not counted.
 * Place it right after useRequestLog (it reads the request facts' start time).
 */
export function useMetrics(options: { metrics: GatewayMetrics }): Plugin<object, ServerContext> {
  const { metrics } = options;
  const seen = new WeakMap<Request, Seen>();
  const stateOf = (request: Request): Seen => {
    let state = seen.get(request);
    if (!state) {
      state = { executed: false, codes: [], hadResult: false };
      seen.set(request, state);
    }
    return state;
  };
  return {
    onParams({ params, request }) {
      stateOf(request).operationName =
        typeof params.operationName === 'string' && params.operationName ? params.operationName : leadingOperationName(params.query);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (!request) return;
      const state = stateOf(request);
      state.executed = true;
      state.operationName = getOperationAST(args.document, args.operationName)?.name?.value ?? state.operationName;
    },
    onResultProcess({ request, result }) {
      const state = stateOf(request);
      state.hadResult = true;
      // Streams (@defer/@stream, subscriptions) are counted by their first answer's status only.
      if (Symbol.asyncIterator in Object(result)) return;
      for (const one of Array.isArray(result) ? result : [result as ExecutionResult]) {
        for (const error of one.errors ?? []) state.codes.push(error.extensions?.code);
      }
    },
    onResponse({ request, response, serverContext }) {
      if (!isGraphqlEndpoint(request.url)) return;
      const state = seen.get(request);
      if (!state && response.status < 400) return;
      const record = (codes: unknown[]) => {
        const outcome: RequestOutcome =
          response.status >= 500 || (state?.executed && codes.length > 0)
            ? 'error'
            : response.status >= 400 || codes.length > 0
              ? 'rejected'
              : 'ok';
        const startedAt = serverContext.facts?.startedAt;
        const seconds = startedAt === undefined ? 0 : (performance.now() - startedAt) / 1000;
        metrics.request(state?.operationName, outcome, seconds);
        for (const code of codes) metrics.error(code ?? 'UNCODED');
      };
      // Synchronous for every answer that went through GraphQL; only a refusal's body is awaited.
      if (state?.hadResult) return record(state.codes);
      return refusalCodes(response).then(record);
    },
  };
}

/**
 * The error codes of a refusal another plugin answered with endResponse: its JSON body's
 * `errors[].extensions.code`, read from a clone (the client still gets the body); a 429 is
 * RATE_LIMITED without reading it; `HTTP_<status>` when the body says nothing.
 */
async function refusalCodes(response: Response): Promise<unknown[]> {
  if (response.status < 400) return [];
  if (response.status === 429) return [ErrorCode.RATE_LIMITED];
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const isJson = /json/.test(response.headers.get('content-type') ?? '');
  if (isJson && response.body && !(length > REFUSAL_BODY_MAX)) {
    try {
      const text = await response.clone().text();
      if (text.length <= REFUSAL_BODY_MAX) {
        const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
        const codes = (body.errors ?? []).map((error) => error.extensions?.code);
        if (codes.length) return codes;
      }
    } catch {
      // Not the JSON it said it was: counted by its status below.
    }
  }
  return [`HTTP_${response.status}`];
}
