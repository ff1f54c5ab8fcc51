// One autocannon run of one `npm run bench` target, every response checked; its figures.
import { request } from 'node:http';
import autocannon from 'autocannon';
import type { Recorded } from './hello.ts';

export interface Target {
  name: string;
  label: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  requestBody?: string;
  status: number;
  /** The expected body, byte for byte; '' = must be empty (a 304). */
  body: string;
  /** Connections held open during the run (load: 50; latency: 1). */
  connections: number;
}

/** One run's figures: mean req/s; latency percentiles in ms; what was wrong, if anything. */
export interface Sample {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  bad: string[];
}

/** Nearest-rank percentile `p` (0–100) of `values`; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Loads `target` for `seconds`. Bad: any status other than `target.status` (so every 5xx), any
 * body other than the expected one (so a masked "Unexpected error." too), socket errors,
 * timeouts, and no response at all. p95 comes from every response's own time (autocannon's histogram has no p95).
 */
export async function measure(target: Target, seconds: number): Promise<Sample> {
  const times: number[] = [];
  const run = autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    connections: target.connections,
    duration: seconds,
    headers: target.headers,
    body: target.requestBody,
    expectBody: target.body === '' ? undefined : target.body,
    // 304s have no body; check that it stays empty.
    verifyBody: target.body === '' ? (body: string) => body === '' : undefined,
    timeout: 10,
  });
  run.on('response', (_client: never, _status: never, _bytes: never, responseTime: number) => void times.push(responseTime));
  const result = await run;
  const bad: string[] = [];
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
    if (Number(code) !== target.status) bad.push(`${count}× status ${code}`);
  }
  if (result.errors) bad.push(`${result.errors} errors (${result.timeouts} timeouts)`);
  if (result.mismatches) bad.push(`${result.mismatches} body mismatches`);
  if (result.non2xx && target.status === 200) bad.push(`${result.non2xx} non-2xx`);
  // Requests still in flight when the run ends are not counted by autocannon: a target that
  // never answers within the run would otherwise show no bad responses at all.
  if (result.requests.total === 0) bad.push(`no response within ${seconds} s`);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requests: result.requests.total,
    bad,
  };
}

/**
 * One request with node:http, answered as sent: status, raw header pairs in order, body. The
 * per-connection headers node:http writes itself (Date, Connection, Keep-Alive) are left out.
 */
export function record(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Recorded> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i]!;
          if (!/^(date|connection|keep-alive|transfer-encoding)$/i.test(name)) headers.push([name, res.rawHeaders[i + 1]!]);
        }
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/**
 * The `data` of a GraphQL answer that is a 200 without errors (nor a masked "Unexpected error.").
 * @throws Error naming `what` and quoting the answer otherwise.
 */
export function graphqlData(what: string, answer: Recorded): Record<string, unknown> {
  const parsed = answer.status === 200 ? (JSON.parse(answer.body) as { data?: Record<string, unknown>; errors?: unknown }) : undefined;
  if (!parsed?.data || parsed.errors || answer.body.includes('Unexpected error.'))
    throw new Error(`${what} failed (${answer.status}): ${answer.body.slice(0, 500)}`);
  return parsed.data;
}

/** The value of header `name` (any case) in a recorded answer. */
export function header(answer: Recorded, name: string): string | undefined {
  return answer.headers.find(([key]) => key.toLowerCase() === name)?.[1];
}
