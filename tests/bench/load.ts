// `npm run load [-- --duration 60 --connections 200 --data 0]`: mixed public reads and editor
// writes against a production-like gateway child process (loopback only, bounded in time).
// `npm run load:fault` (= `load.ts --fault`): the same on a throwaway PostgreSQL 15
// (tests/support/postgres.sh), which is stopped and started again during the load.
//
// Mix: one write per --write-every requests (default 50, i.e. 2%), alternating updatePost (title
// toggle with the latest version this script knows; ConflictError when another connection got
// there first) and reorderFavorites (the known order rotated by one, with the latest known
// revision); the reads per 20: 5 home feed GET, 3 home feed POST, 4 posts pages (POST, 20 with
// category/tags/isFavorite), 4 post by slug (GET), 4 category pages (GET). Every write purges the
// whole response cache, so the write share decides how often reads reach the database.
// Writers sign in through `login` and send the cookie + `x-graphql-yoga-csrf: 1`.
//
// Reported: throughput, p50/p99/max latency, the gateway's resident memory idle (5 s after it is
// ready) and right after the load, errors (socket errors, timeouts, GraphQL errors, and
// among them masked internal errors, which fail the run in every mode, the fault run included),
// status histogram incl. 5xx. Afterwards the database is read directly: every write that got a
// success answer must be there (per post: version advanced by at least — without faults exactly —
// the number of accepted updates, and the title of the highest accepted version; favorites:
// revision advanced by the accepted reorders and the order of the last accepted one).
// Exit code 1 when an expectation fails.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import {
  canPin,
  editorHeaders,
  machine,
  pinSelf,
  prepareDataDirs,
  residentMemoryMb,
  sleep,
  startGateway,
  startThrowawayPostgres,
  type Child,
  type ThrowawayPostgres,
} from './support.ts';
import { ErrorCode } from '#shared/errors.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const fault = args.includes('--fault');
const usePg = fault || args.includes('--pg'); // --pg: on a throwaway PostgreSQL 15 instead of PGlite
const duration = num('duration', fault ? 30 : 60);
const connections = num('connections', 200);
const dataCount = num('data', 0);
const faultAt = num('fault-at', 10); // s after the start of the load
const downFor = num('down-for', 3); // s PostgreSQL stays stopped
const writeEvery = num('write-every', 50); // one write per this many requests, alternating updatePost / reorderFavorites
const WRITE_TARGETS = 20;

const HOME_FEED = `query HomeFeed { site { title } homeFeed {
  shorts { totalCount edges { node { id slug title publishedAt tags { slug } isFavorite } } }
  notes { totalCount edges { node { id slug title publishedAt category { name } tags { slug } hasLab } } }
  categories { slug name postCount } favorites { slug title } } }`;
const POSTS_PAGE = `query Posts($kind: PostKind) { posts(first: 20, filter: { kind: $kind }) { totalCount pageInfo { endCursor hasNextPage }
  edges { node { id slug title category { name } tags { slug } isFavorite } } } }`;
const POST_BY_SLUG = `query Post($slug: String!) { post(slug: $slug) { title summary html readingTimeMinutes category { name } tags { name } isFavorite } }`;
const CATEGORY_PAGE = `query Category($slug: String!) { category(slug: $slug) { name postCount posts(first: 20) { totalCount edges { node { slug title tags { slug } } } } } }`;
const UPDATE = `mutation($input: UpdatePostInput!) { r: updatePost(input: $input) { __typename ... on UpdatePostPayload { post { id version title } } ... on ConflictError { currentVersion } ... on Error { message } } }`;
const REORDER = `mutation($ids: [ID!]!, $rev: Int!) { r: reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename ... on FavoritesPayload { revision } ... on ConflictError { currentVersion } ... on Error { message } } }`;

