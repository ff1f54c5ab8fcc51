import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.ts';
import { PostKind, PostStatus } from '../__generated__/prisma/enums.ts';
import { currentRendering, storedRenderingSelect } from '../content/stored-rendering.ts';
import { postListWhere, resolvePostConnection, type ConnectionArgs } from '../domain/post-query.ts';
import type { GatewayContext } from '../context.ts';
import type { Prisma } from '../__generated__/prisma/client.ts';
import type { GraphQLResolveInfo } from 'graphql';

export const PostKindEnum = builder.enumType(PostKind, {
  name: 'PostKind',
  description: 'NOTE = a long read; SHORT = a short.',
});
export const PostStatusEnum = builder.enumType(PostStatus, { name: 'PostStatus' });

/** Anonymous callers reach published posts only, whatever the path (DESIGN.md). */
export function visiblePostWhere(ctx: GatewayContext): Prisma.PostWhereInput {
  return ctx.viewer ? {} : { status: 'PUBLISHED' };
}

export const Post = builder.prismaNode('Post', {
  // node(id)/nodes(ids) answer null for an unknown id (or a draft hidden from you), not an error.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, ctx) => ({ id, ...visiblePostWhere(ctx) }) as Prisma.PostWhereUniqueInput,
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

export const PostConnection = builder.connectionObject(
  {
    type: Post,
    name: 'PostConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'All posts matching the filter (not just this page).',
        resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  },
  { name: 'PostEdge' },
);

export const PostFilter = builder.inputType('PostFilter', {
  fields: (t) => ({
    kind: t.field({ type: PostKindEnum }),
    categorySlug: t.string(),
    tagSlug: t.string(),
    status: t.field({ type: PostStatusEnum, description: 'Default PUBLISHED. DRAFT is for editors.' }),
    includeDrafts: t.boolean({ description: 'Editors only: list drafts (first) and published posts together.' }),
    search: t.string({
      description: 'Case-insensitive substring of the title; trimmed, ignored when empty, at most 200 characters.',
    }),
  }),
});

/**
 * Resolves a PostConnection for `where`, folding the client's selection of each node into one
 * SQL statement (relationJoins) plus one COUNT when totalCount is selected.
 */
export function postConnection(options: {
  ctx: GatewayContext;
  info: GraphQLResolveInfo;
  args: ConnectionArgs;
  where: Prisma.PostWhereInput;
}) {
  const { ctx, info, args, where } = options;
  const query = queryFromInfo({ context: ctx, info, typeName: 'Post', path: ['edges', 'node'] });
  return resolvePostConnection({
    args,
    where,
    findMany: (page) => ctx.prisma.post.findMany({ ...query, ...page }),
    count: (countWhere) => ctx.prisma.post.count({ where: countWhere }),
  });
}

builder.queryFields((t) => ({
  post: t.prismaField({
    type: 'Post',
    nullable: true,
    description: 'A post by slug; null when there is none (or it is a draft and you are not an editor).',
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.prisma.post.findFirst({ ...query, where: { slug, ...visiblePostWhere(ctx) } }),
  }),
  posts: t.connection(
    {
      type: Post,
      description: 'Posts, newest first (publishedAt, then id). Published only unless an editor asks for drafts.',
      args: { filter: t.arg({ type: PostFilter }) },
      resolve: (_root, args, ctx, info) =>
        postConnection({ ctx, info, args, where: postListWhere(args.filter, ctx) }) as never,
    },
    PostConnection,
  ),
}));
