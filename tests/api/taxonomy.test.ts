// Categories and tags through the API: CRUD, display order, name and slug uniqueness, and what
// happens to posts when a category or tag goes. Each test creates the categories/tags it changes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { GraphQLResponse } from '../support/gateway.ts';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../__generated__/index.ts';
import type {
  CreateCategoryInput,
  CreatePostInput,
  CreateTagInput,
  DeleteCategoryInput,
  UpdateCategoryInput,
  UpdateTagInput,
} from '../__generated__/graphql.ts';
import { CREATE_POST, editorGateway, expectNothingChanged, expectTypename, fieldPaths, globalId, postRow } from '../support/mutations.ts';

const ctx = editorGateway();

const CATEGORY_FIELDS = graphql(`fragment CategoryFields on Category { id slug name description position }`);
const CREATE_CATEGORY = graphql(`
  mutation TestCreateCategory($i: CreateCategoryInput!) {
    r: createCategory(input: $i) { __typename ...MutationError ... on CreateCategoryPayload { category { ...CategoryFields } } }
  }
`);
const UPDATE_CATEGORY = graphql(`
  mutation TestUpdateCategory($i: UpdateCategoryInput!) {
    r: updateCategory(input: $i) { __typename ...MutationError ... on UpdateCategoryPayload { category { ...CategoryFields } } }
  }
`);
const DELETE_CATEGORY = graphql(`
  mutation TestDeleteCategory($i: DeleteCategoryInput!) {
    r: deleteCategory(input: $i) { __typename ...MutationError ... on DeleteCategoryPayload { deletedCategoryId } }
  }
`);
const REORDER_CATEGORIES = graphql(`
  mutation TestReorderCategories($ids: [ID!]!) {
    r: reorderCategories(ids: $ids) { __typename ...MutationError ... on ReorderCategoriesPayload { categories { slug position } } }
  }
`);
const CREATE_TAG = graphql(`
  mutation TestCreateTag($i: CreateTagInput!) {
    r: createTag(input: $i) { __typename ...MutationError ... on CreateTagPayload { tag { id slug name } } }
  }
`);
const UPDATE_TAG = graphql(`
  mutation TestUpdateTag($i: UpdateTagInput!) {
    r: updateTag(input: $i) { __typename ...MutationError ... on UpdateTagPayload { tag { id slug name } } }
  }
`);
const DELETE_TAG = graphql(`
  mutation TestDeleteTag($id: ID!) {
    r: deleteTag(id: $id) { __typename ...MutationError ... on DeleteTagPayload { deletedTagId } }
  }
`);
const PUBLIC_CATEGORIES = graphql(`query PublicCategorySlugs { categories { slug } }`);
const FEED_CATEGORIES = graphql(`query FeedCategorySlugs { homeFeed { categories { slug } } }`);
const TAG_NAME = graphql(`query TagName($slug: String!) { tag(slug: $slug) { name } }`);
const m = {
  createCategory: (input: CreateCategoryInput) => ctx.editor(CREATE_CATEGORY, { i: input }),
  updateCategory: (input: UpdateCategoryInput) => ctx.editor(UPDATE_CATEGORY, { i: input }),
  deleteCategory: (input: DeleteCategoryInput) => ctx.editor(DELETE_CATEGORY, { i: input }),
  reorderCategories: (ids: string[]) => ctx.editor(REORDER_CATEGORIES, { ids }),
  createTag: (input: CreateTagInput) => ctx.editor(CREATE_TAG, { i: input }),
  updateTag: (input: UpdateTagInput) => ctx.editor(UPDATE_TAG, { i: input }),
  deleteTag: (id: string) => ctx.editor(DELETE_TAG, { id }),
};
const result = <R>(res: GraphQLResponse<{ r: R }>) => res.body.data!.r;

async function newCategory(name: string): Promise<ResultOf<typeof CATEGORY_FIELDS>> {
  const res = await m.createCategory({ name });
  expect(result(res).__typename, JSON.stringify(res.body)).toBe('CreateCategoryPayload');
  return expectTypename(result(res), 'CreateCategoryPayload').category;
}
async function note(title: string, input: Partial<CreatePostInput>) {
  const res = await ctx.editor(CREATE_POST, { input: { title, kind: 'NOTE', ...input } });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}
const publicCategorySlugs = async () => (await ctx.gw.gql(PUBLIC_CATEGORIES)).body.data!.categories.map((c) => c.slug);

