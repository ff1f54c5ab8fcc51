// Unique values under concurrent writers. A "is this free?" read cannot see another writer's
// uncommitted row, so on PostgreSQL (real concurrency) writers that introduce the same new tag,
// slug or name at once meet at the unique index. Tags are INSERT … ON CONFLICT DO NOTHING, then
// read; other races map to the typed error of their exact constraint (a clash on Tag.slug is
// never the post's slug being taken).
// On PGlite (one connection) the same calls run one after another and must give the same answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstEditor } from '../../server/src/auth/bootstrap.ts';
import { uniqueConstraints } from '../../server/src/db/database.ts';
import { testDatabaseKind } from '../support/database.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type GraphQLResponse, type TestGateway } from '../support/gateway.ts';
import { expectTypename, globalId } from '../support/mutations.ts';

let gw: TestGateway;
let editor: Record<string, string>;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false });
  editor = await gw.editorHeaders();
});
afterAll(() => gw.close());

const CREATE_WITH_NEW_TAG = graphql(`
  mutation RaceCreatePostWithTag($t: String!, $tag: String!) {
    result: createPost(input: { title: $t, kind: SHORT, tags: [$tag] }) {
      __typename
      ... on CreatePostPayload { post { tags { id name } } }
    }
  }
`);
const CREATE_RACING_CATEGORY = graphql(`mutation RaceCreateCategory { result: createCategory(input: { name: "Racing" }) { __typename } }`);
const CREATE_SAME_SLUG_TAG = graphql(`
  mutation RaceCreateTag($n: String!) { result: createTag(input: { name: $n, slug: "same-slug" }) { __typename } }
`);
const ADD_FAVORITE = graphql(`
  mutation RaceAddFavorite($id: ID!) { result: addFavorite(postId: $id) { __typename ... on FavoritesPayload { favorites { id } } } }
`);
const CREATE_SAME_SLUG_POST = graphql(`
  mutation RaceCreatePostSameSlug($t: String!) {
    result: createPost(input: { title: $t, slug: "one-slug", kind: SHORT, tags: ["Shared New Tag"] }) {
      __typename
      ... on SlugTakenError { slug path }
    }
  }
`);

/** The __typename of a mutation's `result`, after checking the response has no top-level errors. */
const typename = (res: GraphQLResponse<{ result: { __typename: string } }>) => {
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.result.__typename;
};

describe(`unique values under concurrent writers (${testDatabaseKind})`, () => {
  it('every constraint the domain maps exists under that exact name', async () => {
    const rows = await gw.db.prisma.$queryRaw<
      { indexname: string }[]
    >`SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()`;
    const names = new Set(rows.map((r) => r.indexname));
    expect(Object.values(uniqueConstraints).filter((name) => !names.has(name))).toEqual([]);
  });

  it('ten rounds of three concurrent createPost introducing the same new tag: all succeed, one tag row (the issue example)', async () => {
    for (let round = 0; round < 10; round += 1) {
      const tag = `Race Tag ${round}`;
      const results = await Promise.all([0, 1, 2].map((i) => gw.gql(CREATE_WITH_NEW_TAG, { t: `Race ${round}-${i}`, tag }, editor)));
      expect(results.map(typename)).toEqual(['CreatePostPayload', 'CreatePostPayload', 'CreatePostPayload']);
      const tagIds = new Set(results.map((r) => expectTypename(r.body.data!.result, 'CreatePostPayload').post.tags[0]!.id));
      expect(tagIds.size).toBe(1);
      expect(await gw.db.prisma.tag.count({ where: { name: tag } })).toBe(1);
    }
  });

  it('concurrent createCategory with one name: one is created, the rest get typed errors', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => gw.gql(CREATE_RACING_CATEGORY, {}, editor)));
    const names = results.map(typename).sort();
    expect(names.filter((n) => n === 'CreateCategoryPayload')).toHaveLength(1);
    expect(names.filter((n) => n !== 'CreateCategoryPayload').every((n) => n === 'ValidationError' || n === 'SlugTakenError')).toBe(true);
    expect(await gw.db.prisma.category.count({ where: { name: 'Racing' } })).toBe(1);
  });

  it('concurrent createTag with one slug: one created, the rest SlugTakenError', async () => {
    const tag = (i: number) => gw.gql(CREATE_SAME_SLUG_TAG, { n: `Same ${i}` }, editor);
    const results = await Promise.all([0, 1, 2, 3].map(tag));
    const names = results.map(typename);
    expect(names.filter((n) => n === 'CreateTagPayload')).toHaveLength(1);
    expect(names.filter((n) => n === 'SlugTakenError')).toHaveLength(3);
  });

  it('concurrent addFavorite of one post: all succeed, the post is in the list once', async () => {
    const post = await gw.db.prisma.post.create({ data: { slug: 'fav-race', kind: 'SHORT', title: 'Fav race', summary: '', body: '' } });
    const results = await Promise.all(Array.from({ length: 5 }, () => gw.gql(ADD_FAVORITE, { id: globalId('Post', post.id) }, editor)));
    expect(results.map(typename)).toEqual(Array(5).fill('FavoritesPayload'));
    expect(await gw.db.prisma.favorite.count({ where: { postId: post.id } })).toBe(1);
  });

  it('gateways starting together make one first editor, and only a password that works is printed', async () => {
    const own = await createTestGateway({ seed: false });
    try {
      await own.db.prisma.user.deleteMany();
      const generated = await Promise.all([0, 1, 2].map(() => ensureFirstEditor(own.db.prisma, { embedded: true })));
      expect(generated.filter((r) => r.action === 'generated')).toHaveLength(1);
      expect(generated.filter((r) => r.action !== 'generated').every((r) => r.action === 'none')).toBe(true);
      const fromEnv = await Promise.all(
        [0, 1, 2].map(() =>
          ensureFirstEditor(own.db.prisma, { email: 'boss@example.com', password: 'a long enough password', embedded: false }),
        ),
      );
      expect(fromEnv.map((r) => r.action).sort()).toEqual(['created', 'unchanged', 'unchanged']);
      expect(await own.db.prisma.user.count()).toBe(2);
    } finally {
      await own.close();
    }
  }, 60_000);

  it('a clash on a tag is never reported as the post slug being taken', async () => {
    // Same post slug from two writers: exactly one SlugTakenError, and it names the post's slug.
    const create = (t: string) => gw.gql(CREATE_SAME_SLUG_POST, { t }, editor);
    const results = await Promise.all([create('A'), create('B')]);
    const errors = results.map((r) => r.body.data!.result).filter((r) => r.__typename === 'SlugTakenError');
    expect(errors).toEqual([{ __typename: 'SlugTakenError', slug: 'one-slug', path: ['input', 'slug'] }]);
  });
});
