// Exactly once across real worker processes (workers/main.ts as an operator runs it): two of them
// sweeping at once, and one killed after Slack accepted the digest but before it recorded the post.
import { Queue } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOBS } from '../../../src/jobs/index.ts';
import { type RunningEntry, runEntry } from '../../support/child-entry.ts';
import {
  BOT_TOKEN,
  type DeliveryHarness,
  eventually,
  startDeliveryHarness,
} from '../../support/delivery-harness.ts';
import { beijing, buildArticleDistrict } from '../../support/digest-fixtures.ts';
import { digestPosts, entries, runJob, subscribe } from '../../support/digest-harness.ts';
import { startHoldingProxy } from '../../support/holding-proxy.ts';

let h: DeliveryHarness;
let children: RunningEntry[];
const FRIDAY = '2026-06-05T08:30:00+08:00';

beforeEach(async () => {
  h = await startDeliveryHarness();
  children = [];
  await buildArticleDistrict(h.db.prisma);
  await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
  await subscribe(h.db.prisma, 'C0FINANCE1', 'digest', 'function_group:FG-01');
});
afterEach(async () => {
  await Promise.all(children.map((c) => c.stop('SIGKILL')));
  await h.close();
});

function worker(entry: string, env: Record<string, string> = {}): RunningEntry {
  const child = runEntry(entry, {
    DATABASE_URL: h.config.databaseUrl,
    REDIS_URL: h.config.redisUrl,
    QUEUE_PREFIX: h.config.queuePrefix,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: h.fake.url,
    APP_TIMEZONE: 'Asia/Shanghai',
    ...env,
  });
  children.push(child);
  return child;
}

const running = (child: RunningEntry) => child.waitForLog((l) => l.msg === 'workers running', 30_000);

describe('digests across worker processes', () => {
  it('two worker processes running the same sweep at once post one digest per channel and date', async () => {
    const [a, b] = [worker('workers/main.ts'), worker('workers/main.ts')];
    await Promise.all([running(a), running(b)]);
    const queue = new Queue('digests', {
      connection: { url: h.config.redisUrl },
      prefix: h.config.queuePrefix,
    });
    try {
      // Four runs of the 08:30 sweep for the same morning, picked up by whichever process is free.
      await queue.addBulk(
        Array.from({ length: 4 }, () => ({ name: JOBS.dailyDigest.name, data: { now: FRIDAY } })),
      );
    } finally {
      await queue.close();
    }
    await eventually(
      async () => (await entries(h.db.prisma)).filter((e) => e.status === 'sent').length === 2,
      30_000,
      'two digests sent',
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    expect(digestPosts(h.fake, 'C0FINANCE1')).toHaveLength(1);
    expect(await h.db.prisma.outboxMessage.count({ where: { topic: 'digest.post' } })).toBe(2);
  }, 90_000);

  it('a worker killed mid-send: the next one finds the post in the channel and does not post again', async () => {
    await h.db.prisma.channelSubscription.deleteMany({ where: { channelId: 'C0FINANCE1' } });
    const proxy = await startHoldingProxy(h.fake.origin, 'chat.postMessage');
    try {
      const doomed = worker('test/support/workers-entry.ts', {
        SLACK_API_URL: proxy.url,
        TEST_WORKER_LOCK_MS: '2000',
      });
      await running(doomed);
      const wiring = h.wiring();
      expect(await runJob(wiring, 'daily', beijing('2026-06-05T08:30:00'))).toMatchObject({ stored: 1 });
      // Slack has the digest; the worker waits for an answer that will not come, and is killed.
      await eventually(() => proxy.held() === 1, 20_000, 'the post held');
      expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
      expect((await entries(h.db.prisma))[0]?.status).toBe('sending');
      await doomed.stop('SIGKILL');

      h.fake.reset();
      const heir = worker('test/support/workers-entry.ts', { TEST_WORKER_LOCK_MS: '2000' });
      await running(heir);
      const [entry] = await eventually(
        async () => {
          const rows = await entries(h.db.prisma);
          return rows[0]?.status === 'sent' && rows;
        },
        30_000,
        'the digest settled by the next worker',
      );
      const posts = digestPosts(h.fake, 'C0DISTRICT');
      expect(posts).toHaveLength(1);
      expect(entry?.ts).toBe(posts[0]?.ts);
      expect(h.fake.calls('conversations.history')).toHaveLength(1);
      expect(h.fake.calls('chat.postMessage')).toHaveLength(0);

      // And the sweep run again for the same morning changes nothing.
      expect(await runJob(wiring, 'daily', beijing('2026-06-05T09:00:00'))).toMatchObject({
        stored: 0,
        existing: 1,
      });
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    } finally {
      await proxy.stop();
    }
  }, 120_000);
});
