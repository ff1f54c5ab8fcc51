// GraphiQL's opening tabs (issue #2: "opens with a ready home-feed query and a few examples").
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

export const graphiqlTabs = [
  { query: homeFeed },
  { query: postBySlug, variables: JSON.stringify({ slug: 'embeddings-how-geometry-pretends-to-be-meaning' }, null, 2) },
  { query: paging },
  { query: signIn, variables: JSON.stringify({ email: 'author@localhost', password: '…printed at start-up…' }, null, 2) },
];
