// `npm run bench:markdown [-- --depths 8,16,32,64,128,256,512,1024,2048,4096 --cap 15000]`: how
// the gateway's Markdown renderer (shared/src/markdown.ts) copes with nesting and with large
// bodies. Two tables:
//   1. one structure of each nesting shape, ever deeper: time grows faster than the depth, and
//      past some depth the renderer overflows its stack;
//   2. bodies at the size limit (200,000 characters), ordinary ones and non-nesting hostile ones.
// The source of MARKDOWN_NESTING_MAX (shared/src/markdown-nesting.ts) and of RENDER_TIMEOUT_MS's
// default; results in docs/benchmarks.md ("Markdown: nesting and the render budget").
//
// Each body renders in the gateway's own worker (server/src/content/render-worker.ts) — without
// the nesting check, which is what is being sized — and is stopped after `--cap` ms; one render at
// a time, best of `--repeat` (default 3; two when the first takes over a second).
import { readFileSync } from 'node:fs';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { limits } from '#shared/limits.ts';
import { markdownNesting } from '#shared/markdown-nesting.ts';
import type { RenderOutput, RenderTask } from '../../server/src/content/render-worker.ts';

/** One structure of a shape, nested `depth` levels deep. */
const nested: Record<string, (depth: number) => string> = {
  'block quotes': (d) => `${'> '.repeat(d)}a\n`,
  'block quotes, one line per level': (d) => Array.from({ length: d }, (_, i) => `${'> '.repeat(i + 1)}a\n`).join(''),
  'bullet lists on one line': (d) => `${'- '.repeat(d)}a\n`,
  'ordered lists on one line': (d) => `${'1. '.repeat(d)}a\n`,
  'lists nested by indentation': (d) => `${Array.from({ length: d }, (_, i) => `${'  '.repeat(i)}- a\n`).join('')}\n`,
  'quotes and lists alternating': (d) => `${'> - '.repeat(Math.ceil(d / 2))}a\n\n`,
  emphasis: (d) => `${'*a '.repeat(d)}b${' c*'.repeat(d)}\n\n`,
  strong: (d) => `${'**a '.repeat(d)}b${' c**'.repeat(d)}\n\n`,
  'emphasis chain (*a **b ***…)': (d) => `${Array.from({ length: d }, (_, i) => `${'*'.repeat((i % 3) + 1)}a `).join('')}b\n\n`,
  'links around images': (d) => `${'[!['.repeat(Math.ceil(d / 2))}a${'](u)](v)'.repeat(Math.ceil(d / 2))}\n\n`,
  brackets: (d) => `${'['.repeat(d)}a${']'.repeat(d)}\n\n`,
};

/** Bodies of ordinary or non-nesting shapes, at full size. */
const flat: Record<string, string> = {
  'prose, one paragraph per line, links and emphasis':
    'Some paragraph text with a [link](https://x.y), `code`, *emphasis* and **strong** words.\n\n',
  'prose, one 200,000-character paragraph': 'Some paragraph text with a [link](https://x.y), `code`, *emphasis* and **strong** words.\n',
  'fenced code': '```ts\nconst x = { a: [1, 2, 3], b: "string" }; // comment\n```\n\n',
  'tables of 50 rows': `| a | b | c |\n|---|---|---|\n${'| cell *x* | `y` | [z](u) |\n'.repeat(50)}\n`,
  "the seed blog's bodies, repeated": '', // built below
  'one-line block quotes, one per paragraph': '> a\n\n',
  'unclosed link destinations ([a](<b…)': '[a](<b',
  'email-like a@a@a…': 'a@',
  'www.www.www…': 'www.',
  'backtick runs of growing length': '', // built below
};
const seedBodies = (
  JSON.parse(readFileSync(new URL('../../prisma/content/posts.json', import.meta.url), 'utf8')) as { posts: { body: string }[] }
).posts
  .map((post) => post.body)
  .join('\n\n');
const builtFlat: Record<string, () => string> = {
  "the seed blog's bodies, repeated": () => fill(`${seedBodies}\n\n`, limits.bodyMax),
  'backtick runs of growing length': () =>
    Array.from({ length: 600 }, (_, i) => `${'`'.repeat(i + 1)}a`)
      .join(' ')
      .slice(0, limits.bodyMax),
};

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1]! : fallback;
}

const depths = flag('depths', '8,16,32,64,128,256,512,1024,2048,4096').split(',').map(Number);
const cap = Number(flag('cap', '15000'));
const repeat = Number(flag('repeat', '3'));

function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length))).slice(0, size);
}

const pool = new Piscina<RenderTask, RenderOutput>({
  filename: new URL('../../server/src/content/render-worker.ts', import.meta.url).href,
  maxThreads: 1,
  idleTimeout: 60_000,
});

/** Milliseconds one render took in the worker, or null when it ran past the cap (thread stopped). */
async function renderMs(body: string): Promise<{ ms: number | null; error?: string }> {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  port1.once('message', () => {
    timer = setTimeout(() => abort.abort(), cap);
  });
  try {
    return { ms: (await pool.run({ body, started: port2 }, { transferList: [port2], signal: abort.signal })).ms };
  } catch (error) {
    return abort.signal.aborted ? { ms: null } : { ms: Number.NaN, error: (error as Error).message };
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

async function best(body: string): Promise<string> {
  let result = await renderMs(body);
  // Slow renders run twice only (a stall of the shared machine shows as one outlier); capped ones once.
  const runs = result.ms !== null && result.ms > 1000 ? 2 : repeat;
  for (let i = 1; i < runs && result.ms !== null && !result.error; i++) {
    const again = await renderMs(body);
    if (again.ms !== null && again.ms < result.ms) result = again;
  }
  if (result.ms === null) return `> ${cap / 1000} s`;
  if (result.error) return `fails: ${result.error}`;
  return `${result.ms < 10 ? result.ms.toFixed(1) : result.ms.toFixed(0)} ms`;
}

await renderMs('warm-up: *a* [b](c) `d`\n\n> e\n\n- f\n'.repeat(50));
const header = (first: string, columns: string[]) =>
  `\n| ${first} | ${columns.join(' | ')} |\n|---|${columns.map(() => '---:').join('|')}|`;
// The nesting rule's count, when it differs from the depth built (an upper bound may count more).
const counted = (body: string, depth: number) => {
  const measured = markdownNesting(body).depth;
  return measured === depth ? '' : ` (counted ${measured})`;
};

console.log(`1. One structure of each shape, ever deeper (worker thread, cap ${cap / 1000} s; its size grows with the depth)`);
console.log(
  header(
    'shape',
    depths.map((d) => `depth ${d}`),
  ),
);
for (const [name, unit] of Object.entries(nested)) {
  const cells: string[] = [];
  let isCapped = false; // deeper is slower still: not worth waiting for
  for (const depth of depths) {
    const body = unit(depth);
    if (body.length > limits.bodyMax) cells.push('over the size limit');
    else if (isCapped) cells.push('—');
    else {
      const time = await best(body);
      isCapped = time.startsWith('>');
      cells.push(`${time}${counted(body, depth)}`);
    }
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}

console.log(`\n2. Bodies at the size limit (${limits.bodyMax.toLocaleString('en')} characters)`);
console.log(header('ordinary or non-nesting body', ['nesting counted', 'render']));
for (const [name, unit] of Object.entries(flat)) {
  const body = builtFlat[name]?.() ?? fill(unit, limits.bodyMax);
  console.log(`| ${name} | ${markdownNesting(body).depth} | ${await best(body)} |`);
}
await pool.destroy();
