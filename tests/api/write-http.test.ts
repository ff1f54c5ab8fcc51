// Bad write requests at the HTTP level: whatever the malformation, the gateway answers with an
// error and the database is exactly as before (no partial writes).
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { CREATE_POST as CREATE_POST_DOCUMENT, expectNothingChanged } from '../support/mutations.ts';

let gw: TestGateway;
let headers: Record<string, string>;

beforeAll(async () => {
  gw = await createTestGateway();
  headers = await gw.editorHeaders();
});
afterAll(() => gw?.close());

const post = (body: string, extra: Record<string, string> = {}) =>
  gw.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers, ...extra },
    body,
  });
// The bodies are written by hand, so the document travels as its text.
const CREATE_POST = print(CREATE_POST_DOCUMENT);
const input = { title: 'HTTP Level Post', kind: 'NOTE', tags: ['http-level-new-tag'] };

describe('malformed write requests change nothing', () => {
  it.each([
    ['a body that is not JSON', () => post('{"query": "mutation {')],
    [
      'an unknown enum value in variables',
      () => post(JSON.stringify({ query: CREATE_POST, variables: { input: { ...input, kind: 'ESSAY' } } })),
    ],
    [
      'a missing required input field',
      () => post(JSON.stringify({ query: CREATE_POST, variables: { input: { kind: 'NOTE', tags: ['x-new'] } } })),
    ],
    [
      'a syntax error in the document',
      () => post(JSON.stringify({ query: 'mutation { createPost(input: { title: "x" kind: NOTE }) { __typename ', variables: {} })),
    ],
    [
      'two operations and no operationName',
      () => post(JSON.stringify({ query: `${CREATE_POST} mutation Other { logout }`, variables: { input } })),
    ],
    [
      'a mutation sent as GET',
      () =>
        gw.yoga.fetch(
          `http://gateway.test/graphql?query=${encodeURIComponent(CREATE_POST)}&variables=${encodeURIComponent(JSON.stringify({ input }))}`,
          { headers: { accept: 'application/json', ...headers } },
        ),
    ],
  ])('%s → an HTTP error, nothing written', async (_label, send) => {
    const res = await expectNothingChanged(gw, send);
    expect(res.status).toBeGreaterThanOrEqual(400);
    const body = await res.json();
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(body.data ?? null).toBeNull();
  });

  it('the same request, well formed, does write (so the cases above are refused for their flaw)', async () => {
    const res = await post(JSON.stringify({ query: CREATE_POST, variables: { input } }));
    expect(res.status).toBe(200);
    expect((await res.json()).data.result.__typename).toBe('CreatePostPayload');
    expect(await gw.db.prisma.tag.count({ where: { slug: 'http-level-new-tag' } })).toBe(1);
  });
});
