// `npm run cluster [-- --duration 60 --connections 200]`: several gateways as an operator runs them
// (docs/several-gateways.md), with real processes on loopback: a throwaway PostgreSQL 15
// (tests/support/postgres.sh), Debian's redis-server (tests/support/redis.ts), two gateway
// processes (server/src/main.ts with REDIS_URL) and Debian's nginx in front of them, rendered from
// deploy/nginx.conf (tests/support/nginx.ts). Bounded in time; everything is stopped at the end.
//
// Phases, each printing its figures:
//  1. propagation, quiet: an anonymous GET cached on one gateway, the post's title changed through
//     the other, then the first polled every 2 ms: how long it served the stale title (target:
//     under 100 ms, as the shared generation + pub/sub promise);
//  2. one budget: RATE_LIMIT_PER_MINUTE requests from one client address, alternately through each
//     gateway, then more: exactly the budget is answered, the rest get 429; likewise
//     LOGIN_MAX_FAILURES failed sign-ins spread over both, then the account is refused on both;
//  3. throughput of anonymous GETs through nginx with one gateway behind it, then with two;
//  4. mixed load through nginx (--connections, one editor write per 50 requests) for --duration s,
//     during which gateway B is killed with SIGKILL (at 25 %) and started again 3 s later, and
//     redis-server is killed (at 60 %) and started again 5 s later; propagation is probed every
//     500 ms meanwhile. Counted as errors: any GET not answered 200 with data (nginx retries an
//     idempotent request on the surviving gateway, so the kill must not show), any write answered
//     with a GraphQL error or a 5xx — except a write in flight on B when it was killed, which is
//     "in doubt" (it may or may not have committed) — socket errors, timeouts, and every masked
//     internal error. Afterwards every accepted write is checked in the database (none lost);
//  5. after the faults: propagation and the shared budget again, proving the gateways went back to
//     shared state by themselves.
// Exit code 1 when an expectation fails. `--without-redis`: phases 1 and 2 with the gateways
// started without REDIS_URL — the "before" this setup fixes (stale for the cache's TTL, a budget
// per gateway); it exits 1 if they agree anyway, since then the measurement could not tell. Client addresses: TRUST_PROXY=2 (a CDN hop in front of
// nginx), so a request names its client in X-Forwarded-For and nginx appends its own peer.
import { decodeGlobalID } from '@pothos/plugin-relay';
import autocannon from 'autocannon';
import { CSRF_HEADER, ErrorCode } from '#shared/errors.ts';
import { openDatabase } from '../../server/src/db/database.ts';
import { startNginx, type TestNginx } from '../support/nginx.ts';
import { startRedis, type TestRedis } from '../support/redis.ts';
import { EDITOR, machine, sleep, startGateway, startThrowawayPostgres, type Child, type ThrowawayPostgres } from './support.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const duration = num('duration', 60);
/** The "before": the same two gateways without REDIS_URL, phases 1 and 2 only (a few trials), to show what Redis fixes. */
const withoutRedis = args.includes('--without-redis');
const connections = num('connections', 200);
const throughputSeconds = num('throughput-duration', Math.max(5, Math.round(duration / 4)));
const WRITE_EVERY = 50;
const WRITE_TARGETS = 20;
/** The per-address budget the gateways run with: high enough that the load's 4,096 addresses stay under it. */
const BUDGET = 600;
const LOGIN_MAX_FAILURES = 5;
/** What the issue asks: a change through any gateway is served by every gateway within this. */
const PROPAGATION_TARGET_MS = 100;
if (duration < 30) throw new Error('--duration must be at least 30 (s): the load phase kills a gateway and Redis and waits for both');

const POST_BY_SLUG = 'query ClusterPost($slug: String!) { post(slug: $slug) { title } }';
const HOME_FEED = `query ClusterHome { site { title } homeFeed {
  shorts { totalCount edges { node { id slug title tags { slug } isFavorite } } }
  notes { totalCount edges { node { id slug title category { name } hasLab } } } categories { slug name postCount } favorites { slug } } }`;
const POSTS_PAGE = `query ClusterPosts { posts(first: 20) { totalCount edges { node { slug title category { name } tags { slug } } } } }`;
const CATEGORY_PAGE = `query ClusterCategory($slug: String!) { category(slug: $slug) { name postCount posts(first: 20) { edges { node { slug title } } } } }`;
const UPDATE = `mutation ClusterUpdate($input: UpdatePostInput!) { r: updatePost(input: $input) {
  __typename ... on UpdatePostPayload { post { id version title } } ... on ConflictError { currentVersion } ... on Error { message } } }`;
