import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { noteForCommit } from '../db/commit-notes.ts';
import type { MarkdownRenderer } from './renderer.ts';

/** What one sweep did: rows rendered, rows stored as plain text (refused by the renderer), rows skipped (edited meanwhile). */
export interface RefreshResult {
  rendered: number;
  refused: number;
  skipped: number;
}

/**
 * Stores the current rendering for every post whose stored HTML came from an older renderer
 * version or is missing (htmlVersion 0: rows from before the HTML columns, rows written by hand;
 * or a renderer upgrade). Runs in the background at start-up (main.ts) while the gateway serves; reads of rows not
 * reached yet render them off the event loop meanwhile (stored-rendering.ts).
 *
 * Cost: one pass in (htmlVersion, id) order, `batchSize` rows per SELECT read through the
 * (htmlVersion, id) index, which also makes the usual case — nothing stale — one index probe
 * rather than a scan of every row; one render at a time, so saves never wait behind more than
 * one; one guarded UPDATE per row. A row edited meanwhile is skipped (its version moved:
 * an edit of the body stored fresh HTML itself). A body the renderer refuses (deeper than the
 * nesting rule, over the time budget) is stored as escaped plain text, logged, and not retried
 * until the renderer version changes. updatedAt is kept: the content did not change. Each UPDATE
 * runs in a transaction of its own only to carry its CDN purge key, `post:<id>` (the page and the
 * lists that show it): without it, every row would purge the whole CDN (`all`, docs/caching.md).
 * @param signal stops the sweep between rows (shutdown).
 */
export async function refreshStaleHtml(options: {
  prisma: PrismaClient;
  renderer: MarkdownRenderer;
  batchSize?: number;
  signal?: AbortSignal;
  onRefused?: (post: { id: string; slug: string }, reason: string) => void;
}): Promise<RefreshResult> {
  const { prisma, renderer, batchSize = 50, signal } = options;
  const result: RefreshResult = { rendered: 0, refused: 0, skipped: 0 };
  let after: { htmlVersion: number; id: string } | undefined;
  while (!signal?.aborted) {
    const rows = await prisma.post.findMany({
      where: {
        htmlVersion: { lt: MARKDOWN_RENDERER_VERSION },
        ...(after && { OR: [{ htmlVersion: { gt: after.htmlVersion } }, { htmlVersion: after.htmlVersion, id: { gt: after.id } }] }),
      },
      select: { id: true, slug: true, body: true, version: true, updatedAt: true, htmlVersion: true },
      orderBy: [{ htmlVersion: 'asc' }, { id: 'asc' }],
      take: batchSize,
    });
    for (const row of rows) {
      if (signal?.aborted) break;
      const { refused, html, htmlVersion, readingTimeMinutes } = await renderer.renderOrFallback(row.body);
      const { count } = await prisma.$transaction((tx) => {
        noteForCommit([`post:${row.id}`]);
        return tx.post.updateMany({
          where: { id: row.id, version: row.version },
          data: { html, htmlVersion, readingTimeMinutes, updatedAt: row.updatedAt },
        });
      });
      if (count === 0) result.skipped += 1;
      else if (refused) {
        result.refused += 1;
        options.onRefused?.({ id: row.id, slug: row.slug }, refused.message);
      } else result.rendered += 1;
    }
    if (rows.length < batchSize) break;
    const last = rows[rows.length - 1]!;
    after = { htmlVersion: last.htmlVersion, id: last.id };
  }
  return result;
}
