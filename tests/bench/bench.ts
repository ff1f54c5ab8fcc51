// `npm run bench [-- --data 10000 --rounds 3 --duration 5 --connections 50 --profile]`
//
// Loopback only, bounded in time (rounds × 6 targets × duration, plus start-up). In one run:
//   raw      bare node:http hello-world                       (tests/bench/hello.ts raw)
//   yoga     Yoga hello-world, minimal schema                 (tests/bench/hello.ts yoga)
//   uncached home feed, GET, gateway with CACHE_TTL_SECONDS=0 SHARE_READS=off: every request
//            executes (a second gateway process on a copy of the same data folder, so the
//            document is the same and only the cache differs)
//   shared   the same with SHARE_READS=on (the default): no response cache, but identical reads
//            in flight share one execution (a third gateway on a third copy)
//   cached   home feed, anonymous GET, gateway with CACHE_TTL_SECONDS=86400 (stays warm for the
//            whole run: with the default 60 s an expiry mid-round turns 304s into 200s), cache warm
//   304      the same GET with If-None-Match: <current ETag>  → 304, empty body
// Each gateway is `node --import tsx server/src/main.ts` with NODE_ENV=production, LOG_LEVEL=warn,
// RATE_LIMIT_PER_MINUTE=0 on a temp DATA_DIR (the seed, plus --data generated posts).
// Targets: 6 (raw, yoga, uncached, shared, cached, 304). Rounds interleave the targets; the table shows medians over rounds. Every response is checked:
// status (200, or 304 for the revalidation) and body (byte-equal to the reference answer).
// On a multi-core machine the servers are pinned to CPU 1 and this process (autocannon) to CPU 0,
// so the load generator does not steal the server's core (--no-pin to turn off).
// --profile: afterwards, 5 s of uncached and of cached load against a gateway run with
// --cpu-prof; prints the top self-time functions.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { canPin, machine, median, pinSelf, prepareDataDirs, startGateway, startNode, type Child } from './support.ts';
import { graphiqlTabs } from '../../server/src/graphiql.ts';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const dataCount = num('data', 0);
const rounds = num('rounds', 3);
const duration = num('duration', 5);
const connections = num('connections', 50);
const profile = args.includes('--profile');
const pin = !args.includes('--no-pin') && canPin();

// The home feed exactly as GraphiQL's first tab asks for it (server/src/graphiql.ts).
const HOME_FEED = graphiqlTabs[0]!.query;
const FEED_PATH = `/graphql?query=${encodeURIComponent(HOME_FEED)}&operationName=HomeFeed`;
const HELLO_PATH = `/graphql?query=${encodeURIComponent('{ hello }')}`;

interface Target {
  name: string;
  label: string;
  url: string;
  headers?: Record<string, string>;
  status: number;
  body: string;
}
interface Sample {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bad: string[];
}

async function measure(target: Target, seconds: number): Promise<Sample> {
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    headers: target.headers,
    expectBody: target.body === '' ? undefined : target.body,
    // 304s have no body; check that it stays empty.
    verifyBody: target.body === '' ? (body: string) => body === '' : undefined,
    timeout: 10,
  });
  const bad: string[] = [];
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (Number(code) !== target.status) bad.push(`${count}× status ${code}`);
  }
  if (result.errors) bad.push(`${result.errors} errors (${result.timeouts} timeouts)`);
  if (result.mismatches) bad.push(`${result.mismatches} body mismatches`);
  if (result.non2xx && target.status === 200) bad.push(`${result.non2xx} non-2xx`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, bad };
}

async function reference(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers });
  return { status: res.status, body: await res.text(), etag: res.headers.get('etag') };
}

