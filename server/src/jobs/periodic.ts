/**
 * A background job that runs `run` now, then again `intervalMs` after each run ends (runs never
 * overlap), until stopped. `wake()` runs it as soon as the current run (if any) ends, for work that
 * just became due (a delivery just enqueued). A failing run is reported to `onError` and the job
 * keeps its schedule: the next run retries.
 *
 * Why polling and not LISTEN/NOTIFY: PGlite has no second connection to listen on, and a poll of
 * an index (due rows only) costs one cheap statement a second; it is also what catches up work
 * that fell due while no process was running.
 */
export interface PeriodicJob {
  /** Runs the job again as soon as possible (coalesced: several wakes during a run give one more run). */
  wake(): void;
  /** Stops the schedule and resolves once the run in progress (if any) has ended. */
  stop(): Promise<void>;
}

export interface PeriodicJobOptions {
  /** Milliseconds between the end of one run and the start of the next. */
  intervalMs: number;
  /** One pass of the job; `signal` aborts when the job is stopped. */
  run: (signal: AbortSignal) => Promise<void>;
  onError: (error: unknown) => void;
}

export function startPeriodicJob(options: PeriodicJobOptions): PeriodicJob {
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const schedule = (delayMs: number) => {
    if (stopping.signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };

  function tick(): void {
    if (running || stopping.signal.aborted) {
      again = true;
      return;
    }
    again = false;
    running = options
      .run(stopping.signal)
      .catch((error: unknown) => {
        if (!stopping.signal.aborted) options.onError(error);
      })
      .finally(() => {
        running = undefined;
        schedule(again ? 0 : options.intervalMs);
      });
  }

  schedule(0);
  return {
    wake: () => {
      if (running) again = true;
      else schedule(0);
    },
    stop: async () => {
      stopping.abort();
      clearTimeout(timer);
      await running;
    },
  };
}
