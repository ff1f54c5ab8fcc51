// `npm run fuzz [-- --count 10000 --seed 7 --concurrency 8]`: generated documents, variables and
// bodies against a production-like gateway child process (loopback only; stops after --count
// requests or --max-seconds, default 240). Inputs are mutations of valid operations (GraphiQL's
// tabs, the admin's reads and writes): tokens deleted or duplicated, names swapped, argument
// values replaced, random JSON variables, huge strings, deep nesting, random bytes, wrong content
// types, GET and POST, batches; a third of them as the signed-in editor.
// Prints the status histogram; fails on any 5xx, any masked internal error in an answer of any
// status ("Unexpected error." / INTERNAL_SERVER_ERROR, e.g. in a 200), any request without an
// answer within 10 s, or a gateway that is no longer alive (healthz) at the end. Deterministic for a seed.
import { prng } from './data.ts';
import { editorHeaders, machine, prepareDataDirs, startGateway, type Child } from './support.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const count = num('count', 10_000);
const seed = num('seed', 7);
const concurrency = num('concurrency', 8);
const maxSeconds = num('max-seconds', 240);

const BASE: { query: string; variables?: Record<string, unknown> }[] = [
  {
    query: `query HomeFeed { site { title description } homeFeed { shorts { totalCount edges { node { title publishedAt tags { slug } } } } notes { totalCount edges { node { title category { name } hasLab publishedAt } } } categories { name slug postCount } favorites { title slug } } }`,
  },
  {
    query: `query PostBySlug($slug: String!) { post(slug: $slug) { title kind summary html readingTimeMinutes publishedAt category { name } tags { name } isFavorite } }`,
    variables: { slug: 'embeddings-how-geometry-pretends-to-be-meaning' },
  },
  {
    query: `query Posts($after: String) { posts(first: 5, after: $after, filter: { kind: NOTE }) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title publishedAt } } } }`,
  },
  {
    query: `query Cat($slug: String!, $n: Int) { category(slug: $slug) { name postCount posts(first: $n) { edges { node { slug tags { name } } } } } }`,
    variables: { slug: 'llm', n: 10 },
  },
  { query: `query N($id: ID!) { node(id: $id) { id ... on Post { title } ... on Category { name } } }`, variables: { id: 'UG9zdDox' } },
  {
    query: `query Search($q: String, $status: PostStatus) { posts(first: 20, filter: { search: $q, status: $status }) { edges { node { id title status version } } } }`,
    variables: { q: 'geometry' },
  },
  { query: `{ tags { slug name } categories { slug name position } favoritesRevision viewer { email } }` },
  {
    query: `mutation SignIn($email: String!, $password: String!) { login(email: $email, password: $password) { __typename ... on Error { message } } }`,
    variables: { email: 'nobody@example.com', password: 'wrong password here' },
  },
  {
    query: `mutation($input: CreatePostInput!) { r: createPost(input: $input) { __typename ... on CreatePostPayload { post { id slug } } ... on ValidationError { fieldErrors { path message } } ... on SlugTakenError { suggestion } } }`,
    variables: { input: { title: 'Fuzz', kind: 'SHORT', summary: 'fuzz', tags: ['fuzz'] } },
  },
  {
    query: `mutation($input: UpdatePostInput!) { r: updatePost(input: $input) { __typename ... on ConflictError { currentVersion } ... on Error { message } } }`,
    variables: { input: { id: 'UG9zdDox', expectedVersion: 1, title: 'x' } },
  },
  {
    query: `mutation($ids: [ID!]!, $rev: Int!) { reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ... on Error { message } } }`,
    variables: { ids: ['UG9zdDox'], rev: 0 },
  },
  {
    query: `mutation($input: PostRefInput!) { deletePost(input: $input) { __typename ... on Error { message } } }`,
    variables: { input: { id: 'UG9zdDox' } },
  },
];

const random = prng(seed);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const tokens = (query: string) =>
  query.match(/\.\.\.|[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_]\w*|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[{}()[\]:!=@,]/g) ?? [];

