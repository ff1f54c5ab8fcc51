import { builder } from '../builder.ts';
import { favoritePosts } from '../domain/favorites.ts';
import { PostConnection, resolvePostConnection } from './post-connection.ts';

/** The blog's home page in one query: each section as the page shows it (seed README). */
const HomeFeed = builder.objectRef<object>('HomeFeed').implement({
  description: "The home page's sections.",
});

builder.objectFields(HomeFeed, (t) => {
  // shorts and notes are the same section over a different kind.
  const newest = (kind: 'SHORT' | 'NOTE', description: string) =>
    t.field({
      type: PostConnection,
      description,
      args: { first: t.arg.int({ defaultValue: 4 }) },
      resolve: (_feed, { first }, ctx, info) => resolvePostConnection({ ctx, info, args: { first }, filter: { kind } }),
    });
  return {
    shorts: newest('SHORT', 'The newest published shorts.'),
    notes: newest('NOTE', 'The newest published long reads.'),
    categories: t.prismaField({
      type: ['Category'],
      description: 'Categories in display order, with counts.',
      resolve: (query, _feed, _args, ctx) => ctx.prisma.category.findMany({ ...query, orderBy: { position: 'asc' } }),
    }),
    favorites: t.prismaField({
      type: ['Post'],
      description: "The author's favorites, in the author's order.",
      resolve: (query, _feed, _args, ctx) => favoritePosts(ctx.prisma, { reader: ctx.viewer, query }),
    }),
  };
});

builder.queryField('homeFeed', (t) => t.field({ type: HomeFeed, resolve: () => ({}) }));
