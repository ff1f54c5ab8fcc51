import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestStore } from '../request-context.ts';

const started = new WeakMap<Request, { at: number; id: string; operation?: string }>();

/**
 * One structured log line per HTTP request (info; /healthz and /readyz at debug): method, path,
 * status, duration in ms, operation name, request id. The id is also sent back as `x-request-id`
 * (an incoming one is kept if it looks sane) so a client can quote it.
 */
export function useRequestLog(logger: Logger): Plugin {
  const ids = new WeakMap<Request, string>();
  const idOf = (request: Request) => {
    let id = ids.get(request);
    if (!id) {
      const incoming = request.headers.get('x-request-id');
      id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      ids.set(request, id);
    }
    return id;
  };
  return {
    // The whole handling of the request runs inside the store, so currentRequestId() works in
    // resolvers and in Yoga's error logging. (enterWith in onRequest alone lost the id behind
    // node:http in main.ts: error logs and masked errors had no request id there.)
    instrumentation: {
      request: ({ request }, wrapped) => requestStore.run({ requestId: idOf(request) }, wrapped),
    },
    onRequest({ request }) {
      const id = idOf(request);
      started.set(request, { at: performance.now(), id });
      if (requestStore.getStore()?.requestId !== id) requestStore.enterWith({ requestId: id });
    },
    onParams({ request, params }) {
      const entry = started.get(request);
      if (entry && params.operationName) entry.operation = String(params.operationName).slice(0, 100);
    },
    onResponse({ request, response }) {
      const start = started.get(request);
      if (!start) return;
      response.headers.set('x-request-id', start.id);
      const url = new URL(request.url);
      const isProbe = url.pathname === '/healthz' || url.pathname === '/readyz';
      logger[isProbe ? 'debug' : 'info']({
        requestId: start.id,
        method: request.method,
        path: url.pathname,
        status: response.status,
        operation: start.operation,
        durationMs: Math.round((performance.now() - start.at) * 10) / 10,
      }, 'request');
    },
  };
}

/** The request id given to `request` by useRequestLog (for error logs). */
export function requestIdOf(request: Request): string | undefined {
  return started.get(request)?.id;
}
