import { builder } from '../builder.ts';
import { PostKind, PostStatus } from '../__generated__/prisma/enums.ts';
import { currentRendering, storedRenderingSelect } from '../content/stored-rendering.ts';
import { visiblePostById, visiblePostWhere } from '../domain/visibility.ts';

export const PostKindEnum = builder.enumType(PostKind, {
  name: 'PostKind',
  description: 'NOTE = a long read; SHORT = a short.',
});
export const PostStatusEnum = builder.enumType(PostStatus, { name: 'PostStatus' });

export const Post = builder.prismaNode('Post', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  // Only the columns the client's fields need: every field declares them (expose, `select`). With
  // every column loaded, the home feed's favorites (~370 posts at 100,000) built their body and
  // HTML into JSON: 170-215 ms of a 3 ms statement on PostgreSQL 15.
  select: {},
  findUnique: (id, ctx) => visiblePostById(id, ctx.viewer),
  fields: (t) => ({
    slug: t.exposeString('slug'),
    kind: t.expose('kind', { type: PostKindEnum }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    body: t.exposeString('body', { description: 'Markdown source.' }),
    // Both rendered once when the body is saved and stored; a read returns the stored columns.
    html: t.string({
      description:
        'The body rendered from Markdown (GFM) and sanitized (rehype-sanitize, GitHub allow-list); rendered when the body is saved. A body the renderer could not handle (from before its limits) is shown as plain text in <pre>.',
      select: storedRenderingSelect,
      resolve: async (post, _args, ctx) => (await currentRendering(post, { ...ctx, request: ctx })).html,
    }),
    readingTimeMinutes: t.int({
      description: 'Whole minutes to read the body at 200 words a minute, at least 1.',
      select: storedRenderingSelect,
      resolve: async (post, _args, ctx) => (await currentRendering(post, { ...ctx, request: ctx })).readingTimeMinutes,
    }),
    category: t.relation('category', { nullable: true, description: 'null for shorts.' }),
    hasLab: t.exposeBoolean('hasLab', { description: 'The post carries an interactive lab ("Lab inside").' }),
    status: t.expose('status', { type: PostStatusEnum }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: 'null while a draft.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', { description: 'Bumped by every write; pass it back as expectedVersion.' }),
    isFavorite: t.boolean({
      select: { favorite: { select: { postId: true } } },
      resolve: (post) => post.favorite !== null,
    }),
  }),
});

builder.queryFields((t) => ({
  post: t.prismaField({
    type: 'Post',
    nullable: true,
    description: 'A post by slug; null when there is none (or it is a draft and you are not an editor).',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.post.findFirst({ ...query, where: { slug, ...visiblePostWhere(ctx.viewer) } }),
  }),
}));
