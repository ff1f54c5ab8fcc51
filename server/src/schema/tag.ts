import { builder } from '../builder.ts';
import { postListWhere } from '../domain/post-query.ts';
import { Post, PostConnection, postConnection } from './post.ts';

export const Tag = builder.prismaNode('Tag', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    postCount: t.relationCount('posts', {
      description: 'Published posts with this tag.',
      where: { post: { status: 'PUBLISHED' } },
    }),
    posts: t.connection(
      {
        type: Post,
        description: 'Published posts with this tag, newest first.',
        select: { slug: true },
        resolve: (tag, args, ctx, info) =>
          postConnection({ ctx, info, args, where: postListWhere({ tagSlug: tag.slug }, ctx) }) as never,
      },
      PostConnection,
    ),
  }),
});

// Defined here rather than in post.ts: Post → Tag → Post would be a circular import.
builder.prismaObjectField(Post, 'tags', (t) =>
  t.field({
    type: [Tag],
    description: "The post's tags in the author's order.",
    select: { tags: { orderBy: { position: 'asc' }, select: { tag: true } } },
    resolve: (post) => post.tags.map((postTag) => postTag.tag),
  }),
);

builder.queryFields((t) => ({
  tags: t.prismaField({
    type: ['Tag'],
    description: 'All tags, by name.',
    resolve: (query, _root, _args, ctx) => ctx.prisma.tag.findMany({ ...query, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
  tag: t.prismaField({
    type: 'Tag',
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.tag.findUnique({ ...query, where: { slug } }),
  }),
}));
