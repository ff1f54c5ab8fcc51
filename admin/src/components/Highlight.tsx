import { unescapeHtml } from '#shared/escape-html.ts';

/** `<mark>…</mark>` pairs; what they enclose is captured, so split() puts it at the odd indexes. */
const MARKED = /<mark>(.*?)<\/mark>/s;

/**
 * A search excerpt as the gateway writes it (SearchEdge.highlight: escaped text whose only
 * elements are `<mark>…</mark>`), rendered as React text and <mark> elements. It never hands the
 * string to the browser's HTML parser: anything besides a <mark> pair, a `<script>` included,
 * stays visible text, and the four references the gateway escapes (`&amp; &lt; &gt; &quot;`)
 * become their characters again.
 */
export function Highlight({ html, className }: { html: string; className?: string }) {
  const parts = html.split(MARKED);
  return (
    <span className={className}>
      {parts.map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one string never reorder
        index % 2 === 1 ? <mark key={index}>{unescapeHtml(part)}</mark> : unescapeHtml(part),
      )}
    </span>
  );
}
