import { limits } from '#shared/limits.ts';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client.ts';
import { ConflictError, FieldError, NotFoundError, ValidationError } from './errors.ts';
import { noteForCommit } from '../db/commit-notes.ts';
import { ensureSite } from './site.ts';
import { enqueueFavoritesChanged, publicFavoriteIds } from './webhook-outbox.ts';
import { visiblePostWhere, type Reader } from './visibility.ts';

type Tx = Prisma.TransactionClient;

/**
 * Compare-and-swap on Site.favoritesRevision: bumps it only if it still equals `expected`
 * (null = any). The row lock the UPDATE takes serialises concurrent list changes until commit;
 * a waiting writer re-checks the revision afterwards and gets ConflictError.
 * @returns the new revision. @throws ConflictError carrying the current revision.
 */
async function bumpRevision(tx: Tx, expected: number | null | undefined): Promise<number> {
  await ensureSite(tx);
  const where = expected == null ? { id: 1 } : { id: 1, favoritesRevision: expected };
  const { count } = await tx.site.updateMany({ where, data: { favoritesRevision: { increment: 1 } } });
  const { favoritesRevision } = await tx.site.findUniqueOrThrow({ where: { id: 1 }, select: { favoritesRevision: true } });
  if (count === 0) {
    throw new ConflictError(
      `The favorites list changed meanwhile (revision ${favoritesRevision}, you had ${expected}). Reload it and try again.`,
      favoritesRevision,
    );
  }
  return favoritesRevision;
}

/** The favorites' post ids in order, as this transaction sees them. */
async function orderedPostIds(tx: Tx): Promise<string[]> {
  return (await tx.favorite.findMany({ orderBy: { position: 'asc' }, select: { postId: true } })).map((f) => f.postId);
}

/**
 * What a change returns: the new revision and the list as this change left it (post ids in
 * order, read or known inside the transaction), so the answer shows this write's own result even
 * when a later writer commits before the payload is resolved.
 */
export interface FavoritesResult {
  revision: number;
  postIds: string[];
}

/**
 * The favorites `reader` may see, in the author's order, each post loaded with `query` (the
 * Prisma selection planned for the client's fields: spread into the post lookup). One statement
 * for the list, plus Prisma's for nested relations.
 */
export async function favoritePosts<Q extends object>(prisma: PrismaClient, options: { reader: Reader; query: Q }) {
  const favorites = await prisma.favorite.findMany({
    where: { post: visiblePostWhere(options.reader) },
    orderBy: { position: 'asc' },
    include: { post: options.query as {} },
  });
  return favorites.map((f) => f.post);
}

/**
 * The posts `ids` that `reader` may see, in that order (missing and hidden ones left out), loaded
 * with `query` as in {@link favoritePosts}: one statement for the posts, plus Prisma's for
 * nested relations.
 */
