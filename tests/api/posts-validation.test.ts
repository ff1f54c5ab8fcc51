// Bad input to the post mutations: typed ValidationError / SlugTakenError / NotFoundError with
// field paths, and never a partial write (no post, no new tags, no version bump).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreatePostInput, PostKind } from '../__generated__/graphql.ts';
import {
  CREATE_POST,
  UPDATE_POST,
  editorGateway,
  expectNothingChanged,
  expectTypename,
  fieldPaths,
  globalId,
  postRow,
} from '../support/mutations.ts';

let llmId: string;
const SFT_TITLE = 'SFT: Imitation, and the Ceiling It Hits';
const SFT_SLUG = 'sft-imitation-and-the-ceiling-it-hits';

const ctx = editorGateway();
beforeAll(async () => {
  llmId = globalId('Category', (await ctx.gw.db.prisma.category.findUniqueOrThrow({ where: { slug: 'llm' } })).id);
});

/** createPost's input with the kind optional (a long read unless given). */
type CreateInput = Omit<CreatePostInput, 'kind'> & { kind?: PostKind };
const create = (input: CreateInput) => ctx.editor(CREATE_POST, { input: { kind: 'NOTE', ...input } });

async function draft(title: string) {
  const res = await create({ title });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}

describe('createPost validation', () => {
  const cases: [string, () => CreateInput, string[]][] = [
    ['an empty title', () => ({ title: '   ', tags: ['new-tag-empty-title'] }), ['input.title']],
    ['a title over 200 characters', () => ({ title: 'x'.repeat(201) }), ['input.title']],
    ['a slug with spaces and capitals', () => ({ title: 'Hello', slug: 'Hello World' }), ['input.slug']],
    [
      'a short with a category',
      () => ({ title: 'A Short', kind: 'SHORT', categoryId: llmId, tags: ['new-tag-short'] }),
      ['input.categoryId'],
    ],
    ['21 tags', () => ({ title: 'Many Tags', tags: Array.from({ length: 21 }, (_, i) => `many-${i}`) }), ['input.tags']],
    ['the same tag twice (case aside)', () => ({ title: 'Dup Tags', tags: ['Dup Tag', 'dup tag'] }), ['input.tags']],
    ['a tag with no letters or digits', () => ({ title: 'Bad Tag', tags: ['fresh-tag', '!!!'] }), ['input.tags.1']],
    ['a malformed categoryId', () => ({ title: 'Bad Category', categoryId: 'not-a-global-id' }), ['input.categoryId']],
    ['a Tag id as categoryId', () => ({ title: 'Wrong Type', categoryId: globalId('Tag', randomUUID()) }), ['input.categoryId']],
  ];

  it.each(cases)('%s → ValidationError at its field; no post, no tags written', async (_label, input, paths) => {
    const res = await expectNothingChanged(ctx.gw, () => create(input()));
    expect(res.body.data!.result.__typename, JSON.stringify(res.body)).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(paths);
    expect(expectTypename(res.body.data!.result, 'ValidationError').fieldErrors[0]!.message).toBeTruthy();
  });

  it('an unknown category → NotFoundError, no post and none of its new tags written', async () => {
    const res = await expectNothingChanged(ctx.gw, () =>
      create({ title: 'Orphan', categoryId: globalId('Category', randomUUID()), tags: ['orphan-tag'] }),
    );
    expect(res.body.data!.result).toMatchObject({ __typename: 'NotFoundError', resource: 'Category' });
  });
});

