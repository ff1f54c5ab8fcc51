// The boundary checks on argument values (plugins/use-argument-guards.ts) and the cost limit with
// variables (plugins/use-cost-limit.ts): list arguments have a documented maximum, strings that
// PostgreSQL cannot store are refused, and a page size passed as a variable or left to its
// default counts in the cost like a literal one. Each refusal comes before any SQL.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as adminDocuments from '../../admin/src/__generated__/graphql.ts';
import { limits } from '#shared/limits.ts';
import { graphiqlTabs } from '../../server/src/graphiql.ts';
import { loadConfig } from '../../server/src/config.ts';
import { operationCost } from '../../server/src/plugins/use-cost-limit.ts';
import { schema } from '../../server/src/schema/index.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { globalId } from '../support/queries.ts';
import { ErrorCode } from '#shared/errors.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await createTestGateway();
});
afterAll(() => gw.close());

/** Sends the operation and expects a BAD_USER_INPUT refusal at `argumentPath` with no SQL run. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown> | undefined,
  argumentPath: string[],
  headers: Record<string, string> = {},
) {
  let res!: Awaited<ReturnType<TestGateway['gql']>>;
  const sql = await gw.statements(async () => {
    res = await gw.gql(query, variables, headers);
  });
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toEqual([
    expect.objectContaining({ extensions: expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, argumentPath }) }),
  ]);
  // Refused before any resolver ran: no statement at all apart from reading the session.
  expect(sql.filter((s) => !/"Session"/.test(s))).toEqual([]);
  return res.body.errors![0]!;
}

async function postIds(n: number): Promise<string[]> {
  const res = await gw.gql(`{ posts(first: 100) { edges { node { id } } } }`);
  return res.body.data.posts.edges.slice(0, n).map((e: { node: { id: string } }) => e.node.id);
}

describe('list arguments have a maximum (100 unless the field says otherwise)', () => {
  it('nodes(ids:) with one id 5,000 times → BAD_USER_INPUT, nothing read (the issue example)', async () => {
    const [id] = await postIds(1);
    const error = await expectRefused(
      'query($i: [ID!]!) { nodes(ids: $i) { id ... on Post { body html } } }',
      { i: Array.from({ length: 5000 }, () => id) },
      ['ids'],
    );
    expect(error.message).toBe('Argument "ids" of field "nodes" has 5000 items; at most 100 are accepted.');
  });

  it('nodes(ids:) with 100 ids still works, with 101 it is refused', async () => {
    const ids = await postIds(16);
    const hundred = Array.from({ length: 100 }, (_, i) => ids[i % ids.length]);
    const ok = await gw.gql('query($i: [ID!]!) { nodes(ids: $i) { id } }', { i: hundred });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.nodes).toHaveLength(100);
    await expectRefused('query($i: [ID!]!) { nodes(ids: $i) { id } }', { i: [...hundred, ids[0]] }, ['ids']);
  });

  it('mutation list arguments and list input fields: reorderFavorites, reorderCategories, post tags', async () => {
    const editor = await gw.editorHeaders();
    const many = Array.from({ length: 101 }, (_, i) => `UG9zdDp${i}`);
    await expectRefused(
      'mutation($p: [ID!]!) { reorderFavorites(postIds: $p, expectedRevision: 0) { __typename } }',
      { p: many },
      ['postIds'],
      editor,
    );
    await expectRefused('mutation($p: [ID!]!) { reorderCategories(ids: $p) { __typename } }', { p: many }, ['ids'], editor);
    const tags = Array.from({ length: 101 }, (_, i) => `t${i}`);
    await expectRefused(
      'mutation($t: [String!]) { createPost(input: { title: "Many", kind: SHORT, tags: $t }) { __typename } }',
      { t: tags },
      ['input', 'tags'],
      editor,
    );
    expect(await gw.db.prisma.post.count({ where: { title: 'Many' } })).toBe(0);
  });

  it('the lists that reorder mutations send whole are capped where they grow: favorites and categories', async () => {
    const own = await createTestGateway({ seed: false });
    try {
      const editor = await own.editorHeaders();
      await own.db.prisma.category.createMany({
        data: Array.from({ length: limits.categoriesMax }, (_, i) => ({ name: `C${i}`, slug: `c${i}`, position: i })),
      });
      const category = await own.gql(
        'mutation { createCategory(input: { name: "One more" }) { __typename ... on ValidationError { fieldErrors { path message } } } }',
        {},
        editor,
      );
      expect(category.body.data.createCategory).toEqual({
        __typename: 'ValidationError',
        fieldErrors: [{ path: ['input', 'name'], message: 'There can be at most 100 categories.' }],
      });
      await own.db.prisma.post.createMany({
        data: Array.from({ length: limits.favoritesMax + 1 }, (_, i) => ({
          slug: `p${i}`,
          kind: 'SHORT' as const,
          title: `P${i}`,
          summary: '',
          body: '',
        })),
      });
      const posts = await own.db.prisma.post.findMany({ orderBy: { slug: 'asc' }, select: { id: true } });
      await own.db.prisma.favorite.createMany({ data: posts.slice(1).map((p, position) => ({ postId: p.id, position })) });
      const id = globalId('Post', posts[0]!.id);
      const favorite = await own.gql(
        'mutation($id: ID!) { addFavorite(postId: $id) { __typename ... on ValidationError { fieldErrors { message } } } }',
        { id },
        editor,
      );
      expect(favorite.body.data.addFavorite).toEqual({
        __typename: 'ValidationError',
        fieldErrors: [{ message: 'The favorites list holds at most 100 posts: remove one first.' }],
      });
      expect(await own.db.prisma.favorite.count()).toBe(limits.favoritesMax);
    } finally {
      await own.close();
    }
  });

  it('every list argument and list input field in the schema documents its maximum', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const inputs =
        isObjectType(type) || isInterfaceType(type)
          ? Object.values(type.getFields()).flatMap((f) => f.args.map((a) => [`${type.name}.${f.name}(${a.name})`, a] as const))
          : isInputObjectType(type)
            ? Object.values(type.getFields()).map((f) => [`${type.name}.${f.name}`, f] as const)
            : [];
      for (const [name, input] of inputs) {
        if (isListType(getNullableType(input.type)) && !/At most \d+ items/.test(input.description ?? '')) undocumented.push(name);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it("a list argument's size counts in the cost", () => {
    const query = parse('query($i: [ID!]!) { nodes(ids: $i) { id ... on Post { title } } }');
    const cost = (n: number) => operationCost({ schema, query, variables: { i: Array.from({ length: n }, (_, k) => `id${k}`) } });
    expect(cost(100)).toBe(10 * cost(10) - 9);
  });
});

describe('strings PostgreSQL cannot store are refused at the boundary', () => {
  it('U+0000 in post(slug:), as a literal escape and as a variable', async () => {
    const literal = await expectRefused('{ post(slug: "a\\u0000b") { id } }', undefined, ['slug']);
    expect(literal.message).toBe('Argument "slug" of field "post" contains the character U+0000, which cannot be stored.');
    await expectRefused('query($s: String!) { post(slug: $s) { id } }', { s: '\u0000' }, ['slug']);
  });

  it('U+0000 in createPost(input: { title }) → BAD_USER_INPUT at input.title, nothing written (the issue example)', async () => {
    const editor = await gw.editorHeaders();
    const before = await gw.db.prisma.post.count();
    await expectRefused(
      'mutation { createPost(input: { title: "Nul\\u0000", kind: SHORT }) { __typename } }',
      undefined,
      ['input', 'title'],
      editor,
    );
    await expectRefused(
      'mutation($t: [String!]) { createPost(input: { title: "Nul", kind: SHORT, tags: $t }) { __typename } }',
      { t: ['fine', 'bad\u0000'] },
      ['input', 'tags', '1'],
      editor,
    );
    expect(await gw.db.prisma.post.count()).toBe(before);
  });

  it('an unpaired surrogate (valid JSON, no UTF-8 form) in a variable', async () => {
    const editor = await gw.editorHeaders();
    const body = '{"query":"mutation($s: String!) { createCategory(input: { name: $s }) { __typename } }","variables":{"s":"x\\ud800y"}}';
    const response = await gw.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...editor },
      body,
    });
    const json = (await response.json()) as { errors: { extensions: { code: string; argumentPath: string[] } }[] };
    expect(response.status).toBe(400);
    expect(json.errors[0]!.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, argumentPath: ['input', 'name'] });
    expect(await gw.db.prisma.category.count({ where: { name: { startsWith: 'x' } } })).toBe(0);
  });

  it('well-formed text of any script passes', async () => {
    const res = await gw.gql('query($s: String!) { post(slug: $s) { id } }', { s: 'ünïcødé-😀-עברית-\u200f' });
    expect(res.body).toEqual({ data: { post: null } });
  });
});

describe('the cost limit uses the variables and the default page size', () => {
  const wide = 'categories { posts(first: $n) { edges { node { title tags { name posts(first: $n) { edges { node { title } } } } } } } }';

  it('the issue example: the same document with n = 100 as a variable is refused like the literal', async () => {
    const variable = await gw.gql(`query($n: Int) { ${wide} }`, { n: 100 });
    const literal = await gw.gql(`{ ${wide.replaceAll('$n', '100')} }`);
    for (const res of [variable, literal]) {
      expect(res.status).toBe(400);
      expect(res.body.errors![0]!.extensions).toMatchObject({ code: ErrorCode.QUERY_TOO_COSTLY });
    }
    expect(variable.body.errors![0]!.extensions!.cost).toBe(literal.body.errors![0]!.extensions!.cost);
  });

  it('fragments, aliases and skipped fields cost what runs, no more and no less', () => {
    const cost = (query: string, variables = {}) => operationCost({ schema, query: parse(query), variables });
    const inline = cost('{ posts(first: 50) { edges { node { title tags { name } } } } }');
    expect(
      cost('{ ...Q } fragment Q on Query { posts(first: 50) { edges { node { ...P } } } } fragment P on Post { title tags { name } }'),
    ).toBe(inline);
    expect(
      cost(
        '{ a: posts(first: 50) { edges { node { title tags { name } } } } b: posts(first: 50) { edges { node { title tags { name } } } } }',
      ),
    ).toBe(2 * inline);
    expect(cost('query($s: Boolean!) { posts(first: 50) @skip(if: $s) { edges { node { title tags { name } } } } }', { s: true })).toBe(0);
  });

  it('a field whose arguments do not fit cannot smuggle the rest past the estimate', async () => {
    const res = await gw.gql(`query($n: Int, $s: String = "x") { p: post(slug: $s) { title } ${wide} }`, { n: 100, s: null });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: ErrorCode.QUERY_TOO_COSTLY });
  });

  it('a fragment that doubles itself past the nodes the estimator walks is refused, not run unmeasured', async () => {
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i + 1} on Site { ...F${i} ...F${i} }`).join(' ');
    const res = await gw.gql(`{ site { ...F14 } } fragment F0 on Site { title } ${fragments}`);
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: ErrorCode.QUERY_TOO_COSTLY });
  });

  it('variables with thousands of unknown keys are refused by the executor (50 errors at most), not estimated', async () => {
    const f = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, 0]));
    const res = await gw.gql('query($f: PostFilter) { posts(filter: $f) { totalCount } }', { f });
    expect(res.status).toBe(400);
    expect(res.body.errors!.length).toBeLessThanOrEqual(51); // 50, then "error limit reached"
    expect(res.body.errors![0]!.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('an omitted page size costs the default page size (20)', () => {
    const cost = (query: string, variables = {}) => operationCost({ schema, query: parse(query), variables });
    const omitted = cost('{ posts { edges { node { title } } } }');
    expect(omitted).toBe(cost(`{ posts(first: ${limits.pageSizeDefault}) { edges { node { title } } } }`));
    expect(omitted).toBe(1 + 20 * 3);
    expect(cost('query($n: Int) { posts(first: $n) { edges { node { title } } } }', { n: 7 })).toBe(1 + 7 * 3);
    // A field's own default (homeFeed shorts: 4) is what runs.
    expect(cost('{ homeFeed { shorts { edges { node { title } } } } }')).toBe(1 + 1 + 4 * 3);
  });

  it('our own operations (every admin document, every GraphiQL tab) fit MAX_COST at the largest page', () => {
    const maxCost = loadConfig({}).maxCost;
    const documents: [string, DocumentNode][] = [
      ...Object.entries(adminDocuments)
        .filter(([name, doc]) => name.endsWith('Document') && (doc as DocumentNode).kind === Kind.DOCUMENT)
        .map(([name, doc]) => [name, doc as DocumentNode] as [string, DocumentNode]),
      ...graphiqlTabs.map((tab, i) => [`GraphiQL tab ${i + 1}`, parse(tab.query)] as [string, DocumentNode]),
    ];
    expect(documents.length).toBeGreaterThan(20);
    const costs = documents.map(([name, query]) => [name, operationCost({ schema, query, variables: sampleVariables(query) })] as const);
    expect(costs.filter(([, cost]) => cost > maxCost)).toEqual([]);
  });
});

/** Values for an operation's required variables; page sizes at their maximum (the worst case). */
function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const values: Record<string, unknown> = {};
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return values;
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && (isNonNullType(type) || name === 'first' || name === 'last')) values[name] = sample(type, name);
  }
  return values;
}

function sample(type: GraphQLInputType, name: string): unknown {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) return [sample(nullable.ofType, name)];
  const named = getNamedType(nullable);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  }
  switch (named.name) {
    case 'Int':
      return name === 'first' || name === 'last' ? limits.pageSizeMax : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-01T00:00:00Z';
    default:
      return 'x';
  }
}
