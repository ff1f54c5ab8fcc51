import { resolveCursorConnection } from '@pothos/plugin-relay';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { ConflictError, NotFoundError, SlugTakenError, ValidationError } from '../domain/errors.ts';
import { checkPageSize } from '../domain/post-query.ts';
import { restorePostRevision } from '../domain/posts.ts';
import { encodeRevisionCursor, revisionPageArgs } from '../domain/revisions.ts';
import { visibleRevisionById } from '../domain/visibility.ts';
import { decodeNodeId } from './node-id.ts';
import { Post, PostKindEnum, PostStatusEnum } from './post.ts';

// The User model seen as who made a change: its name only (never the email).
builder.prismaObject('User', {
  name: 'Author',
  description: 'Who made a change (an editor).',
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

export const PostRevision = builder.prismaNode('PostRevision', {
  // node(id) answers null for an unknown id, and for anyone but an editor.
  nullable: true,
  id: { field: 'id' },
  findUnique: (id, ctx) => visibleRevisionById(id, ctx.viewer),
  description: 'A post as one successful write left it: its content and state then.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: "The post's version after the write." }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    author: t.relation('author', { nullable: true, description: 'null for the scheduler (and for a deleted editor).' }),
    kind: t.expose('kind', { type: PostKindEnum }),
    title: t.exposeString('title'),
    slug: t.exposeString('slug'),
    summary: t.exposeString('summary'),
    body: t.exposeString('body', { description: 'Markdown source.' }),
    tags: t.exposeStringList('tags', { description: "Tag names in the author's order.", extensions: { maxItems: limits.tagsPerPostMax } }),
    category: t.relation('category', { nullable: true, description: 'null for none, or when the category has been deleted since.' }),
    hasLab: t.exposeBoolean('hasLab'),
    status: t.expose('status', { type: PostStatusEnum }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
  }),
});

type RevisionRow = typeof PostRevision.$inferType;

const PostRevisionConnection = builder.connectionObject(
  {
    type: PostRevision,
    name: 'PostRevisionConnection',
    fields: (t) => ({
      totalCount: t.int({ description: 'All revisions of the post.', resolve: (connection) => connection.totalCount() }),
    }),
  },
  { name: 'PostRevisionEdge' },
);

builder.prismaObjectField(Post, 'revisions', (t) =>
  t.connection(
    {
      type: PostRevision,
      authScopes: { editor: true },
      description: "Editors only: the post's revisions, newest first (one per successful write).",
      select: { id: true },
      resolve: async (post, args, ctx, info) => {
        checkPageSize(args);
        const query = queryFromInfo({ context: ctx, info, typeName: 'PostRevision', path: ['edges', 'node'] });
        const connection = await resolveCursorConnection<Promise<RevisionRow[]>>(
          { args, toCursor: encodeRevisionCursor, defaultSize: limits.pageSizeDefault, maxSize: limits.pageSizeMax },
          (page): Promise<RevisionRow[]> => ctx.prisma.postRevision.findMany({ ...query, ...revisionPageArgs(post.id, page) }),
        );
        return { ...connection, totalCount: () => ctx.prisma.postRevision.count({ where: { postId: post.id } }) };
      },
    },
    PostRevisionConnection,
  ),
);

const RestorePostRevisionInput = builder.inputType('RestorePostRevisionInput', {
  fields: (t) => ({
    postId: t.id({ required: true }),
    revisionId: t.id({ required: true, description: 'A revision of that post.' }),
    expectedVersion: t.int({ required: true, description: "The post's version you saw; a stale one gives ConflictError." }),
  }),
});

builder.mutationField('restorePostRevision', (t) =>
  t.field({
    authScopes: { editor: true },
    type: Post,
    description:
      "Makes a revision's content (title, slug, summary, body, kind, hasLab, tags, category) the post's content again, as a new version and a new revision; status and publishedAt stay.",
    errors: { types: [ConflictError, NotFoundError, SlugTakenError, ValidationError], dataField: { name: 'post' } },
    args: { input: t.arg({ type: RestorePostRevisionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      restorePostRevision(
        ctx.prisma,
        {
          postId: decodeNodeId(String(input.postId), 'Post', ['input', 'postId']),
          revisionId: decodeNodeId(String(input.revisionId), 'PostRevision', ['input', 'revisionId']),
          expectedVersion: input.expectedVersion,
        },
        ctx,
      ),
  }),
);
