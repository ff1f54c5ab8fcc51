import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { GenerationCache } from '../cache/generation-cache.ts';
import type { SyndicationDocument } from './syndication-documents.ts';

/** A built document with its validators: a strong ETag of its bytes and the HTTP date it last changed. */
export interface CachedDocument extends SyndicationDocument {
  etag: string;
  lastModified: string;
}

interface Entry {
  generation: number;
  expiresAt: number;
  document: CachedDocument | null;
}

/**
 * The feeds, sitemaps and robots.txt built in the public cache's current generation
 * (cache/generation-cache.ts), by route key. A committed write to public content starts a new
 * generation, and a document of another generation is never served, so a publish, an unpublish or
 * an edit shows in the next request. Entries also expire after `ttlMs` (CACHE_TTL_SECONDS, as the
 * GraphQL answers do; 0 = build every request). Concurrent requests for one document share one
 * build; a build that overlapped a purge is answered but not kept.
 *
 * Validators: the ETag is a strong tag of the bytes (`"<sha-256 base64url>"`): documents are
 * deterministic, so content that did not change keeps its tag across generations. Last-Modified is
 * when the generation began (GenerationCache.startedAt): no public content changed since, and it
 * moves forward on every change, also one that removes the newest post from a feed.
 */
export class SyndicationCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly building = new Map<string, Promise<CachedDocument | null>>();

  constructor(
    private readonly generations: GenerationCache,
    private readonly ttlMs: number,
    maxBytes = 64 * 1024 * 1024,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => (entry.document?.body.length ?? 0) + 256,
    });
  }

  /** The document under `key` of the current generation, built with `build` when missing (null: no such document, kept too). */
  async get(key: string, build: () => Promise<SyndicationDocument | null>): Promise<CachedDocument | null> {
    const generation = this.generations.generation;
    const entry = this.entries.get(key);
    if (entry && entry.generation === generation && entry.expiresAt > Date.now() && !this.generations.bypassed) return entry.document;
    const flight = `${key}:g${generation}`;
    let pending = this.building.get(flight);
    if (!pending) {
      pending = this.build(key, generation, build).finally(() => this.building.delete(flight));
      this.building.set(flight, pending);
    }
    return pending;
  }

  private async build(key: string, generation: number, build: () => Promise<SyndicationDocument | null>): Promise<CachedDocument | null> {
    const lastModified = this.generations.startedAt.toUTCString();
    const built = await build();
    const document = built && { ...built, etag: `"${createHash('sha256').update(built.body).digest('base64url')}"`, lastModified };
    if (this.ttlMs > 0 && this.generations.generation === generation && !this.generations.bypassed) {
      this.entries.set(key, { generation, expiresAt: Date.now() + this.ttlMs, document });
    }
    return document;
  }
}
