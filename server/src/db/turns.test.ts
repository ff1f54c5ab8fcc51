// DatabaseTurns on its own: FIFO order, one task at a time, an event-loop turn after each slice,
// errors to their caller only.
import { describe, expect, it } from 'vitest';
import { DatabaseTurns } from './turns.ts';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('DatabaseTurns', () => {
  it('runs tasks one at a time in the order they came', async () => {
    const turns = new DatabaseTurns(1_000);
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running += 1;
      expect(running).toBe(1);
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.push(`end ${name}`);
      running -= 1;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => turns.run(task(name))));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(turns.stats.tasks).toBe(3);
  });

  /**
   * Runs 20 tasks of `ms` synchronous work each; once the first has run, queues a setImmediate
   * and returns how many tasks had finished when it fired (20 = the loop never turned meanwhile).
   */
  async function doneWhenTheLoopTurned(turns: DatabaseTurns, ms: number): Promise<number> {
    let done = 0;
    let seen = -1;
    await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        turns.run(async () => {
          if (k === 0) setImmediate(() => (seen = done));
          busy(ms);
          done += 1;
        }),
      ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    return seen;
  }

  it("starts in a later event-loop turn, not inside the caller's callback", async () => {
    const turns = new DatabaseTurns(10);
    let ran = false;
    const task = turns.run(async () => {
      ran = true;
    });
    await Promise.resolve();
    expect(ran).toBe(false);
    await task;
    expect(ran).toBe(true);
  });

  it('lets the event loop turn (setImmediate, I/O) between slices of busy work', async () => {
    const turns = new DatabaseTurns(10);
    // 20 tasks of 4 ms of synchronous work each: one slice holds ~3 of them.
    const seen = await doneWhenTheLoopTurned(turns, 4);
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(20);
    expect(turns.stats.yields).toBeGreaterThanOrEqual(5);
  });

  it('without a slice limit the same work runs as one block (the behaviour it exists to stop)', async () => {
    const turns = new DatabaseTurns(Infinity);
    expect(await doneWhenTheLoopTurned(turns, 1)).toBe(20);
    expect(turns.stats.yields).toBe(1); // the start only
  });

  it('hands a failure to its own caller and goes on with the next task', async () => {
    const turns = new DatabaseTurns(10);
    const failing = turns.run(async () => {
      throw new Error('boom');
    });
    const throwingSynchronously = turns.run((() => {
      throw new Error('sync boom');
    }) as () => Promise<never>);
    const next = turns.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwingSynchronously).rejects.toThrow('sync boom');
    await expect(next).resolves.toBe('next');
  });

  it('refuses a slice that is not a positive number', () => {
    expect(() => new DatabaseTurns(0)).toThrow(RangeError);
    expect(() => new DatabaseTurns(Number.NaN)).toThrow(RangeError);
  });
});
