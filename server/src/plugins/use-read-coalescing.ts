import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { operationKey } from '../cache/keys.ts';

export interface ReadCoalescingStats {
  /** Anonymous query executions that ran. */
  executions: number;
  /** Requests answered from an identical execution already in flight. */
  shared: number;
}

/**
 * Identical anonymous queries that arrive while one is executing share that execution
 * ("single flight"): same query text, operation name, variables and generation → one run of the
 * resolvers, and each waiting request gets its own copy of the result.
 *
 * Why: a committed change purges the response cache; until the first recomputation of a popular
 * read finishes, every request for it misses and runs it again. Measured under `npm run load` on PGlite
 * (docs/benchmarks.md): with the event loop time-sliced (db/turns.ts) that herd took 2.2 database
 * statements per request instead of 0.65, and throughput fell from ~600 to ~150 req/s.
 *
 * Rules:
 * - Only requests without credentials (editors see drafts; their reads never share), only
 *   `query` operations, and none that `isPrivate` names (a preview token's answer is its holder's).
 * - `generation()` is part of the key and must change with every committed write to public
 *   content (the public cache's purge): a read that starts after such a write committed never
 *   joins an execution that began before it, so it cannot see the data from before the write.
 * - A result with errors is not shared (masked errors carry the request id of their own request):
 *   those waiting run the operation themselves. Streams (@defer/@stream) are not shared either.
 * - Place it before the response cache: it wraps the plain execute function, so cache hits never
 *   reach it and every waiting request still stores and serves the result as usual.
 */
export function useReadCoalescing(options: {
  /** Changes with every committed write to public content (GenerationCache.suffix). */
  generation: () => string;
  /** True for requests that carry credentials (http/request-facts.ts's hasCredentials): never shared. */
  hasCredentials: (request: Request) => boolean;
  /** True for documents whose answers are never shared (schema/private-answer.ts's selectsPrivateAnswer). */
  isPrivate?: (schema: GraphQLSchema, document: DocumentNode) => boolean;
  stats?: ReadCoalescingStats;
  /**
   * Called with the GraphQL contexts of the execution that ran and of a request answered with its
   * result (the CDN keys its resolvers collected, cache/answer-keys.ts, go with it).
   */
  onShared?: (leader: object, follower: object) => void;
}): Plugin {
  /** Per key: the running execution, its context, and how many requests wait for it. */
  const inFlight = new Map<string, { run: Promise<ExecutionResult | undefined>; context: object; waiting: number }>();
  const stats = options.stats;
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as { request?: Request; params?: { query?: string } };
      if (!context.request || options.hasCredentials(context.request)) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      if (options.isPrivate?.(args.schema, args.document)) return;
      const query = context.params?.query;
      if (typeof query !== 'string') return;
      // The response cache's identity of a read (cache/keys.ts) in the current generation.
      const key =
        operationKey({ documentString: query, operationName: args.operationName, variableValues: args.variableValues }) +
        options.generation();
      setExecuteFn(async (executeArgs) => {
        const running = inFlight.get(key);
        if (running) {
          running.waiting += 1;
          const snapshot = await running.run;
          if (snapshot) {
            if (stats) stats.shared += 1;
            options.onShared?.(running.context, context);
            return structuredClone(snapshot);
          }
          return executeFn(executeArgs); // the shared run failed or streamed: run this one alone
        }
        if (stats) stats.executions += 1;
        const execution = Promise.resolve(executeFn(executeArgs));
        const entry: { run?: Promise<ExecutionResult | undefined>; context: object; waiting: number } = { waiting: 0, context };
        // The snapshot is taken before any request's onExecuteDone sees (and may edit) the result
        // (this reaction is registered first), and only when someone waits for it: no copy on the
        // common, unshared path.
        entry.run = execution.then(
          (result) => (entry.waiting > 0 && shareable(result) ? structuredClone(result) : undefined),
          () => undefined,
        );
        inFlight.set(key, entry as { run: Promise<ExecutionResult | undefined>; context: object; waiting: number });
        try {
          return await execution;
        } finally {
          inFlight.delete(key);
        }
      });
    },
  };
}

function shareable(result: unknown): result is ExecutionResult {
  if (typeof result !== 'object' || result === null || Symbol.asyncIterator in result) return false;
  const { errors } = result as ExecutionResult;
  return !errors || errors.length === 0;
}
