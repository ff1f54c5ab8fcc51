import type { Post, Prisma } from '../__generated__/prisma/client.ts';
import { BadInputError } from './errors.ts';
import type { PageRequest } from './post-query.ts';

type Tx = Prisma.TransactionClient;

/**
 * Revisions: each successful post write leaves a copy of the post's content and state as the write
 * left it (PostRevision, keyed by the post's version). Restoring one is a post write
 * (restorePostRevision in posts.ts), which records a revision of its own.
 */

/**
 * Writes the revision of a post write, in its transaction: content and state copied from `after`,
 * tags by name in the author's order, `version` = the post's version after the write, the author =
 * `actorId` (null for the scheduler). Nothing for a deletion (`after` null: the revisions go with
 * the post).
 */
export async function recordRevision(
  tx: Tx,
  change: { after: (Post & { tagNames: string[] }) | null; actorId: string | null },
): Promise<void> {
  const { after, actorId } = change;
  if (!after) return;
  await tx.postRevision.create({
    data: {
      postId: after.id,
      version: after.version,
      authorId: actorId,
      kind: after.kind,
      title: after.title,
      slug: after.slug,
      summary: after.summary,
      body: after.body,
      tags: after.tagNames,
      categoryId: after.categoryId,
      hasLab: after.hasLab,
      status: after.status,
      publishedAt: after.publishedAt,
    },
  });
}

const CURSOR_PREFIX = 'v1:';

/** Opaque cursor of a revision: base64url of "v1:" + its version (unique within its post). */
export function encodeRevisionCursor(revision: { version: number }): string {
  return Buffer.from(CURSOR_PREFIX + revision.version).toString('base64url');
}

/**
 * The version inside a cursor made by encodeRevisionCursor; `argName` names the argument in the error.
 * @throws BadInputError for anything else.
 */
export function decodeRevisionCursor(cursor: string, argName: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const digits = text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : '';
  // Versions are positive int4 values: at most 10 digits, no sign, no leading zero.
  if (!/^[1-9]\d{0,9}$/.test(digits) || Number(digits) > 2_147_483_647) {
    throw new BadInputError(`Invalid cursor in "${argName}": use a cursor from a previous page of this list.`, argName);
  }
  return Number(digits);
}

/**
 * The findMany arguments for one page of post `postId`'s revisions, newest first (version DESC:
 * versions only grow, so it is the order of the writes). Keyset on the version, so a page stays
 * right while new revisions are added in front of it.
 * @throws BadInputError when a cursor was not made by encodeRevisionCursor.
 */
export function revisionPageArgs(postId: string, page: PageRequest) {
  const version: Prisma.IntFilter = {};
  if (page.after) version.lt = decodeRevisionCursor(page.after, 'after');
  if (page.before) version.gt = decodeRevisionCursor(page.before, 'before');
  return {
    where: { postId, ...(page.after || page.before ? { version } : {}) },
    orderBy: { version: page.inverted ? 'asc' : 'desc' },
    take: page.limit,
  } satisfies Prisma.PostRevisionFindManyArgs;
}
