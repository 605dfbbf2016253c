// The post-ack lane of the /visit flow: a few at a time, and only once the pending acks are done
// (or after its yield time, so a steady stream of requests cannot starve the writes).
import { describe, expect, it } from 'vitest';
import { createLane } from '../../../src/slack/listeners/visit/lane.ts';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the post-ack lane', () => {
  it('runs at most `limit` pieces of work at once, and every one of them', async () => {
    const lane = createLane(2);
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        lane.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await tick(5);
          running -= 1;
          done.push(i);
        }),
      ),
    );
    expect(most).toBe(2);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('waits while a request is being acked, and starts as soon as it is', async () => {
    const lane = createLane(3, 10_000);
    const acked = lane.acking();
    let started = false;
    const work = lane.run(async () => {
      started = true;
    });
    await tick(20);
    expect(started).toBe(false);
    acked();
    await work;
    expect(started).toBe(true);
  });

  it('does not wait longer than its yield time under a steady stream of acks', async () => {
    const lane = createLane(3, 30);
    lane.acking(); // never ends
    const began = performance.now();
    await lane.run(async () => {});
    expect(performance.now() - began).toBeGreaterThanOrEqual(25);
    expect(performance.now() - began).toBeLessThan(1000);
  });
});
