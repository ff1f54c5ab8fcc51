/** The path Yoga serves GraphQL (and GraphiQL) on: createYoga's `graphqlEndpoint`. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** Any origin: lets a bare request target (`/graphql?x`, as node:http gives it) be parsed. */
const PLACEHOLDER_ORIGIN = 'http://gateway.invalid';

/**
 * True when Yoga answers `url` (a request's URL, or a node request target starting with `/`) as
 * its GraphQL endpoint `endpoint`, rather than with 404. This is Yoga's own test (graphql-yoga 5,
 * plugins/use-unhandled-route.ts and use-graphiql.ts), restated so that every plugin that guards
 * the endpoint (rate limit, Cache-Control, CORS) covers exactly what Yoga serves:
 * - the pathname is `/graphql` or `/graphql/` (any query string), compared case-sensitively and
 *   without percent-decoding, as URLPattern does;
 * - or the whole URL, query string included, ends with `/graphql` or `/graphql/` — so Yoga also
 *   serves `/anything/graphql` and `/x?y=/graphql`, and those count as the endpoint here too.
 * tests/api/graphql-endpoint.test.ts compares this with what the real gateway answers.
 */
export function isGraphqlEndpoint(url: string, endpoint: string = GRAPHQL_ENDPOINT): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, PLACEHOLDER_ORIGIN);
  } catch {
    return false;
  }
  const { pathname, href } = parsed;
  const endsWithEndpoint = (text: string) => text.endsWith(endpoint) || text.endsWith(`${endpoint}/`);
  // Both the string as given (Yoga tests request.url as it is) and its normalised form: if
  // either ends with the endpoint, Yoga may serve it, so it is guarded.
  return pathname === endpoint || pathname === `${endpoint}/` || endsWithEndpoint(url) || endsWithEndpoint(href);
}
