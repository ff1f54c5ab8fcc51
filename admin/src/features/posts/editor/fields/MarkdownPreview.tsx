import { useEffect, useState } from 'react';
import { renderPreview, type PreviewResult } from './previewRenderer';

/** Re-render after the author pauses this long: a long body costs a few ms per render. */
export const PREVIEW_DELAY_MS = 150;

/**
 * The body rendered as the public site will show it. Rendering happens in a Web Worker
 * (previewRenderer.ts) whose Markdown pipeline loads on first use (its own chunk, ~52 KB gz), so
 * neither the initial bundle nor typing pays for it. A body the gateway would refuse (nested too
 * deeply, or too slow to render) shows why instead.
 */
export function MarkdownPreview({ markdown }: { markdown: string }) {
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      renderPreview(markdown)
        .then((rendered) => {
          if (!isCurrent || rendered === null) return;
          setResult(rendered);
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
    <section className="markdown-preview" aria-label="Preview" aria-busy={result === null}>
      {failure ? <p role="alert">Preview unavailable: {failure}</p> : null}
      {result === null && !failure ? <p className="pane-note">Loading preview…</p> : null}
      {result && 'refusal' in result ? (
        <p className="pane-note" role="status">
          {result.refusal}
        </p>
      ) : null}
      {result && 'html' in result ? (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by rehype-sanitize in the renderer, with the server's allow-list
        <div className="markdown-body" dangerouslySetInnerHTML={{ __html: result.html }} />
      ) : null}
    </section>
  );
}
