// Time slices for the embedded database, so that the event loop keeps turning under load.
//
// Why (measured, docs/benchmarks.md "npm run load"): PGlite runs every statement synchronously
// (PostgreSQL in WASM on the event loop) and hands its lock to the next waiter through a promise
// chain. With 200 requests waiting, their statements ran back to back as one microtask cascade:
// event-loop turns of 250–400 ms at ~600 req/s. libuv 1.46 (Node 20) accepts ONE new connection
// per loop turn, so new connections sat in the kernel's accept queue at ~3 accepts/s; 50 of the
// load test's 200 connections waited over 10 s, timed out, reconnected, and waited again
// (`ss -ltn` showed 62 → 27 queued; 120–200 client timeouts a minute, server-side answers < 0.4 s).
//
// The fix: top-level statements take turns through one FIFO queue that runs in the event loop's
// check phase (`setImmediate`), and after `sliceMs` of continuous database work it waits for the
// next turn — the loop then polls sockets (accepts a connection, reads requests, writes answers)
// before the next slice. Statements inside a transaction do not queue (they already hold
// PGlite's lock; queueing them would deadlock the transaction against the next queued statement).
// PostgreSQL needs none of this: its statements are network I/O, answered in the poll phase.

export interface TurnsStats {
  /** Top-level tasks run since creation. */
  tasks: number;
  /** Times the queue waited for an event-loop turn (at the start of a busy period, and between slices). */
  yields: number;
}

/**
 * A FIFO queue that runs one task at a time, starting in the next check phase (`setImmediate`)
 * and yielding to the event loop again after every `sliceMs` milliseconds of continuous work.
 * A task's errors reach its caller only; the queue goes on.
 */
export class DatabaseTurns {
  readonly stats: TurnsStats = { tasks: 0, yields: 0 };
  readonly #sliceMs: number;
  readonly #queue: (() => Promise<void>)[] = [];
  #draining = false;

  /** @param sliceMs longest stretch of database work between two event-loop turns, in ms (> 0). */
  constructor(sliceMs: number) {
    if (!(sliceMs > 0)) throw new RangeError(`sliceMs must be > 0, got ${sliceMs}`);
    this.#sliceMs = sliceMs;
  }

  /** Runs `task` when its turn comes (after every task queued before it has settled). */
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push(async () => {
        try {
          resolve(await task());
        } catch (error) {
          reject(error);
        }
      });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    // The first slice starts in the check phase too, not inside the I/O callback that queued the
    // task: the poll phase reads every request that is already waiting first, so identical reads
    // among them find one another in flight (use-read-coalescing.ts).
    this.stats.yields += 1;
    await new Promise<void>((resolve) => setImmediate(resolve));
    let sliceStart = performance.now();
    try {
      while (this.#queue.length) {
        if (performance.now() - sliceStart >= this.#sliceMs) {
          this.stats.yields += 1;
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
        this.stats.tasks += 1;
        await this.#queue.shift()!();
      }
    } finally {
      this.#draining = false;
    }
  }
}
