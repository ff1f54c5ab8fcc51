// Bad input gets a clear, typed 4xx, never a 500 (docs/benchmarks.md, `npm run fuzz`): GET with
// variables/extensions that are not JSON, and nesting deep enough to overflow graphql-js's
// recursive parser or value coercion (server/src/plugins/use-input-guards.ts); malformed global IDs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { documentNesting, nestingLimit } from '../../server/src/plugins/use-input-guards.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway({ seed: false });
});
afterAll(() => gw?.close());

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function get(params: Record<string, string>) {
  const res = await gw.yoga.fetch(`http://gateway.test/graphql?${new URLSearchParams(params)}`, {
    headers: { accept: 'application/graphql-response+json' },
  });
  return { status: res.status, body: (await res.json()) as Body };
}

async function post(body: string) {
  const res = await gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Body };
}

function expectError(res: { status: number; body: Body }, status: number, code: string, message: RegExp) {
  expect(res.status).toBe(status);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors![0]!.message).toMatch(message);
  expect(res.body.errors![0]!.extensions?.code).toBe(code);
}

describe('GET parameters that are not JSON', () => {
  it('variables → 400 BAD_REQUEST naming the parameter', async () => {
    expectError(
      await get({ query: '{ site { title } }', variables: '{not json' }),
      400,
      ErrorCode.BAD_REQUEST,
      /"variables" query parameter is not valid JSON/,
    );
  });

  it('extensions → 400 BAD_REQUEST naming the parameter', async () => {
    expectError(
      await get({ query: '{ site { title } }', extensions: '{"persistedQuery":' }),
      400,
      ErrorCode.BAD_REQUEST,
      /"extensions" query parameter is not valid JSON/,
    );
  });

  it('valid JSON still works, and an empty parameter counts as absent', async () => {
    const ok = await get({ query: 'query($n: Int) { posts(first: $n) { totalCount } }', variables: '{"n":1}', extensions: '{}' });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect((await get({ query: '{ site { title } }', variables: '' })).status).toBe(200);
  });
});

describe('nesting deeper than the limit', () => {
  const limit = nestingLimit(10);

  it('deeply nested list literals → 400 QUERY_TOO_DEEP before parsing (was a stack overflow, 500)', async () => {
    for (const depth of [limit + 1, 5_000, 100_000]) {
      const query = `{ posts(first: ${'['.repeat(depth)}1${']'.repeat(depth)}) { totalCount } }`;
      expectError(
        await post(JSON.stringify({ query })),
        400,
        ErrorCode.QUERY_TOO_DEEP,
        new RegExp(`document nests deeper than ${limit} levels`),
      );
    }
    // Also over GET, and for selection sets and input objects.
    expectError(
      await get({ query: `{ posts(first: ${'['.repeat(5_000)}1${']'.repeat(5_000)}) { totalCount } }` }),
      400,
      ErrorCode.QUERY_TOO_DEEP,
      /nests deeper/,
    );
    expectError(
      await post(JSON.stringify({ query: '{'.repeat(5_000) + 'a' + '}'.repeat(5_000) })),
      400,
      ErrorCode.QUERY_TOO_DEEP,
      /nests deeper/,
    );
    expectError(
      await post(JSON.stringify({ query: `{ posts(filter: ${'{ a: '.repeat(3_000)}1${' }'.repeat(3_000)}) { totalCount } }` })),
      400,
      ErrorCode.QUERY_TOO_DEEP,
      /nests deeper/,
    );
  });

  it('deeply nested variables / extensions JSON → 400 QUERY_TOO_DEEP (POST and GET)', async () => {
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    for (const depth of [limit + 1, 3_000, 200_000]) {
      const deep = '['.repeat(depth) + ']'.repeat(depth);
      expectError(
        await post(`{"query":${JSON.stringify(query)},"variables":{"ids":${deep}}}`),
        400,
        ErrorCode.QUERY_TOO_DEEP,
        /variables nests deeper/,
      );
    }
    const deepObject = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expectError(
      await post(`{"query":"{ site { title } }","extensions":${deepObject}}`),
      400,
      ErrorCode.QUERY_TOO_DEEP,
      /extensions nests deeper/,
    );
    expectError(
      await get({ query, variables: `{"ids":${'['.repeat(5_000)}${']'.repeat(5_000)}}` }),
      400,
      ErrorCode.QUERY_TOO_DEEP,
      /variables nests deeper/,
    );
  });

  it('brackets inside strings, block strings and comments do not count; legitimate nesting passes', async () => {
    expect(documentNesting('{ a(s: "[[[[{{{{") # ((((((\n }')).toBe(2);
    expect(documentNesting('{ a(s: """ [[[[ \\""" {{{{ """) }')).toBe(2);
    expect(documentNesting('{ a(s: "\\"[[[[") }')).toBe(2);
    const res = await gw.gql(
      `query($q: String) { posts(first: 1, filter: { search: $q }) { edges { node { ... on Post { category { posts(first: 1) { edges { node { title } } } } } } } } }`,
      { q: '[[[[[[[[' },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });
});

describe('malformed global IDs', () => {
  it('in a query: BAD_USER_INPUT with the message on that field, not a masked error', async () => {
    const res = await gw.gql('{ node(id: "zzz") { id } }', {}, { accept: 'application/graphql-response+json' });
    expect(res.status).toBe(200); // a field error: the operation ran, that field is null
    expect(res.body).toEqual({
      data: { node: null },
      // One message whatever is wrong with the id (tests/api/forged-input.test.ts).
      errors: [expect.objectContaining({ message: 'Invalid global ID.', path: ['node'], extensions: { code: ErrorCode.BAD_USER_INPUT } })],
    });
  });

  it('in a mutation: the typed ValidationError of its result union', async () => {
    const res = await gw.gql(
      'mutation { deletePost(input: { id: "zzz" }) { __typename ... on ValidationError { fieldErrors { path } } } }',
      {},
      await gw.editorHeaders(),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.deletePost.__typename).toBe('ValidationError');
  });
});

describe('variables that do not fit their types', () => {
  it('are refused before anything runs, with BAD_USER_INPUT (400 for graphql-response+json clients)', async () => {
    const query = 'query($n: Int, $slug: String!) { posts(first: $n) { totalCount } post(slug: $slug) { id } }';
    for (const [variables, message] of [
      [{ n: 'abc', slug: 'x' }, /^Variable "\$n" got invalid value "abc"/],
      [{ n: 1 }, /^Variable "\$slug" of required type "String!" was not provided/],
      [{ n: 1, slug: null }, /^Variable "\$slug" of non-null type "String!" must not be null/],
    ] as const) {
      expectError(await post(JSON.stringify({ query, variables })), 400, ErrorCode.BAD_USER_INPUT, message);
    }
  });
});