const get = (query: string, variables?: object) =>
  `/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;

interface Stats {
  statuses: Map<number, number>;
  graphqlErrors: number;
  /** Answers with a masked internal error (INTERNAL_SERVER_ERROR), of any status: failures in every mode. */
  internalErrors: number;
  errorSamples: Map<string, number>;
  socketErrors: number;
  timeouts: number;
}

let pg: ThrowawayPostgres | undefined;
let gateway: Child | undefined;
let cleanup = () => {};

function pgCtl(command: string): void {
  const bin = execFileSync('sh', ['-c', 'dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)"']).toString().trim();
  const options = `-p ${pg!.port} -k '${pg!.dir}' -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const line =
    command === 'start'
      ? `'${bin}/pg_ctl' -D '${pg!.dir}/data' -l '${pg!.dir}/log' -w -t 30 -o "${options}" start`
      : `'${bin}/pg_ctl' -D '${pg!.dir}/data' -m fast -w -t 30 stop`;
  if (process.getuid?.() === 0) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'ignore' });
  else execFileSync('sh', ['-c', line], { stdio: 'ignore' });
}

async function main(): Promise<number> {
  console.log(
    `load: ${machine()}; ${connections} connections for ${duration} s${fault ? `, PostgreSQL stopped at ${faultAt} s for ${downFor} s` : ''}`,
  );
  if (canPin()) pinSelf(0);
  const cpu = canPin() ? 1 : undefined;
  let env: Record<string, string>;
  if (usePg) {
    pg = startThrowawayPostgres();
    const { url, dir } = pg;
    cleanup = pg.stop;
    if (dataCount) {
      const { openDatabase } = await import('../../server/src/db/database.ts');
      const { applyMigrations } = await import('../../server/src/db/migrate.ts');
      const { seedContent } = await import('../../server/src/db/seed.ts');
      const { generatePosts } = await import('./data.ts');
      const db = await openDatabase({ databaseUrl: url });
      await applyMigrations({ driver: db.driver });
      await seedContent(db.prisma);
      await generatePosts(db.prisma, { count: dataCount, seed: 42 });
      await db.close();
    }
    env = { DATABASE_URL: url };
    console.log(`PostgreSQL 15 on 127.0.0.1:${pg.port} (${dir})`);
  } else {
    const prepared = await prepareDataDirs(dataCount);
    cleanup = prepared.cleanup;
    env = { DATA_DIR: prepared.dirs[0]! };
  }
  gateway = await startGateway({ env: { ...env, CACHE_TTL_SECONDS: '60' }, cpu });
  const url = gateway.url;
  // Idle: after start-up settled (the render thread warmed at start is still alive).
  await sleep(5_000);
  const rssIdle = residentMemoryMb(gateway.process.pid);
  const editor = await editorHeaders(url);
  const gql = async (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  // What the readers read, and what the writers write to.
  const feed = (await gql(HOME_FEED)).homeFeed;
  const slugs: string[] = [...feed.shorts.edges, ...feed.notes.edges].map((e: { node: { slug: string } }) => e.node.slug);
  const categories: string[] = feed.categories.map((c: { slug: string }) => c.slug);
  const targets: { id: string; version: number; base: string; initial: number }[] = [];
  for (let k = 0; k < WRITE_TARGETS; k++) {
    const created = await gql(
      `mutation($input: CreatePostInput!) { r: createPost(input: $input) { __typename ... on CreatePostPayload { post { id version } } } }`,
      { input: { title: `Load Target ${k}`, kind: 'SHORT', summary: 'Written by npm run load.' } },
      editor,
    );
    targets.push({ id: created.r.post.id, version: created.r.post.version, base: `Load Target ${k}`, initial: created.r.post.version });
  }
  const favs = await gql(`{ favorites { id } favoritesRevision }`, undefined, editor);
  const favorites = {
    order: favs.favorites.map((p: { id: string }) => p.id) as string[],
    revision: favs.favoritesRevision as number,
    initial: favs.favoritesRevision as number,
  };

  const acceptedUpdates: { id: string; version: number; title: string }[] = [];
  const acceptedReorders: { revision: number; order: string[] }[] = [];
  let conflicts = 0;
  let writesSent = 0;
  // Writes without an answer (timed out, in flight when the run ended, or failed during a fault)
  // may or may not have committed: they bound how far a row may move beyond the accepted writes.
  const sentTo: number[] = [];
  const answeredTo: number[] = [];
  let reordersSent = 0;
  let reordersAnswered = 0;
  const stats: Stats = { statuses: new Map(), graphqlErrors: 0, internalErrors: 0, errorSamples: new Map(), socketErrors: 0, timeouts: 0 };
  const jsonHeaders = { 'content-type': 'application/json' };
  let counter = 0;

  type Ctx = { kind?: string; target?: number; order?: string[]; sentAt?: number; op?: string };
  const slowest = new Map<string, number>(); // operation → max latency (ms, from request build to answer)
  const request = {
    method: 'GET' as const,
    setupRequest(req: any, context: Ctx) {
      const i = counter++;
      const slot =
        i % writeEvery === writeEvery - 1
          ? Math.floor(i / writeEvery) % 2 === 0
            ? 18
            : 19
          : i % 20 === 18 || i % 20 === 19
            ? (i % 20) - 4 - (i % 2) * 3
            : i % 20;
      context.kind = 'read';
      context.sentAt = performance.now();
      context.op = [
        'feed GET',
        'feed GET',
        'feed GET',
        'feed GET',
        'feed GET',
        'feed POST',
        'feed POST',
        'feed POST',
        'posts page',
        'posts page',
        'posts page',
        'posts page',
        'post by slug',
        'post by slug',
        'post by slug',
        'category',
        'category',
        'category',
        'updatePost',
        'reorderFavorites',
      ][slot];
      if (slot < 5) return { ...req, method: 'GET', path: get(HOME_FEED), headers: {} };
      if (slot < 8) return { ...req, method: 'POST', path: '/graphql', headers: jsonHeaders, body: JSON.stringify({ query: HOME_FEED }) };
      if (slot < 12)
        return {
          ...req,
          method: 'POST',
          path: '/graphql',
          headers: jsonHeaders,
          body: JSON.stringify({ query: POSTS_PAGE, variables: { kind: i % 3 === 0 ? null : i % 3 === 1 ? 'NOTE' : 'SHORT' } }),
        };
      if (slot < 15) return { ...req, method: 'GET', path: get(POST_BY_SLUG, { slug: slugs[i % slugs.length] }), headers: {} };
      if (slot < 18) return { ...req, method: 'GET', path: get(CATEGORY_PAGE, { slug: categories[i % categories.length] }), headers: {} };
      writesSent += 1;
      if (slot === 18) {
        const k = Math.floor(i / writeEvery / 2) % targets.length;
        const t = targets[k]!;
        sentTo[k] = (sentTo[k] ?? 0) + 1;
        context.kind = 'update';
        context.target = k;
        const title = `${t.base} v${t.version + 1}`;
        return {
          ...req,
          method: 'POST',
          path: '/graphql',
          headers: { ...jsonHeaders, ...editor },
          body: JSON.stringify({ query: UPDATE, variables: { input: { id: t.id, expectedVersion: t.version, title } } }),
        };
      }
      context.kind = 'reorder';
      reordersSent += 1;
      context.order = [...favorites.order.slice(1), favorites.order[0]!];
      return {
        ...req,
        method: 'POST',
        path: '/graphql',
        headers: { ...jsonHeaders, ...editor },
        body: JSON.stringify({ query: REORDER, variables: { ids: context.order, rev: favorites.revision } }),
      };
    },
    onResponse(status: number, body: string, context: Ctx) {
      stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
      const took = performance.now() - context.sentAt!;
      if (took > (slowest.get(context.op!) ?? 0)) slowest.set(context.op!, took);
      let parsed: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      if (!parsed || parsed.errors) {
        stats.graphqlErrors += 1;
        if (parsed?.errors?.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR || e.message === 'Unexpected error.'))
          stats.internalErrors += 1;
        const sample = parsed?.errors?.[0]
          ? `${status} ${parsed.errors[0].message} ${parsed.errors[0].extensions?.code ?? ''}`.trim()
          : `${status} ${body.slice(0, 120)}`;
        stats.errorSamples.set(sample, (stats.errorSamples.get(sample) ?? 0) + 1);
        return;
      }
      const r = parsed.data?.r;
      if (context.kind === 'reorder') reordersAnswered += 1;
      if (context.kind === 'update') {
        answeredTo[context.target!] = (answeredTo[context.target!] ?? 0) + 1;
        const t = targets[context.target!]!;
        if (r?.__typename === 'UpdatePostPayload') {
          acceptedUpdates.push({ id: t.id, version: r.post.version, title: r.post.title });
          t.version = Math.max(t.version, r.post.version);
        } else if (r?.__typename === 'ConflictError') {
          conflicts += 1;
          t.version = Math.max(t.version, r.currentVersion);
        } else stats.errorSamples.set(`update answered ${r?.__typename}`, 1);
      } else if (context.kind === 'reorder') {
        if (r?.__typename === 'FavoritesPayload') {
          acceptedReorders.push({ revision: r.revision, order: context.order! });
          if (r.revision > favorites.revision) {
            favorites.revision = r.revision;
            favorites.order = context.order!;
          }
        } else if (r?.__typename === 'ConflictError') {
          conflicts += 1;
          favorites.revision = Math.max(favorites.revision, r.currentVersion);
        } else stats.errorSamples.set(`reorder answered ${r?.__typename}`, 1);
      }
    },
  };

  // Timeline: per-response latency with its completion time (for the outage window).
  const t0 = Date.now();
  const timeline: { at: number; ms: number; ok: boolean }[] = [];
  const instance = autocannon({ url, connections, duration, timeout: 10, requests: [request] });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) =>
    timeline.push({ at: Date.now() - t0, ms, ok: status < 500 }),
  );
  instance.on('reqError', (error: Error) => {
    if (/timed out/.test(error.message)) stats.timeouts += 1;
    else stats.socketErrors += 1;
    timeline.push({ at: Date.now() - t0, ms: NaN, ok: false });
  });
  const finished = new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
  // Connections the kernel completed but the gateway has not accepted yet, sampled every 250 ms.
  const acceptQueue = { max: 0, samples: 0, nonZero: 0 };
  const sampler = setInterval(() => {
    const queued = acceptBacklog(gateway!.port);
    if (queued === undefined) return;
    acceptQueue.samples += 1;
    if (queued > 0) acceptQueue.nonZero += 1;
    acceptQueue.max = Math.max(acceptQueue.max, queued);
  }, 250);

  let faultReport: string[] = [];
  if (fault) faultReport = await injectFault(url, editor, t0);
  const result = await finished;
  clearInterval(sampler);
  const rssAfterLoad = residentMemoryMb(gateway.process.pid);

  const five = [...stats.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const errors = stats.graphqlErrors + stats.socketErrors + stats.timeouts;
  const maxLatency = Math.max(...timeline.filter((t) => !Number.isNaN(t.ms)).map((t) => t.ms));
  console.log(
    `\nthroughput ${result.requests.average.toFixed(0)} req/s (${result.requests.total} requests in ${duration} s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${Math.round(maxLatency)} ms`,
  );
  console.log(
    `statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}; 5xx ${five}; errors ${errors} (GraphQL/parse ${stats.graphqlErrors}, of them internal ${stats.internalErrors}, socket ${stats.socketErrors}, timeouts ${stats.timeouts})`,
  );
  console.log(
    `writes: ${writesSent} sent, ${acceptedUpdates.length} updatePost + ${acceptedReorders.length} reorderFavorites accepted, ${conflicts} ConflictError (expected: ${connections} connections race for ${WRITE_TARGETS} posts and one list)`,
  );
  const buckets = new Map<number, number>();
  for (const t of timeline)
    if (!Number.isNaN(t.ms)) buckets.set(Math.floor(t.at / 5000), Math.max(buckets.get(Math.floor(t.at / 5000)) ?? 0, t.ms));
  console.log(`max latency per 5 s: ${[...buckets].map(([b, ms]) => `${b * 5}s ${ms.toFixed(0)}`).join(', ')}`);
  console.log(
    acceptQueue.samples
      ? `accept queue (connections waiting for the gateway to accept them): max ${acceptQueue.max}, non-empty in ${acceptQueue.nonZero} of ${acceptQueue.samples} samples`
      : 'accept queue: not measured (no /proc/net/tcp)',
  );
  console.log(`resident memory of the gateway (VmRSS): idle ${rssIdle ?? '?'} MB, after the load ${rssAfterLoad ?? '?'} MB`);
  console.log(`slowest answer per operation: ${[...slowest].map(([op, ms]) => `${op} ${ms.toFixed(0)} ms`).join(', ')}`);
  for (const [sample, count] of stats.errorSamples) console.log(`  error ×${count}: ${sample}`);
  for (const line of faultReport) console.log(line);

  // Verification: straight from the database, after the gateway has stopped.
  await gateway.stop();
  gateway = undefined;
  const { openDatabase } = await import('../../server/src/db/database.ts');
  const { decodeGlobalID } = await import('@pothos/plugin-relay');
  const db = await openDatabase(usePg ? { databaseUrl: pg!.url } : { dataDir: `${env.DATA_DIR}/pglite` });
  const problems: string[] = [];
  try {
    for (const t of targets) {
      const row = await db.prisma.post.findUniqueOrThrow({ where: { id: decodeGlobalID(t.id).id } });
      const mine = acceptedUpdates.filter((u) => u.id === t.id);
      const versions = new Set(mine.map((u) => u.version));
      if (versions.size !== mine.length) problems.push(`${t.base}: two accepted updates share a version`);
      const advanced = row.version - t.initial;
      const k = targets.indexOf(t);
      const inDoubt = (sentTo[k] ?? 0) - (answeredTo[k] ?? 0);
      if (advanced < mine.length || advanced > mine.length + inDoubt)
        problems.push(`${t.base}: version advanced by ${advanced}, ${mine.length} updates accepted, ${inDoubt} unanswered`);
      const last = mine.reduce<(typeof mine)[number] | undefined>((a, b) => (!a || b.version > a.version ? b : a), undefined);
      if (last && row.version === last.version && row.title !== last.title)
        problems.push(`${t.base}: title ${row.title}, last accepted ${last.title}`);
      if (last && row.version < last.version) problems.push(`${t.base}: version ${row.version} < accepted ${last.version} (lost write)`);
    }
    const site = await db.prisma.site.findUniqueOrThrow({ where: { id: 1 } });
    const stored = (await db.prisma.favorite.findMany({ orderBy: { position: 'asc' } })).map((f) => f.postId);
    const advanced = site.favoritesRevision - favorites.initial;
    const reordersInDoubt = reordersSent - reordersAnswered;
    if (advanced < acceptedReorders.length || advanced > acceptedReorders.length + reordersInDoubt)
      problems.push(
        `favorites: revision advanced by ${advanced}, ${acceptedReorders.length} reorders accepted, ${reordersInDoubt} unanswered`,
      );
    const lastReorder = acceptedReorders.reduce<(typeof acceptedReorders)[number] | undefined>(
      (a, b) => (!a || b.revision > a.revision ? b : a),
      undefined,
    );
    if (lastReorder && site.favoritesRevision === lastReorder.revision) {
      const expected = lastReorder.order.map((id) => decodeGlobalID(id).id);
      if (JSON.stringify(expected) !== JSON.stringify(stored)) problems.push('favorites: stored order is not the last accepted one');
    }
    if (lastReorder && site.favoritesRevision < lastReorder.revision)
      problems.push('favorites: revision below an accepted one (lost write)');
    const committed = acceptedUpdates.length + acceptedReorders.length;
    const unanswered = writesSent - reordersAnswered - answeredTo.reduce((a, b) => a + (b ?? 0), 0);
    console.log(
      `verified in the database: ${committed} committed writes (${acceptedUpdates.length} updates over ${WRITE_TARGETS} posts, ${acceptedReorders.length} reorders) — ${unanswered} writes unanswered (in flight at the end or failed) — ${problems.length ? `PROBLEMS:\n  ${problems.join('\n  ')}` : 'all present, none lost'}`,
    );
  } finally {
    await db.close();
  }
  const failedExpectations = [...problems];
  if (!fault && errors) failedExpectations.push(`${errors} errors`);
  if (five && !fault) failedExpectations.push(`${five} responses with 5xx`);
  // Even while the database is down: the answer must say so (503 SERVICE_UNAVAILABLE), not be masked.
  if (stats.internalErrors) failedExpectations.push(`${stats.internalErrors} masked internal errors`);
  if (fault && faultReport.some((line) => line.includes('FAILED'))) failedExpectations.push('fault expectations');
  console.log(failedExpectations.length ? `\nload: FAILED — ${failedExpectations.join('; ')}` : '\nload: OK');
  return failedExpectations.length ? 1 : 0;

  /** Stops PostgreSQL at faultAt, starts it again downFor s later; measures readiness and recovery. */
  async function injectFault(url: string, headers: Record<string, string>, t0: number): Promise<string[]> {
    const probe = async (path: string, init: RequestInit = {}) => {
      const started = Date.now();
      try {
        const res = await fetch(url + path, { ...init, signal: AbortSignal.timeout(10_000) });
        const text = await res.text();
        return { status: res.status, text, ms: Date.now() - started };
      } catch (error) {
        return { status: 0, text: String(error), ms: Date.now() - started };
      }
    };
    // A read that must reach the database: as the editor (bypasses the response cache).
    const query = () =>
      probe('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ posts(first: 1) { totalCount } }' }),
      });
    const ok = (r: { status: number; text: string }) => r.status === 200 && !r.text.includes('"errors"');
    await sleep(faultAt * 1000 - (Date.now() - t0));
    const stopAt = Date.now();
    pgCtl('stop');
    const stoppedAt = Date.now();
    let unreadyAfter = NaN;
    let queryFailedAfter = NaN;
    const outageProbes: { status: number; text: string; ms: number }[] = [];
    while (Date.now() - stoppedAt < downFor * 1000) {
      const [ready, q] = await Promise.all([probe('/readyz'), query()]);
      if (Number.isNaN(unreadyAfter) && ready.status === 503) unreadyAfter = Date.now() - stopAt;
      if (Number.isNaN(queryFailedAfter) && !ok(q)) queryFailedAfter = Date.now() - stopAt;
      outageProbes.push(q);
      await sleep(50);
    }
    const startCmdAt = Date.now();
    pgCtl('start');
    const upAt = Date.now();
    let readyAfter = NaN;
    let queryOkAfter = NaN;
    while (Date.now() - upAt < 15_000 && (Number.isNaN(readyAfter) || Number.isNaN(queryOkAfter))) {
      const [ready, q] = await Promise.all([probe('/readyz'), query()]);
      if (Number.isNaN(readyAfter) && ready.status === 200) readyAfter = Date.now() - upAt;
      if (Number.isNaN(queryOkAfter) && ok(q)) queryOkAfter = Date.now() - upAt;
      await sleep(50);
    }
    const outageFrom = stopAt - t0;
    const outageTo = upAt - t0 + (Number.isNaN(queryOkAfter) ? 15_000 : queryOkAfter);
    const during = timeline.filter((t) => t.at >= outageFrom && t.at <= outageTo + 1000);
    const maxDuring = Math.max(...during.filter((t) => !Number.isNaN(t.ms)).map((t) => t.ms));
    const failedDuring = during.filter((t) => !t.ok).length;
    const sampleError = outageProbes.find((p) => !ok(p));
    const lines = [
      `fault: pg_ctl stop -m fast took ${stoppedAt - stopAt} ms; PostgreSQL down ${upAt - stoppedAt} ms (pg_ctl start -w took ${upAt - startCmdAt} ms)`,
      `  /readyz 503 after ${unreadyAfter} ms from the stop command; DB-backed query failing after ${queryFailedAfter} ms`,
      `  during the outage: probe latency max ${Math.max(...outageProbes.map((p) => p.ms))} ms; load responses max ${maxDuring} ms, ${during.length} responses, ${failedDuring} 5xx/socket errors`,
      `  error a client saw: ${sampleError ? `${sampleError.status} ${sampleError.text.slice(0, 300)}` : '(none)'}`,
      `  after pg_ctl start returned: /readyz 200 after ${readyAfter} ms, DB-backed query OK after ${queryOkAfter} ms`,
      `  recovery within 5 s: ${Math.max(readyAfter, queryOkAfter) <= 5000 ? 'yes' : 'FAILED'}; fail fast (< 5 s): ${Math.max(...outageProbes.map((p) => p.ms)) < 5000 ? 'yes' : 'FAILED'}; unready within 5 s: ${unreadyAfter <= 5000 ? 'yes' : 'FAILED'}`,
    ];
    return lines;
  }
}

/**
 * The listening socket's accept backlog on `port` (Linux: rx_queue of the LISTEN row in
 * /proc/net/tcp), or undefined where that file does not exist. Why it is watched: docs/benchmarks.md,
 * "npm run load" — connections that waited there > 10 s were the timeouts of the first runs.
 */
function acceptBacklog(port: number): number | undefined {
  let table: string;
  try {
    table = readFileSync('/proc/net/tcp', 'utf8');
  } catch {
    return undefined;
  }
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const line of table.split('\n').slice(1)) {
    const [, local, , state, queues] = line.trim().split(/\s+/);
    if (state === '0A' && local?.endsWith(`:${hexPort}`)) return parseInt(queues!.split(':')[1]!, 16);
  }
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error);
} finally {
  await gateway?.stop();
  cleanup();
}
process.exit(code);
