// `npm run bench [-- --db pg [--database-url URL] --data 100000 --rounds 3 --duration 5
//                   --connections 50 --search "vector index" --profile --no-pin]`
//
// Loopback only, bounded in time (rounds × 13 targets × duration, plus start-up and 2 s of
// warm-up per target). The database: embedded PGlite (default: one folder per gateway, copies of
// one), or PostgreSQL (`--db pg`: a throwaway server from tests/support/postgres.sh, stopped on
// every exit path; `--database-url`: that database, only read and migrated by the gateways). The
// seed, plus `--data` generated posts (bench:data's generator; with --database-url the database
// must already hold them).
//
// Load targets (`--connections`, default 50):
//   raw       bare node:http hello-world                        (tests/bench/hello.ts raw)
//   yoga      Yoga hello-world, minimal schema                  (tests/bench/hello.ts yoga)
//   uncached  home feed (GraphiQL's first tab, GET), gateway with CACHE_TTL_SECONDS=0
//             SHARE_READS=off: every request executes
//   shared    the same with SHARE_READS=on (default): identical reads in flight share one execution
//   cached    home feed, anonymous GET, gateway with CACHE_TTL_SECONDS=86400 (warm all run)
//   replay    bare node:http sending the cached answer's exact status, headers and body
//             (recorded from the cached gateway first; tests/bench/hello.ts replay)
//   304       the cached GET with If-None-Match: <current ETag>  → 304, empty body
//   peer      PostGraphile 5 over the same database, the closest query to the home feed
//             (tests/bench/postgraphile.ts, on Node 22; PostgreSQL only; its differences printed)
// Latency targets (one connection: the cost of one read, not queueing), against `uncached`:
//   feed, categories { postCount }, notes page 1 and page 1,000 (20 per page, after the cursor
//   of the 19,980th newest note; needs 20,000 published notes), search(query, first: 20)
//   (skipped with a note while the schema has no Query.search).
// Rounds interleave the targets; tables show medians over rounds. Every response is checked:
// status and body byte-equal to the reference answer (so a 5xx or a masked "Unexpected error."
// is bad). Resident memory (VmRSS) of each server is read after start and after the rounds.
// Servers are pinned to CPU 1 and this process (autocannon) to CPU 0 on a multi-core machine
// (PostgreSQL itself is not pinned); --no-pin turns that off.
// --profile: afterwards, 5 s of uncached and of cached load against a gateway run with
// --cpu-prof; prints self time by function and by package, and our share.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embeddedDatabase, postgresDatabase, type BenchDatabase } from './bench-db.ts';
import { graphqlData, header, measure, record, type Sample, type Target } from './bench-measure.ts';
import { profileGateway } from './bench-profile.ts';
import { printReport } from './bench-report.ts';
import { homeFeedReads, peerHomeFeed, PEER_DIFFERENCES, PEER_POOL_SIZE, PEER_SCRIPT, peerNode, searchSupport } from './bench-reads.ts';
import { canPin, freePort, HOST, machine, pinSelf, residentMemoryMb, sleep, startGateway, startNode, type Child } from './support.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? undefined : args[at + 1];
};
const num = (name: string, fallback: number) => Number(option(name) ?? fallback);
const databaseUrl = option('database-url');
const usePostgres = option('db') === 'pg' || databaseUrl !== undefined;
if (option('db') && !['pg', 'pglite'].includes(option('db')!)) throw new Error('--db pg | pglite');
const dataCount = num('data', 0);
const rounds = num('rounds', 3);
const duration = num('duration', 5);
const connections = num('connections', 50);
const searchWords = option('search') ?? 'vector index';
const profile = args.includes('--profile');
const pin = !args.includes('--no-pin') && canPin();
// Start-up deadline of every server: as the gateways' (support.ts); a busy shared machine needs it.
const timeoutMs = 120_000;

