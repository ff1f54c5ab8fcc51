import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveCursorConnection, type PageInfoShape } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import {
  checkPageSize,
  encodePostCursor,
  postListWhere,
  postPageArgs,
  type ConnectionArgs,
  type PostListFilter,
} from '../domain/post-query.ts';
import { countPostList } from '../domain/published-counts.ts';
import { Post, PostKindEnum, PostStatusEnum } from './post.ts';

/** A post as the schema's Post type holds it (Pothos's Prisma shape of the model). */
type PostRow = typeof Post.$inferType;

/** The columns a page's cursors are made of (encodePostCursor). */
const SORT_KEY = { id: true, publishedAt: true } as const;
type PagedPost = PostRow & { id: string; publishedAt: Date | null };

/** What {@link resolvePostConnection} returns: the shape PostConnection resolves from. */
export interface PostConnectionShape {
  edges: readonly { cursor: string; node: PostRow }[];
  pageInfo: PageInfoShape;
  /** All posts matching the filter, whatever the page; one statement when called (a counter, or a COUNT). */
  totalCount: () => Promise<number>;
}

export const PostConnection = builder.connectionObject(
  {
    type: Post,
    name: 'PostConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'All posts matching the filter (not just this page).',
        resolve: (connection) => connection.totalCount(),
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
    status: t.field({ type: PostStatusEnum, description: 'Default PUBLISHED. DRAFT and SCHEDULED are for editors.' }),
    includeDrafts: t.boolean({ description: 'Editors only: list drafts (first) and published posts together.' }),
    search: t.string({
      description: 'Case-insensitive substring of the title; trimmed, ignored when empty, at most 200 characters.',
    }),
  }),
});

/**
 * The one resolver of every post list (`posts`, `Category.posts`, `Tag.posts`, the home feed's
 * sections): the posts matching `filter` that the caller may see (domain/post-query.ts and its
 * visibility policy), newest first with keyset cursors. The client's selection of each node is
 * folded into one SQL statement per page (relationJoins); `totalCount` runs one statement, and only
 * when selected: a published-post counter for the public shapes, a COUNT otherwise
 * (domain/published-counts.ts).
 * @throws ForbiddenError (drafts asked for anonymously), BadInputError (page size, cursor, search);
 *   the error mapper makes them FORBIDDEN / BAD_USER_INPUT.
 */
export async function resolvePostConnection(options: {
  ctx: GatewayContext;
  info: GraphQLResolveInfo;
  args: ConnectionArgs;
  filter: PostListFilter | null | undefined;
}): Promise<PostConnectionShape> {
  const { ctx, info, args } = options;
  const planned = queryFromInfo({ context: ctx, info, typeName: 'Post', path: ['edges', 'node'] });
  // Post loads only the columns its fields select; the cursor needs the sort key as well.
  const query = { select: { ...('select' in planned ? planned.select : {}), ...SORT_KEY } };
  const where = postListWhere(options.filter, ctx.viewer);
  checkPageSize(args);
  const connection = await resolveCursorConnection<Promise<PagedPost[]>>(
    { args, toCursor: encodePostCursor, defaultSize: limits.pageSizeDefault, maxSize: limits.pageSizeMax },
    (page): Promise<PagedPost[]> => ctx.prisma.post.findMany({ ...query, ...postPageArgs(where, page) }),
  );
  return { ...connection, totalCount: () => countPostList(ctx.prisma, options.filter, ctx.viewer) };
}

builder.queryField('posts', (t) =>
  t.connection(
    {
      type: Post,
      description: 'Posts, newest first (publishedAt, then id). Published only unless an editor asks for drafts.',
      args: { filter: t.arg({ type: PostFilter }) },
      resolve: (_root, args, ctx, info) => resolvePostConnection({ ctx, info, args, filter: args.filter }),
    },
    PostConnection,
  ),
);
