import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { ALL_KINDS_COUNT, allKindsCount } from '../domain/published-counts.ts';
import { visibleTagById, visibleTagWhere } from '../domain/visibility.ts';
import { Post } from './post.ts';
import { PostConnection, resolvePostConnection } from './post-connection.ts';

export const Tag = builder.prismaNode('Tag', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, ctx) => visibleTagById(id, ctx.viewer),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    postCount: t.int({
      description: 'Published posts with this tag.',
      select: { publishedCounts: ALL_KINDS_COUNT },
      resolve: (tag) => allKindsCount(tag.publishedCounts),
    }),
    posts: t.connection(
      {
        type: Post,
        description: 'Published posts with this tag, newest first.',
        select: { slug: true },
        resolve: (tag, args, ctx, info) => resolvePostConnection({ ctx, info, args, filter: { tagSlug: tag.slug } }),
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
    // The tags are loaded with the client's selection on them (counts and connections included):
    // no second load per tag, and no reload through Tag's node lookup, which hides a tag no
    // published post carries from anonymous callers — a preview shows such a tag.
    select: (_args, _ctx, nestedSelection) => ({ tags: { orderBy: { position: 'asc' }, select: { tag: nestedSelection(true) } } }),
    resolve: (post) => post.tags.map((postTag) => postTag.tag),
  }),
);

builder.queryFields((t) => ({
  tags: t.prismaField({
    type: ['Tag'],
    description: 'Tags by name: for anonymous callers those on published posts, for editors all.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.tag.findMany({ ...query, where: visibleTagWhere(ctx.viewer), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
  tag: t.prismaField({
    type: 'Tag',
    nullable: true,
    description: 'A tag by slug; null when there is none (or, for anonymous callers, no published post has it).',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.tag.findFirst({ ...query, where: { slug, ...visibleTagWhere(ctx.viewer) } }),
  }),
}));
