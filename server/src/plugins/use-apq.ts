import { useAPQ as useApolloPersistedQueries, type APQStore } from '@graphql-yoga/plugin-apq';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '#shared/errors.ts';
import { sha256Hex } from '../http/trusted-documents.ts';

/**
 * The bounds of the in-memory APQ store: anyone may register documents, so its size is capped
 * whatever they send. At most 1,000 documents and 4 MiB of document text (UTF-16 code units
 * counted as bytes, a slight overestimate for ASCII); a document over 64 KiB is run but not kept
 * (the admin's largest operation is ~2 KB, a 2,000-token document stays well under it). Past the
 * caps the least recently used document goes: its clients get PERSISTED_QUERY_NOT_FOUND once and
 * register it again, as Apollo's protocol expects.
 */
export const apqStoreLimits = { maxDocuments: 1_000, maxBytes: 4 * 1024 * 1024, maxDocumentBytes: 64 * 1024 } as const;

/** The default APQ store: in this process, LRU, bounded by {@link apqStoreLimits}. */
export function memoryApqStore(limits: { maxDocuments: number; maxBytes: number; maxDocumentBytes: number } = apqStoreLimits): APQStore {
  const documents = new LRUCache<string, string>({
    max: limits.maxDocuments,
    maxSize: limits.maxBytes,
    maxEntrySize: limits.maxDocumentBytes,
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  return {
    get: (hash) => documents.get(hash) ?? null,
    set: (hash, text) => {
      documents.set(hash, text);
    },
  };
}

/**
 * Apollo's automatic persisted queries (@graphql-yoga/plugin-apq): a request with
 * `extensions.persistedQuery.sha256Hash` and no document runs the document stored under that
 * hash, else fails with PERSISTED_QUERY_NOT_FOUND (404) so the client sends document and hash
 * once; the document is stored only if the hash is its SHA-256, else PERSISTED_QUERY_MISMATCH
 * (400). Works the same over POST and GET. A stored document is parsed, validated and limited
 * (depth, aliases, tokens, cost) on every request like any other, so one the limits refuse stays
 * refused; nesting is checked before it is stored (use-input-guards.ts comes first).
 *
 * A not-found answer is `Cache-Control: no-store`: a CDN or the browser must not remember it, or the
 * hash-only GET would keep failing after the document is registered.
 */
export function useApq(options: { store?: APQStore } = {}): Plugin {
  const apq = useApolloPersistedQueries({
    store: options.store ?? memoryApqStore(),
    // Synchronous node:crypto instead of the plugin's awaited WebCrypto digest.
    hash: (text) => sha256Hex(text),
  });
  const notFound = new WeakSet<Request>();
  return {
    async onParams(payload) {
      // A `query` that is not a string is yoga's to refuse (400 BAD_REQUEST, after this hook); the
      // APQ plugin would hash it and throw a TypeError, answered as an internal error.
      const { query } = payload.params as { query?: unknown };
      if (query != null && typeof query !== 'string') return;
      try {
        await apq.onParams!(payload);
      } catch (error) {
        if ((error as { extensions?: { code?: unknown } }).extensions?.code === ErrorCode.PERSISTED_QUERY_NOT_FOUND)
          notFound.add(payload.request);
        throw error;
      }
    },
    onResponse({ request, response }) {
      if (notFound.has(request)) response.headers.set('cache-control', 'no-store');
    },
  };
}
