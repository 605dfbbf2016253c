// The post-ack lane of the /visit flow: a few at a time, and only once the acks have gone quiet
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

  it('waits while a request is being acked, and starts once the acks have gone quiet', async () => {
    const lane = createLane(3, { yieldMs: 10_000, quietMs: 40 });
    const acked = lane.acking();
    let startedAt: number | undefined;
    const work = lane.run(async () => {
      startedAt = performance.now();
    });
    await tick(60);
    expect(startedAt).toBeUndefined();
    acked();
    const ackedAt = performance.now();
    await work;
    expect(startedAt).toBeGreaterThanOrEqual(ackedAt + 35);
    expect(startedAt).toBeLessThan(ackedAt + 1000);
  });

  it('keeps waiting while a burst goes on: each ack ending starts the quiet time again', async () => {
    const lane = createLane(3, { yieldMs: 10_000, quietMs: 40 });
    lane.acking()();
    let started = false;
    const work = lane.run(async () => {
      started = true;
    });
    for (let i = 0; i < 4; i++) {
      await tick(20);
      lane.acking()(); // another request of the burst, acked
    }
    expect(started).toBe(false);
    await work;
    expect(started).toBe(true);
  });

  it('does not wait longer than its yield time under a steady stream of acks', async () => {
    const lane = createLane(3, { yieldMs: 30 });
    lane.acking(); // never ends
    const began = performance.now();
    await lane.run(async () => {});
    expect(performance.now() - began).toBeGreaterThanOrEqual(25);
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('lets /visit wait for the burst to be acked, but never past its own limit', async () => {
    const lane = createLane(1, { yieldMs: 10_000, quietMs: 40 });
    lane.acking()();
    let began = performance.now();
    await lane.quiet(5_000);
    expect(performance.now() - began).toBeGreaterThanOrEqual(35);
    lane.acking(); // a request being acked, never done
    began = performance.now();
    await lane.quiet(30);
    expect(performance.now() - began).toBeGreaterThanOrEqual(25);
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('lets a caller ask for a longer quiet time than the lane has', async () => {
    const lane = createLane(1, { yieldMs: 10_000, quietMs: 5 });
    lane.acking()();
    const began = performance.now();
    await lane.quiet(5_000, 60);
    expect(performance.now() - began).toBeGreaterThanOrEqual(55);
    expect(performance.now() - began).toBeLessThan(1000);
  });

  it('answers at once when no ack ended lately', async () => {
    const lane = createLane(1, { yieldMs: 10_000, quietMs: 10_000 });
    let quiet = false;
    void lane.quiet(5_000).then(() => {
      quiet = true;
    });
    await Promise.resolve();
    expect(quiet).toBe(true);
  });

  it('takes no slot while waiting for quiet', async () => {
    const lane = createLane(1, { yieldMs: 10_000, quietMs: 1 });
    let release: () => void = () => {};
    const holding = lane.run(() => new Promise<void>((resolve) => (release = resolve)));
    await tick(10);
    await lane.quiet(1_000); // the one slot is busy, yet quiet resolves
    release();
    await holding;
  });
});
