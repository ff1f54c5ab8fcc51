import { slugFromTitle } from '#shared/slug.ts';
import { postFieldsSchema, postStateSchema, type PostFields } from '#shared/post-rules.ts';
import type { Prisma, PrismaClient, PostKind } from '../__generated__/prisma/client.ts';
import { uniqueConstraints } from '../db/database.ts';
import { RenderRefusedError, type MarkdownRenderer, type RenderedBody } from '../content/renderer.ts';
import { ConflictError, NotFoundError, SlugTakenError, ValidationError } from './errors.ts';
import { assertSlugFree, freeSlug } from './slugs.ts';
import { isStorableInstant } from './ids.ts';
import { upsertTags } from './tags.ts';
import { mapUniqueViolations } from './unique.ts';
import { enqueueFavoritesChanged } from './webhook-outbox.ts';
import { isPublicPost } from './visibility.ts';
import { noteForCommit } from '../db/commit-notes.ts';
import { postSnapshot, recordPostChange, type PostChangeKind, type PostSnapshot } from './post-changes.ts';

type Tx = Prisma.TransactionClient;

/** Input of createPost: fields as the author edits them (tags are names; categoryId a database id). */
export type CreatePostArgs = PostFields & { title: string; kind: PostKind };
export type UpdatePostArgs = PostFields & { id: string; expectedVersion: number };
/**
 * What post writes need besides the database: the Markdown renderer (its worker threads and time
 * budget) and who writes (recorded on the revision; null or absent for the system).
 */
export interface PostWriteDeps {
  renderer: MarkdownRenderer;
  viewer?: { readonly id: string } | null;
}
/** Who a write is recorded as: the signed-in editor, or null (the system). */
type Actor = { viewer?: { readonly id: string } | null };

/** Records `kind` for post `id` (its state now) in `tx`, and returns the post as the write left it. */
async function recorded(tx: Tx, kind: PostChangeKind, id: string, before: PostSnapshot | null, actor: Actor) {
  const after = await postSnapshot(tx, id);
  if (!after) throw new Error(`recorded: post ${id} is missing inside its own write`);
  await recordPostChange(tx, { kind, before, after, actorId: actor.viewer?.id ?? null });
  const { tagNames: _tagNames, tagIds: _tagIds, ...post } = after;
  return post;
}

function validate(fields: unknown): PostFields {
  const parsed = postFieldsSchema.safeParse(fields);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}

/**
 * The stored columns for a new body, rendered off the event loop before any transaction starts.
 * @throws ValidationError at ["input", "body"] when the renderer refuses it (over its time budget,
 *   or failing); the nesting rule has already refused deeper bodies in validate().
 */
async function renderBody(
  renderer: MarkdownRenderer,
  body: string,
): Promise<Pick<RenderedBody, 'html' | 'htmlVersion' | 'readingTimeMinutes'>> {
  try {
    const { html, htmlVersion, readingTimeMinutes } = await renderer.render(body);
    return { html, htmlVersion, readingTimeMinutes };
  } catch (error) {
    if (error instanceof RenderRefusedError) throw ValidationError.field(['input', 'body'], error.message);
    throw error;
  }
}

function validateState(state: { kind: PostKind; categoryId: string | null }): void {
  const parsed = postStateSchema.safeParse(state);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
}

async function assertCategory(tx: Tx, categoryId: string | null | undefined): Promise<void> {
  if (!categoryId) return;
  const found = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!found) throw new NotFoundError('Category', categoryId);
}

/** Maps a race on Post.slug (two writers, same slug; only the index sees both) to SlugTakenError. */
function onSlugRace<T>(prisma: PrismaClient, slug: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!slug) return run();
  return mapUniqueViolations(run, {
    [uniqueConstraints.postSlug]: async () => new SlugTakenError(slug, await freeSlug(prisma.post, slug)),
  });
}

/**
 * Creates a draft. The slug defaults to one made from the title; the body is rendered (HTML and
 * reading time stored with it). One transaction: nothing is written when it fails.
 * @throws ValidationError, SlugTakenError, NotFoundError (category).
 */
