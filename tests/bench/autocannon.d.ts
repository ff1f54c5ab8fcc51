// Minimal types for autocannon 8 (no @types package installed): what tests/bench/*.ts use.
declare module 'autocannon' {
  interface Histogram {
    average: number;
    total: number;
    p50: number;
    p99: number;
    max: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  interface Instance {
    on(event: 'done', listener: (result: Result) => void): Instance;
    // never[]: any listener fits, whatever the event passes it.
    on(event: string, listener: (...args: never[]) => void): Instance;
  }
  function autocannon(options: Record<string, unknown>): Instance & Promise<Result>;
  namespace autocannon {
    export type { Result };
  }
  export default autocannon;
}
