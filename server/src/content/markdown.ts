import { LRUCache } from 'lru-cache';
import readingTime from 'reading-time';
import { markdownToSafeHtml } from '../../../shared/src/markdown.ts';

// Rendering costs ~0.1–1 ms per summary-sized body; bodies repeat across requests, so keep the
// last few thousand results keyed by the source itself (no invalidation needed).
const cache = new LRUCache<string, string>({ max: 2_000, maxSize: 20_000_000, sizeCalculation: (v, k) => v.length + k.length });

/** Renders post Markdown to sanitized HTML (shared/src/markdown.ts), memoised. */
export function renderMarkdown(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = markdownToSafeHtml(markdown);
  cache.set(markdown, html);
  return html;
}

/**
 * Whole minutes to read `markdown`, at least 1. Source: the `reading-time` package
 * (200 words per minute, Medium's method), rounded up.
 */
export function readingTimeMinutes(markdown: string): number {
  return Math.max(1, Math.ceil(readingTime(markdown).minutes));
}
