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

  it('lets the event loop turn (setImmediate, I/O) between slices of busy work', async () => {
    const turns = new DatabaseTurns(10);
    let done = 0;
    let doneWhenTheLoopTurned = -1;
    setImmediate(() => {
      doneWhenTheLoopTurned = done;
    });
    // 20 tasks of 4 ms of synchronous work each: one slice holds ~3 of them.
    await Promise.all(Array.from({ length: 20 }, () => turns.run(async () => {
      busy(4);
      done += 1;
    })));
    expect(doneWhenTheLoopTurned).toBeGreaterThan(0);
    expect(doneWhenTheLoopTurned).toBeLessThan(20);
    expect(turns.stats.yields).toBeGreaterThanOrEqual(5);
  });

  it('without a slice limit the same work runs as one block (the behaviour it exists to stop)', async () => {
    const turns = new DatabaseTurns(Infinity);
    let done = 0;
    let doneWhenTheLoopTurned = -1;
    setImmediate(() => {
      doneWhenTheLoopTurned = done;
    });
    await Promise.all(Array.from({ length: 20 }, () => turns.run(async () => {
      busy(1);
      done += 1;
    })));
    await new Promise((resolve) => setImmediate(resolve));
    expect(doneWhenTheLoopTurned).toBe(20);
    expect(turns.stats.yields).toBe(0);
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