const children: Child[] = [];
let db: BenchDatabase | undefined;
const tmp = mkdtempSync(path.join(tmpdir(), 'gateway-bench-'));
// Ctrl-C and kill: run the finally below's cleanup through process exit handlers.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
process.once('exit', () => {
  for (const child of children) child.process.kill('SIGKILL');
  db?.close();
  rmSync(tmp, { recursive: true, force: true });
});
try {
  if (pin) pinSelf(0);
  const cpu = pin ? 1 : undefined;
  console.log(`bench: ${machine()}; ${pin ? 'servers pinned to CPU 1, autocannon to CPU 0' : 'no CPU pinning'}`);
  db = usePostgres ? await postgresDatabase({ url: databaseUrl, count: dataCount }) : await embeddedDatabase(dataCount, 3);
  console.log(`data: ${db.describe}`);
  const gateway = (index: number, env: Record<string, string>) => startGateway({ env: { ...db!.gatewayEnv(index), ...env }, cpu });
  // The first gateway migrates (and seeds an empty database) before the others start.
  const cachedGw = await gateway(0, { CACHE_TTL_SECONDS: '86400' });
  const [raw, yoga, uncachedGw, sharedGw] = await Promise.all([
    startNode({ script: 'tests/bench/hello.ts', args: ['raw'], cpu, timeoutMs }),
    startNode({ script: 'tests/bench/hello.ts', args: ['yoga'], cpu, readyPath: '/graphql?query=%7Bhello%7D', timeoutMs }),
    gateway(1, { CACHE_TTL_SECONDS: '0', SHARE_READS: 'off' }),
    gateway(2, { CACHE_TTL_SECONDS: '0', SHARE_READS: 'on' }),
  ]);
  children.push(cachedGw, raw, yoga, uncachedGw, sharedGw);
  const reads = homeFeedReads({ deepNoteCursor: db.deepNoteCursor, searchWords });

  // References: every target's expected answer, checked before any load.
  const uncachedRef = await record(uncachedGw.url + reads.feedPath);
  const feed = graphqlData('home feed', uncachedRef).homeFeed as {
    shorts: { totalCount: number };
    notes: { totalCount: number };
    favorites: unknown[];
  };
  await record(cachedGw.url + reads.feedPath); // warms the cache
  const cachedRef = await record(cachedGw.url + reads.feedPath);
  if (cachedRef.body !== uncachedRef.body) throw new Error('the cached home feed differs from the uncached one');
  if ((await record(sharedGw.url + reads.feedPath)).body !== uncachedRef.body) throw new Error('the shared-reads home feed differs');
  const etag = header(cachedRef, 'etag');
  if (!etag) throw new Error('no ETag on the cached home feed');
  const revalidated = await record(cachedGw.url + reads.feedPath, { headers: { 'if-none-match': etag } });
  if (revalidated.status !== 304) throw new Error(`If-None-Match answered ${revalidated.status}, not 304`);
  console.log(
    `home feed: ${uncachedRef.body.length} bytes, ${feed.shorts.totalCount} shorts + ${feed.notes.totalCount} notes published, ETag ${etag}`,
  );
  const replayFile = path.join(tmp, 'cached-answer.json');
  writeFileSync(replayFile, JSON.stringify(cachedRef));
  const replay = await startNode({ script: 'tests/bench/hello.ts', args: ['replay', replayFile], cpu, timeoutMs });
  children.push(replay);
  const replayed = await record(replay.url + reads.feedPath);
  if (replayed.body !== cachedRef.body) throw new Error('the replay server does not send the cached bytes');
  console.log(`replay: ${cachedRef.headers.map(([name]) => name).join(', ')} (+ Date, Connection, Keep-Alive from node:http)`);

  const notes: string[] = [];
  let peer: Child | undefined;
  let peerBody: string | undefined;
  if (db.databaseUrl) {
    const node = peerNode();
    const port = await freePort();
    peer = await startNode({
      script: PEER_SCRIPT,
      node,
      args: [db.databaseUrl, String(PEER_POOL_SIZE), HOST, String(port)],
      port,
      env: { GRAPHILE_ENV: 'production' },
      cpu,
      readyPath: '/ready',
      timeoutMs,
    });
    children.push(peer);
    const answer = await record(peer.url + peerHomeFeed.path, { headers: peerHomeFeed.headers });
    peerBody = answer.body;
    const peerData = graphqlData('PostGraphile home feed', answer);
    reads.checkPeer(peerData);
    const peerFavorites = (peerData.favorites as { nodes: { postByPostId: { status: string } }[] }).nodes;
    const published = peerFavorites.filter((f) => f.postByPostId.status === 'PUBLISHED').length;
    console.log(`favorites: ours ${feed.favorites.length}, the peer's ${peerFavorites.length} (${published} of them published)`);
    console.log(`peer: PostGraphile 5 on ${node}, pool ${PEER_POOL_SIZE} (the gateway's: pg's default, 10); ${answer.body.length} bytes`);
    console.log(`peer query differs from ours in:\n${PEER_DIFFERENCES.map((d) => `  - ${d}`).join('\n')}`);
  } else notes.push('PostGraphile 5 comparison skipped: it needs PostgreSQL (--db pg)');
  const hasSearch = await searchSupport();
  if (!hasSearch) notes.push('search skipped: the schema has no Query.search(query, first) yet');
  if (!db.deepNoteCursor) notes.push('page 1,000 skipped: fewer than 20,000 published notes');

  const load = (t: Omit<Target, 'connections' | 'status'> & { status?: number }): Target => ({ status: 200, connections, ...t });
  const one = (name: string, label: string, pathAndQuery: string): Target => ({
    name,
    label,
    url: uncachedGw.url + pathAndQuery,
    status: 200,
    body: '',
    connections: 1,
  });
  const hello = JSON.stringify({ data: { hello: 'world' } });
  const targets: Target[] = [
    load({ name: 'raw', label: 'raw node:http hello-world', url: `${raw.url}/`, body: hello }),
    load({ name: 'yoga', label: 'Yoga hello-world', url: `${yoga.url}/graphql?query=%7Bhello%7D`, body: hello }),
    load({
      name: 'uncached',
      label: 'home feed, uncached (SHARE_READS=off)',
      url: uncachedGw.url + reads.feedPath,
      body: uncachedRef.body,
    }),
    load({ name: 'shared', label: 'home feed, uncached, reads shared', url: sharedGw.url + reads.feedPath, body: uncachedRef.body }),
    load({ name: 'cached', label: 'home feed from cache (GET, warm)', url: cachedGw.url + reads.feedPath, body: cachedRef.body }),
    load({ name: 'replay', label: 'raw node:http, same bytes as cached', url: replay.url + reads.feedPath, body: cachedRef.body }),
    load({
      name: '304',
      label: 'home feed 304',
      url: cachedGw.url + reads.feedPath,
      headers: { 'if-none-match': etag },
      status: 304,
      body: '',
    }),
    ...(peer && peerBody
      ? [
          load({
            name: 'peer',
            label: 'PostGraphile 5, equivalent query',
            url: peer.url + peerHomeFeed.path,
            headers: peerHomeFeed.headers,
            body: peerBody,
          }),
        ]
      : []),
    one('feed', 'home feed, uncached, 1 connection', reads.feedPath),
    one('categories', 'categories { postCount }, 1 connection', reads.categoriesPath),
    one('page1', 'notes page 1 (20), 1 connection', reads.pagePath(undefined)),
    ...(db.deepNoteCursor ? [one('page1000', 'notes page 1,000 (20), 1 connection', reads.pagePath(db.deepNoteCursor))] : []),
    ...(hasSearch ? [one('search', `search "${searchWords}", first 20, 1 connection`, reads.searchPath)] : []),
  ];
  for (const target of targets.filter((t) => t.connections === 1)) {
    const answer = await record(target.url);
    graphqlData(target.name, answer);
    target.body = answer.body;
  }
  await sleep(1_000);
  const servers: [string, Child][] = [
    ['gateway, cached', cachedGw],
    ['gateway, uncached', uncachedGw],
    ['gateway, shared reads', sharedGw],
    ...(peer ? [['PostGraphile 5', peer] as [string, Child]] : []),
  ];
  const idle = servers.map(([, child]) => residentMemoryMb(child.process.pid));

  // Warm-up (JIT, connection pools): 2 s each, not counted.
  for (const target of targets) await measure(target, 2);
  const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
  const started = Date.now();
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const s = await measure(target, duration);
      samples.get(target.name)!.push(s);
      const bad = s.bad.length ? `  BAD: ${s.bad.join(', ')}` : '';
      console.log(
        `  round ${round} ${target.name.padEnd(10)} ${s.rps.toFixed(0).padStart(6)} req/s  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms${bad}`,
      );
    }
  }
  const afterLoad = servers.map(([, child]) => residentMemoryMb(child.process.pid));
  const failed = printReport({
    targets,
    samples,
    header: `${rounds} rounds × ${targets.length} targets × ${duration} s, medians (${((Date.now() - started) / 1000).toFixed(0)} s); load targets ${connections} connections, latency targets 1`,
    database: db.kind,
    memory: servers.map(([name], i) => ({ name, idle: idle[i], afterLoad: afterLoad[i] })),
    notes,
  });

  if (profile) {
    for (const child of children.splice(0)) await child.stop();
    for (const [name, index, ttl] of [
      ['uncached', 1, '0'],
      ['cached', 0, '86400'],
    ] as const) {
      await profileGateway({
        name,
        env: { ...db.gatewayEnv(index), CACHE_TTL_SECONDS: ttl, SHARE_READS: 'off' },
        cpu,
        path: reads.feedPath,
        connections,
        dir: path.join(tmp, `prof-${name}`),
      });
    }
  }
  if (failed) {
    console.error('\nbench: some responses were wrong (see "bad responses")');
    process.exitCode = 1;
  }
} finally {
  await Promise.all(children.map((child) => child.stop()));
}
