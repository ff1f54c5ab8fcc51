// Forged values that decode into something PostgreSQL cannot take — a global id or cursor with
// U+0000 inside, a year-0 instant — and ids naming types that are not nodes. Each is a clear
// BAD_USER_INPUT / typed error / null, never a masked internal error, and the same words for every
// forged type name (no mapping of a closed schema). A mutation whose selection would fail on a
// page size or cursor is refused before it writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { globalId } from '../support/mutations.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
let editor: Record<string, string>;
beforeAll(async () => {
  gw = await createTestGateway({ config: { nodeEnv: 'production' } });
  editor = { authorization: `Bearer ${await gw.editorToken()}` };
});
afterAll(() => gw.close());

const b64 = (s: string) => Buffer.from(s).toString('base64');
const cursor = (s: string) => Buffer.from(s).toString('base64url');
const noInternal = (body: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  expect(body.errors?.filter((e) => e.extensions?.['code'] === ErrorCode.INTERNAL_SERVER_ERROR) ?? []).toEqual([]);

describe('forged global ids', () => {
  it('"Post:\\0" and ids naming types that are not nodes: one answer, "Invalid global ID.", BAD_USER_INPUT', async () => {
    const messages = new Set<string>();
    for (const id of ['Post:\0', 'Post:a\0b', 'Foo:1', 'Viewer:1', 'PostKind:1', 'Node:1', 'ValidationError:1']) {
      for (const headers of [{}, editor]) {
        const res = await gw.gql('query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }', { id: b64(id) }, headers);
        noInternal(res.body);
        for (const error of res.body.errors ?? []) {
          expect(error.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
          messages.add(error.message);
        }
      }
    }
    expect([...messages]).toEqual(['Invalid global ID.']);
  });

  it('in mutation arguments: the typed ValidationError of the result union, nothing written', async () => {
    const res = await gw.gql('mutation($id: ID!) { addFavorite(postId: $id) { __typename } }', { id: b64('Post:\0') }, editor);
    expect(res.body).toEqual({ data: { addFavorite: { __typename: 'ValidationError' } } });
  });

  it('an unknown API token id is null for node(id), like any other node (was findUniqueOrThrow)', async () => {
    for (const id of ['x', '0193c3a2-0000-7000-8000-000000000000']) {
      const res = await gw.gql('query($id: ID!) { node(id: $id) { id } }', { id: globalId('ApiToken', id) }, editor);
      expect(res.body).toEqual({ data: { node: null } });
    }
  });
});

describe('forged cursors and instants', () => {
  it('a cursor with year 0 or U+0000 in its id: "Invalid cursor", on posts and on a tag\'s posts', async () => {
    for (const forged of [cursor('p1:["0000-01-01T00:00:00.000Z","a"]'), cursor('p1:["2024-01-01T00:00:00.000Z","a\\u0000"]')]) {
      for (const query of [
        'query($c: String) { posts(after: $c) { totalCount } }',
        'query($c: String) { tags { posts(before: $c) { totalCount } } }',
      ]) {
        const res = await gw.gql(query, { c: forged });
        noInternal(res.body);
        expect(res.body.errors![0]).toMatchObject({
          message: expect.stringMatching(/^Invalid cursor/),
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        });
      }
    }
  });

  it('publishPost at year 0 → ValidationError at input.publishedAt, nothing written', async () => {
    const post = await gw.db.prisma.post.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    for (const at of ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00+01:00']) {
      const res = await gw.gql(
        'mutation($id: ID!, $at: DateTime) { publishPost(input: { id: $id, publishedAt: $at }) { __typename ... on ValidationError { fieldErrors { path } } } }',
        { id: globalId('Post', post.id), at },
        editor,
      );
      noInternal(res.body);
      expect(res.body.data.publishPost).toEqual({ __typename: 'ValidationError', fieldErrors: [{ path: ['input', 'publishedAt'] }] });
    }
    expect(await gw.db.prisma.post.findUniqueOrThrow({ where: { id: post.id } })).toEqual(post);
  });
});

describe('a mutation whose selection would fail is refused before it writes', () => {
  it.each([
    ['a page over 100', 'tags { posts(first: 101) { totalCount } }'],
    ['a forged cursor', 'tags { posts(after: "zzz") { totalCount } }'],
  ])('%s', async (_what, selection) => {
    const res = await gw.gql(
      `mutation { createPost(input: { title: "Selection fails", kind: SHORT, tags: ["x"] }) { ... on CreatePostPayload { post { id ${selection} } } } }`,
      {},
      editor,
    );
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors![0]!.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await gw.db.prisma.post.count({ where: { title: 'Selection fails' } })).toBe(0);
  });
});
