// The Slack sender under Slack's limits and failures, through the whole delivery path (outbox row →
// relay → deliver job → fake Slack Web API): pacing per channel, 429 Retry-After, 5xx backoff and
// permanent errors. Times are the fake's own arrival timestamps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nudgeRelay } from '../../src/delivery/nudge.ts';
import type { Wiring } from '../../src/wiring.ts';
import {
  type DeliveryHarness,
  eventually,
  outboxRows,
  post,
  startDeliveryHarness,
} from '../support/delivery-harness.ts';
import type { RecordedCall } from '../support/fake-slack/index.ts';

let h: DeliveryHarness;
let web: Wiring;

beforeAll(async () => {
  h = await startDeliveryHarness();
  web = h.wiring();
  await h.startWorkers();
});
afterAll(async () => {
  await h?.close();
});

/** Writes messages as a request would and waits until every row is settled (done or dead). */
async function send(...messages: ReturnType<typeof post>[]) {
  await h.submit(...messages);
  await nudgeRelay(web.queues.outbox);
  const keys = messages.map((m) => m.dedupeKey);
  return eventually(
    async () => {
      const rows = (await outboxRows(h.db)).filter((r) => keys.includes(r.dedupeKey));
      return (
        rows.length === keys.length && rows.every((r) => r.status === 'done' || r.status === 'dead') && rows
      );
    },
    20_000,
    `rows ${keys.join(', ')} settled`,
  );
}

const postsTo = (channel: string): RecordedCall[] =>
  h.fake.calls('chat.postMessage').filter((c) => c.args.channel === channel);
const gaps = (calls: RecordedCall[]) => calls.slice(1).map((c, i) => c.at - (calls[i] as RecordedCall).at);

describe('pacing', () => {
  it('spreads five posts to one channel over at least four seconds', async () => {
    const submitted = Date.now();
    const rows = await send(...Array.from({ length: 5 }, (_, i) => post('C0PACE', `paced ${i}`)));
    expect(rows.every((r) => r.status === 'done' && r.attempts === 0)).toBe(true);
    const calls = postsTo('C0PACE');
    expect(calls).toHaveLength(5);
    // Slots are reserved a second apart from the first one, which comes after the submit: the last post
    // cannot arrive sooner than 4 s after it. Arrivals wobble with scheduling (the first post, sent at
    // once, can arrive a few hundred ms late on a busy machine and shorten the first gap), so the
    // spread between first and last arrival only has to show the serialisation.
    const last = (calls.at(-1) as RecordedCall).at;
    expect(last - submitted).toBeGreaterThanOrEqual(4000);
    const span = last - (calls[0] as RecordedCall).at;
    expect(span).toBeGreaterThanOrEqual(3000);
    console.info(`pacing: 5 posts to one channel spanned ${span} ms, gaps ${gaps(calls).join(', ')} ms`);
  });

  it('does not serialise posts to different channels', async () => {
    const channels = Array.from({ length: 5 }, (_, i) => `C0FAN${i}`);
    await send(...channels.map((c) => post(c, `fan-out to ${c}`)));
    const times = channels.map((c) => (postsTo(c)[0] as RecordedCall).at);
    const span = Math.max(...times) - Math.min(...times);
    expect(span).toBeLessThan(800);
    console.info(`pacing: 5 posts to 5 channels spanned ${span} ms`);
  });
});

describe('rate limits', () => {
  it('waits Retry-After on a 429 and sends, without counting an attempt', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const [row] = await send(post('C0RATE1', 'after a 429'));
    expect(row).toMatchObject({ status: 'done', attempts: 0, lastError: null });
    const calls = postsTo('C0RATE1');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(gaps(calls)[0]).toBeGreaterThanOrEqual(950);
    // BullMQ counts the run that completed, and nothing for the 429.
    const job = await web.queues.delivery.getJob(`outbox-${row?.id}`);
    expect(job?.attemptsMade).toBe(1);
  });

  it('defers the job instead of holding a worker through a long Retry-After', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    await h.submit(post('C0RATE2', 'after a long 429'));
    await nudgeRelay(web.queues.outbox);
    const [row] = (await outboxRows(h.db)).filter((r) => r.dedupeKey === 'test:C0RATE2:after a long 429');
    const jobId = `outbox-${row?.id}`;
    // While Slack's wait runs, the job sits in BullMQ's delayed set, not in a worker.
    await eventually(
      async () => (await web.queues.delivery.getJobState(jobId)) === 'delayed',
      5000,
      'job delayed',
    );
    await eventually(async () => (await web.queues.delivery.getJobState(jobId)) === 'completed', 10_000);
    const calls = postsTo('C0RATE2');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(gaps(calls)[0]).toBeGreaterThanOrEqual(1950);
    const [done] = (await outboxRows(h.db)).filter((r) => r.id === row?.id);
    expect(done).toMatchObject({ status: 'done', attempts: 0 });
    // Two runs of the job, one attempt: the run that waited for Slack was not a failure.
    const job = await web.queues.delivery.getJob(jobId);
    expect(job?.attemptsStarted).toBe(2);
    expect(job?.attemptsMade).toBe(1);
  });
});

describe('failures', () => {
  it('backs off on 5xx and sends once Slack recovers, counting the failed attempts', async () => {
    h.fake.failNext('chat.postMessage', { status: 500 }, 2);
    const [row] = await send(post('C0FAIL1', 'after two 500s'));
    expect(row).toMatchObject({ status: 'done', attempts: 2 });
    expect(row?.lastError).toMatch(/http_500/);
    const calls = postsTo('C0FAIL1');
    expect(calls.map((c) => c.status)).toEqual([500, 500, 200]);
    // Capped exponential backoff from 0.5 s, ±20 % jitter.
    const [first, second] = gaps(calls) as [number, number];
    expect(first).toBeGreaterThanOrEqual(380);
    expect(second).toBeGreaterThanOrEqual(780);
    expect(h.fake.messages('C0FAIL1')).toHaveLength(1);
  });

  it('dead-letters a message Slack refuses for good, and does not retry it', async () => {
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    const [row] = await send(post('C0GONE', 'to a deleted channel'));
    expect(row).toMatchObject({ status: 'dead', attempts: 0, doneAt: null });
    expect(row?.lastError).toMatch(/PermanentSlackError: chat.postMessage: channel_not_found/);
    const jobId = `outbox-${row?.id}`;
    await eventually(async () => (await web.queues.delivery.getJobState(jobId)) === 'failed');
    await nudgeRelay(web.queues.outbox);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(postsTo('C0GONE')).toHaveLength(1);
    expect((await outboxRows(h.db)).find((r) => r.id === row?.id)?.status).toBe('dead');
  });
});
