// The gateway's Prometheus metrics (prom-client), one Registry per gateway instance: never
// prom-client's global default registry, so several gateways in one process (the tests) each
// count their own requests. What each metric means, its labels and example alerts:
// docs/operations.md ("Metrics").
import { Lexer, Source, TokenKind } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SharedStateStatus } from '../cluster/shared-state.ts';

/** How a GraphQL request ended, as `gateway_requests_total{outcome}` counts it. */
export type RequestOutcome =
  /** Answered without errors (200, or 304 on revalidation). */
  | 'ok'
  /** Ran (or began to run) and failed: GraphQL errors from execution, or a 5xx. */
  | 'error'
  /** Refused before execution: rate limit (429), size/depth/cost limits, CSRF, parse or validation errors, PERSISTED_ONLY. */
  | 'rejected';

/** Where the cache was asked: the HTTP fast path in front of Yoga, or Yoga's response cache. */
export type CachePath = 'fast' | 'graphql';
/** hit: answered from the cache; miss: looked up, not there, executed; bypass: not looked up (credentials, mutation, private answer, cache off or bypassed while Redis is down). */
export type CacheResult = 'hit' | 'miss' | 'bypass';

/** Connections of the database pool now: PostgreSQL's pg Pool counts; PGlite's single connection reports 1 in use. */
export interface PoolConnections {
  inUse: number;
  idle: number;
  waiting: number;
}

/** Label of operations without a name (`{ posts { … } }`, or no document at all). */
export const ANONYMOUS_OPERATION = 'anonymous';
/** Label of named operations the gateway does not know (not a trusted document's name). */
export const OTHER_OPERATION = 'other';
/** Label of error codes past {@link MAX_ERROR_CODES}, or not shaped like a code. */
export const OTHER_ERROR_CODE = 'OTHER';
/**
 * Distinct `code` label values kept: the gateway's own catalogue (shared/src/errors.ts) has ~20,
 * Yoga and graphql-armor add a few; a code outside this bound (a bug, a new library) shows as OTHER
 * instead of growing the series without end.
 */
const MAX_ERROR_CODES = 50;
/** An error code as the gateway and its libraries write them: `RATE_LIMITED`, `GRAPHQL_PARSE_FAILED`, `HTTP_413`. */
const CODE_SHAPE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The keywords an operation with a name starts with. */
const OPERATION_KEYWORDS: ReadonlySet<string> = new Set(['query', 'mutation', 'subscription']);

/**
 * The name of the operation a document starts with (`query Name`, `mutation Name`,
 * `subscription Name`, after blanks, commas and comments), without parsing it, for requests that
 * send no `operationName` and are answered before (or without) parsing: response-cache and
 * fast-path hits. Only a label candidate: {@link GatewayMetrics.operationLabel} still keeps known
 * names only. graphql-js's lexer reads the first two tokens (linear in what it skips); a regular
 * expression for "blanks and comments, then a keyword" backtracked exponentially on a run of `#`
 * (60 of them held the event loop for hours). Only the first 1,000 characters are looked at.
 */
export function leadingOperationName(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  try {
    const lexer = new Lexer(new Source(query.slice(0, 1000)));
    const keyword = lexer.advance();
    if (keyword.kind !== TokenKind.NAME || !OPERATION_KEYWORDS.has(keyword.value)) return undefined;
    const name = lexer.advance();
    return name.kind === TokenKind.NAME ? name.value : undefined;
  } catch {
    // Not a GraphQL token where a name was looked for: no name.
    return undefined;
  }
}

/**
 * Request latency buckets in seconds: a fast-path hit is ~0.1 ms, a cached Yoga answer ~1 ms, a
 * home feed from the database 5–30 ms, a save with rendering up to seconds (docs/benchmarks.md).
 */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface GatewayMetricsOptions {
  /** Database pool counts, read at each scrape (Database.connections). Unset: the gauge has no series. */
  pool?: () => PoolConnections;
  /** Redis's state, read at each scrape (cluster/shared-state.ts's status). Unset: as 'off'. */
  redisState?: () => SharedStateStatus;
  /**
   * Also collect prom-client's default process metrics into this registry (event-loop lag and its
   * percentiles, heap, GC, CPU, open handles). Default true; off for tests that build many gateways.
   */
  processMetrics?: boolean;
}

