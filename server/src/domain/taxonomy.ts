import { limits } from '#shared/limits.ts';
import { categoryFieldsSchema, tagFieldsSchema } from '#shared/post-rules.ts';
import { slugFromTitle } from '#shared/slug.ts';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { FieldError, NotFoundError, ValidationError } from './errors.ts';
import { uniqueConstraints } from '../db/database.ts';
import { SlugTakenError } from './errors.ts';
import { assertSlugFree, freeSlug } from './slugs.ts';
import { mapUniqueViolations } from './unique.ts';
import { recordTaxonomyRedirect } from './redirects.ts';
import { postSnapshots, recordPostChanges } from './post-changes.ts';
import { noteForCommit } from '../db/commit-notes.ts';

function parse<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return parsed.data;
}

function slugFor(name: string | undefined, slug: string | undefined): string {
  const result = slug ?? slugFromTitle(name ?? '');
  if (!result) throw ValidationError.field(['input', 'slug'], 'The name has no letters or digits to make a slug from: give a slug.');
  return result;
}

/**
 * The typed errors for races on a category's or tag's unique columns: the checks above ran before
 * a concurrent writer committed the same slug or name (see unique.ts).
 */
function onTaxonomyRaces<T>(
  table: 'category' | 'tag',
  prisma: PrismaClient,
  fields: { name?: string; slug?: string },
  run: () => Promise<T>,
): Promise<T> {
  const names =
    table === 'category'
      ? { slug: uniqueConstraints.categorySlug, name: uniqueConstraints.categoryName }
      : { slug: uniqueConstraints.tagSlug, name: uniqueConstraints.tagName };
  const { slug, name } = fields;
  return mapUniqueViolations(run, {
    ...(slug ? { [names.slug]: async () => new SlugTakenError(slug, await freeSlug(prisma[table], slug)) } : {}),
    ...(name ? { [names.name]: () => ValidationError.field(['input', 'name'], `"${name}" is already used.`) } : {}),
  });
}

type NameTable = {
  findFirst(args: {
    where: { name: { equals: string; mode: 'insensitive' }; NOT?: { id: string } };
    select: { id: true };
  }): Promise<{ id: string } | null>;
};