export async function createPost(prisma: PrismaClient, args: CreatePostArgs, deps: PostWriteDeps) {
  const fields = validate(args);
  const slug = fields.slug ?? slugFromTitle(fields.title ?? '');
  if (!slug) throw ValidationError.field(['input', 'slug'], 'The title has no letters or digits to make a slug from: give a slug.');
  const kind = fields.kind ?? args.kind;
  validateState({ kind, categoryId: fields.categoryId ?? null });
  const rendered = await renderBody(deps.renderer, fields.body ?? '');
  return onSlugRace(prisma, slug, () =>
    prisma.$transaction(async (tx) => {
      await assertSlugFree(tx.post, slug);
      await assertCategory(tx, fields.categoryId);
      const tagIds = await upsertTags(tx, fields.tags ?? []);
      const created = await tx.post.create({
        data: {
          slug,
          kind,
          title: fields.title ?? args.title,
          summary: fields.summary ?? '',
          body: fields.body ?? '',
          ...rendered,
          hasLab: fields.hasLab ?? false,
          categoryId: fields.categoryId ?? null,
          status: 'DRAFT',
          tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
        },
        select: { id: true },
      });
      return recorded(tx, 'created', created.id, null, deps);
    }),
  );
}

/**
 * Changes the given fields only if the post is still at `expectedVersion`, then bumps the version.
 * A new body is rendered first (HTML and reading time stored with it, in the same UPDATE).
 * @throws ValidationError, SlugTakenError, NotFoundError, ConflictError (carries the current version).
 */
export async function updatePost(prisma: PrismaClient, args: UpdatePostArgs, deps: PostWriteDeps) {
  const { id, expectedVersion, ...rest } = args;
  return writeContent(prisma, { id, expectedVersion, fields: validate(rest), kind: 'updated' }, deps);
}

/**
 * Restores the content of post `postId`'s revision `revisionId` as a new version of the post (and
 * a new revision, kind `restored`), only if the post is still at `expectedVersion`. Content is
 * title, slug, summary, body (rendered again, like an update), kind, hasLab, tags and category
 * (none when the category has been deleted since); status and publishedAt stay as they are. The
 * revision's content is checked against today's rules, like an update.
 * @throws NotFoundError (no such revision of this post), ConflictError, SlugTakenError (another
 *   post has the slug now), ValidationError.
 */
export async function restorePostRevision(
  prisma: PrismaClient,
  args: { postId: string; revisionId: string; expectedVersion: number },
  deps: PostWriteDeps,
) {
  const revision = await prisma.postRevision.findUnique({ where: { id: args.revisionId } });
  if (!revision || revision.postId !== args.postId) throw new NotFoundError('PostRevision', args.revisionId);
  const { title, slug, summary, body, kind, hasLab, tags, categoryId } = revision;
  const fields = validate({ title, slug, summary, body, kind, hasLab, tags, categoryId });
  return writeContent(prisma, { id: args.postId, expectedVersion: args.expectedVersion, fields, kind: 'restored' }, deps);
}

/**
 * The content write updatePost and restorePostRevision share: `fields` (validated) merged into
 * post `id` at `expectedVersion` in one transaction, recorded as change `kind`.
 */
async function writeContent(
  prisma: PrismaClient,
  args: { id: string; expectedVersion: number; fields: PostFields; kind: 'updated' | 'restored' },
  deps: PostWriteDeps,
) {
  const { id, expectedVersion, fields } = args;
  const rendered = fields.body === undefined ? {} : await renderBody(deps.renderer, fields.body);
  return onSlugRace(prisma, fields.slug, () =>
    prisma.$transaction(async (tx) => {
      const current = await postSnapshot(tx, id);
      if (!current) throw new NotFoundError('Post', id);
      validateState({
        kind: fields.kind ?? current.kind,
        categoryId: fields.categoryId !== undefined ? fields.categoryId : current.categoryId,
      });
      if (fields.slug) await assertSlugFree(tx.post, fields.slug, { exceptId: id });
      await assertCategory(tx, fields.categoryId);
      const { tags, ...columns } = fields;
      const { count } = await tx.post.updateMany({
        where: { id, version: expectedVersion },
        data: { ...columns, ...rendered, version: { increment: 1 } },
      });
      if (count === 0) throw await conflictAfterRace(tx, id, expectedVersion);
      if (tags) {
        const tagIds = await upsertTags(tx, tags);
        await tx.postTag.deleteMany({ where: { postId: id } });
        await tx.postTag.createMany({ data: tagIds.map((tagId, position) => ({ postId: id, tagId, position })) });
      }
      return recorded(tx, args.kind, id, current, deps);
    }),
  );
}

