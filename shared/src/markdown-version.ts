// Its own module, apart from the pipeline in markdown.ts: the gateway's main thread compares
// stored rows against this number but never renders, and importing markdown.ts would load
// unified/remark/rehype there too (~20 MB resident; the render threads load them).

/**
 * Version of what `markdownToSafeHtml` (./markdown.ts) produces. The gateway stores it beside each
 * post's rendered HTML and re-renders rows with an older one, so bump it whenever the output
 * changes: a plugin or option of the pipeline, or an upgrade of remark/rehype packages that
 * renders differently (server/src/content/renderer-version.test.ts fails then, with a hash of
 * sample output).
 */
export const MARKDOWN_RENDERER_VERSION = 1;
