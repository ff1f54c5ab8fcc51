// OpenTelemetry traces, on when OTEL_EXPORTER_OTLP_ENDPOINT is set: the Node tracer provider
// (AsyncLocalStorage context, W3C trace context) exporting over OTLP/HTTP with JSON bodies to
// `<endpoint>/v1/traces`. Spans are made by plugins/use-tracing.ts, one per GraphQL request.
// Setup and a local collector: docs/operations.md ("Traces").
import type { Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  tracer: Tracer;
  /** Exports the spans ended so far (tests; the batch processor otherwise sends every 5 s or 512 spans). */
  flush(): Promise<void>;
  /** Exports what is left and stops (shutdown). */
  shutdown(): Promise<void>;
}

/**
 * Starts tracing to the OTLP/HTTP collector at `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT, a base URL
 * such as `http://localhost:4318`: spans go to `<endpoint>/v1/traces`, as the OTLP exporter
 * specification says for this variable). `serviceName` is OTEL_SERVICE_NAME. With
 * `register` (main.ts), the provider also becomes the process's global one, with its
 * AsyncLocalStorage context manager and W3C trace-context propagator; tests leave it off so
 * several can run in one process. Export failures are the exporter's to log (OTel's diag
 * logger, silent by default); they never fail a request.
 */
export function startTracing(options: { endpoint: string; serviceName: string; register?: boolean }): Tracing {
  const url = new URL('v1/traces', options.endpoint.endsWith('/') ? options.endpoint : `${options.endpoint}/`).href;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  if (options.register) provider.register();
  return {
    tracer: provider.getTracer('blog-gateway'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
