import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { postMutationErrors } from './errors.ts';
import { createPost, deletePost, setPublished, updatePost } from '../domain/posts.ts';
import { decodeNodeId } from './node-id.ts';
import { Post, PostKindEnum } from './post.ts';

const editor = { authScopes: { editor: true } } as const;
const postPayload = { types: postMutationErrors, dataField: { name: 'post' } };

const postFields = {
  summary: 'Plain text shown on cards.',
  body: 'Markdown source.',
  tags: `Tag names in the author's order; unknown names create tags. A post has at most ${limits.tagsPerPostMax} (more: ValidationError).`,
  categoryId: 'A Category id; null for none. Shorts have no category.',
};

/** The fields create and update share; both decide for themselves whether title, slug and kind are required. */
const contentFields = (t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>) => ({
  summary: t.string({ description: postFields.summary }),
  body: t.string({ description: postFields.body }),
  categoryId: t.id({ description: postFields.categoryId }),
  tags: t.stringList({ description: postFields.tags }),
  hasLab: t.boolean(),
});

const CreatePostInput = builder.inputType('CreatePostInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    slug: t.string({ description: 'Default: made from the title. A taken slug gives SlugTakenError with a suggestion.' }),
    kind: t.field({ type: PostKindEnum, required: true }),
    ...contentFields(t),
  }),
});

const UpdatePostInput = builder.inputType('UpdatePostInput', {
  description: 'Only the fields given change.',
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version you edited; a stale one gives ConflictError.' }),
    title: t.string(),
    slug: t.string(),
    kind: t.field({ type: PostKindEnum }),
    ...contentFields(t),
  }),
});

const PostRefInput = builder.inputType('PostRefInput', {
  description: 'A post to act on; expectedVersion (optional) guards against acting on a stale copy.',
  fields: (t) => ({ id: t.id({ required: true }), expectedVersion: t.int() }),
});

const PublishPostInput = builder.inputType('PublishPostInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    expectedVersion: t.int(),
    publishedAt: t.field({
      type: 'DateTime',
      description:
        'Default: now. In the future: the post is SCHEDULED for that instant. In the past: backdated (an import keeps original dates).',
    }),
  }),
});

/** Decodes input.categoryId (global id) keeping null ("no category") distinct from absent. */
function categoryIdOf(input: { categoryId?: string | number | null }): string | null | undefined {
  if (input.categoryId === undefined) return undefined;
  if (input.categoryId === null) return null;
  return decodeNodeId(String(input.categoryId), 'Category', ['input', 'categoryId']);
}

function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

builder.mutationFields((t) => ({
  createPost: t.field({
    ...editor,
    type: Post,
    description: 'Creates a draft.',
    errors: postPayload,
    args: { input: t.arg({ type: CreatePostInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createPost(
        ctx.prisma,
        {
          title: input.title,
          kind: input.kind,
          slug: optional(input.slug),
          summary: optional(input.summary),
          body: optional(input.body),
          hasLab: optional(input.hasLab),
          tags: optional(input.tags),
          categoryId: categoryIdOf(input),
        },
        ctx,
      ),
  }),
  updatePost: t.field({
    ...editor,
    type: Post,
    errors: postPayload,
    args: { input: t.arg({ type: UpdatePostInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updatePost(
        ctx.prisma,
        {
          id: decodeNodeId(String(input.id), 'Post', ['input', 'id']),
          expectedVersion: input.expectedVersion,
          title: optional(input.title),
          slug: optional(input.slug),
          kind: optional(input.kind),
          summary: optional(input.summary),
          body: optional(input.body),
          hasLab: optional(input.hasLab),
          tags: optional(input.tags),
          categoryId: categoryIdOf(input),
        },
        ctx,
      ),
  }),
  publishPost: t.field({
    ...editor,
    type: Post,
    description:
      'Publishes a post: PUBLISHED at publishedAt (default now; a past instant backdates it), or SCHEDULED when publishedAt is in the future — the post stays hidden until then and is published within seconds of it. Needs a summary.',
    errors: postPayload,
    args: { input: t.arg({ type: PublishPostInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      setPublished(
        ctx.prisma,
        {
          id: decodeNodeId(String(input.id), 'Post', ['input', 'id']),
          expectedVersion: input.expectedVersion,
          publishedAt: input.publishedAt,
          publish: true,
        },
        ctx,
      ),
  }),
  unpublishPost: t.field({
    ...editor,
    type: Post,
    description: 'Turns a published or scheduled post back into a draft (publishedAt cleared); it leaves every public list.',
    errors: postPayload,
    args: { input: t.arg({ type: PostRefInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      setPublished(
        ctx.prisma,
        {
          id: decodeNodeId(String(input.id), 'Post', ['input', 'id']),
          expectedVersion: input.expectedVersion,
          publish: false,
        },
        ctx,
      ),
  }),
  deletePost: t.field({
    ...editor,
    type: 'ID',
    description: 'Deletes a post for good. Returns its id.',
    errors: { types: postMutationErrors, dataField: { name: 'deletedPostId' } },
    args: { input: t.arg({ type: PostRefInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deletePost(
        ctx.prisma,
        { id: decodeNodeId(String(input.id), 'Post', ['input', 'id']), expectedVersion: input.expectedVersion },
        ctx,
      );
      return input.id;
    },
  }),
}));