function staleVersion(current: number, expected: number): ConflictError {
  return new ConflictError(`The post changed meanwhile (version ${current}, you edited version ${expected}).`, current);
}

/**
 * The ConflictError for a guarded UPDATE that matched no row. The version read at the start of the
 * transaction is no use here: on PostgreSQL a concurrent writer committed after that read (the
 * UPDATE waited for its row lock), so re-read it — else currentVersion would echo the stale
 * version and a client retrying with it would conflict forever.
 */
async function conflictAfterRace(tx: Tx, id: string, expected: number): Promise<ConflictError | NotFoundError> {
  const now = await tx.post.findUnique({ where: { id }, select: { version: true } });
  return now ? staleVersion(now.version, expected) : new NotFoundError('Post', id);
}

/**
 * Publishes, schedules or unpublishes a post.
 * - publish with `publishedAt` in the future: status SCHEDULED, publishedAt = that instant (the
 *   scheduler publishes it then, server/src/jobs/scheduler.ts);
 * - publish with `publishedAt` omitted or not after now: PUBLISHED, publishedAt = it ?? now
 *   (backdating keeps an import's original dates);
 * - unpublish (from PUBLISHED or SCHEDULED): DRAFT, publishedAt cleared.
 * Rule: a published or scheduled post needs a summary (cards show it).
 * @throws NotFoundError, ConflictError, ValidationError.
 */
export async function setPublished(
  prisma: PrismaClient,
  args: { id: string; expectedVersion?: number | null; publish: boolean; publishedAt?: Date | null },
  actor: Actor = {},
) {
  return prisma.$transaction(async (tx) => {
    const current = await postSnapshot(tx, args.id);
    if (!current) throw new NotFoundError('Post', args.id);
    if (args.expectedVersion != null && args.expectedVersion !== current.version) throw staleVersion(current.version, args.expectedVersion);
    if (args.publish && !current.summary.trim()) throw ValidationError.field(['input', 'summary'], 'Add a summary before publishing.');
    if (args.publishedAt && !isStorableInstant(args.publishedAt))
      throw ValidationError.field(['input', 'publishedAt'], 'Give a date between the years 1 and 9999.');
    const now = new Date();
    const publishedAt = args.publishedAt ?? now;
    const status = !args.publish ? 'DRAFT' : publishedAt > now ? 'SCHEDULED' : 'PUBLISHED';
    const { count } = await tx.post.updateMany({
      where: { id: args.id, version: current.version },
      data: { status, publishedAt: args.publish ? publishedAt : null, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictAfterRace(tx, args.id, args.expectedVersion ?? current.version);
    const kind = status === 'DRAFT' ? 'unpublished' : status === 'SCHEDULED' ? 'scheduled' : 'published';
    return recorded(tx, kind, args.id, current, actor);
  });
}

/** Deletes a post (its tags links and favorite go with it). @throws NotFoundError, ConflictError. */
export async function deletePost(prisma: PrismaClient, args: { id: string; expectedVersion?: number | null }, actor: Actor = {}) {
  return prisma.$transaction(async (tx) => {
    const current = await postSnapshot(tx, args.id);
    if (!current) throw new NotFoundError('Post', args.id);
    if (args.expectedVersion != null && args.expectedVersion !== current.version) throw staleVersion(current.version, args.expectedVersion);
    const favorite = await tx.favorite.findUnique({ where: { postId: args.id }, select: { postId: true } });
    // Its revision is public even when the post is a draft.
    if (favorite) noteForCommit(['favorites']);
    // Recorded first: the outbox reads the post's public address, which goes with the row.
    await recordPostChange(tx, { kind: 'deleted', before: current, after: null, actorId: actor.viewer?.id ?? null });
    await tx.post.delete({ where: { id: args.id } });
    if (favorite) {
      // The favorites list changed shape: clients holding the old revision must reload, and
      // receivers of favorites.changed must hear of it when readers saw the post in the list.
      await tx.site.updateMany({ where: { id: 1 }, data: { favoritesRevision: { increment: 1 } } });
      if (isPublicPost(current)) await enqueueFavoritesChanged(tx, null);
    }
    return args.id;
  });
}
