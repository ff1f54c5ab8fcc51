const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * `text` made safe to place in HTML element content or a double-quoted attribute: `& < > "`
 * replaced by their character references, everything else unchanged.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}
