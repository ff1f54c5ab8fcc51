// The preview's renderer where no Web Worker exists (jsdom in component tests); browsers use
// markdownPreview.worker.ts. Only ever loaded through import(), so the pipeline stays out of the
// initial bundle. Same pipeline as the gateway's Post.html.
export { markdownToSafeHtml as renderMarkdown } from '#shared/markdown.ts';
