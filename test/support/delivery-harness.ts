// The outbox and the Slack sender end to end: this worker's PostgreSQL database, a Redis (the shared
// one or a private one) under a queue prefix of the test's own, the fake Slack Web API, and as many
// in-process worker sets as a test wants.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Config, loadConfig } from '../../src/config/config.ts';
import { type OutboxMessage, outboxMessage, writeOutbox } from '../../src/delivery/outbox.ts';
import { slackCall } from '../../src/delivery/slack-call.ts';
import { QUEUE_NAMES } from '../../src/jobs/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createWiring, type Wiring } from '../../src/wiring.ts';
import { startWorkers, type WorkersHandle, type WorkerTuning } from '../../workers/runner.ts';
import { freshDatabase, type TestDatabase } from './database.ts';
import { FakeSlack } from './fake-slack/index.ts';

export const BOT_TOKEN = 'xoxb-delivery-test';

export interface DeliveryHarness {
  db: TestDatabase;
  fake: FakeSlack;
  config: Config;
  prefix: string;
  /** A process's wiring (web or workers); closed by close(). */
  wiring(): Wiring;
  /** One worker set (what workers/main.ts starts) on a wiring of its own. */
  startWorkers(tuning?: WorkerTuning): Promise<{ wiring: Wiring; workers: WorkersHandle }>;
  /** Writes `messages` in one transaction, as a service does inside a request. */
  submit(...messages: OutboxMessage[]): Promise<void>;
  /** Removes this test's queues and pacing keys, stops everything. */
  close(): Promise<void>;
}

/** A `slack.call` chat.postMessage outbox message. */
export function post(channel: string, text: string, dedupeKey = `test:${channel}:${text}`): OutboxMessage {
  return outboxMessage(slackCall, { method: 'chat.postMessage', args: { channel, text } }, dedupeKey);
}

export async function startDeliveryHarness(options: { redisUrl?: string } = {}): Promise<DeliveryHarness> {
  const redisUrl = options.redisUrl ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const db = await freshDatabase();
  const fake = await new FakeSlack({ tokens: [BOT_TOKEN] }).start();
  const prefix = `zhuqi-test-delivery-${process.pid}-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.url,
  });
  const wirings: Wiring[] = [];
  const workerSets: WorkersHandle[] = [];

  const wiring = () => {
    const w = createWiring(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
    // BullMQ prints a queue's connection errors with console.error when nobody listens (the wiring
    // already logs them from the connection): while a test's Redis is down that is a stack trace per
    // queue per reconnect attempt.
    for (const queue of Object.values(w.queues)) queue.on('error', () => {});
    wirings.push(w);
    return w;
  };

  return {
    db,
    fake,
    config,
    prefix,
    wiring,
    async startWorkers(tuning) {
      const w = wiring();
      const workers = await startWorkers(w, tuning);
      workerSets.push(workers);
      return { wiring: w, workers };
    },
    async submit(...messages) {
      await db.prisma.$transaction(async (tx) => {
        await writeOutbox(tx, messages);
      });
    },
    async close() {
      // Each step bounded: a step stuck on a broken connection is named instead of eating the hook timeout.
      // Known case: after a Redis restart, BullMQ 6.7 can leave an idle worker's close() pending forever
      // (its blocking client parked in "reconnecting"; taskforcesh/bullmq#4656). It still takes jobs.
      await bounded('worker sets', Promise.all(workerSets.map((w) => w.close())), 5000);
      await bounded('wirings', Promise.all(wirings.map((w) => w.close())));
      await bounded(
        'queue cleanup',
        clearRedis(config.redisUrl, prefix).catch(() => {}),
      ); // a private Redis may be gone
      await bounded('fake Slack', fake.stop());
      await bounded('database', db.close());
    },
  };
}

async function clearRedis(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on('error', () => {});
  try {
    await redis.connect();
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection: redis, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    const keys = await redis.keys(`${prefix}:slack-pace:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

async function bounded(step: string, work: Promise<unknown>, ms = 15_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`delivery harness: closing ${step} took over ${ms} ms; going on`);
      resolve();
    }, ms);
  });
  await Promise.race([work.then(() => {}), late]);
  clearTimeout(timer);
}

/** Polls until `check` returns a value other than undefined/false. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** The outbox rows, oldest first, with what tests assert on. */
export function outboxRows(db: TestDatabase) {
  return db.prisma.outboxMessage.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, dedupeKey: true, status: true, attempts: true, lastError: true, doneAt: true },
  });
}