const children: Child[] = [];
let cleanup = () => {};
try {
  if (pin) pinSelf(0);
  const serverCpu = pin ? 1 : undefined;
  console.log(`bench: ${machine()}; ${pin ? 'servers pinned to CPU 1, autocannon to CPU 0' : 'no CPU pinning'}`);
  const prepared = await prepareDataDirs(dataCount, 2);
  cleanup = prepared.cleanup;
  console.log(`data: the seed${dataCount ? ` + ${dataCount} generated posts (${(prepared.generateMs / 1000).toFixed(1)} s)` : ''}`);
  const [raw, yoga, cachedGw, uncachedGw, sharedGw] = await Promise.all([
    startNode({ script: 'tests/bench/hello.ts', args: ['raw'], cpu: serverCpu }),
    startNode({ script: 'tests/bench/hello.ts', args: ['yoga'], cpu: serverCpu, readyPath: HELLO_PATH }),
    startGateway({ env: { DATA_DIR: prepared.dirs[0], CACHE_TTL_SECONDS: '86400' }, cpu: serverCpu }),
    startGateway({ env: { DATA_DIR: prepared.dirs[1], CACHE_TTL_SECONDS: '0', SHARE_READS: 'off' }, cpu: serverCpu }),
    startGateway({ env: { DATA_DIR: prepared.dirs[2], CACHE_TTL_SECONDS: '0', SHARE_READS: 'on' }, cpu: serverCpu }),
  ]);
  children.push(raw, yoga, cachedGw, uncachedGw, sharedGw);

  const hello = JSON.stringify({ data: { hello: 'world' } });
  const uncachedRef = await reference(uncachedGw.url + FEED_PATH);
  await reference(cachedGw.url + FEED_PATH); // warms the cache
  const cachedRef = await reference(cachedGw.url + FEED_PATH);
  if (uncachedRef.status !== 200 || JSON.parse(uncachedRef.body).errors)
    throw new Error(`home feed failed: ${uncachedRef.body.slice(0, 500)}`);
  if (cachedRef.body !== uncachedRef.body) throw new Error('the cached home feed differs from the uncached one');
  const sharedRef = await reference(sharedGw.url + FEED_PATH);
  if (sharedRef.body !== uncachedRef.body) throw new Error('the shared-reads home feed differs from the uncached one');
  if (!cachedRef.etag) throw new Error('no ETag on the cached home feed');
  const revalidated = await reference(cachedGw.url + FEED_PATH, { 'if-none-match': cachedRef.etag });
  if (revalidated.status !== 304) throw new Error(`If-None-Match answered ${revalidated.status}, not 304`);
  const feed = JSON.parse(uncachedRef.body).data.homeFeed;
  console.log(
    `home feed: ${uncachedRef.body.length} bytes, ${feed.shorts.totalCount} shorts + ${feed.notes.totalCount} notes published, ETag ${cachedRef.etag}`,
  );

  const targets: Target[] = [
    { name: 'raw', label: 'raw node:http hello-world', url: `${raw.url}/`, status: 200, body: hello },
    { name: 'yoga', label: 'Yoga hello-world', url: yoga.url + HELLO_PATH, status: 200, body: hello },
    {
      name: 'uncached',
      label: 'home feed, uncached (CACHE_TTL_SECONDS=0, SHARE_READS=off)',
      url: uncachedGw.url + FEED_PATH,
      status: 200,
      body: uncachedRef.body,
    },
    {
      name: 'shared',
      label: 'home feed, uncached, identical reads shared (SHARE_READS=on)',
      url: sharedGw.url + FEED_PATH,
      status: 200,
      body: uncachedRef.body,
    },
    { name: 'cached', label: 'home feed from cache (GET, warm)', url: cachedGw.url + FEED_PATH, status: 200, body: cachedRef.body },
    {
      name: '304',
      label: 'home feed 304 (If-None-Match)',
      url: cachedGw.url + FEED_PATH,
      headers: { 'if-none-match': cachedRef.etag },
      status: 304,
      body: '',
    },
  ];
  // Warm-up (JIT, connection pools): 2 s each, not counted.
  for (const target of targets) await measure(target, 2);
  const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
  const started = Date.now();
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const sample = await measure(target, duration);
      samples.get(target.name)!.push(sample);
      console.log(
        `  round ${round} ${target.name.padEnd(8)} ${sample.rps.toFixed(0).padStart(6)} req/s  p50 ${sample.p50} ms  p99 ${sample.p99} ms${sample.bad.length ? `  BAD: ${sample.bad.join(', ')}` : ''}`,
      );
    }
  }
  const rawRps = median(samples.get('raw')!.map((s) => s.rps));
  console.log(
    `\n${rounds} rounds × ${targets.length} targets × ${duration} s, ${connections} connections, medians (${((Date.now() - started) / 1000).toFixed(0)} s):\n`,
  );
  console.log('| target | req/s | p50 ms | p99 ms | × raw node:http | requests checked | bad responses |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  let failed = false;
  const ratios: Record<string, number> = {};
  for (const target of targets) {
    const list = samples.get(target.name)!;
    const rps = median(list.map((s) => s.rps));
    ratios[target.name] = rps / rawRps;
    const bad = list.flatMap((s) => s.bad);
    if (bad.length) failed = true;
    const checked = list.reduce((sum, s) => sum + s.requests, 0);
    console.log(
      `| ${target.label} | ${rps.toFixed(0)} | ${median(list.map((s) => s.p50))} | ${median(list.map((s) => s.p99))} | ${(rps / rawRps).toFixed(rps / rawRps < 0.1 ? 4 : 2)} | ${checked} | ${bad.length ? bad.join('; ') : 0} |`,
    );
  }
  const verdict = (name: string, goal: number) =>
    `${name} ${ratios[name]!.toFixed(ratios[name]! < 0.1 ? 4 : 2)}× raw (target ≥ ${goal}×: ${ratios[name]! >= goal ? 'met' : `missed by ${((goal - ratios[name]!) * 100).toFixed(0)} points, ${(100 * (1 - ratios[name]! / goal)).toFixed(0)}% short`})`;
  console.log(`\n${verdict('cached', 0.75)}; ${verdict('uncached', 0.3)}; ${verdict('shared', 0.3)}`);

  if (profile) {
    for (const child of children.splice(2)) await child.stop();
    const profDir = mkdtempSync(path.join(tmpdir(), 'gateway-prof-'));
    for (const [name, dir, ttl] of [
      ['uncached', prepared.dirs[1], '0'],
      ['cached', prepared.dirs[0], '86400'],
    ] as const) {
      const gw = await startGateway({
        env: { DATA_DIR: dir, CACHE_TTL_SECONDS: ttl, SHARE_READS: 'off' },
        cpu: serverCpu,
        nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${path.join(profDir, name)}`],
      });
      const ref = await reference(gw.url + FEED_PATH);
      await measure({ name, label: name, url: gw.url + FEED_PATH, status: 200, body: ref.body }, 5);
      await gw.stop();
      const file = readdirSync(path.join(profDir, name)).find((f) => f.endsWith('.cpuprofile'))!;
      const prof = JSON.parse(readFileSync(path.join(profDir, name, file), 'utf8'));
      console.log(`\nprofile, home feed ${name} (the 5 s of load only, self time by function):`);
      for (const line of topSelfTime(prof, 15, false)) console.log(`  ${line}`);
      console.log(`by package:`);
      for (const line of topSelfTime(prof, 12, true)) console.log(`  ${line}`);
    }
    rmSync(profDir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('\nbench: some responses were wrong (see "bad responses")');
    process.exitCode = 1;
  }
} finally {
  await Promise.all(children.map((child) => child.stop()));
  cleanup();
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Where a function lives: node_modules package, our source folder, node internals, wasm. */
function packageOf(url: string, functionName: string): string {
  if (url.startsWith('wasm://')) return "wasm (PGlite's PostgreSQL)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/server/src/')) return 'server/src (ours)';
  if (url.startsWith('node:')) return 'node internals';
  return functionName.startsWith('(') ? functionName : url || '(native)';
}

/**
 * Top `n` by self time from a V8 .cpuprofile — functions, or packages when `byPackage` — counting
 * only the samples of the last 5.5 s before the profile ended (the load; not start-up).
 */
function topSelfTime(
  prof: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; endTime: number; startTime: number },
  n: number,
  byPackage: boolean,
): string[] {
  const byNode = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const from = prof.endTime - 5_500_000;
  let t = prof.startTime;
  let total = 0;
  prof.samples.forEach((id, i) => {
    t += prof.timeDeltas[i] ?? 0;
    if (t < from) return;
    total += 1;
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')}:${lineNumber + 1}` : '';
    const key = byPackage ? packageOf(url, functionName) : `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + 1);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, count]) => `${((100 * count) / total).toFixed(1).padStart(5)}%  ${key}`);
}
