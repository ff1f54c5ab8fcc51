import type { Post, Prisma } from '../__generated__/prisma/client.ts';
import { recordRedirects } from './redirects.ts';
import { recordRevision } from './revisions.ts';
import { enqueuePostEvents } from './webhook-outbox.ts';

type Tx = Prisma.TransactionClient;

/** A post row as a write left it, with its tag names in the author's order. */
export type PostSnapshot = Post & { tagNames: string[] };

/**
 * What a successful post write did:
 * - `created`, `updated`, `restored`: content changed (restored = content copied from a revision);
 * - `published`: now PUBLISHED (by an editor, or by the scheduler when `actorId` is null);
 * - `scheduled`: now SCHEDULED for `after.publishedAt`;
 * - `unpublished`: back to DRAFT (from PUBLISHED or SCHEDULED);
 * - `deleted`: gone (`after` is null).
 */
export type PostChangeKind = 'created' | 'updated' | 'restored' | 'published' | 'scheduled' | 'unpublished' | 'deleted';

export interface PostChange {
  kind: PostChangeKind;
  /** The post before the write; null for `created`. */
  before: PostSnapshot | null;
  /** The post after the write; null for `deleted`. */
  after: PostSnapshot | null;
  /** The editor who made it; null for the scheduler. */
  actorId: string | null;
}

/** The post `id` with its tag names, as transaction `tx` sees it; null when absent. */
export async function postSnapshot(tx: Tx, id: string): Promise<PostSnapshot | null> {
  const row = await tx.post.findUnique({
    where: { id },
    include: { tags: { orderBy: { position: 'asc' }, select: { tag: { select: { name: true } } } } },
  });
  if (!row) return null;
  const { tags, ...post } = row;
  return { ...post, tagNames: tags.map((t) => t.tag.name) };
}

/**
 * Everything a post write brings with it, in the write's own transaction so that either all of it
 * is committed or none: the revision, redirects from earlier public paths, and the webhook
 * deliveries (outbox). Every post write calls it once, after its last change to the post.
 */
export async function recordPostChange(tx: Tx, change: PostChange): Promise<void> {
  await recordRevision(tx, change);
  await recordRedirects(tx, change);
  await enqueuePostEvents(tx, change);
}
