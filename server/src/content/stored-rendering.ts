import DataLoader from 'dataloader';
import { MARKDOWN_RENDERER_VERSION } from '../../../shared/src/markdown.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import type { MarkdownRenderer } from './renderer.ts';

/** The stored rendering of a post as Post.html and Post.readingTimeMinutes select it. */
export interface StoredRendering {
  id: string;
  html: string | null;
  htmlVersion: number | null;
  readingTimeMinutes: number | null;
}

/** The columns to select for {@link currentRendering}. */
export const storedRenderingSelect = { id: true, html: true, htmlVersion: true, readingTimeMinutes: true } as const;

type Rendering = { html: string; readingTimeMinutes: number };

// Per request (keyed by its context object): the stale posts of one page are rendered from one
// SELECT of their bodies, and html + readingTimeMinutes of one post share a render.
const loaders = new WeakMap<object, DataLoader<string, Rendering>>();

function loaderFor(deps: { prisma: PrismaClient; renderer: MarkdownRenderer; request: object }): DataLoader<string, Rendering> {
  let loader = loaders.get(deps.request);
  if (!loader) {
    loader = new DataLoader<string, Rendering>(async (ids) => {
      const rows = await deps.prisma.post.findMany({ where: { id: { in: [...ids] } }, select: { id: true, body: true } });
      const bodies = new Map(rows.map((row) => [row.id, row.body]));
      return Promise.all(ids.map(async (id) => {
        const { html, readingTimeMinutes } = await deps.renderer.renderOrFallback(bodies.get(id) ?? '');
        return { html, readingTimeMinutes };
      }));
    });
    loaders.set(deps.request, loader);
  }
  return loader;
}

/**
 * A post's HTML and reading time. Normally the stored columns, as written with the body: nothing
 * is rendered on a read. A row rendered by an older renderer version, or never (rows from before
 * the columns existed, rows written by hand), is rendered now in the render pool — off the event
 * loop, within its time budget, a refused body as plain text — and not stored: refresh-html.ts
 * does that in the background at start-up. Such rows of one request cost one more SELECT.
 * @param deps.request any object that lives as long as the request (its GraphQL context).
 */
export async function currentRendering(
  post: StoredRendering,
  deps: { prisma: PrismaClient; renderer: MarkdownRenderer; request: object },
): Promise<Rendering> {
  if (post.html !== null && post.readingTimeMinutes !== null && post.htmlVersion === MARKDOWN_RENDERER_VERSION) {
    return { html: post.html, readingTimeMinutes: post.readingTimeMinutes };
  }
  return loaderFor(deps).load(post.id);
}
