import { limits } from '#shared/limits.ts';
import { markdownNestingIssue } from '#shared/markdown-nesting.ts';
import type { PreviewRequest, PreviewResponse } from './markdownPreview.worker';

/** What the preview shows: sanitized HTML, or a note saying why the body is not rendered. */
export type PreviewResult = { html: string } | { refusal: string };

/**
 * Longest the preview waits for one render before stopping its worker, in ms: the gateway's
 * default budget (RENDER_TIMEOUT_MS), so a body the preview cannot show in time is one the
 * gateway would refuse too (on a comparable machine).
 */
export const PREVIEW_TIMEOUT_MS = limits.renderTimeoutMs;

interface Pending {
  request: PreviewRequest;
  /** null: superseded by a newer request before it was sent. */
  resolve: (result: PreviewResult | null) => void;
}

let worker: Worker | null = null;
let inFlight: (Pending & { timer: ReturnType<typeof setTimeout> }) | null = null;
let waiting: Pending | null = null;
let nextId = 1;

function startWorker(): Worker {
  const started = new Worker(new URL('./markdownPreview.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = ({ data }: MessageEvent<PreviewResponse>) => {
    if (!inFlight || data.id !== inFlight.request.id) return;
    const { resolve, timer } = inFlight;
    clearTimeout(timer);
    inFlight = null;
    resolve('html' in data ? { html: data.html } : { refusal: `The preview failed: ${data.error}` });
    sendNext();
  };
  started.onerror = (event) => {
    event.preventDefault();
    stopWorker(`The preview failed: ${event.message || 'the renderer stopped'}.`);
  };
  return started;
}

/** Ends a stuck or broken worker; the render it was doing gets `refusal`; the next request starts a new one. */
function stopWorker(refusal: string): void {
  worker?.terminate();
  worker = null;
  if (inFlight) {
    clearTimeout(inFlight.timer);
    inFlight.resolve({ refusal });
    inFlight = null;
  }
  sendNext();
}

function sendNext(): void {
  if (inFlight || !waiting) return;
  const next = waiting;
  waiting = null;
  worker ??= startWorker();
  const timer = setTimeout(
    () =>
      stopWorker(
        `Rendering this body took longer than ${PREVIEW_TIMEOUT_MS / 1000} s, so the preview stopped. Long runs of brackets, emphasis markers, tables or nesting make it slow: split or simplify them.`,
      ),
    PREVIEW_TIMEOUT_MS,
  );
  inFlight = { ...next, timer };
  worker.postMessage(next.request);
}

/**
 * Renders `markdown` for the live preview off the page's main thread, so typing never waits for it.
 * A body deeper than the shared nesting rule allows gets that rule's message (the same one the
 * gateway returns at save) without rendering. One render runs at a time; of the requests made
 * meanwhile only the newest is rendered next, older ones resolve as superseded (`null`).
 * Without Web Workers (the jsdom component tests) it renders in the page, lazily loaded.
 */
export async function renderPreview(markdown: string): Promise<PreviewResult | null> {
  const refusal = markdownNestingIssue(markdown);
  if (refusal) return { refusal };
  if (typeof Worker === 'undefined') {
    const { renderMarkdown } = await import('./renderMarkdown');
    return { html: renderMarkdown(markdown) };
  }
  return new Promise((resolve) => {
    waiting?.resolve(null);
    waiting = { request: { id: nextId++, markdown }, resolve };
    sendNext();
  });
}
