import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// The gateway's pipeline (server/src/content/markdown.ts), step for step, so the preview shows
// what Post.html will be: GFM, then rehype-sanitize's GitHub allow-list (raw HTML dropped, no
// scripts or javascript: URLs) — which is also what makes dangerouslySetInnerHTML safe here.
// Only ever loaded through import() (MarkdownPreview): it is the largest part of the editor.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Post Markdown → sanitized HTML ('' for an empty body). */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown)).trim();
}