const LOGIN = 'mutation ClusterLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }';

const getPath = (query: string, variables?: object) =>
  `/graphql?query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ''}`;
/** X-Forwarded-For for client `address`: through nginx (which appends its peer) or straight to a gateway (as nginx would forward it). */
const forwardedFor = (address: string, direct: boolean) => ({ 'x-forwarded-for': direct ? `${address}, 127.0.0.1` : address });
const loadAddress = (i: number) => `198.18.${(i >> 8) & 15}.${i & 255}`;

type Body = { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };

let setupRequests = 0;
/** A POST straight to one gateway; each from a new address (10.3.x.y) unless `headers` names one, so set-up never meets the budget. */
async function gql(url: string, query: string, variables: object, headers: Record<string, string>): Promise<Body> {
  setupRequests += 1;
  const address = `10.3.${(setupRequests >> 8) & 255}.${setupRequests & 255}`;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwardedFor(address, true), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await res.json()) as Body;
}

async function signIn(url: string, address: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...forwardedFor(address, true) },
    body: JSON.stringify({ query: LOGIN, variables: { e: EDITOR.email, p: EDITOR.password } }),
  });
  const body = (await res.json()) as Body;
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (body.data?.login?.__typename !== 'LoginPayload' || !cookie) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return { cookie, [CSRF_HEADER]: '1' };
}

