import { pathOf, postPath } from '#shared/paths.ts';
import type { Prisma } from '../__generated__/prisma/client.ts';

type Tx = Prisma.TransactionClient;

/**
 * Permanent addresses: a page's earlier public path keeps answering (Query.route, domain/routes.ts)
 * with a redirect to its current one. Stored as PathRedirect rows keyed by the old path; the row
 * names the entity, not a path, so a chain of renames collapses to one hop to wherever the entity
 * is now.
 */

/** The entity an old path now belongs to: exactly one of the three. */
type Owner = { postId: string } | { categoryId: string } | { tagId: string };

/**
 * Makes `path` redirect to `owner`; a row for the same path (an earlier owner's) is replaced, so a
 * path never leads to two places.
 */
async function saveRedirect(tx: Tx, path: string, owner: Owner): Promise<void> {
  const data = { postId: null, categoryId: null, tagId: null, ...owner };
  await tx.pathRedirect.upsert({ where: { path }, create: { path, ...data }, update: { ...data, createdAt: new Date() } });
}

/**
 * The redirect a post write leaves, in its transaction: when the post had a public path before the
 * write (it was PUBLISHED) and its slug differs after it (an update or a restore), the old path now
 * leads to the post. Drafts and scheduled posts never had a public address, so renaming them
 * leaves nothing; a deleted post's rows go with it (foreign key).
 */
export async function recordRedirects(
  tx: Tx,
  change: { before: { id: string; slug: string; status: string } | null; after: { slug: string } | null },
): Promise<void> {
  const { before, after } = change;
  const oldPath = before && postPath(before);
  if (!oldPath || !after || after.slug === before.slug) return;
  await saveRedirect(tx, oldPath, { postId: before.id });
}

/**
 * The redirect a category or tag rename leaves, in its transaction: "/category/<old>" or
 * "/tag/<old>" now leads to it. Nothing when the slug did not change.
 */
export async function recordTaxonomyRedirect(
  tx: Tx,
  change: { kind: 'category' | 'tag'; id: string; oldSlug: string; newSlug: string },
): Promise<void> {
  if (change.oldSlug === change.newSlug) return;
  const owner = change.kind === 'category' ? { categoryId: change.id } : { tagId: change.id };
  await saveRedirect(tx, pathOf(change.kind, change.oldSlug), owner);
}