describe('categories', () => {
  it('createCategory makes the slug from the name and puts it last in display order', async () => {
    const count = await ctx.gw.db.prisma.category.count();
    const res = await m.createCategory({ name: 'Reinforcement Learning', description: 'Rewards and policies.' });
    expect(result(res)).toMatchObject({
      __typename: 'CreateCategoryPayload',
      category: { slug: 'reinforcement-learning', name: 'Reinforcement Learning', description: 'Rewards and policies.', position: count },
    });
    expect((await publicCategorySlugs()).at(-1)).toBe('reinforcement-learning');
  });

  it.each([
    [
      'a taken name (case aside)',
      ['input.name'],
      async () => ({ name: (await newCategory('Taken Name')).name.toUpperCase(), slug: 'fresh-slug-1' }),
    ],
    ['an empty name', ['input.name'], async () => ({ name: '  ' })],
    ['a bad slug', ['input.slug'], async () => ({ name: 'Fine Name', slug: 'Not A Slug' })],
  ] as const)('createCategory with %s → ValidationError at %s, nothing written', async (_l, paths, input) => {
    const i = await input();
    const res = await expectNothingChanged(ctx.gw, () => m.createCategory(i));
    expect(result(res).__typename).toBe('ValidationError');
    expect(fieldPaths(result(res))).toEqual(paths);
  });

  it('createCategory with a taken slug → SlugTakenError with a free suggestion, nothing written', async () => {
    const res = await expectNothingChanged(ctx.gw, () => m.createCategory({ name: 'Another LLM', slug: 'llm' }));
    expect(result(res)).toMatchObject({ __typename: 'SlugTakenError', slug: 'llm', suggestion: 'llm-2' });
  });

  it('updateCategory renames and re-slugs; taken name/slug and unknown ids are refused without writing', async () => {
    const own = await newCategory('Rename Me');
    const other = await newCategory('Already There');
    const res = await m.updateCategory({ id: own.id, name: 'Renamed', slug: 'renamed', description: 'Now described.' });
    expect(result(res)).toMatchObject({
      __typename: 'UpdateCategoryPayload',
      category: { id: own.id, name: 'Renamed', slug: 'renamed', description: 'Now described.' },
    });
    const name = await expectNothingChanged(ctx.gw, () => m.updateCategory({ id: own.id, name: 'already there' }));
    expect(fieldPaths(result(name))).toEqual(['input.name']);
    const slug = await expectNothingChanged(ctx.gw, () => m.updateCategory({ id: own.id, slug: other.slug }));
    expect(result(slug)).toMatchObject({ __typename: 'SlugTakenError', slug: other.slug, suggestion: `${other.slug}-2` });
    const unknown = await expectNothingChanged(ctx.gw, () => m.updateCategory({ id: globalId('Category', randomUUID()), name: 'Ghost' }));
    expect(result(unknown)).toMatchObject({ __typename: 'NotFoundError', resource: 'Category' });
  });

  it('deleteCategory with moveToCategoryId moves its posts there (their versions move on)', async () => {
    const [from, to] = [await newCategory('Delete And Move'), await newCategory('Move Target')];
    const post = await note('Moving Post', { categoryId: from.id });
    const res = await m.deleteCategory({ id: from.id, moveToCategoryId: to.id });
    expect(result(res)).toEqual({ __typename: 'DeleteCategoryPayload', deletedCategoryId: from.id });
    expect(await ctx.gw.db.prisma.category.count({ where: { slug: from.slug } })).toBe(0);
    expect(await postRow(ctx.gw.db.prisma, post.slug)).toMatchObject({ category: { slug: to.slug }, version: 2 });
  });

  it('deleteCategory without a target leaves its posts uncategorized (their versions move on)', async () => {
    const doomed = await newCategory('Delete Alone');
    const post = await note('Left Without Category', { categoryId: doomed.id });
    const res = await m.deleteCategory({ id: doomed.id });
    expect(result(res).__typename).toBe('DeleteCategoryPayload');
    expect(await postRow(ctx.gw.db.prisma, post.slug)).toMatchObject({ categoryId: null, version: 2 });
  });

  it('deleteCategory refuses an unknown category, an unknown target, and itself as target, without writing', async () => {
    const own = await newCategory('Delete Refused');
    await note('Stays Put', { categoryId: own.id });
    const cases: [DeleteCategoryInput, string, string[]?][] = [
      [{ id: globalId('Category', randomUUID()) }, 'NotFoundError'],
      [{ id: own.id, moveToCategoryId: globalId('Category', randomUUID()) }, 'NotFoundError'],
      [{ id: own.id, moveToCategoryId: own.id }, 'ValidationError', ['input.moveToCategoryId']],
      [{ id: own.id, moveToCategoryId: 'garbage' }, 'ValidationError', ['input.moveToCategoryId']],
    ];
    for (const [input, type, paths] of cases) {
      const res = await expectNothingChanged(ctx.gw, () => m.deleteCategory(input));
      expect(result(res).__typename, JSON.stringify(input)).toBe(type);
      if (paths) expect(fieldPaths(result(res))).toEqual(paths);
    }
  });

  it('reorderCategories sets the display order from a permutation of all categories', async () => {
    const rows = await ctx.gw.db.prisma.category.findMany({ orderBy: { position: 'asc' } });
    const ids = rows.map((c) => globalId('Category', c.id)).reverse();
    const res = await m.reorderCategories(ids);
    const reversed = rows.map((c) => c.slug).reverse();
    expect(expectTypename(result(res), 'ReorderCategoriesPayload').categories.map((c) => c.slug)).toEqual(reversed);
    expect(await publicCategorySlugs()).toEqual(reversed);
    const feed = await ctx.gw.gql(FEED_CATEGORIES);
    expect(feed.body.data!.homeFeed.categories.map((c) => c.slug)).toEqual(reversed);
  });

  it.each([
    ['one missing', (ids: string[]) => ids.slice(1)],
    ['a duplicate', (ids: string[]) => [ids[1]!, ...ids.slice(1)]],
    ['an unknown id', (ids: string[]) => [...ids.slice(1), globalId('Category', randomUUID())]],
    ['a tag id', (ids: string[]) => [...ids.slice(1), globalId('Tag', randomUUID())]],
  ])('reorderCategories with %s → ValidationError, order unchanged', async (_l, edit) => {
    const ids = (await ctx.gw.db.prisma.category.findMany({ orderBy: { position: 'asc' } })).map((c) => globalId('Category', c.id));
    const res = await expectNothingChanged(ctx.gw, () => m.reorderCategories(edit([...ids].reverse())));
    expect(result(res).__typename).toBe('ValidationError');
    expect(expectTypename(result(res), 'ValidationError').fieldErrors.length).toBeGreaterThan(0);
  });
});

