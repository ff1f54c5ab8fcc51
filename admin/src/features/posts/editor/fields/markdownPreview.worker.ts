// The preview's Markdown renderer, in a Web Worker (previewRenderer.ts starts it on first use): a
// slow render (long or hostile bodies take seconds) never blocks typing. Same pipeline as the
// gateway's Post.html.
import { markdownToSafeHtml } from '#shared/markdown.ts';

/** A request from the page: render `markdown`; the answer carries the same `id`. */
export interface PreviewRequest {
  id: number;
  markdown: string;
}

/** The answer: the sanitized HTML, or why the renderer failed. */
export type PreviewResponse = { id: number; html: string } | { id: number; error: string };

// The page's DOM typings describe `self` as a window; in a worker it is the worker's own scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
  postMessage: (message: PreviewResponse) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, html: markdownToSafeHtml(data.markdown) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
