import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { nonEmptyQuery } from './planned-query.ts';
import { NotFoundError, SlugTakenError, ValidationError } from '../domain/errors.ts';
import { createCategory, createTag, deleteCategory, deleteTag, reorderCategories, updateCategory, updateTag } from '../domain/taxonomy.ts';
import { Category } from './category.ts';
import { decodeNodeId } from './node-id.ts';
import { Tag } from './tag.ts';

const editor = { authScopes: { editor: true } } as const;
const errorTypes = [ValidationError, NotFoundError, SlugTakenError];
const idOf = (id: string | number, type: string, path: string[]) => decodeNodeId(String(id), type, path);
const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

const CreateCategoryInput = builder.inputType('CreateCategoryInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Default: made from the name.' }),
    description: t.string(),
  }),
});
const UpdateCategoryInput = builder.inputType('UpdateCategoryInput', {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string(), slug: t.string(), description: t.string() }),
});
const DeleteCategoryInput = builder.inputType('DeleteCategoryInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    moveToCategoryId: t.id({ description: "Where the category's posts go; omitted = they become uncategorized." }),
  }),
});
const CreateTagInput = builder.inputType('CreateTagInput', {
  fields: (t) => ({ name: t.string({ required: true }), slug: t.string({ description: 'Default: made from the name.' }) }),
});
const UpdateTagInput = builder.inputType('UpdateTagInput', {
  fields: (t) => ({ id: t.id({ required: true }), name: t.string(), slug: t.string() }),
});

builder.mutationFields((t) => ({
  createCategory: t.field({
    ...editor,
    type: Category,
    description: 'Adds a category at the end of the display order.',
    errors: { types: errorTypes, dataField: { name: 'category' } },
    args: { input: t.arg({ type: CreateCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      createCategory(ctx.prisma, { name: input.name, slug: optional(input.slug), description: input.description }),
  }),
  updateCategory: t.field({
    ...editor,
    type: Category,
    errors: { types: errorTypes, dataField: { name: 'category' } },
    args: { input: t.arg({ type: UpdateCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updateCategory(ctx.prisma, {
        id: idOf(input.id, 'Category', ['input', 'id']),
        name: optional(input.name),
        slug: optional(input.slug),
        description: input.description,
      }),
  }),
  deleteCategory: t.field({
    ...editor,
    type: 'ID',
    errors: { types: errorTypes, dataField: { name: 'deletedCategoryId' } },
    args: { input: t.arg({ type: DeleteCategoryInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      await deleteCategory(
        ctx.prisma,
        {
          id: idOf(input.id, 'Category', ['input', 'id']),
          moveToCategoryId: input.moveToCategoryId ? idOf(input.moveToCategoryId, 'Category', ['input', 'moveToCategoryId']) : null,
        },
        ctx,
      );
      return input.id;
    },
  }),
  reorderCategories: t.prismaField({
    ...editor,
    type: ['Category'],
    description: 'Sets the display order; ids must list every category exactly once.',
    errors: { types: [ValidationError], dataField: { name: 'categories' } },
    args: { ids: t.arg.idList({ required: true, extensions: { maxItems: limits.categoriesMax } }) },
    resolve: async (query, _r, { ids }, ctx) => {
      await reorderCategories(
        ctx.prisma,
        ids.map((id, i) => idOf(id, 'Category', ['ids', String(i)])),
      );
      return ctx.prisma.category.findMany({ ...nonEmptyQuery(query), orderBy: { position: 'asc' } });
    },
  }),
  createTag: t.field({
    ...editor,
    type: Tag,
    errors: { types: errorTypes, dataField: { name: 'tag' } },
    args: { input: t.arg({ type: CreateTagInput, required: true }) },
    resolve: (_r, { input }, ctx) => createTag(ctx.prisma, { name: input.name, slug: optional(input.slug) }),
  }),
  updateTag: t.field({
    ...editor,
    type: Tag,
    description: 'Renames a tag or changes its slug; posts keep it.',
    errors: { types: errorTypes, dataField: { name: 'tag' } },
    args: { input: t.arg({ type: UpdateTagInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      updateTag(ctx.prisma, { id: idOf(input.id, 'Tag', ['input', 'id']), name: optional(input.name), slug: optional(input.slug) }),
  }),
  deleteTag: t.field({
    ...editor,
    type: 'ID',
    description: 'Deletes a tag; it disappears from every post.',
    errors: { types: errorTypes, dataField: { name: 'deletedTagId' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_r, { id }, ctx) => {
      await deleteTag(ctx.prisma, idOf(id, 'Tag', ['id']), ctx);
      return id;
    },
  }),
}));
