import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { addFavorite, removeFavorite, reorderFavorites, type FavoritesResult } from '../domain/favorites.ts';
import { decodeNodeId } from './node-id.ts';
import { visiblePostWhere } from './post.ts';
import type { GatewayContext } from '../context.ts';

/** The favorites (visible to the caller) in the author's order, with `query`'s nested selection. */
export async function favoritePosts<Q extends object>(ctx: GatewayContext, query: Q) {
  const favorites = await ctx.prisma.favorite.findMany({
    where: { post: visiblePostWhere(ctx) },
    orderBy: { position: 'asc' },
    include: { post: query as {} },
  });
  return favorites.map((f) => f.post);
}

/**
 * The posts `ids` (visible to the caller) in that order, with `query`'s nested selection: one
 * statement for the posts, plus Prisma's for nested relations.
 */
async function postsInOrder<Q extends object>(ctx: GatewayContext, query: Q, ids: string[]) {
  if (!ids.length) return [];
  const posts = await ctx.prisma.post.findMany({ ...(query as {}), where: { AND: [{ id: { in: ids } }, visiblePostWhere(ctx)] } });
  const byId = new Map(posts.map((p) => [p.id, p]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The favorites list after a change, with the revision to pass to the next change. */
export const FavoritesPayload = builder.objectRef<FavoritesResult>('FavoritesPayload').implement({
  fields: (t) => ({ revision: t.exposeInt('revision') }),
});
builder.objectField(FavoritesPayload, 'favorites', (t) =>
  t.prismaField({
    type: ['Post'],
    description: "The whole list in the author's order, as this change left it (a later change may already have replaced it).",
    resolve: (query, payload, _args, ctx) => postsInOrder(ctx, query, payload.postIds),
  }),
);

builder.queryFields((t) => ({
  favorites: t.prismaField({
    type: ['Post'],
    description: "The author's curated Favorites, in the author's order (published posts only for anonymous callers).",
    resolve: (query, _root, _args, ctx) => favoritePosts(ctx, query),
  }),
  favoritesRevision: t.int({
    description: 'Bumped by every change to the favorites list; reorderFavorites takes it as expectedRevision.',
    resolve: async (_root, _args, ctx) =>
      (await ctx.prisma.site.findUnique({ where: { id: 1 }, select: { favoritesRevision: true } }))?.favoritesRevision ?? 0,
  }),
}));

const editor = { authScopes: { editor: true } } as const;
const errors = { types: [ValidationError, NotFoundError, ConflictError], directResult: true };

builder.mutationFields((t) => ({
  addFavorite: t.field({
    ...editor,
    type: FavoritesPayload,
    description: 'Appends a post to the end of the favorites list (a no-op if it is already there).',
    errors,
    args: { postId: t.arg.id({ required: true }), expectedRevision: t.arg.int() },
    resolve: (_root, args, ctx) =>
      addFavorite(ctx.prisma, { postId: decodeNodeId(args.postId, 'Post', ['postId']), expectedRevision: args.expectedRevision }),
  }),
  removeFavorite: t.field({
    ...editor,
    type: FavoritesPayload,
    errors,
    args: { postId: t.arg.id({ required: true }), expectedRevision: t.arg.int() },
    resolve: (_root, args, ctx) =>
      removeFavorite(ctx.prisma, { postId: decodeNodeId(args.postId, 'Post', ['postId']), expectedRevision: args.expectedRevision }),
  }),
  reorderFavorites: t.field({
    ...editor,
    type: FavoritesPayload,
    description:
      'Sets the whole order in one transaction. postIds must be a permutation of the current favorites; expectedRevision must be current, else ConflictError and nothing changes.',
    errors,
    args: { postIds: t.arg.idList({ required: true, extensions: { maxItems: limits.favoritesMax } }), expectedRevision: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) =>
      reorderFavorites(ctx.prisma, {
        postIds: args.postIds.map((id, i) => decodeNodeId(String(id), 'Post', ['postIds', String(i)])),
        expectedRevision: args.expectedRevision,
      }),
  }),
}));
