// Small helpers shared by the read-path API tests (tests/api/{home-feed,pagination,visibility,
// statement-count}.test.ts). No expected values live here: each test file states its own facts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { markdownToSafeHtml } from '#shared/markdown.ts';
import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import { graphql } from '../__generated__/index.ts';

/** The full home page in one request: every section, with nested category/tags/isFavorite/totalCount. */
export const HOME_FEED_CARD = graphql(`
  fragment HomeFeedCard on Post { id slug title kind publishedAt hasLab isFavorite category { name } tags { slug } }
`);
export const HOME_FEED = graphql(`
  query HomeFeed {
    site { title }
    homeFeed {
      shorts { totalCount edges { cursor node { ...HomeFeedCard } } }
      notes { totalCount edges { cursor node { ...HomeFeedCard } } }
      categories { slug name postCount }
      favorites { ...HomeFeedCard }
    }
  }
`);

/** The calendar date (YYYY-MM-DD) of an ISO instant in UTC, the site's time zone. */
export const utcDay = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);

/** A Relay global id as the gateway makes them ("Post:<uuid>", base64). */
export const globalId = (typename: 'Post' | 'Category' | 'Tag', id: string): string => encodeGlobalID(typename, id);

/** The nodes of a connection (edges[].node). */
export const nodesOf = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((edge) => edge.node);

/**
 * A minimal published post row for bulk inserts (createMany); `n` keeps slugs unique. Its HTML
 * is stored with it, as a save stores it (rendered here in the test's thread: one short sentence).
 */
export function bulkPost(n: number, options: { categoryId?: string | null; publishedAt: Date; kind?: 'NOTE' | 'SHORT' }) {
  return {
    slug: `bulk-post-${n}`,
    kind: options.kind ?? 'NOTE',
    title: `Bulk post ${n}`,
    summary: `Summary ${n}`,
    body: `Body of bulk post ${n}.`,
    html: markdownToSafeHtml(`Body of bulk post ${n}.`),
    htmlVersion: MARKDOWN_RENDERER_VERSION,
    readingTimeMinutes: 1,
    categoryId: options.categoryId ?? null,
    status: 'PUBLISHED' as const,
    publishedAt: options.publishedAt,
  };
}
