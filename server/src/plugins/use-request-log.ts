import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ClientAddress } from '../client-address.ts';
import { logRequest, operationLabel, REQUEST_ID_HEADER, RequestFacts, type ServerContext } from '../http/request-facts.ts';
import { requestStore } from '../request-context.ts';

/**
 * Gives every request Yoga handles its facts (http/request-facts.ts) and its one log line:
 * - onRequest: the request's RequestFacts in `serverContext.facts` (kept when the HTTP fast path
 *   already made them), also put into the async context so currentRequestId() works in resolvers,
 *   error masking and Yoga's own error log;
 * - onResponse: `x-request-id` on the answer, and logRequest's line (info; /healthz and /readyz at
 *   debug).
 * Requests answered before this plugin's onRequest (admin files, CORS preflights) get neither.
 * `clientAddress` is the gateway's client-address policy (client-address.ts).
 */
export function useRequestLog(options: { logger: Logger; clientAddress: ClientAddress }): Plugin<object, ServerContext> {
  return {
    // The whole handling of the request runs inside the store (enterWith in onRequest alone lost
    // the context behind node:http: error logs and masked errors had no request id there). The
    // instrumentation sees only the request, so the facts are filled in by onRequest.
    instrumentation: {
      request: (_payload, wrapped) => requestStore.run({}, wrapped),
    },
    onRequest({ request, serverContext }) {
      serverContext.facts ??= new RequestFacts({
        requestId: request.headers.get(REQUEST_ID_HEADER),
        peer: serverContext.req?.socket?.remoteAddress,
        forwardedFor: request.headers.get('x-forwarded-for'),
        clientAddress: options.clientAddress,
      });
      const slot = requestStore.getStore();
      if (slot) slot.facts = serverContext.facts;
      else requestStore.enterWith({ facts: serverContext.facts });
    },
    onParams({ params, context }) {
      const facts = context.facts;
      if (facts && params.operationName) facts.operation = operationLabel(params.operationName);
    },
    onResponse({ request, response, serverContext }) {
      const facts = serverContext.facts;
      if (!facts) return;
      response.headers.set(REQUEST_ID_HEADER, facts.requestId);
      logRequest(options.logger, facts, { method: request.method, path: new URL(request.url).pathname, status: response.status });
    },
  };
}
