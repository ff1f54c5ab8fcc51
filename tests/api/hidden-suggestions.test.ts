// With introspection off (NODE_ENV=production), no error may name a part of the schema the caller
// did not write: no "Did you mean …?" for fields, arguments, types, enum values or input-object
// fields, in validation errors and in variable-coercion errors alike. The errors keep their code
// and location. With introspection on, the suggestions are a help and stay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

let closed: TestGateway;
let open: TestGateway;
beforeAll(async () => {
  [closed, open] = await Promise.all([
    createTestGateway({ seed: false, config: { nodeEnv: 'production' } }),
    createTestGateway({ seed: false }),
  ]);
});
afterAll(() => Promise.all([closed.close(), open.close()]));

/** [what, document, variables]: each would get a suggestion from graphql-js. */
const typos: [string, string, Record<string, unknown>?][] = [
  ['enum value literal (the issue example)', '{ posts(first: 1, filter: { kind: NOT }) { totalCount } }'],
  ['field', '{ post(slug: "x") { titel } }'],
  ['argument', '{ posts(frist: 1) { totalCount } }'],
  ['type in a fragment', '{ post(slug: "x") { ... on Pst { id } } }'],
  ['type of a variable', 'query($f: PostFiltr) { posts(filter: $f) { totalCount } }'],
  ['input-object field literal', '{ posts(filter: { knd: NOTE }) { totalCount } }'],
  ['enum value in a variable', 'query($f: PostFilter) { posts(filter: $f) { totalCount } }', { f: { kind: 'NOT' } }],
  ['input-object field in a variable', 'query($f: PostFilter) { posts(filter: $f) { totalCount } }', { f: { knd: 'NOTE' } }],
  ['enum variable', 'query($k: PostKind) { posts(filter: { kind: $k }) { totalCount } }', { k: 'NOTES' }],
  ['inline fragment needed', '{ node(id: "x") { slug } }'],
];

describe('schema hints with introspection off', () => {
  it.each(typos)('%s: no suggestion, code and location kept', async (_what, query, variables) => {
    const res = await closed.gql(query, variables);
    expect(res.body.data ?? undefined).toBeUndefined();
    expect(res.body.errors?.length).toBeGreaterThan(0);
    for (const error of res.body.errors!) {
      expect(error.message).not.toMatch(/did you mean/i);
      expect(error.extensions?.code).toEqual(expect.any(String));
    }
    if (!variables) expect((res.body.errors![0] as { locations?: unknown[] }).locations?.length).toBeGreaterThan(0);
  });

  it('the issue example keeps its message without the hint', async () => {
    const res = await closed.gql('{ posts(first: 1, filter: { kind: NOT }) { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.message).toBe('Value "NOT" does not exist in "PostKind" enum.');
    expect(res.body.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('with introspection on, the same typos are still helped', async () => {
    let helped = 0;
    for (const [, query, variables] of typos) {
      const res = await open.gql(query, variables);
      if (res.body.errors?.some((e) => /Did you mean/.test(e.message))) helped += 1;
    }
    expect(helped).toBe(typos.length);
  });
});
