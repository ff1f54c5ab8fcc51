import { describe, expect, it } from 'vitest';
import { startPeriodicJob } from './periodic.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise and its resolver, to hold a run open until the test lets it finish. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(5);
  }
}

describe('startPeriodicJob', () => {
  it('runs at once, then intervalMs after each run ends, never two runs at a time', async () => {
    let active = 0;
    let maxActive = 0;
    const starts: number[] = [];
    const job = startPeriodicJob({
      intervalMs: 40,
      run: async () => {
        starts.push(Date.now());
        active += 1;
        maxActive = Math.max(maxActive, active);
        await sleep(30);
        active -= 1;
      },
      onError: () => {},
    });
    await until(() => starts.length >= 3);
    await job.stop();
    expect(maxActive).toBe(1);
    // Each start waits for the previous run (30 ms) plus the interval (40 ms); timers may be late, never early.
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(65);
  });

  it('wake() during a run gives exactly one more run right after it, however many wakes came', async () => {
    const first = gate();
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 60_000,
      run: async () => {
        runs += 1;
        if (runs === 1) await first.opened;
      },
      onError: () => {},
    });
    await until(() => runs === 1);
    job.wake();
    job.wake();
    job.wake();
    first.open();
    await until(() => runs === 2);
    await sleep(50);
    expect(runs).toBe(2);
    // Idle now (next run in a minute): a wake runs it at once.
    job.wake();
    await until(() => runs === 3);
    await job.stop();
  });

  it('stop() waits for the run in progress, aborts its signal, and nothing runs after it', async () => {
    const release = gate();
    let runs = 0;
    let aborted = false;
    let finished = false;
    const job = startPeriodicJob({
      intervalMs: 1,
      run: async (signal) => {
        runs += 1;
        await release.opened;
        aborted = signal.aborted;
        finished = true;
      },
      onError: () => {},
    });
    await until(() => runs === 1);
    const stopped = job.stop();
    let stopResolved = false;
    void stopped.then(() => (stopResolved = true));
    await sleep(20);
    expect(stopResolved).toBe(false);
    release.open();
    await stopped;
    expect(finished).toBe(true);
    expect(aborted).toBe(true);
    job.wake();
    await sleep(30);
    expect(runs).toBe(1);
  });

  it('reports a failing run to onError and keeps its schedule; errors after stop are not reported', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = startPeriodicJob({
      intervalMs: 5,
      run: async () => {
        runs += 1;
        if (runs <= 2) throw new Error(`run ${runs} failed`);
      },
      onError: (error) => errors.push(error),
    });
    await until(() => runs >= 4);
    await job.stop();
    expect(errors.map((e) => (e as Error).message)).toEqual(['run 1 failed', 'run 2 failed']);

    const late: unknown[] = [];
    const release = gate();
    const stopping = startPeriodicJob({
      intervalMs: 5,
      run: async () => {
        await release.opened;
        throw new Error('after stop');
      },
      onError: (error) => late.push(error),
    });
    await sleep(10);
    const stopped = stopping.stop();
    release.open();
    await stopped;
    expect(late).toEqual([]);
  });
});