async function assertNameFree(table: NameTable, name: string | undefined, exceptId?: string): Promise<void> {
  if (!name) return;
  const taken = await table.findFirst({
    where: { name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw ValidationError.field(['input', 'name'], `"${name}" is already used.`);
}

/** Creates a category at the end of the display order. @throws ValidationError, SlugTakenError. */
export async function createCategory(prisma: PrismaClient, input: { name: string; slug?: string; description?: string | null }) {
  const fields = parse(categoryFieldsSchema, input);
  const slug = slugFor(fields.name, fields.slug);
  return onTaxonomyRaces('category', prisma, { name: fields.name, slug }, () =>
    prisma.$transaction(async (tx) => {
      await assertNameFree(tx.category, fields.name);
      await assertSlugFree(tx.category, slug);
      // reorderCategories sends them all, which the API caps at limits.categoriesMax items.
      if ((await tx.category.count()) >= limits.categoriesMax) {
        throw ValidationError.field(['input', 'name'], `There can be at most ${limits.categoriesMax} categories.`);
      }
      noteForCommit(['categories']);
      const last = await tx.category.aggregate({ _max: { position: true } });
      return tx.category.create({
        data: { name: fields.name!, slug, description: fields.description ?? null, position: (last._max.position ?? -1) + 1 },
      });
    }),
  );
}

/**
 * Renames / re-slugs / re-describes a category; a new slug leaves a redirect from the old path
 * (domain/redirects.ts).
 * @throws ValidationError, SlugTakenError, NotFoundError.
 */
export async function updateCategory(
  prisma: PrismaClient,
  input: { id: string; name?: string; slug?: string; description?: string | null },
) {
  const { id, ...rest } = input;
  const fields = parse(categoryFieldsSchema, rest);
  return onTaxonomyRaces('category', prisma, fields, () =>
    prisma.$transaction(async (tx) => {
      const current = await tx.category.findUnique({ where: { id }, select: { slug: true } });
      if (!current) throw new NotFoundError('Category', id);
      await assertNameFree(tx.category, fields.name, id);
      if (fields.slug) await assertSlugFree(tx.category, fields.slug, { exceptId: id });
      const updated = await tx.category.update({ where: { id }, data: fields });
      // `categories` too: a lookup of the new slug may be cached as "none".
      noteForCommit([`category:${id}`, 'categories']);
      await recordTaxonomyRedirect(tx, { kind: 'category', id, oldSlug: current.slug, newSlug: updated.slug });
      return updated;
    }),
  );
}

/**
 * Deletes a category. Its posts move to `moveToCategoryId`, or become uncategorized when it is null.
 * @throws NotFoundError (the category or the target), ValidationError (target = itself).
 */
export async function deleteCategory(
  prisma: PrismaClient,
  input: { id: string; moveToCategoryId?: string | null },
  actor: { viewer?: { readonly id: string } | null } = {},
) {
  return prisma.$transaction(async (tx) => {
    if (!(await tx.category.findUnique({ where: { id: input.id }, select: { id: true } }))) throw new NotFoundError('Category', input.id);
    if (input.moveToCategoryId) {
      if (input.moveToCategoryId === input.id)
        throw ValidationError.field(['input', 'moveToCategoryId'], 'Move the posts to another category.');
      if (!(await tx.category.findUnique({ where: { id: input.moveToCategoryId }, select: { id: true } }))) {
        throw new NotFoundError('Category', input.moveToCategoryId);
      }
    }
    // Explicitly, not by the foreign key's SET NULL: every write to a post bumps its version, so an
    // editor holding the old copy gets ConflictError instead of saving over the change; and each
    // moved post gets its revision (and its post.updated when public), like any change of content.
    const moved = (await tx.post.findMany({ where: { categoryId: input.id }, select: { id: true } })).map((p) => p.id);
    const before = await postSnapshots(tx, moved);
    await tx.post.updateMany({
      where: { id: { in: moved } },
      data: { categoryId: input.moveToCategoryId ?? null, version: { increment: 1 } },
    });
    await tx.category.delete({ where: { id: input.id } });
    noteForCommit([`category:${input.id}`, 'categories', ...(input.moveToCategoryId ? [`category:${input.moveToCategoryId}`] : [])]);
    await recordPostChanges(tx, { kind: 'updated', before, actorId: actor.viewer?.id ?? null });
    return input.id;
  });
}

/** Sets the display order. @throws ValidationError unless `ids` is a permutation of all categories. */
export async function reorderCategories(prisma: PrismaClient, ids: string[]) {
  return prisma.$transaction(async (tx) => {
    const all = new Set((await tx.category.findMany({ select: { id: true } })).map((c) => c.id));
    const problems = ids.flatMap((id, i) => (all.has(id) ? [] : [new FieldError(['ids', String(i)], 'Not a category.')]));
    if (new Set(ids).size !== ids.length || ids.length !== all.size) {
      problems.push(new FieldError(['ids'], `List each of the ${all.size} categories exactly once.`));
    }
    if (problems.length) throw new ValidationError(problems);
    noteForCommit(['categories']);
    await tx.$executeRaw`
      UPDATE "Category" AS c SET "position" = v.ord - 1
      FROM unnest(${ids}::text[]) WITH ORDINALITY AS v(id, ord) WHERE c."id" = v.id`;
    return ids;
  });
}

/** @throws ValidationError, SlugTakenError. */
export async function createTag(prisma: PrismaClient, input: { name: string; slug?: string }) {
  const fields = parse(tagFieldsSchema, input);
  const slug = slugFor(fields.name, fields.slug);
  return onTaxonomyRaces('tag', prisma, { name: fields.name, slug }, () =>
    prisma.$transaction(async (tx) => {
      await assertNameFree(tx.tag, fields.name);
      await assertSlugFree(tx.tag, slug);
      noteForCommit(['tags']);
      return tx.tag.create({ data: { name: fields.name!, slug } });
    }),
  );
}

/**
 * Renames / re-slugs a tag; a new slug leaves a redirect from the old path (domain/redirects.ts).
 * @throws ValidationError, SlugTakenError, NotFoundError.
 */
export async function updateTag(prisma: PrismaClient, input: { id: string; name?: string; slug?: string }) {
  const { id, ...rest } = input;
  const fields = parse(tagFieldsSchema, rest);
  return onTaxonomyRaces('tag', prisma, fields, () =>
    prisma.$transaction(async (tx) => {
      const current = await tx.tag.findUnique({ where: { id }, select: { slug: true } });
      if (!current) throw new NotFoundError('Tag', id);
      await assertNameFree(tx.tag, fields.name, id);
      if (fields.slug) await assertSlugFree(tx.tag, fields.slug, { exceptId: id });
      const updated = await tx.tag.update({ where: { id }, data: fields });
      noteForCommit([`tag:${id}`, 'tags']);
      await recordTaxonomyRedirect(tx, { kind: 'tag', id, oldSlug: current.slug, newSlug: updated.slug });
      return updated;
    }),
  );
}

/**
 * Deletes a tag; posts keep their other tags, and their versions move on (their tag list changed:
 * an editor saving an old copy would otherwise re-create the tag), each with a revision (and a
 * post.updated when public). @throws NotFoundError.
 */
export async function deleteTag(prisma: PrismaClient, id: string, actor: { viewer?: { readonly id: string } | null } = {}) {
  return prisma.$transaction(async (tx) => {
    const tagged = (await tx.postTag.findMany({ where: { tagId: id }, select: { postId: true } })).map((t) => t.postId);
    const before = await postSnapshots(tx, tagged);
    await tx.post.updateMany({ where: { id: { in: tagged } }, data: { version: { increment: 1 } } });
    const { count } = await tx.tag.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError('Tag', id);
    noteForCommit([`tag:${id}`, 'tags']);
    await recordPostChanges(tx, { kind: 'updated', before, actorId: actor.viewer?.id ?? null });
    return id;
  });
}