function randomValue(depth = 0): unknown {
  switch (int(depth > 3 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return int(2) === 0;
    case 2:
      return pick([0, -1, 1, 2 ** 31, -(2 ** 53), 1e308, 0.5, NaN]);
    case 3:
      return pick(['', 'x', 'NOTE', 'PUBLISHED', 'UG9zdDox', '\u0000', '💥'.repeat(50), '\'; DROP TABLE "Post"; --', '../../etc/passwd']);
    case 4:
      return 'y'.repeat(pick([1_000, 100_000, 2_000_000]));
    case 5:
      return String.fromCharCode(...Array.from({ length: 20 }, () => int(0xffff)));
    case 6:
      return Array.from({ length: int(5) }, () => randomValue(depth + 1));
    case 7:
      return Object.fromEntries(
        Array.from({ length: int(4) }, () => [
          pick(['id', 'title', 'kind', 'first', 'input', '__proto__', 'constructor']),
          randomValue(depth + 1),
        ]),
      );
    default:
      return pick(['SHORT', 'DRAFT', 'llm', 100, 101, -5]);
  }
}

const literal = () =>
  pick([
    '1',
    '-1',
    '999999999999',
    '1.5',
    'true',
    'null',
    '"x"',
    'NOTE',
    '[]',
    '{}',
    '$nope',
    `"${'z'.repeat(int(2) ? 10 : 50_000)}"`,
    '[1,[2,[3]]]',
    '{ a: 1 }',
  ]);

function mutateDocument(query: string): string {
  const t = tokens(query);
  const times = 1 + int(3);
  for (let k = 0; k < times && t.length > 1; k++) {
    const i = int(t.length);
    switch (int(7)) {
      case 0:
        t.splice(i, 1);
        break; // delete a token
      case 1:
        t.splice(i, 0, t[i]!);
        break; // duplicate it
      case 2: {
        // swap two names
        const names = t.map((x, j) => (/^[A-Za-z_]/.test(x) ? j : -1)).filter((j) => j >= 0);
        const a = pick(names),
          b = pick(names);
        [t[a], t[b]] = [t[b]!, t[a]!];
        break;
      }
      case 3: {
        // replace an argument value
        const colons = t.map((x, j) => (x === ':' && t[j - 2] !== '$' ? j : -1)).filter((j) => j >= 0);
        if (colons.length) t[pick(colons) + 1] = literal();
        break;
      }
      case 4:
        t.splice(
          i,
          0,
          pick(['{', '}', '(', ')', '...', '@include(if: true)', '@skip', '__typename', '__schema { types { name } }', 'a: ', '#']),
        );
        break;
      case 5:
        t[i] = pick(['query', 'mutation', 'subscription', 'fragment', 'on', 'Post', 'posts', 'homeFeed', 'node', 'viewer']);
        break;
      default:
        t.splice(i, int(5));
        break;
    }
  }
  return t.join(' ');
}

function deepDocument(): string {
  const depth = pick([20, 200, 5_000]);
  switch (int(3)) {
    case 0:
      return `{ ${'category(slug: "llm") { posts(first: 1) { edges { node { '.repeat(Math.min(depth, 400))}title${' } } } }'.repeat(Math.min(depth, 400))} }`;
    case 1:
      return `${'{'.repeat(depth)}a${'}'.repeat(depth)}`;
    default:
      return `{ posts(first: ${'['.repeat(depth)}1${']'.repeat(depth)}) { totalCount } }`;
  }
}

interface Shot {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  kind: string;
}

function nextShot(editor: Record<string, string>): Shot {
  const base = pick(BASE);
  const asEditor = random() < 1 / 3 ? editor : {};
  const json = { 'content-type': 'application/json', ...asEditor };
  const roll = int(100);
  let kind: string;
  let payload: Record<string, unknown>;
  if (roll < 35) {
    kind = 'mutated document';
    payload = { query: mutateDocument(base.query), variables: base.variables };
  } else if (roll < 50) {
    kind = 'random variables';
    payload = {
      query: base.query,
      variables:
        int(4) === 0 ? randomValue() : Object.fromEntries(Object.keys(base.variables ?? { x: 1 }).map((key) => [key, randomValue()])),
    };
  } else if (roll < 57) {
    kind = 'deep nesting';
    payload = { query: deepDocument() };
    if (int(2)) payload = { query: base.query, variables: { input: JSON.parse('['.repeat(3_000) + ']'.repeat(3_000)) } };
  } else if (roll < 62) {
    kind = 'huge string';
    payload = { query: base.query.replace(/\}\s*$/, ` # ${'h'.repeat(pick([10_000, 500_000, 1_200_000]))}\n}`) };
  } else if (roll < 67) {
    kind = 'random bytes';
    return {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': pick(['application/json', 'application/graphql-response+json', 'application/octet-stream']), ...asEditor },
      body: Uint8Array.from({ length: 1 + int(4096) }, () => int(256)),
      kind,
    };
  } else if (roll < 74) {
    kind = 'wrong content type';
    return {
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/x-www-form-urlencoded',
          'application/graphql',
          '',
        ]),
        ...asEditor,
      },
      body: pick([JSON.stringify(base), base.query, `query=${encodeURIComponent(base.query)}`, '--x\r\n\r\n--x--']),
      kind,
    };
  } else if (roll < 82) {
    kind = 'GET';
    const query = int(2) ? base.query : mutateDocument(base.query);
    const variables = int(3) === 0 ? '{' + 'not json' : JSON.stringify(int(2) ? (base.variables ?? {}) : randomValue());
    return {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables ?? 'null')}${int(4) === 0 ? '&operationName=Nope' : ''}`,
      headers: { ...asEditor, accept: pick(['application/json', 'application/graphql-response+json', 'text/html', '*/*']) },
      kind,
    };
  } else if (roll < 87) {
    kind = 'batch / odd JSON';
    return {
      method: 'POST',
      path: '/graphql',
      headers: json,
      body: pick([
        JSON.stringify([base, base]),
        'null',
        '[]',
        '"x"',
        '42',
        JSON.stringify({ query: 42 }),
        JSON.stringify({ query: base.query, variables: 'x' }),
        JSON.stringify({ query: base.query, extensions: randomValue() }),
        '{"query":"{ site { title } }"'.repeat(2),
      ]),
      kind,
    };
  } else if (roll < 92) {
    kind = 'operationName';
    payload = { query: `${base.query}\n${base.query}`, operationName: pick([null, 'HomeFeed', 'Nope', 42]), variables: base.variables };
  } else {
    kind = 'valid';
    payload = base;
  }
  return {
    method: 'POST',
    path: pick(['/graphql', '/graphql', '/graphql', '/graphql?x=1', '/graphql/']),
    headers: json,
    body: JSON.stringify(payload),
    kind,
  };
}

const histogram = new Map<string, number>();
const byKind = new Map<string, Map<string, number>>();
const fiveXX: string[] = [];
/** Answers that carry a masked internal error, whatever their status. */
const internal: string[] = [];

/** True when a response body reports an internal error (masked by the gateway). */
export function hasInternalError(body: string): boolean {
  return body.includes('"INTERNAL_SERVER_ERROR"') || body.includes('"Unexpected error."');
}
let noAnswer = 0;
let gateway: Child | undefined;
let cleanup = () => {};
let exitCode = 1;
try {
  console.log(`fuzz: ${machine()}; ${count} requests, seed ${seed}, ${concurrency} at a time, at most ${maxSeconds} s`);
  const prepared = await prepareDataDirs(0);
  cleanup = prepared.cleanup;
  gateway = await startGateway({ env: { DATA_DIR: prepared.dirs[0], CACHE_TTL_SECONDS: '60', LOG_LEVEL: 'error' } });
  const editor = await editorHeaders(gateway.url);
  const started = Date.now();
  let sent = 0;
  const worker = async () => {
    while (sent < count && Date.now() - started < maxSeconds * 1000) {
      sent += 1;
      const shot = nextShot(editor);
      let key: string;
      try {
        const res = await fetch(gateway!.url + shot.path, {
          method: shot.method,
          headers: shot.headers,
          body: shot.body as BodyInit | undefined,
          signal: AbortSignal.timeout(10_000),
        });
        const text = await res.text();
        key = String(res.status);
        if (res.status >= 500) fiveXX.push(`${shot.kind}: ${res.status} ${text.slice(0, 200)}`);
        if (hasInternalError(text)) {
          internal.push(`${shot.kind}: ${res.status} ${shot.method} ${String(shot.body ?? shot.path).slice(0, 300)}`);
          key = `${res.status}+internal`;
        }
      } catch (error) {
        key = 'no answer';
        noAnswer += 1;
        fiveXX.push(`${shot.kind}: ${(error as Error).message}`);
      }
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
      const kinds = byKind.get(shot.kind) ?? new Map<string, number>();
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
      byKind.set(shot.kind, kinds);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (Date.now() - started) / 1000;
  const health = await fetch(`${gateway.url}/healthz`)
    .then((r) => r.status)
    .catch(() => 0);
  const alive = gateway.process.exitCode === null && health === 200;
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${total} requests in ${seconds.toFixed(1)} s; statuses:`);
  for (const [status, n] of [...histogram].sort()) console.log(`  ${status.padEnd(9)} ${String(n).padStart(6)}`);
  console.log('by input kind:');
  for (const [kind, kinds] of [...byKind].sort())
    console.log(
      `  ${kind.padEnd(20)} ${[...kinds]
        .sort()
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
  for (const line of fiveXX.slice(0, 10)) console.log(`  5xx/no answer: ${line}`);
  for (const line of internal.slice(0, 10)) console.log(`  internal error: ${line}`);
  const five = [...histogram].filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
  console.log(
    `\n5xx ${five}, internal errors ${internal.length}, no answer ${noAnswer}, gateway alive afterwards: ${alive ? 'yes' : 'NO'} (healthz ${health})`,
  );
  exitCode = five === 0 && internal.length === 0 && noAnswer === 0 && alive && total === count ? 0 : 1;
  console.log(exitCode === 0 ? 'fuzz: OK' : `fuzz: FAILED${total < count ? ` (only ${total} of ${count} within ${maxSeconds} s)` : ''}`);
  if (exitCode) console.log(gateway.output().slice(-2000));
} catch (error) {
  console.error(error);
} finally {
  await gateway?.stop();
  cleanup();
}
process.exit(exitCode);
