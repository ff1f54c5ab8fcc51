import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GRAPHQL_ENDPOINT, isGraphqlEndpoint } from '../http/graphql-endpoint.ts';
import { operationLabel, type ServerContext } from '../http/request-facts.ts';

/** Reads W3C trace-context headers (`traceparent`, `tracestate`) from a WHATWG Headers. */
const headersGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/**
 * One SERVER span per request to the GraphQL endpoint, named `<METHOD> /graphql` (bounded: the
 * operation name is an attribute, not the name), child of the caller's span when the request
 * carries a valid `traceparent` (W3C trace context, read here with the propagator itself, so it
 * works without a global OTel registration). Attributes: `request.id` (the request facts' id,
 * also sent back as x-request-id), `graphql.operation.name` (as the log line shows it: ≤ 100
 * characters) and `graphql.operation.type` (OTel's GraphQL conventions, still incubating, hence
 * literal names), `http.request.method`, `http.response.status_code`. Status ERROR for a 5xx.
 * The request's handling runs inside the span's context, so spans made further in are its children.
 * Fast-path hits (cache/fast-path.ts) never reach Yoga and have no span.
 */
export function useTracing(options: { tracer: Tracer }): Plugin<object, ServerContext> {
  const propagator = new W3CTraceContextPropagator();
  const spans = new WeakMap<Request, Span>();
  return {
    instrumentation: {
      request: ({ request }, wrapped) => {
        if (!isGraphqlEndpoint(request.url)) return wrapped();
        const parent = propagator.extract(ROOT_CONTEXT, request.headers, headersGetter);
        const span = options.tracer.startSpan(
          `${request.method} ${GRAPHQL_ENDPOINT}`,
          { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } },
          parent,
        );
        spans.set(request, span);
        return context.with(trace.setSpan(parent, span), wrapped);
      },
    },
    onParams({ params, request }) {
      const name = operationLabel(params.operationName);
      if (name) spans.get(request)?.setAttribute('graphql.operation.name', name);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const span = request && spans.get(request);
      if (!span) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation) span.setAttribute('graphql.operation.type', operation.operation);
      const name = operationLabel(operation?.name?.value);
      if (name) span.setAttribute('graphql.operation.name', name);
    },
    onResponse({ request, response, serverContext }) {
      const span = spans.get(request);
      if (!span) return;
      spans.delete(request);
      if (serverContext.facts) span.setAttribute('request.id', serverContext.facts.requestId);
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  };
}
