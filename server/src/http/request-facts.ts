import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Logger } from 'pino';
import { hasSessionCookie } from '../auth/credentials.ts';
import type { ClientAddress } from '../client-address.ts';

/**
 * What the gateway knows about one HTTP request, worked out once and shared by everything that
 * handles it: the HTTP fast path for cached GETs (cache/fast-path.ts) and Yoga's plugins alike.
 * It travels in the request's server context ({@link ServerContext}): the fast path creates it and
 * hands it to Yoga, otherwise useRequestLog creates it when Yoga first sees the request.
 */
export class RequestFacts {
  /** Sent back as `x-request-id` and written on every log line of the request ({@link requestIdFrom}). */
  readonly requestId: string;
  /** `performance.now()` when the gateway first saw the request, in ms: the log line's duration counts from here. */
  readonly startedAt = performance.now();
  /** The operation name for the log line ({@link operationLabel}), once the parameters are known. */
  operation: string | undefined;
  /**
   * The per-IP request budget's verdict for this request, once charged (chargeRequest in
   * rate-limits.ts): the fast path charges before its lookup, and Yoga's plugin then
   * reads the same verdict instead of charging a second time.
   */
  charge: Promise<RequestCharge> | undefined;
  #clientAddress: string | undefined;
  readonly #addressOf: () => string;

  /**
   * @param source.requestId the request's `x-request-id` header as received (absent: null/undefined).
   * @param source.peer the socket's peer address (undefined in process: `yoga.fetch`).
   * @param source.forwardedFor the X-Forwarded-For header(s) as received.
   * @param source.clientAddress the gateway's client-address policy (client-address.ts, from TRUST_PROXY).
   */
  constructor(source: {
    requestId: string | readonly string[] | null | undefined;
    peer: string | undefined;
    forwardedFor: string | readonly string[] | null | undefined;
    clientAddress: ClientAddress;
  }) {
    this.requestId = requestIdFrom(source.requestId);
    this.#addressOf = () => source.clientAddress(source.peer, source.forwardedFor);
  }

  /** The client's address as the rate limits and sign-in lockouts count it (client-address.ts); computed on first use. */
  get clientAddress(): string {
    this.#clientAddress ??= this.#addressOf();
    return this.#clientAddress;
  }
}

/** The per-IP budget's verdict: accepted, or the store's rejection (a refusal with `msBeforeNext`, or a store failure). */
export type RequestCharge = { accepted: true } | { accepted: false; rejection: unknown };

/**
 * The server context of one request, as both entry points create it: Node's adapter passes
 * `{ req, res }` (the fast path adds `facts`), `yoga.fetch` passes nothing. Yoga copies these
 * fields into the GraphQL context too.
 */
export interface ServerContext {
  req?: { socket?: { remoteAddress?: string } };
  facts?: RequestFacts;
}

/**
 * The facts of the request whose server (or GraphQL) context this is. Throws when there are none:
 * useRequestLog makes them in onRequest, so a plugin or context factory reaching this without
 * them is placed wrongly.
 */
export function factsOf(context: ServerContext): RequestFacts {
  if (!context.facts) throw new Error('No request facts: useRequestLog must come before the plugins that read them');
  return context.facts;
}

/** The header a request id travels in, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A client's own request id is kept when it is 1–64 characters of letters, digits, `_`, `.` and `-` (safe in logs and headers). */
const SANE_REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * The request id for an incoming `x-request-id` value: kept when it looks sane (so a proxy's or
 * frontend's id can be followed through our logs), else a fresh random UUID (also when absent,
 * repeated, or too long).
 */
export function requestIdFrom(incoming: string | readonly string[] | null | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Operation names are logged up to this many characters: enough to recognise, too short to flood a log. */
const OPERATION_LABEL_MAX = 100;

/** The operation name as a log line shows it: at most 100 characters, undefined when absent or empty. */
export function operationLabel(name: unknown): string | undefined {
  return name ? String(name).slice(0, OPERATION_LABEL_MAX) : undefined;
}

/**
 * True when a request carries credentials: an Authorization header (any scheme, even a bad one)
 * or our session cookie (hasSessionCookie, read with the cookie plugin's own parser). Such
 * requests are an editor's: they see drafts, so they never read from or write to the public
 * cache, never share an execution, and get `private, no-store`. Takes WHATWG Headers (Yoga) or
 * Node's header object (the fast path), so both paths ask the same question.
 */
export function hasCredentials(headers: Headers | IncomingHttpHeaders): boolean {
  if (isWhatwgHeaders(headers)) return headers.has('authorization') || hasSessionCookie(headers.get('cookie'));
  return headers.authorization !== undefined || hasSessionCookie(headers.cookie);
}

function isWhatwgHeaders(headers: Headers | IncomingHttpHeaders): headers is Headers {
  return typeof (headers as Headers).get === 'function';
}

/** Health probes and scrapes: polled every few seconds by orchestrators and Prometheus, so logged at debug, not info. */
const PROBE_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Writes the one log line of a request: `request` with requestId, method, path (no query string),
 * status, operation and durationMs (since `facts.startedAt`, to 0.1 ms); info level, health
 * probes at debug. Both Yoga's path (useRequestLog) and the fast path's hits write it here.
 */
export function logRequest(logger: Logger, facts: RequestFacts, response: { method: string; path: string; status: number }): void {
  const level = PROBE_PATHS.has(response.path) ? 'debug' : 'info';
  if (!logger.isLevelEnabled(level)) return;
  logger[level](
    {
      requestId: facts.requestId,
      method: response.method,
      path: response.path,
      status: response.status,
      operation: facts.operation,
      durationMs: Math.round((performance.now() - facts.startedAt) * 10) / 10,
    },
    'request',
  );
}
