import type { Post, Prisma } from '../__generated__/prisma/client.ts';
import { noteForCommit } from '../db/commit-notes.ts';
import { recordRedirects } from './redirects.ts';
import { recordRevision } from './revisions.ts';
import { postChangeKeys } from './cdn-keys.ts';
import { isPublicPost } from './visibility.ts';
import { enqueuePostEvents } from './webhook-outbox.ts';

type Tx = Prisma.TransactionClient;

/** A post row as a write left it, with its tags' names and ids in the author's order. */
export type PostSnapshot = Post & { tagNames: string[]; tagIds: string[] };

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

/** The tags of a post row, in the author's order: what a snapshot reads with the row (ids for the CDN purge keys). */
const withTagNames = { tags: { orderBy: { position: 'asc' }, select: { tag: { select: { id: true, name: true } } } } } as const;

function toSnapshot(row: Post & { tags: { tag: { id: string; name: string } }[] }): PostSnapshot {
  const { tags, ...post } = row;
  return { ...post, tagNames: tags.map((t) => t.tag.name), tagIds: tags.map((t) => t.tag.id) };
}

/** The post `id` with its tag names, as transaction `tx` sees it; null when absent. */
export async function postSnapshot(tx: Tx, id: string): Promise<PostSnapshot | null> {
  const row = await tx.post.findUnique({ where: { id }, include: withTagNames });
  return row && toSnapshot(row);
}

/** The posts `ids` with their tag names, as `tx` sees them, by id (missing ones left out). Two statements. */
export async function postSnapshots(tx: Tx, ids: readonly string[]): Promise<Map<string, PostSnapshot>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.post.findMany({ where: { id: { in: [...ids] } }, include: withTagNames });
  return new Map(rows.map((row) => [row.id, toSnapshot(row)]));
}

/**
 * Records `kind` for each of the posts `ids` that a bulk write (a category or tag deleted) changed:
 * `before` was read before the write; each post's state now is read here. Per post: one revision,
 * plus its webhook deliveries when it is public.
 */
export async function recordPostChanges(
  tx: Tx,
  args: { kind: PostChangeKind; before: Map<string, PostSnapshot>; actorId: string | null },
): Promise<void> {
  const after = await postSnapshots(tx, [...args.before.keys()]);
  for (const [id, before] of args.before) {
    const now = after.get(id);
    if (now) await recordPostChange(tx, { kind: args.kind, before, after: now, actorId: args.actorId });
  }
}

/**
 * Everything a post write brings with it, in the write's own transaction so that either all of it
 * is committed or none: the revision, redirects from earlier public paths, the webhook
 * deliveries (outbox), and the CDN keys to purge once it commits (cache/cdn.ts's postChangeKeys).
 * Every post write calls it once, after its last change to the post.
 */
export async function recordPostChange(tx: Tx, change: PostChange): Promise<void> {
  noteForCommit(postChangeKeys(change.before, change.after, isPublicPost));
  await recordRevision(tx, change);
  await recordRedirects(tx, change);
  await enqueuePostEvents(tx, change);
}
