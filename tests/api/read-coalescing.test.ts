// Identical anonymous reads in flight share one execution (server/src/plugins/use-read-coalescing.ts):
// the rules on a tiny schema whose resolver we hold open, then the real gateway's SQL counts.
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReadCoalescing, type ReadCoalescingStats } from '../../server/src/plugins/use-read-coalescing.ts';
import { graphql } from '../__generated__/index.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';

describe('useReadCoalescing rules', () => {
  let generation = 0;
  let calls = 0;
  let release: () => void = () => {};
  let gate = Promise.resolve();
  let fail = false;
  const hold = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
  };
  const stats: ReadCoalescingStats = { executions: 0, shared: 0 };
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { value(k: Int): Item } type Item { n: Int! list: [Int!]! } type Mutation { bump: Int! }',
      resolvers: {
        Query: {
          value: async (_: unknown, { k }: { k?: number }) => {
            calls += 1;
            const n = calls;
            await gate;
            if (fail) throw new Error('resolver failed');
            return { n: n * 100 + (k ?? 0), list: [1, 2, 3] };
          },
        },
        Mutation: { bump: () => ++generation },
      },
    }),
    maskedErrors: false,
    plugins: [
      useReadCoalescing({ generation: () => String(generation), hasCredentials: (request) => request.headers.has('authorization'), stats }),
    ],
  });
  const post = async (query: string, variables?: object, headers: Record<string, string> = {}): Promise<any> => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  };
  const reset = () => {
    calls = 0;
    stats.executions = 0;
    stats.shared = 0;
    fail = false;
  };

  it('identical anonymous queries in flight run once; each caller gets an equal, separate result', async () => {
    reset();
    hold();
    const answers = Promise.all(Array.from({ length: 5 }, () => post('{ value { n list } }')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const results = await answers;
    expect(calls).toBe(1);
    expect(stats).toEqual({ executions: 1, shared: 4 });
    for (const r of results) expect(r).toEqual({ data: { value: { n: 100, list: [1, 2, 3] } } });
  });

  it('different variables, or a query that arrives after the first finished, run again', async () => {
    reset();
    hold();
    const answers = Promise.all([
      post('query($k: Int) { value(k: $k) { n } }', { k: 1 }),
      post('query($k: Int) { value(k: $k) { n } }', { k: 2 }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect((await answers).map((r) => r.data.value.n)).toEqual([101, 202]);
    expect(await post('query($k: Int) { value(k: $k) { n } }', { k: 1 })).toEqual({ data: { value: { n: 301 } } });
    expect(stats).toEqual({ executions: 3, shared: 0 });
  });

  it('a read that starts after a mutation answered never joins an execution that began before it', async () => {
    reset();
    hold();
    const early = post('{ value { n } }');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await post('mutation { bump }')).toEqual({ data: { bump: expect.any(Number) } });
    const late = post('{ value { n } }');
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect((await early).data.value.n).toBe(100);
    expect((await late).data.value.n).toBe(200);
    expect(stats).toEqual({ executions: 2, shared: 0 });
  });

  it('requests with credentials never share', async () => {
    reset();
    hold();
    const answers = Promise.all([
      post('{ value { n } }', undefined, { authorization: 'Bearer x' }),
      post('{ value { n } }', undefined, { authorization: 'Bearer x' }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    expect((await answers).map((r) => r.data.value.n).sort()).toEqual([100, 200]);
    expect(stats).toEqual({ executions: 0, shared: 0 });
  });

  it('a result with errors is not shared: those waiting run the query themselves', async () => {
    reset();
    hold();
    fail = true;
    const answers = Promise.all(Array.from({ length: 3 }, () => post('{ value { n } }')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const results = await answers;
    expect(calls).toBe(3);
    for (const r of results) expect(r.errors[0].message).toBe('resolver failed');
    expect(stats).toEqual({ executions: 1, shared: 0 });
  });
});

describe.each([
  { shareReads: true, title: 'on the gateway (response cache on, real database)' },
  { shareReads: false, title: 'on the gateway with SHARE_READS=off (control)' },
])('$title', ({ shareReads }) => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await createTestGateway({ config: { shareReads } });
  });
  afterAll(() => gw.close());

  const HOME_FEED = `{ homeFeed { shorts { totalCount edges { node { slug title tags { slug } isFavorite } } }
    notes { totalCount edges { node { slug category { name } hasLab } } } categories { slug postCount } favorites { slug } } }`;

  const NEWEST_POST = graphql(`query CoalesceNewestPost { posts(first: 1) { edges { node { id version } } } }`);
  const TOUCH_POST = graphql(`mutation CoalesceTouchPost($input: UpdatePostInput!) { updatePost(input: $input) { __typename } }`);

  /** An edit by the editor: purges the response cache (a new generation). */
  async function edit() {
    const editor = await gw.editorHeaders();
    const { body } = await gw.gql(NEWEST_POST, {}, editor);
    const { id, version } = body.data!.posts.edges[0]!.node;
    const result = await gw.gql(TOUCH_POST, { input: { id, expectedVersion: version } }, editor);
    expect(result.body.data!.updatePost.__typename).toBe('UpdatePostPayload');
  }
  /** `count` identical anonymous home-feed POSTs sent together: their bodies and the SQL they cost. */
  async function reads(count: number) {
    let bodies: string[] = [];
    const sql = await gw.statements(async () => {
      const responses = await Promise.all(
        Array.from({ length: count }, () =>
          gw.yoga.fetch('http://gateway.test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: HOME_FEED }),
          }),
        ),
      );
      bodies = await Promise.all(responses.map((r) => r.text()));
    });
    return { bodies, sql };
  }

  it(`20 concurrent identical home-feed reads after a purge cost the SQL of ${shareReads ? 'one' : 'twenty'}, with identical bodies`, async () => {
    await edit();
    const single = await reads(1);
    expect(single.sql.length).toBeGreaterThan(0);
    await edit();
    const many = await reads(20);
    expect(many.sql.length).toBe(single.sql.length * (shareReads ? 1 : 20));
    expect(new Set(many.bodies)).toEqual(new Set(single.bodies));
    expect(JSON.parse(single.bodies[0]!).data.homeFeed.shorts.totalCount).toBeGreaterThan(0);
  });
});
