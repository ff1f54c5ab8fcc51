import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The current request's id, for log lines written far from the request (Yoga's error log,
 * resolvers). Set by useRequestLog in onRequest; `enterWith` keeps it for every async
 * continuation of that request and no other (checked with concurrent requests).
 */
export const requestStore = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return requestStore.getStore()?.requestId;
}
