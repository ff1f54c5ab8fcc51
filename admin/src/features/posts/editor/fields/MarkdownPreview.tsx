import { useEffect, useState } from 'react';

/** Re-render after the author pauses this long: a long body costs a few ms per render. */
export const PREVIEW_DELAY_MS = 150;

/**
 * The body rendered as the public site will show it. The Markdown pipeline loads lazily on
 * first use (its own chunk, ~52 KB gz) so the initial bundle stays within budget.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      import('./renderMarkdown')
        .then(({ renderMarkdown }) => {
          if (!isCurrent) return;
          setHtml(renderMarkdown(markdown));
          setFailure(null);
        })
        .catch((error: unknown) => isCurrent && setFailure(error instanceof Error ? error.message : String(error)));
    }, PREVIEW_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [markdown]);

  return (
    <section className="markdown-preview" aria-label="Preview" aria-busy={html === null}>
      {failure ? <p role="alert">Preview unavailable: {failure}</p> : null}
      {html === null && !failure ? <p className="pane-note">Loading preview…</p> : null}
      {/* Sanitized by rehype-sanitize in renderMarkdown (the server's allow-list). */}
      {html !== null ? <div className="markdown-body" dangerouslySetInnerHTML={{ __html: html }} /> : null}
    </section>
  );
}