export async function postsInOrder<Q extends object>(prisma: PrismaClient, options: { reader: Reader; query: Q; ids: string[] }) {
  if (!options.ids.length) return [];
  const posts = await prisma.post.findMany({
    ...(options.query as {}),
    where: { AND: [{ id: { in: options.ids } }, visiblePostWhere(options.reader)] },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  return options.ids.flatMap((id) => byId.get(id) ?? []);
}

/** Thrown inside addFavorite's transaction to roll back its revision bump: the post was added meanwhile. */
class AlreadyFavorite extends Error {}

/** Appends `postId` (any status) to the end of the list; already there → no change. */
export async function addFavorite(
  prisma: PrismaClient,
  args: { postId: string; expectedRevision?: number | null },
): Promise<FavoritesResult> {
  try {
    return await appendFavorite(prisma, args);
  } catch (error) {
    if (!(error instanceof AlreadyFavorite)) throw error;
    // Another writer added the same post between our read and our insert: the list already is
    // what was asked, so answer as for a post that was there all along.
    return prisma.$transaction(async (tx) => ({ revision: await currentRevision(tx), postIds: await orderedPostIds(tx) }));
  }
}

async function currentRevision(tx: Tx): Promise<number> {
  await ensureSite(tx);
  return (await tx.site.findUniqueOrThrow({ where: { id: 1 }, select: { favoritesRevision: true } })).favoritesRevision;
}

async function appendFavorite(prisma: PrismaClient, args: { postId: string; expectedRevision?: number | null }): Promise<FavoritesResult> {
  return prisma.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: args.postId }, select: { id: true, favorite: true } });
    if (!post) throw new NotFoundError('Post', args.postId);
    if (post.favorite) {
      // Already there: nothing changes, so no revision bump and no conflict to report.
      return { revision: await currentRevision(tx), postIds: await orderedPostIds(tx) };
    }
    const revision = await bumpRevision(tx, args.expectedRevision);
    // reorderFavorites sends the whole list, which the API caps at limits.favoritesMax items.
    if ((await tx.favorite.count()) >= limits.favoritesMax) {
      throw ValidationError.field(['postId'], `The favorites list holds at most ${limits.favoritesMax} posts: remove one first.`);
    }
    const publicBefore = await publicFavoriteIds(tx);
    const last = await tx.favorite.aggregate({ _max: { position: true } });
    // ON CONFLICT DO NOTHING: a concurrent add of the same post committed after our read above
    // (the revision bump waited for it); nothing to add then.
    const { count } = await tx.favorite.createMany({
      data: [{ postId: post.id, position: (last._max.position ?? -1) + 1 }],
      skipDuplicates: true,
    });
    if (count === 0) throw new AlreadyFavorite();
    noteForCommit(['favorites', `post:${post.id}`]); // the post's isFavorite too
    await enqueueFavoritesChanged(tx, publicBefore);
    return { revision, postIds: await orderedPostIds(tx) };
  });
}

/** Removes `postId` from the list. @throws NotFoundError when it is not a favorite. */
export async function removeFavorite(
  prisma: PrismaClient,
  args: { postId: string; expectedRevision?: number | null },
): Promise<FavoritesResult> {
  return prisma.$transaction(async (tx) => {
    const revision = await bumpRevision(tx, args.expectedRevision);
    const publicBefore = await publicFavoriteIds(tx);
    const { count } = await tx.favorite.deleteMany({ where: { postId: args.postId } });
    if (count === 0) throw new NotFoundError('Favorite', args.postId);
    noteForCommit(['favorites', `post:${args.postId}`]);
    await enqueueFavoritesChanged(tx, publicBefore);
    return { revision, postIds: await orderedPostIds(tx) };
  });
}

/**
 * Sets the whole order at once. @throws ValidationError unless `postIds` is a permutation of the
 * current favorites; ConflictError when `expectedRevision` is stale. Either way nothing changes.
 */
export async function reorderFavorites(
  prisma: PrismaClient,
  args: { postIds: string[]; expectedRevision: number },
): Promise<FavoritesResult> {
  return prisma.$transaction(async (tx) => {
    const revision = await bumpRevision(tx, args.expectedRevision);
    const publicBefore = await publicFavoriteIds(tx);
    const current = await tx.favorite.findMany({ select: { postId: true } });
    const currentIds = new Set(current.map((f) => f.postId));
    const given = new Set(args.postIds);
    const problems: FieldError[] = [];
    if (given.size !== args.postIds.length) problems.push(new FieldError(['postIds'], 'A post appears more than once.'));
    args.postIds.forEach((id, i) => {
      if (!currentIds.has(id)) problems.push(new FieldError(['postIds', String(i)], 'This post is not a favorite.'));
    });
    if (given.size === args.postIds.length && args.postIds.length < currentIds.size) {
      problems.push(
        new FieldError(['postIds'], `List all ${currentIds.size} favorites; ${currentIds.size - args.postIds.length} are missing.`),
      );
    }
    if (problems.length) throw new ValidationError(problems);
    // One statement for the whole order: positions are the array's ordinality, 0-based.
    await tx.$executeRaw`
      UPDATE "Favorite" AS f SET "position" = v.ord - 1
      FROM unnest(${args.postIds}::text[]) WITH ORDINALITY AS v(id, ord)
      WHERE f."postId" = v.id`;
    noteForCommit(['favorites']);
    await enqueueFavoritesChanged(tx, publicBefore);
    return { revision, postIds: args.postIds }; // validated above: exactly the list, in its new order
  });
}
