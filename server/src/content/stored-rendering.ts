import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import type { MarkdownRenderer } from './renderer.ts';

/** The stored rendering of a post as Post.html and Post.readingTimeMinutes select it. */
export interface StoredRendering {
  id: string;
  html: string | null;
  htmlVersion: number;
  readingTimeMinutes: number | null;
}

/** The columns to select for {@link currentRendering}. */
export const storedRenderingSelect = { id: true, html: true, htmlVersion: true, readingTimeMinutes: true } as const;

type Rendering = { html: string; readingTimeMinutes: number };

// Per request (keyed by its context object): html and readingTimeMinutes of one post share a render.
const pending = new WeakMap<object, Map<string, Promise<Rendering>>>();

async function renderStored(id: string, deps: { prisma: PrismaClient; renderer: MarkdownRenderer }): Promise<Rendering> {
  // findUnique, not findFirst: Prisma batches the findUniques of one tick into one SELECT, so the
  // stale posts of a page cost one statement, not one each.
  const row = await deps.prisma.post.findUnique({ where: { id }, select: { body: true } });
  const { html, readingTimeMinutes } = await deps.renderer.renderOrFallback(row?.body ?? '');
  return { html, readingTimeMinutes };
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
  let renders = pending.get(deps.request);
  if (!renders) {
    renders = new Map();
    pending.set(deps.request, renders);
  }
  let render = renders.get(post.id);
  if (!render) {
    render = renderStored(post.id, deps);
    renders.set(post.id, render);
  }
  return render;
}
