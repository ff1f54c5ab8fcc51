// Only ever loaded through import() (MarkdownPreview): the Markdown pipeline is the largest part
// of the editor, so it stays out of the initial bundle. Same pipeline as the gateway's Post.html.
export { markdownToSafeHtml as renderMarkdown } from '../../../../../../shared/src/markdown.ts';
