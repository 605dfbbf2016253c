// The worker runner on real Redis and PostgreSQL: a job enqueued by name is validated, processed and
// its effect is in the database.
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';
import { JOBS } from '../../src/jobs/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createWiring, type Wiring } from '../../src/wiring.ts';
import { startWorkers, type WorkersHandle } from '../../workers/runner.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let wiring: Wiring;
let workers: WorkersHandle;
let events: QueueEvents;
const prefix = `zhuqi-test-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  db = await freshDatabase();
  const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: process.env.REDIS_URL, QUEUE_PREFIX: prefix });
  wiring = createWiring(config, createLogger('silent'));
  workers = await startWorkers(wiring);
  events = new QueueEvents('maintenance', { connection: { url: config.redisUrl }, prefix });
  await events.waitUntilReady();
});

afterAll(async () => {
  await workers.close();
  await events.close();
  await wiring.queues.maintenance.obliterate({ force: true });
  await wiring.close();
  await db.close();
});

describe('worker runner', () => {
  it('runs a job through its processor', async () => {
    const old = new Date(Date.now() - 10 * 86_400_000);
    await db.prisma.processedRequest.createMany({
      data: [
        { key: 'old-delivery', createdAt: old },
        { key: 'fresh-delivery', createdAt: new Date() },
      ],
    });
    // Visit submissions: one written long ago goes; one never written stays, however old.
    const submission = { slackUserId: 'U0PRUNE001', viewId: 'V0PRUNE001', payload: {}, createdAt: old };
    await db.prisma.visitSubmission.createMany({
      data: [
        { ...submission, requestKey: 'visit:old-done', status: 'done', finishedAt: old },
        { ...submission, requestKey: 'visit:old-pending' },
      ],
    });
    const job = await wiring.queues.maintenance.add(JOBS.pruneProcessedRequests.name, { olderThanDays: 7 });
    const result = await job.waitUntilFinished(events, 10_000);
    expect(result).toEqual({ deleted: 1, submissionsDeleted: 1 });
    const left = await db.prisma.processedRequest.findMany({ select: { key: true } });
    expect(left).toEqual([{ key: 'fresh-delivery' }]);
    const waiting = await db.prisma.visitSubmission.findMany({ select: { requestKey: true } });
    expect(waiting).toEqual([{ requestKey: 'visit:old-pending' }]);
  });

  it('fails a job whose payload breaks its schema, without retrying', async () => {
    const job = await wiring.queues.maintenance.add(
      JOBS.pruneProcessedRequests.name,
      { olderThanDays: -1 },
      { attempts: 3 },
    );
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/bad payload/);
    const failed = await wiring.queues.maintenance.getJob(job.id as string);
    expect(failed?.attemptsMade).toBe(1);
  });
});