describe('tags', () => {
  it('createTag makes the slug from the name; taken name → ValidationError, taken slug → SlugTakenError', async () => {
    const res = await m.createTag({ name: 'Mixture of Experts' });
    expect(result(res)).toMatchObject({ __typename: 'CreateTagPayload', tag: { slug: 'mixture-of-experts', name: 'Mixture of Experts' } });
    // Editors see it at once; the public only once a published post carries it (visibility.test.ts).
    const lookup = { slug: 'mixture-of-experts' };
    expect((await ctx.gw.gql(TAG_NAME, lookup, await ctx.gw.editorHeaders())).body.data!.tag).toEqual({ name: 'Mixture of Experts' });
    expect((await ctx.gw.gql(TAG_NAME, lookup)).body.data!.tag).toBeNull();
    const name = await expectNothingChanged(ctx.gw, () => m.createTag({ name: 'MIXTURE OF EXPERTS', slug: 'moe-2' }));
    expect(result(name).__typename).toBe('ValidationError');
    expect(fieldPaths(result(name))).toEqual(['input.name']);
    const slug = await expectNothingChanged(ctx.gw, () => m.createTag({ name: 'Mixture-of-Experts!' }));
    expect(result(slug)).toMatchObject({ __typename: 'SlugTakenError', slug: 'mixture-of-experts', suggestion: 'mixture-of-experts-2' });
  });

  it('updateTag renames a tag and its posts keep it; taken slug / unknown id are refused without writing', async () => {
    const post = await note('Tagged For Rename', { tags: ['before-rename', 'rlhf'] });
    const tag = await ctx.gw.db.prisma.tag.findUniqueOrThrow({ where: { slug: 'before-rename' } });
    const id = globalId('Tag', tag.id);
    const res = await m.updateTag({ id, name: 'After Rename', slug: 'after-rename' });
    expect(result(res)).toMatchObject({ __typename: 'UpdateTagPayload', tag: { id, name: 'After Rename', slug: 'after-rename' } });
    expect((await postRow(ctx.gw.db.prisma, post.slug))!.tagSlugs).toEqual(['after-rename', 'rlhf']);
    const slug = await expectNothingChanged(ctx.gw, () => m.updateTag({ id, slug: 'rlhf' }));
    expect(result(slug)).toMatchObject({ __typename: 'SlugTakenError', slug: 'rlhf', suggestion: 'rlhf-2' });
    const name = await expectNothingChanged(ctx.gw, () => m.updateTag({ id, name: 'RLHF' }));
    expect(fieldPaths(result(name))).toEqual(['input.name']);
    const unknown = await expectNothingChanged(ctx.gw, () => m.updateTag({ id: globalId('Tag', randomUUID()), name: 'Ghost' }));
    expect(result(unknown)).toMatchObject({ __typename: 'NotFoundError', resource: 'Tag' });
  });

  it('deleteTag removes it from every post (others keep their order, versions move on); unknown → NotFoundError', async () => {
    const a = await note('Loses A Tag', { tags: ['ppo', 'doomed-tag', 'rlhf'] });
    const b = await note('Loses It Too', { tags: ['doomed-tag'] });
    const tag = await ctx.gw.db.prisma.tag.findUniqueOrThrow({ where: { slug: 'doomed-tag' } });
    const res = await m.deleteTag(globalId('Tag', tag.id));
    expect(result(res)).toEqual({ __typename: 'DeleteTagPayload', deletedTagId: globalId('Tag', tag.id) });
    expect(await ctx.gw.db.prisma.tag.count({ where: { id: tag.id } })).toBe(0);
    expect(await postRow(ctx.gw.db.prisma, a.slug)).toMatchObject({ tagSlugs: ['ppo', 'rlhf'], version: 2 });
    expect(await postRow(ctx.gw.db.prisma, b.slug)).toMatchObject({ tagSlugs: [], version: 2 });
    const again = await expectNothingChanged(ctx.gw, () => m.deleteTag(globalId('Tag', tag.id)));
    expect(result(again)).toMatchObject({ __typename: 'NotFoundError', resource: 'Tag' });
  });
});
