import { builder } from '../builder.ts';
import { ALL_KINDS_COUNT, allKindsCount } from '../domain/published-counts.ts';
import { Post } from './post.ts';
import { PostConnection, resolvePostConnection } from './post-connection.ts';

export const Category = builder.prismaNode('Category', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    position: t.exposeInt('position', { description: 'Display order, 0-based.' }),
    postCount: t.int({
      description: 'Published posts in the category.',
      select: { publishedCounts: ALL_KINDS_COUNT },
      resolve: (category) => allKindsCount(category.publishedCounts),
    }),
    posts: t.connection(
      {
        type: Post,
        description: "The category's published posts, newest first.",
        select: { slug: true },
        resolve: (category, args, ctx, info) => resolvePostConnection({ ctx, info, args, filter: { categorySlug: category.slug } }),
      },
      PostConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  categories: t.prismaField({
    type: ['Category'],
    description: 'All categories in display order.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.category.findMany({ ...query, orderBy: { position: 'asc' } }),
  }),
  category: t.prismaField({
    type: 'Category',
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.category.findUnique({ ...query, where: { slug } }),
  }),
}));
