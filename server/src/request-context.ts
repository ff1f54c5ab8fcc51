import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestFacts } from './http/request-facts.ts';

/**
 * The request being handled, for code far from it that cannot be handed its context: Yoga's error
 * log, error masking, resolvers' log lines. useRequestLog runs each request's whole handling
 * inside `run` with an empty slot (Yoga's request instrumentation sees the request, not its
 * server context) and puts the request's facts into the slot in onRequest; every async
 * continuation of that request sees them, and no other request does (checked with concurrent
 * requests).
 */
export const requestStore = new AsyncLocalStorage<{ facts?: RequestFacts }>();

/** The current request's id (RequestFacts.requestId), or undefined outside a request. */
export function currentRequestId(): string | undefined {
  return requestStore.getStore()?.facts?.requestId;
}
