import type { GraphiQLOptions } from 'graphql-yoga';
import { CSRF_HEADER } from '#shared/errors.ts';

// GraphiQL's opening tabs: someone opening /graphql lands on a ready home-feed query and a few examples.
const homeFeed = /* GraphQL */ `# The blog's home page in one request. Press ▶ (Ctrl+Enter).
query HomeFeed {
  site { title description }
  homeFeed {
    shorts { totalCount edges { node { title publishedAt tags { slug } } } }
    notes { totalCount edges { node { title category { name } hasLab publishedAt } } }
    categories { name slug postCount }
    favorites { title slug }
  }
}`;

const postBySlug = /* GraphQL */ `# One post, rendered.
query PostBySlug($slug: String!) {
  post(slug: $slug) {
    title kind summary html readingTimeMinutes publishedAt
    category { name }
    tags { name }
    isFavorite
  }
}`;

const paging = /* GraphQL */ `# Keyset pagination: pass pageInfo.endCursor as "after" for the next page.
query Posts($after: String) {
  posts(first: 5, after: $after, filter: { kind: NOTE }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { title publishedAt } }
  }
}`;

const signIn = /* GraphQL */ `# Editors: sign in (sets a session cookie), then run mutations in this tab.
mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    __typename
    ... on LoginPayload { viewer { email name } }
    ... on Error { message }
  }
}`;

/** The tabs GraphiQL opens with: trusted documents (http/trusted-documents.ts), also run by the argument-guard tests and the benchmark. */
export const graphiqlTabs = [
  { query: homeFeed },
  { query: postBySlug, variables: JSON.stringify({ slug: 'embeddings-how-geometry-pretends-to-be-meaning' }, null, 2) },
  { query: paging },
  { query: signIn, variables: JSON.stringify({ email: 'author@localhost', password: '…printed at start-up…' }, null, 2) },
];

/**
 * GraphiQL at the GraphQL endpoint, for a browser: the opening tabs, and the CSRF header sent
 * with every request, so an editor signed in by the session cookie can run mutations there.
 */
export const graphiqlOptions: GraphiQLOptions = {
  title: 'lenatriestounderstand — content API',
  defaultTabs: graphiqlTabs,
  additionalHeaders: { [CSRF_HEADER]: '1' },
};

let page: Promise<string> | undefined;

/**
 * The GraphiQL page (createYoga's `renderGraphiQL`), self-hosted: @graphql-yoga/render-graphiql
 * inlines the editor's assets, where Yoga's default loads them from a CDN and shows "Loading…"
 * forever on a machine without internet. The ~9 MB page depends only on the options, which are
 * fixed at start, so it is built once. The package is imported on the first page asked for, not
 * at start: its inlined bundle costs ~70 MB resident, which a gateway with GraphiQL off
 * (production) or never opened should not hold (docs/benchmarks.md, "Memory").
 */
export function renderGraphiQLOnce(options: GraphiQLOptions): Promise<string> {
  page ??= import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
  return page;
}
