// Runs inside the render pool's worker threads (renderer.ts), never on the event loop.
import { threadId, type MessagePort } from 'node:worker_threads';
import { readingTimeMinutes, renderMarkdown } from './markdown.ts';

export interface RenderTask {
  body: string;
  /** Told as the task starts running, so the time budget excludes queueing and thread start-up. */
  started: MessagePort;
}

export interface RenderOutput {
  html: string;
  readingTimeMinutes: number;
  /** The worker thread that rendered (never the main thread's 0). */
  threadId: number;
  /** Milliseconds the render took in its thread. */
  ms: number;
}

function announce(started: MessagePort): void {
  started.postMessage(null);
  started.close();
}

/** The whole render: sanitized HTML and reading time. */
export default function render({ body, started }: RenderTask): RenderOutput {
  announce(started);
  const begin = performance.now();
  const html = renderMarkdown(body);
  return { html, readingTimeMinutes: readingTimeMinutes(body), threadId, ms: performance.now() - begin };
}

/** Reading time alone, for a body the renderer refused (its HTML is a plain-text fallback). */
export function readingTime({ body, started }: RenderTask): number {
  announce(started);
  return readingTimeMinutes(body);
}
