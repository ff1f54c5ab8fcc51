// `npm run bench`'s report: every target's medians, resident memory, and the issue's targets
// table (read, now, target, verdict) ready to paste into docs/benchmarks.md.
import { median } from './support.ts';
import type { Sample, Target } from './bench-measure.ts';

interface Memory {
  name: string;
  /** VmRSS in MB after start (settled 1 s), undefined when unreadable. */
  idle: number | undefined;
  /** VmRSS in MB after the rounds. */
  afterLoad: number | undefined;
}

/** A target of the issue: what is measured, the goal, and whether lower is better. */
interface Goal {
  read: string;
  value: number | undefined;
  unit: 'ms' | '×' | 'MB';
  goal: number;
  atMost: boolean;
  missing?: string;
}

const fmt = (value: number, unit: string) =>
  unit === '×' ? `${value.toFixed(value < 0.1 ? 4 : 2)}×` : `${value.toFixed(unit === 'MB' ? 0 : 1)} ${unit}`;

function verdict(g: Goal): string {
  if (g.value === undefined || Number.isNaN(g.value)) return g.missing ?? 'not measured';
  const met = g.atMost ? g.value <= g.goal : g.value >= g.goal;
  if (met) return 'met';
  const off = g.atMost ? g.value / g.goal : g.goal / g.value;
  return `missed (${off.toFixed(off < 10 ? 1 : 0)}× ${g.atMost ? 'over' : 'under'})`;
}

/**
 * Prints the per-target table (medians over rounds of req/s, p50, p95 in ms), the servers'
 * resident memory and the issue's targets with verdicts. Returns true when any response was bad.
 */
export function printReport(options: {
  targets: Target[];
  samples: Map<string, Sample[]>;
  header: string;
  database: 'pglite' | 'postgres';
  memory: Memory[];
  notes: string[];
}): boolean {
  const { targets, samples } = options;
  const med = (name: string, key: 'rps' | 'p50' | 'p95') => {
    const list = samples.get(name);
    return list?.length ? median(list.map((s) => s[key])) : undefined;
  };
  console.log(`\n${options.header}:\n`);
  console.log('| target | connections | req/s | p50 ms | p95 ms | requests checked | bad responses |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  let failed = false;
  for (const target of targets) {
    const list = samples.get(target.name)!;
    const bad = list.flatMap((s) => s.bad);
    if (bad.length) failed = true;
    const checked = list.reduce((sum, s) => sum + s.requests, 0);
    console.log(
      `| ${target.label} | ${target.connections} | ${med(target.name, 'rps')!.toFixed(0)} | ${med(target.name, 'p50')!.toFixed(1)} | ${med(target.name, 'p95')!.toFixed(1)} | ${checked} | ${bad.length ? bad.join('; ') : 0} |`,
    );
  }
  console.log('\n| server | RSS idle MB | RSS after load MB |');
  console.log('|---|---:|---:|');
  for (const m of options.memory) console.log(`| ${m.name} | ${m.idle?.toFixed(0) ?? '?'} | ${m.afterLoad?.toFixed(0) ?? '?'} |`);

  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? a / b : undefined);
  const gateways = options.memory.filter((m) => m.name.startsWith('gateway')).map((m) => m.afterLoad ?? Number.NaN);
  const pg = options.database === 'postgres';
  const goals: Goal[] = [
    { read: 'home feed uncached, p95 (1 connection)', value: med('feed', 'p95'), unit: 'ms', goal: 15, atMost: true },
    { read: '`categories { postCount }`, p50 (1 connection)', value: med('categories', 'p50'), unit: 'ms', goal: 5, atMost: true },
    {
      read: 'page 1,000 ÷ page 1 (20 notes, p50)',
      value: ratio(med('page1000', 'p50'), med('page1', 'p50')),
      unit: '×',
      goal: 1.5,
      atMost: true,
      missing: 'skipped: fewer than 20,000 published notes',
    },
    {
      read: '`search`, p95 (1 connection)',
      value: med('search', 'p95'),
      unit: 'ms',
      goal: 30,
      atMost: true,
      missing: 'skipped: no Query.search yet',
    },
    {
      read: `home feed uncached req/s (${targets[0]?.connections ?? 50} connections) ÷ PostGraphile 5, same run`,
      value: ratio(med('uncached', 'rps'), med('peer', 'rps')),
      unit: '×',
      goal: 1.5,
      atMost: false,
      missing: samples.has('peer') ? 'no figure: a side answered nothing (see bad responses)' : 'skipped: needs PostgreSQL',
    },
    {
      read: 'cached home feed ÷ raw `node:http` with the same bytes (req/s)',
      value: ratio(med('cached', 'rps'), med('replay', 'rps')),
      unit: '×',
      goal: 0.9,
      atMost: false,
    },
    {
      read: `resident memory after the load, largest gateway (${pg ? 'PostgreSQL' : 'embedded'})`,
      value: gateways.length ? Math.max(...gateways) : undefined,
      unit: 'MB',
      goal: pg ? 200 : 400,
      atMost: true,
    },
  ];
  console.log(`\nTargets (${pg ? 'PostgreSQL' : 'PGlite'}):\n`);
  console.log('| read | now | target | verdict |');
  console.log('|---|---:|---:|---|');
  for (const g of goals) {
    const now = g.value === undefined || Number.isNaN(g.value) ? '—' : fmt(g.value, g.unit);
    console.log(`| ${g.read} | ${now} | ${g.atMost ? (g.unit === '×' ? '≤' : '<') : '≥'} ${fmt(g.goal, g.unit)} | ${verdict(g)} |`);
  }
  for (const note of options.notes) console.log(`note: ${note}`);
  return failed;
}
