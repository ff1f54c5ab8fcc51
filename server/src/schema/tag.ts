import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import type { Prisma } from '../__generated__/prisma/client.ts';
import { postListWhere } from '../domain/post-query.ts';
import { Post, PostConnection, postConnection } from './post.ts';

export const Tag = builder.prismaNode('Tag', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...visibleTagWhere(ctx) }) as Prisma.TagWhereUniqueInput,
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
    extensions: { maxItems: limits.tagsPerPostMax },
    select: { tags: { orderBy: { position: 'asc' }, select: { tag: true } } },
    resolve: (post) => post.tags.map((postTag) => postTag.tag),
  }),
);

/**
 * Anonymous callers see only tags that some published post carries: a tag used by drafts alone
 * would reveal an unpublished topic. Editors see every tag (the admin's autocomplete needs them).
 */
function visibleTagWhere(ctx: GatewayContext): Prisma.TagWhereInput {
  return ctx.viewer ? {} : { posts: { some: { post: { status: 'PUBLISHED' } } } };
}

builder.queryFields((t) => ({
  tags: t.prismaField({
    type: ['Tag'],
    description: 'Tags by name: for anonymous callers those on published posts, for editors all.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.tag.findMany({ ...query, where: visibleTagWhere(ctx), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
  tag: t.prismaField({
    type: 'Tag',
    nullable: true,
    description: 'A tag by slug; null when there is none (or, for anonymous callers, no published post has it).',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.tag.findFirst({ ...query, where: { slug, ...visibleTagWhere(ctx) } }),
  }),
}));
