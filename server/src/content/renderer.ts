// Markdown → HTML off the event loop: a pool of worker threads (piscina) runs the shared pipeline
// with a time budget. A render that overruns it is stopped by terminating its thread, so no body,
// however hostile, can hold the gateway; the body is then refused (at save) or shown as plain
// text (a stored row rendered again later).
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { markdownNestingIssue } from '#shared/markdown-nesting.ts';
import { escapeHtml } from '#shared/escape-html.ts';
import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import type { RenderOutput, RenderTask } from './render-worker.ts';

/** Why a body was not rendered: too deeply nested (checked first), over the time budget, or the renderer threw. */
export type RenderRefusal = 'nesting' | 'timeout' | 'failed';

/** A body the renderer will not turn into HTML; `message` is written for the author. */
export class RenderRefusedError extends Error {
  override name = 'RenderRefusedError';
  constructor(
    readonly reason: RenderRefusal,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What is stored beside a body: its HTML, reading time and the renderer version that made them. */
export interface RenderedBody {
  html: string;
  readingTimeMinutes: number;
  htmlVersion: number;
  /** The worker thread that rendered, 0 when no render was needed (empty body, refused body). */
  threadId: number;
  /** Milliseconds the render ran in its thread (0 when none was needed). */
  ms: number;
}

export interface MarkdownRenderer {
  /** Most milliseconds one render may run in its thread. */
  readonly timeoutMs: number;
  /**
   * Renders `body` in a worker thread. Waiting for a free thread does not count against the budget.
   * @throws RenderRefusedError (nesting, timeout, failed), with a message for the author.
   */
  render(body: string): Promise<RenderedBody>;
  /**
   * Like render, but a refused body gets its text escaped in a `<pre>` instead (still with the
   * current htmlVersion, so it is not retried on every start); `refused` tells why.
   */
  renderOrFallback(body: string): Promise<RenderedBody & { refused?: RenderRefusedError }>;
}

// One thread fewer than the machine has cores (at least one): the event loop keeps a core.
const THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));
// Idle threads end after this long; the next render starts one again (~0.3 s, loading the pipeline).
const IDLE_MS = 60_000;

let pool: Piscina<RenderTask, unknown> | undefined;

/**
 * Worker threads load TypeScript through tsx like the main thread. They inherit the process's
 * flags when it was started with tsx (`node --import tsx`, the scripts); elsewhere (Vitest runs
 * TypeScript itself) they get the flag explicitly.
 */
function workerExecArgv(): string[] | undefined {
  return process.execArgv.some((flag) => flag.includes('tsx')) ? undefined : ['--import', 'tsx'];
}

function renderPool(): Piscina<RenderTask, unknown> {
  pool ??= new Piscina<RenderTask, unknown>({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    minThreads: 0,
    maxThreads: THREADS,
    idleTimeout: IDLE_MS,
    execArgv: workerExecArgv(),
  });
  return pool;
}

/**
 * Starts a render thread now, without waiting for it: loading the pipeline takes a thread
 * ~0.3–3 s (idle to loaded machine), which main.ts overlaps with opening the database instead
 * of adding it to the first save (or the seed). Never throws.
 */
export function warmRenderPool(): void {
  runTask('default', 'warm-up', 60_000).catch(() => undefined);
}

/** Ends the render threads (shutdown). A later render starts a new pool. */
export async function closeRenderPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

/** Runs one task of the worker in the pool; its budget starts when the task starts running. */
async function runTask<T>(name: 'default' | 'readingTime', body: string, timeoutMs: number): Promise<T> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => abort.abort(), timeoutMs);
  });
  try {
    return (await renderPool().run({ body, started: port2 }, { name, transferList: [port2], signal: abort.signal })) as T;
  } catch (error) {
    if (abort.signal.aborted) {
      throw new RenderRefusedError(
        'timeout',
        `Rendering this body took longer than ${formatSeconds(timeoutMs)}, so it was stopped. Long runs of brackets, ` +
          'emphasis markers, tables or nesting make it slow: split or simplify them.',
      );
    }
    throw new RenderRefusedError('failed', 'The Markdown renderer failed on this body: simplify deeply nested or unusual structures.', {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The plain-text stand-in for a body the renderer refused: readable, and safe as HTML. */
export function plainTextHtml(body: string): string {
  return `<pre>${escapeHtml(body)}</pre>`;
}

/**
 * A renderer over the process's shared pool with the given budget (RENDER_TIMEOUT_MS). The pool
 * is shared because threads are the scarce part; budgets may differ per caller.
 */
export function createMarkdownRenderer(options: { timeoutMs: number }): MarkdownRenderer {
  const { timeoutMs } = options;
  const render = async (body: string): Promise<RenderedBody> => {
    // Nothing to render: skip starting a thread (most drafts begin empty).
    if (body === '') return { html: '', readingTimeMinutes: 1, htmlVersion: MARKDOWN_RENDERER_VERSION, threadId: 0, ms: 0 };
    const nesting = markdownNestingIssue(body);
    if (nesting) throw new RenderRefusedError('nesting', nesting);
    const { html, readingTimeMinutes, threadId, ms } = await runTask<RenderOutput>('default', body, timeoutMs);
    return { html, readingTimeMinutes, threadId, ms, htmlVersion: MARKDOWN_RENDERER_VERSION };
  };
  return {
    timeoutMs,
    render,
    async renderOrFallback(body) {
      try {
        return await render(body);
      } catch (error) {
        if (!(error instanceof RenderRefusedError)) throw error;
        // Reading time is linear (no nesting hazard) but still body-sized: also in the pool.
        const minutes = await runTask<number>('readingTime', body, timeoutMs).catch(() => 1);
        return {
          html: plainTextHtml(body),
          readingTimeMinutes: minutes,
          htmlVersion: MARKDOWN_RENDERER_VERSION,
          threadId: 0,
          ms: 0,
          refused: error,
        };
      }
    },
  };
}
