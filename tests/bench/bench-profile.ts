// `npm run bench -- --profile`: reads a V8 .cpuprofile (node --cpu-prof) of a gateway under load
// and sums self time by function or by package, counting only the load's last seconds;
// profileGateway runs one such profile.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { graphqlData, measure, record } from './bench-measure.ts';
import { startGateway } from './support.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** A .cpuprofile as V8 writes it (times in microseconds). */
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
  startTime: number;
}

/** The one .cpuprofile node wrote into `dir` (--cpu-prof-dir). */
export function readProfile(dir: string): CpuProfile {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
}

export const OURS = 'server/src (ours)';

/** Where a function lives: node_modules package, our source folder, node internals, wasm. */
function packageOf(url: string, functionName: string): string {
  if (url.startsWith('wasm://')) return "wasm (PGlite's PostgreSQL)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes('/server/src/')) return OURS;
  if (url.startsWith('node:')) return 'node internals';
  return functionName.startsWith('(') ? functionName : url || '(native)';
}

/**
 * Self time from a V8 .cpuprofile, by function or by package (`byPackage`), as shares of the
 * samples taken in the window [endTime - fromEndMs, endTime - toEndMs] (the load, not start-up
 * nor shutdown): pairs of [name, percent], largest first.
 */
export function selfTime(prof: CpuProfile, options: { byPackage: boolean; fromEndMs: number; toEndMs: number }): [string, number][] {
  const byNode = new Map(prof.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const from = prof.endTime - options.fromEndMs * 1_000;
  const to = prof.endTime - options.toEndMs * 1_000;
  let t = prof.startTime;
  let total = 0;
  prof.samples.forEach((id, i) => {
    t += prof.timeDeltas[i] ?? 0;
    if (t < from || t > to) return;
    total += 1;
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')}:${lineNumber + 1}` : '';
    const key = options.byPackage ? packageOf(url, functionName) : `${functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + 1);
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => [key, (100 * count) / Math.max(total, 1)]);
}

/** `selfTime`'s first `n` rows as report lines ("  12.3%  name"). */
export function topLines(rows: [string, number][], n: number): string[] {
  return rows.slice(0, n).map(([key, share]) => `${share.toFixed(1).padStart(5)}%  ${key}`);
}

/**
 * Starts a gateway with `env` under --cpu-prof (into `dir`), loads GET `path` for 5 s with
 * `connections`, stops it and prints self time by function and by package, and our share.
 * A gateway that fails to start or answer is reported, not thrown: the measurements before it stand.
 */
export async function profileGateway(options: {
  name: string;
  env: Record<string, string | undefined>;
  cpu: number | undefined;
  path: string;
  connections: number;
  dir: string;
}): Promise<void> {
  let stopMs: number;
  try {
    const gw = await startGateway({ env: options.env, cpu: options.cpu, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${options.dir}`] });
    try {
      const ref = await record(gw.url + options.path);
      graphqlData(`home feed (${options.name})`, ref);
      const target = { name: options.name, label: options.name, url: gw.url + options.path, status: 200, body: ref.body };
      await measure({ ...target, connections: options.connections }, 5);
    } finally {
      // The profile ends when the process exits: its last stopMs are the shutdown, not the load.
      const stopping = Date.now();
      await gw.stop();
      stopMs = Date.now() - stopping;
    }
  } catch (error) {
    console.log(`
profile, home feed ${options.name}: failed — ${String(error).slice(0, 600)}`);
    return;
  }
  const prof = readProfile(options.dir);
  const window = { fromEndMs: stopMs + 5_000, toEndMs: stopMs };
  const byPackage = selfTime(prof, { byPackage: true, ...window });
  console.log(`
profile, home feed ${options.name} (the 5 s of load only, self time by function):`);
  for (const line of topLines(selfTime(prof, { byPackage: false, ...window }), 15)) console.log(`  ${line}`);
  console.log('by package:');
  for (const line of topLines(byPackage, 12)) console.log(`  ${line}`);
  const ours = byPackage.find(([key]) => key === OURS)?.[1] ?? 0;
  console.log(`ours (server/src): ${ours.toFixed(1)}% of the samples`);
}