/**
 * One gateway's metrics and the Registry they are exposed from. Label values never come from
 * user input unchecked: operation names are kept only for operations the gateway knows
 * ({@link knowOperationNames}: the trusted documents'), everything else is `anonymous` or `other`;
 * error codes are bounded ({@link MAX_ERROR_CODES}). So an attacker sending 10,000 distinct
 * operation names adds no series.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly #knownOperations = new Set<string>();
  readonly #errorCodes = new Set<string>();
  readonly #requests: Counter<'operation' | 'outcome'>;
  readonly #duration: Histogram<'operation'>;
  readonly #errors: Counter<'code'>;
  readonly #cache: Counter<'result' | 'path'>;

  constructor(options: GatewayMetricsOptions = {}) {
    const registers = [this.registry];
    this.#requests = new Counter({
      name: 'gateway_requests_total',
      help: 'GraphQL requests answered, by operation (known names only; else anonymous/other) and outcome (ok, error, rejected).',
      labelNames: ['operation', 'outcome'],
      registers,
    });
    this.#duration = new Histogram({
      name: 'gateway_request_duration_seconds',
      help: 'Time from the gateway first seeing a GraphQL request to its response headers, in seconds, by operation.',
      labelNames: ['operation'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.#errors = new Counter({
      name: 'gateway_errors_total',
      help: 'Errors answered, by code: extensions.code of each GraphQL error, or HTTP_<status> for a refusal without one.',
      labelNames: ['code'],
      registers,
    });
    this.#cache = new Counter({
      name: 'gateway_cache_total',
      help: 'Public cache lookups by result (hit, miss, bypass) and path (fast: the GET fast path; graphql: the response cache in Yoga).',
      labelNames: ['result', 'path'],
      registers,
    });
    const pool = options.pool;
    new Gauge({
      name: 'gateway_db_pool_connections',
      help: 'Database connections by state (in_use, idle, waiting = requests queued for a connection). PGlite: its one connection, in use.',
      labelNames: ['state'],
      registers,
      collect() {
        if (!pool) return;
        const now = pool();
        this.set({ state: 'in_use' }, now.inUse);
        this.set({ state: 'idle' }, now.idle);
        this.set({ state: 'waiting' }, now.waiting);
      },
    });
    const redisState = options.redisState ?? (() => 'off' as const);
    new Gauge({
      name: 'gateway_redis_up',
      help: 'Redis (REDIS_URL) reachable: 1 up, 0 down; -1 when no Redis is configured.',
      registers,
      collect() {
        const state = redisState();
        this.set(state === 'up' ? 1 : state === 'down' ? 0 : -1);
      },
    });
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** Names that may appear as the `operation` label (the gateway's trusted documents' operation names). */
  knowOperationNames(names: Iterable<string>): void {
    for (const name of names) this.#knownOperations.add(name);
  }

  /** The `operation` label for a request's operation name: the name when known, else `anonymous` (none) or `other`. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS_OPERATION;
    return this.#knownOperations.has(name) ? name : OTHER_OPERATION;
  }

  /** Counts one GraphQL request and its duration (seconds) under its operation's label. */
  request(operationName: string | null | undefined, outcome: RequestOutcome, seconds: number): void {
    const operation = this.operationLabel(operationName);
    this.#requests.inc({ operation, outcome });
    this.#duration.observe({ operation }, seconds);
  }

  /** Counts one error by its code; a code not shaped like one, or past the bound, counts as OTHER. */
  error(code: unknown): void {
    this.#errors.inc({ code: this.#codeLabel(code) });
  }

  /** Counts one cache decision. */
  cache(result: CacheResult, path: CachePath): void {
    this.#cache.inc({ result, path });
  }

  /** The exposition text (Prometheus text format 0.0.4) and its content type. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  #codeLabel(code: unknown): string {
    if (typeof code !== 'string' || !CODE_SHAPE.test(code)) return OTHER_ERROR_CODE;
    if (this.#errorCodes.has(code)) return code;
    if (this.#errorCodes.size >= MAX_ERROR_CODES) return OTHER_ERROR_CODE;
    this.#errorCodes.add(code);
    return code;
  }
}
