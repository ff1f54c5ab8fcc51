import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// One pipeline for Post.html (gateway) and the editor's live preview (admin), so the preview shows
// exactly what readers get: GitHub Flavored Markdown, then rehype-sanitize's default schema
// (GitHub's allow-list): raw HTML in the source is dropped, scripts, event handlers and
// javascript: URLs never pass — which is also what makes the admin's dangerouslySetInnerHTML safe.
// A change to what it outputs bumps MARKDOWN_RENDERER_VERSION (./markdown-version.ts).
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

/**
 * Post Markdown → sanitized HTML string ('' for an empty body). Uncached; pure; synchronous and
 * slow on deeply nested input (check markdownNesting first, shared/src/markdown-nesting.ts): the
 * gateway runs it in a worker thread, the admin in a Web Worker.
 */
export function markdownToSafeHtml(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
