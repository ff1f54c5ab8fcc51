import readingTime from 'reading-time';
import { markdownToSafeHtml } from '#shared/markdown.ts';

/**
 * Renders post Markdown to sanitized HTML (shared/src/markdown.ts). Synchronous and, on hostile
 * input, slow: only the render worker (render-worker.ts) calls it, never the event loop.
 */
export function renderMarkdown(markdown: string): string {
  return markdownToSafeHtml(markdown);
}

/**
 * Whole minutes to read `markdown`, at least 1. Source: the `reading-time` package
 * (200 words per minute, Medium's method), rounded up. Linear, but ~10–30 ms for a
 * 200,000-character body: computed in the render worker and stored, not per read.
 */
export function readingTimeMinutes(markdown: string): number {
  return Math.max(1, Math.ceil(readingTime(markdown).minutes));
}