describe('slug collisions', () => {
  it('an explicit taken slug → SlugTakenError with a free suggestion; nothing written, not even the new tags', async () => {
    const res = await expectNothingChanged(ctx.gw, () =>
      create({ title: 'Anything', slug: SFT_SLUG, tags: ['never-created-tag', 'rlhf'] }),
    );
    expect(res.body.data!.result).toMatchObject({
      __typename: 'SlugTakenError',
      slug: SFT_SLUG,
      suggestion: `${SFT_SLUG}-2`,
      path: ['input', 'slug'],
    });
  });

  it('a slug generated from a duplicate title is refused the same way, never renumbered silently', async () => {
    const res = await expectNothingChanged(ctx.gw, () => create({ title: SFT_TITLE, tags: ['never-created-either'] }));
    expect(res.body.data!.result).toMatchObject({ __typename: 'SlugTakenError', slug: SFT_SLUG, suggestion: `${SFT_SLUG}-2` });
  });

  it('the suggestion skips slugs already taken, and taking it works', async () => {
    await draft('Taken Twice');
    await draft('Taken Twice 2'); // slug taken-twice-2
    const res = await expectNothingChanged(ctx.gw, () => create({ title: 'Taken Twice' }));
    expect(res.body.data!.result).toMatchObject({ __typename: 'SlugTakenError', slug: 'taken-twice', suggestion: 'taken-twice-3' });
    const retry = await create({ title: 'Taken Twice', slug: expectTypename(res.body.data!.result, 'SlugTakenError').suggestion });
    expect(retry.body.data!.result).toMatchObject({ __typename: 'CreatePostPayload', post: { slug: 'taken-twice-3' } });
  });

  it('on update: another post’s slug → SlugTakenError, the post keeps its slug and version', async () => {
    const post = await draft('Will Want A Taken Slug');
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, slug: SFT_SLUG, title: 'New Title' } }),
    );
    expect(res.body.data!.result).toMatchObject({ __typename: 'SlugTakenError', slug: SFT_SLUG, suggestion: `${SFT_SLUG}-2` });
    // Its own slug is not "taken".
    const own = await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, slug: post.slug } });
    expect(own.body.data!.result).toMatchObject({ __typename: 'UpdatePostPayload', post: { slug: post.slug, version: 2 } });
  });

  it('two concurrent creates of one slug: one post, one SlugTakenError, and only the winner’s new tags exist', async () => {
    const results = await Promise.all(
      ['race-tag-a', 'race-tag-b'].map((tag) => create({ title: 'Slug Race', tags: [tag] }).then((r) => r.body.data!.result)),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['CreatePostPayload', 'SlugTakenError']);
    const winner = results.find((r) => r.__typename === 'CreatePostPayload')!.post;
    expect(results.find((r) => r.__typename === 'SlugTakenError')!.suggestion).toBe('slug-race-2');
    expect(await ctx.gw.db.prisma.post.count({ where: { slug: { startsWith: 'slug-race' } } })).toBe(1);
    const raceTags = await ctx.gw.db.prisma.tag.findMany({ where: { slug: { startsWith: 'race-tag-' } } });
    expect(raceTags.map((t) => t.slug)).toEqual([winner.tags[0]!.slug]);
  });
});

describe('updatePost validation', () => {
  it.each([
    ['an empty title', { title: '' }, ['input.title']],
    ['a bad slug', { slug: 'Hello World' }, ['input.slug']],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `upd-${i}`) }, ['input.tags']],
  ])('%s → ValidationError, nothing written', async (_label, change, paths) => {
    const post = await draft(`Update Validation ${_label}`);
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, ...change } }),
    );
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(paths);
  });

  it('making a post with a category a short → ValidationError at input.categoryId', async () => {
    const res0 = await create({ title: 'Categorised Note', categoryId: llmId });
    const post = expectTypename(res0.body.data!.result, 'CreatePostPayload').post;
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, kind: 'SHORT' } }),
    );
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(['input.categoryId']);
  });

  it('a bad tag found after the row was updated still leaves no partial write (title and version roll back)', async () => {
    const post = await draft('Rollback Probe');
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: 1, title: 'Should Roll Back', tags: ['rollback-new-tag', '???'] } }),
    );
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(['input.tags.1']);
    expect(await postRow(ctx.gw.db.prisma, post.slug)).toMatchObject({ title: 'Rollback Probe', version: 1 });
  });
});

describe('tags matched by name', () => {
  it('a tag name whose tag has another slug is reused, not an unexpected error', async () => {
    await ctx.gw.db.prisma.tag.create({ data: { name: 'Custom Slug Tag', slug: 'cst' } });
    const res = await create({ title: 'Uses A Renamed Tag', tags: ['Custom Slug Tag'] });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.result).toMatchObject({
      __typename: 'CreatePostPayload',
      post: { tags: [{ slug: 'cst', name: 'Custom Slug Tag' }] },
    });
    expect(await ctx.gw.db.prisma.tag.count({ where: { name: 'Custom Slug Tag' } })).toBe(1);
  });
});
