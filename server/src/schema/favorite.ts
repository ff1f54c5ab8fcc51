import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { addFavorite, favoritePosts, postsInOrder, removeFavorite, reorderFavorites, type FavoritesResult } from '../domain/favorites.ts';
import { decodeNodeId } from './node-id.ts';

/** The favorites list after a change, with the revision to pass to the next change. */
export const FavoritesPayload = builder.objectRef<FavoritesResult>('FavoritesPayload').implement({
  fields: (t) => ({ revision: t.exposeInt('revision') }),
});
builder.objectField(FavoritesPayload, 'favorites', (t) =>
  t.prismaField({
    type: ['Post'],
    description: "The whole list in the author's order, as this change left it (a later change may already have replaced it).",
    resolve: (query, payload, _args, ctx) => postsInOrder(ctx.prisma, { reader: ctx.viewer, query, ids: payload.postIds }),
  }),
);

builder.queryFields((t) => ({
  favorites: t.prismaField({
    type: ['Post'],
    description: "The author's curated Favorites, in the author's order (published posts only for anonymous callers).",
    resolve: (query, _root, _args, ctx) => favoritePosts(ctx.prisma, { reader: ctx.viewer, query }),
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
    args: {
      postIds: t.arg.idList({ required: true, extensions: { maxItems: limits.favoritesMax } }),
      expectedRevision: t.arg.int({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      reorderFavorites(ctx.prisma, {
        postIds: args.postIds.map((id, i) => decodeNodeId(String(id), 'Post', ['postIds', String(i)])),
        expectedRevision: args.expectedRevision,
      }),
  }),
}));
