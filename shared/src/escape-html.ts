const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `text` made safe to place in HTML element content or a double-quoted attribute: `& < > "`
 * replaced by their character references, everything else unchanged.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

const unescapes: Record<string, string> = Object.fromEntries(Object.entries(escapes).map(([char, ref]) => [ref, char]));

/**
 * The inverse of {@link escapeHtml}: its four character references (`&amp; &lt; &gt; &quot;`)
 * back to `& < > "`, in one pass (so `&amp;lt;` becomes `&lt;`, not `<`); anything else unchanged.
 */
export function unescapeHtml(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot);/g, (ref) => unescapes[ref]!);
}