const percentile = (values: number[], p: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

let pg: ThrowawayPostgres | undefined;
let redis: TestRedis | undefined;
const gateways: (Child | undefined)[] = [];
const balancers: TestNginx[] = [];

async function main(): Promise<number> {
  console.log(
    `cluster: ${machine()}; 2 gateways on PostgreSQL 15 + redis-server behind nginx; load ${connections} connections for ${duration} s`,
  );
  const failures: string[] = [];
  pg = startThrowawayPostgres();
  redis = await startRedis();
  const env = {
    DATABASE_URL: pg.url,
    REDIS_URL: withoutRedis ? '' : redis.url,
    TRUST_PROXY: '2',
    RATE_LIMIT_PER_MINUTE: String(BUDGET),
    LOGIN_MAX_FAILURES: String(LOGIN_MAX_FAILURES),
    CACHE_TTL_SECONDS: '60',
  };
  // One after the other: the first applies the migrations and loads the blog's content.
  const started = performance.now();
  gateways[0] = await startGateway({ env });
  gateways[1] = await startGateway({ env });
  const ports = gateways.map((g) => g!.port);
  const [urlA, urlB] = gateways.map((g) => g!.url) as [string, string];
  const both = await startNginx({ upstreams: ports.map((port) => `127.0.0.1:${port}`) });
  const onlyA = await startNginx({ upstreams: [`127.0.0.1:${ports[0]}`] });
  balancers.push(both, onlyA);
  console.log(
    `started in ${((performance.now() - started) / 1000).toFixed(1)} s: PostgreSQL :${pg.port}, redis :${redis.port}, gateways A :${ports[0]} B :${ports[1]}, nginx :${both.port} (A+B) and :${onlyA.port} (A only)`,
  );

  const editor = await signIn(urlA, '10.0.0.1');
  /** A published short post, created and published through A: its id, slug and version. */
  const create = async (title: string) => {
    const created = await gql(
      urlA,
      'mutation($input: CreatePostInput!) { r: createPost(input: $input) { __typename ... on CreatePostPayload { post { id slug } } } }',
      { input: { title, kind: 'SHORT', summary: 'Written by npm run cluster.' } },
      editor,
    );
    const id = created.data?.r?.post?.id as string | undefined;
    if (!id) throw new Error(`createPost failed: ${JSON.stringify(created)}`);
    const published = await gql(
      urlA,
      'mutation($input: PublishPostInput!) { r: publishPost(input: $input) { __typename ... on PublishPostPayload { post { id slug version } } } }',
      { input: { id } },
      editor,
    );
    const post = published.data?.r?.post as { id: string; slug: string; version: number } | undefined;
    if (!post) throw new Error(`publishPost failed: ${JSON.stringify(published)}`);
    return post;
  };

  // ---- 1. propagation
  const probePost = await create('Cluster propagation probe');
  let probeVersion = probePost.version;
  let probeNumber = 0;
  /**
   * One trial: the probe post read (and so cached) on `reader`, retitled through `writer`, then
   * read on `reader` again every 2 ms, each read sent without waiting for the one before (under
   * load one read can take longer than the whole delay measured), until a read returns the new
   * title. Result: how long after the write's answer a read sent to `reader` could still get the
   * old title — the send time of the last stale read (0 when none was) — or Infinity after 5 s.
   */
  const propagation = async (writer: string, reader: string): Promise<number> => {
    probeNumber += 1;
    const address = `10.1.${(probeNumber >> 8) & 255}.${probeNumber & 255}`;
    const read = async () => {
      const res = await fetch(reader + getPath(POST_BY_SLUG, { slug: probePost.slug }), {
        headers: forwardedFor(address, true),
        signal: AbortSignal.timeout(10_000),
      });
      return ((await res.json()) as Body).data?.post?.title as string | undefined;
    };
    await read(); // cached now, as it was before the change
    const title = `Cluster propagation probe ${probeNumber}`;
    const body = await gql(writer, UPDATE, { input: { id: probePost.id, expectedVersion: probeVersion, title } }, editor);
    if (body.data?.r?.__typename !== 'UpdatePostPayload') throw new Error(`probe update failed: ${JSON.stringify(body)}`);
    probeVersion = body.data.r.post.version;
    const committed = performance.now();
    let lastStale = 0;
    let fresh = false;
    // Each read's failure is kept, not left to reject unobserved while the loop goes on (that
    // would end the process); the first one is thrown once every read has settled.
    let failed: unknown;
    const reads: Promise<void>[] = [];
    while (!fresh && failed === undefined && performance.now() - committed < 5_000) {
      const sentAt = performance.now() - committed;
      reads.push(
        read().then(
          (seen) => {
            if (seen === title) fresh = true;
            else lastStale = Math.max(lastStale, sentAt);
          },
          (error: unknown) => {
            failed ??= error;
          },
        ),
      );
      await sleep(2);
    }
    await Promise.all(reads);
    if (failed !== undefined) throw failed;
    return fresh ? lastStale : Infinity;
  };
  const propagationRound = async (label: string, trials: number, failOver: boolean) => {
    const delays: number[] = [];
    for (let i = 0; i < trials; i++) delays.push(await propagation(i % 2 ? urlB : urlA, i % 2 ? urlA : urlB));
    const over = delays.filter((ms) => ms > PROPAGATION_TARGET_MS).length;
    console.log(
      `propagation ${label}: ${trials} changes (A→B and B→A): stale reads sent up to p50 ${percentile(delays, 50).toFixed(1)} ms, p95 ${percentile(delays, 95).toFixed(1)} ms, max ${Math.max(...delays).toFixed(1)} ms; ${over} over ${PROPAGATION_TARGET_MS} ms`,
    );
    if (failOver && over) failures.push(`propagation ${label}: ${over} of ${trials} over ${PROPAGATION_TARGET_MS} ms`);
    return delays;
  };
  await propagationRound(withoutRedis ? '(quiet, without Redis)' : '(quiet)', withoutRedis ? 4 : 40, true);

  // ---- 2. one budget
  const budgetRound = async (label: string, address: string, email: string) => {
    const statuses = new Map<number, number>();
    for (let i = 0; i < BUDGET + 20; i++) {
      const res = await fetch((i % 2 ? urlB : urlA) + getPath('{ site { title } }'), { headers: forwardedFor(address, true) });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    const answered = statuses.get(200) ?? 0;
    const refused = statuses.get(429) ?? 0;
    // Sign-in failures from different addresses, alternately through A and B, on one account.
    const logins: string[] = [];
    for (let i = 0; i <= LOGIN_MAX_FAILURES; i++) {
      const body = await gql(
        i % 2 ? urlB : urlA,
        LOGIN,
        { e: email, p: 'wrong password 1234' },
        forwardedFor(`10.2.${probeNumber & 255}.${i}`, true),
      );
      logins.push(body.data?.login?.__typename ?? JSON.stringify(body.errors));
    }
    const lockedOut =
      logins.at(-1) === 'TooManyAttemptsError' && logins.slice(0, LOGIN_MAX_FAILURES).every((name) => name === 'InvalidCredentialsError');
    console.log(
      `one budget ${label}: ${BUDGET + 20} requests from one address through A and B alternately: ${answered} answered, ${refused} refused with 429 (budget ${BUDGET}); sign-in attempts on one email spread over both: ${logins.join(', ')}`,
    );
    if (answered !== BUDGET || refused !== 20) failures.push(`budget ${label}: ${answered} answered, ${refused} refused`);
    if (!lockedOut) failures.push(`sign-in ${label}: not refused after ${LOGIN_MAX_FAILURES} failures (${logins.join(', ')})`);
  };
  // The sign-in counter is kept per email whether or not an account has it: each round takes a
  // fresh one, so the bench editor (signed in for the writes) is never locked out.
  await budgetRound('(quiet)', '203.0.113.1', 'cluster-round-1@example.com');
  if (withoutRedis) {
    console.log(`\ncluster without Redis: what the two gateways disagree on\n  ${failures.join('\n  ')}`);
    return failures.length ? 0 : 1; // the point of this mode is that they do
  }

  // ---- 3. throughput of anonymous GETs: one gateway behind nginx, then two
  const slugs = ((await gql(urlA, POSTS_PAGE, {}, {})).data?.posts.edges ?? []).map(
    (e: { node: { slug: string } }) => e.node.slug,
  ) as string[];
  const categories = ((await gql(urlA, HOME_FEED, {}, {})).data?.homeFeed.categories ?? []).map(
    (c: { slug: string }) => c.slug,
  ) as string[];
  const readPath = (i: number) =>
    [
      () => getPath(HOME_FEED),
      () => getPath(POSTS_PAGE),
      () => getPath(POST_BY_SLUG, { slug: slugs[i % slugs.length] }),
      () => getPath(CATEGORY_PAGE, { slug: categories[i % categories.length] }),
    ][i % 4]!();
  const throughput = async (url: string) => {
    let i = 0;
    const result = await autocannon({
      url,
      connections,
      duration: throughputSeconds,
      timeout: 10,
      requests: [{ setupRequest: (req: object) => ({ ...req, path: readPath(i), headers: { 'x-forwarded-for': loadAddress(i++) } }) }],
    });
    return result;
  };
  const one = await throughput(onlyA.url);
  const two = await throughput(both.url);
  console.log(
    `throughput of anonymous GETs (${connections} connections, ${throughputSeconds} s each): one gateway ${one.requests.average.toFixed(0)} req/s (p99 ${one.latency.p99} ms, non-2xx ${one.non2xx}, errors ${one.errors}), two gateways ${two.requests.average.toFixed(0)} req/s (p99 ${two.latency.p99} ms, non-2xx ${two.non2xx}, errors ${two.errors}); ratio ${(two.requests.average / one.requests.average).toFixed(2)}`,
  );
  for (const [label, r] of [
    ['one gateway', one],
    ['two gateways', two],
  ] as const)
    if (r.non2xx || r.errors || r.timeouts)
      failures.push(`throughput ${label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);

  // ---- 4. mixed load with a gateway killed and Redis killed
  const targets: { id: string; version: number; initial: number; base: string }[] = [];
  for (let k = 0; k < WRITE_TARGETS; k++) {
    const post = await create(`Cluster Target ${k}`);
    targets.push({ id: post.id, version: post.version, initial: post.version, base: `Cluster Target ${k}` });
  }
  const accepted: { id: string; version: number; title: string }[] = [];
  const sentTo: number[] = [];
  const answeredTo: number[] = [];
  let conflicts = 0;
  let inDoubt = 0;
  const errors = new Map<string, number>();
  const error = (sample: string) => errors.set(sample, (errors.get(sample) ?? 0) + 1);
  let internal = 0;
  let requests = 0;
  let killedAt = Infinity;
  type Ctx = { write?: number; sentAt?: number };
  let counter = 0;
  const t0 = performance.now();
  const instance = autocannon({
    url: both.url,
    connections,
    duration,
    timeout: 10,
    requests: [
      {
        setupRequest(req: object, context: Ctx) {
          const i = counter++;
          context.sentAt = performance.now();
          context.write = undefined;
          const headers = { 'x-forwarded-for': loadAddress(i) };
          if (i % WRITE_EVERY !== WRITE_EVERY - 1) return { ...req, method: 'GET', path: readPath(i), headers };
          const k = Math.floor(i / WRITE_EVERY) % WRITE_TARGETS;
          const t = targets[k]!;
          sentTo[k] = (sentTo[k] ?? 0) + 1;
          context.write = k;
          return {
            ...req,
            method: 'POST',
            path: '/graphql',
            headers: { ...headers, 'content-type': 'application/json', ...editor },
            body: JSON.stringify({
              query: UPDATE,
              variables: { input: { id: t.id, expectedVersion: t.version, title: `${t.base} v${t.version + 1}` } },
            }),
          };
        },
        onResponse(status: number, text: string, context: Ctx) {
          requests += 1;
          let body: Body | undefined;
          try {
            body = JSON.parse(text) as Body;
          } catch {
            body = undefined;
          }
          if (body?.errors?.some((e) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR || e.message === 'Unexpected error.'))
            internal += 1;
          const k = context.write;
          if (k === undefined) {
            if (status !== 200 || !body?.data || body.errors) error(`GET ${status} ${body?.errors?.[0]?.message ?? text.slice(0, 80)}`);
            return;
          }
          // A write in flight on B when it was killed: nginx does not resend a POST, so 502.
          if (status >= 500 && context.sentAt! <= killedAt && performance.now() - killedAt < 2_000) {
            inDoubt += 1;
            return;
          }
          const r = body?.data?.r;
          if (status !== 200 || !r) return void error(`write ${status} ${body?.errors?.[0]?.message ?? text.slice(0, 80)}`);
          answeredTo[k] = (answeredTo[k] ?? 0) + 1;
          const t = targets[k]!;
          if (r.__typename === 'UpdatePostPayload') {
            accepted.push({ id: t.id, version: r.post.version, title: r.post.title });
            t.version = Math.max(t.version, r.post.version);
          } else if (r.__typename === 'ConflictError') {
            conflicts += 1;
            t.version = Math.max(t.version, r.currentVersion);
          } else error(`write answered ${r.__typename}: ${r.message}`);
        },
      },
    ],
  });
  let socketErrors = 0;
  instance.on('reqError', (e: Error) => {
    socketErrors += 1;
    error(`socket ${e.message}`);
  });
  const finished = new Promise<autocannon.Result>((resolve) => instance.on('done', resolve));
  const loadDelays: number[] = [];
  let loadRunning = true;
  let bDown = false;
  /** Moves on every injected fault, so a probe cut by one is told apart from a failure. */
  let faultEpoch = 0;
  let probesCutByFaults = 0;
  const prober = (async () => {
    while (loadRunning) {
      await sleep(500);
      if (!loadRunning || bDown || redis?.running === false) continue;
      const epoch = faultEpoch;
      try {
        loadDelays.push(await propagation(loadDelays.length % 2 ? urlB : urlA, loadDelays.length % 2 ? urlA : urlB));
      } catch (e) {
        // The probe talks to the gateways directly, without nginx: one that was killed meanwhile is not an error.
        if (epoch === faultEpoch) error(`propagation probe: ${(e as Error).message.slice(0, 120)}`);
        else probesCutByFaults += 1;
      }
    }
  })();
  const events: string[] = [];
  const at = (fraction: number) => sleep(Math.max(0, fraction * duration * 1000 - (performance.now() - t0)));
  const faults = (async () => {
    await at(0.25);
    bDown = true;
    faultEpoch += 1;
    killedAt = performance.now();
    gateways[1]!.process.kill('SIGKILL');
    events.push(`${((killedAt - t0) / 1000).toFixed(1)} s: gateway B killed (SIGKILL)`);
    await sleep(3_000);
    const restart = performance.now();
    gateways[1] = await startGateway({ env, port: ports[1] });
    bDown = false;
    events.push(
      `${((performance.now() - t0) / 1000).toFixed(1)} s: gateway B ready again (restart took ${((performance.now() - restart) / 1000).toFixed(1)} s)`,
    );
    await at(0.6);
    const stopped = performance.now();
    faultEpoch += 1;
    await redis!.stop();
    events.push(`${((stopped - t0) / 1000).toFixed(1)} s: redis-server killed (SIGKILL)`);
    const degraded = await Promise.all([urlA, urlB].map(async (url) => (await (await fetch(`${url}/readyz`)).json()) as object));
    events.push(`  /readyz during the outage: A ${JSON.stringify(degraded[0])}, B ${JSON.stringify(degraded[1])}`);
    await sleep(5_000);
    await redis!.start();
    faultEpoch += 1;
    events.push(`${((performance.now() - t0) / 1000).toFixed(1)} s: redis-server started again`);
  })();
  const result = await finished;
  loadRunning = false;
  await Promise.all([prober, faults]);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  for (const line of events) console.log(line);
  console.log(
    `mixed load through nginx: ${requests} answers in ${duration} s (${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms); errors ${errorCount} (socket ${socketErrors}, masked internal ${internal}); writes: ${accepted.length} accepted, ${conflicts} ConflictError, ${inDoubt} in doubt (in flight on B when it was killed)`,
  );
  for (const [sample, count] of errors) console.log(`  error ×${count}: ${sample}`);
  if (errorCount) failures.push(`mixed load: ${errorCount} errors`);
  if (internal) failures.push(`mixed load: ${internal} masked internal errors`);
  const overUnderLoad = loadDelays.filter((ms) => ms > PROPAGATION_TARGET_MS).length;
  console.log(
    `propagation under load: ${loadDelays.length} changes: stale reads sent up to p50 ${percentile(loadDelays, 50).toFixed(1)} ms, p95 ${percentile(loadDelays, 95).toFixed(1)} ms, max ${Math.max(...loadDelays).toFixed(1)} ms; ${overUnderLoad} over ${PROPAGATION_TARGET_MS} ms; ${probesCutByFaults} probes cut by a fault`,
  );
  if (loadDelays.some((ms) => !Number.isFinite(ms))) failures.push('propagation under load: a change never reached the other gateway');

  // ---- 5. back to shared state by themselves
  const until = Date.now() + 10_000;
  let readiness: object[] = [];
  while (Date.now() < until) {
    readiness = await Promise.all([urlA, urlB].map(async (url) => (await (await fetch(`${url}/readyz`)).json()) as object));
    if (readiness.every((r) => JSON.stringify(r) === JSON.stringify({ ready: true, redis: 'up' }))) break;
    await sleep(100);
  }
  console.log(`/readyz after the outage: A ${JSON.stringify(readiness[0])}, B ${JSON.stringify(readiness[1])}`);
  await propagationRound('(after the faults)', 20, true);
  await budgetRound('(after the faults)', '203.0.113.2', 'cluster-round-2@example.com');

  // Every accepted write is in the database.
  const db = await openDatabase({ databaseUrl: pg.url });
  try {
    for (const [k, t] of targets.entries()) {
      const row = await db.prisma.post.findUniqueOrThrow({ where: { id: decodeGlobalID(t.id).id } });
      const mine = accepted.filter((u) => u.id === t.id);
      const last = mine.reduce<(typeof mine)[number] | undefined>((a, b) => (!a || b.version > a.version ? b : a), undefined);
      const advanced = row.version - t.initial;
      const unanswered = (sentTo[k] ?? 0) - (answeredTo[k] ?? 0);
      if (new Set(mine.map((u) => u.version)).size !== mine.length) failures.push(`${t.base}: two accepted updates share a version`);
      if (advanced < mine.length || advanced > mine.length + unanswered)
        failures.push(`${t.base}: version advanced by ${advanced}, ${mine.length} updates accepted, ${unanswered} unanswered`);
      if (last && row.version < last.version)
        failures.push(`${t.base}: version ${row.version} below accepted ${last.version} (lost write)`);
      if (last && row.version === last.version && row.title !== last.title)
        failures.push(`${t.base}: title ${row.title}, accepted ${last.title}`);
    }
  } finally {
    await db.close();
  }
  console.log(`database: ${accepted.length} accepted writes over ${WRITE_TARGETS} posts checked`);
  console.log(failures.length ? `\ncluster: FAILED\n  ${failures.join('\n  ')}` : '\ncluster: OK');
  return failures.length ? 1 : 0;
}

// A rejection nobody awaited would end the process before `finally` stops the servers (a leaked
// PostgreSQL, redis-server and nginx): report it as a failure of the run instead.
const unexpected: unknown[] = [];
process.on('unhandledRejection', (error) => {
  unexpected.push(error);
  console.error('cluster: unhandled rejection', error);
});
let code = 1;
try {
  code = await main();
  if (unexpected.length) code = 1;
} catch (error) {
  console.error(error);
} finally {
  await Promise.all(gateways.map((g) => g?.stop()));
  await Promise.all(balancers.map((b) => b.stop()));
  await redis?.close();
  pg?.stop();
}
process.exit(code);
