import { useOnResolve } from '@envelop/on-resolve';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasCredentials } from '../http/request-facts.ts';
import { ENTITY_TYPES, FIELD_KEYS, ROOT_FIELD_KEYS, TYPE_KEYS } from './cdn.ts';

interface Collected {
  keys: Set<string>;
  /** Entity objects already keyed: each field resolved on one adds nothing new. */
  seen: WeakSet<object>;
}

/**
 * The CDN keys of each anonymous query's answer (cache/cdn.ts's scheme), collected from the
 * objects its resolvers return, not from the JSON:
 *
 * - every field resolved on a Post, Category or Tag object adds that object's key
 *   (`post:<row id>`), once per object;
 * - every root field adds its collection keys (ROOT_FIELD_KEYS), lookups only when they resolve to
 *   null; a Redirect adds TYPE_KEYS; a field that shows other rows' data adds FIELD_KEYS (a `url`:
 *   `site`); every answer carries `all`.
 *
 * Only for queries without credentials: a GET's answer is what a CDN may keep, and a POST's is
 * stored under the same response-cache entry as the same query sent as a GET, so its keys are
 * kept with that entry for the GET hits that follow. Other requests pay one WeakMap lookup per field. An execution that ends with errors has no keys (it is not cacheable).
 * `of(request)` gives the keys; `share(leader, follower)` copies them to a request answered with
 * another's execution (use-read-coalescing.ts).
 */
export class AnswerKeys {
  private readonly byContext = new WeakMap<object, Collected>();
  private readonly byRequest = new WeakMap<Request, Set<string>>();
  private readonly failed = new WeakSet<Request>();

  /**
   * The keys collected for the answer to `request`: a Set, or undefined when nothing was executed
   * for it (not an anonymous query, or a response-cache hit, which is answered before
   * execution), or null when its execution ended with errors (not cacheable).
   */
  of(request: Request): ReadonlySet<string> | null | undefined {
    return this.failed.has(request) ? null : this.byRequest.get(request);
  }

  /** Gives the request of GraphQL context `follower` the keys of `leader`'s execution. */
  share(leader: object, follower: object): void {
    const from = this.byContext.get(leader);
    const to = this.byContext.get(follower);
    if (from && to) for (const key of from.keys) to.keys.add(key);
  }

  /** The plugins: place them before the response cache and read coalescing (their onExecute starts the collection). */
  plugins(): Plugin[] {
    const start: Plugin = {
      onExecute: ({ args }) => {
        const context = args.contextValue as { request?: Request };
        const request = context.request;
        if (!request || hasCredentials(request.headers)) return;
        if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
        const keys = new Set(['all']);
        this.byContext.set(context, { keys, seen: new WeakSet() });
        this.byRequest.set(request, keys);
        return {
          onExecuteDone: ({ result }) => {
            const errors = (result as ExecutionResult).errors;
            if (errors?.length) this.failed.add(request);
          },
        };
      },
    };
    const collect = useOnResolve(({ context, root, info }) => {
      const collected = this.byContext.get(context);
      if (!collected) return;
      const fieldKeys = FIELD_KEYS[info.parentType.name]?.[info.fieldName];
      if (fieldKeys) for (const key of fieldKeys) collected.keys.add(key);
      const kind = ENTITY_TYPES[info.parentType.name];
      if (kind) {
        if (typeof root !== 'object' || root === null || collected.seen.has(root)) return;
        collected.seen.add(root);
        const id = (root as { id?: unknown }).id;
        if (typeof id === 'string' || typeof id === 'number') collected.keys.add(`${kind}:${id}`);
        return;
      }
      const typeKeys = TYPE_KEYS[info.parentType.name];
      if (typeKeys) for (const key of typeKeys) collected.keys.add(key);
      if (info.path.prev !== undefined || info.parentType !== info.schema.getQueryType()) return;
      const rule = ROOT_FIELD_KEYS[info.fieldName];
      if (!rule) return;
      for (const key of rule.always ?? []) collected.keys.add(key);
      const ifNull = rule.ifNull;
      if (!ifNull) return;
      return ({ result }) => {
        if (result === null || result === undefined) for (const key of ifNull) collected.keys.add(key);
      };
    });
    return [start, collect as Plugin];
  }
}
