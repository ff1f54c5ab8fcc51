// Is an error "the database cannot be reached right now" (as opposed to a bug or a bad query)?
// Seen on PostgreSQL through Prisma 7 + @prisma/adapter-pg while `pg_ctl stop -m fast` runs and
// afterwards (npm run load:fault, tests/api/database-unavailable.test.ts):
// - P1001 with driverAdapterError.cause.kind "DatabaseNotReachable" (ECONNREFUSED), also inside
//   $transaction and $queryRaw (then P2010 with the same cause);
// - P2039 / P2010 with cause { kind: "postgres", code: "57P01" } (admin_shutdown: pooled
//   connections the server terminated);
// - a plain Error "Client has encountered a connection error and is not queryable" or "Connection
//   terminated unexpectedly" from pg when the socket dies mid-transaction;
// - pg's "timeout expired" (Client connectionTimeoutMillis, frozen host) and pg-pool's "timeout
//   exceeded when trying to connect";
// - the raw driver / ping: Error with code ECONNREFUSED.
// PGlite: "PGlite is closed" once the instance is closed (only during shutdown in production).

/** Prisma's connection-level error codes: can't reach, timed out reaching, closed, pool timeout. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
/** @prisma/adapter-pg's DriverAdapterError kinds for connection failures. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/**
 * SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or
 * shutting down), class 08 connection exceptions, 53300 too_many_connections.
 */
const SQLSTATES = /^(57P0[123]|08\w{3}|53300)$/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const MESSAGES = [
  /Connection terminated/i,
  /connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /^timeout expired$/, // pg.Client's connectionTimeoutMillis (frozen host)
  /is not currently accepting connections/, // 55000 after ALTER DATABASE … ALLOW_CONNECTIONS false
  /Can't reach database server/i,
  /^PGlite is closed$/,
];

type Loose = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  meta?: { driverAdapterError?: { cause?: unknown } };
};

function isUnavailableItself(error: Loose): boolean {
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (typeof error.originalCode === 'string' && SQLSTATES.test(error.originalCode)) return true;
  if (typeof error.kind === 'string' && ADAPTER_KINDS.has(error.kind)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when `error` (or what it wraps: GraphQLError.originalError, Error.cause, Prisma's
 * meta.driverAdapterError.cause) says the database is unreachable, was shut down, or refused a
 * connection. Anything else (constraint violations, bugs) is false and stays a masked 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let hops = 0; hops < 8 && typeof current === 'object' && current !== null; hops += 1) {
    const e = current as Loose;
    if (isUnavailableItself(e)) return true;
    const adapterCause = e.meta?.driverAdapterError?.cause;
    if (typeof adapterCause === 'object' && adapterCause !== null && isUnavailableItself(adapterCause as Loose)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}
