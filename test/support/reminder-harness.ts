// The reminder feature end to end in one process: this worker's PostgreSQL with the reminder world,
// Redis queues under a prefix of the test's own, the fake Slack Web API, and a worker set whose clock
// the test moves. Sweeps run as the scheduler runs them (runReminderJob); the workers deliver.
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { type Config, loadConfig } from '../../src/config/config.ts';
import { JOBS, QUEUE_NAMES } from '../../src/jobs/index.ts';
import { createLogger } from '../../src/logger.ts';
import { createServices } from '../../src/services/index.ts';
import type { SweepResult } from '../../src/services/reminders/reminder-sweep.ts';
import { runReminderJob } from '../../src/services/reminders/run-job.ts';
import { REMINDER_EVENT_TYPE } from '../../src/services/reminders/send-reminder.ts';
import { createWiring, type Wiring } from '../../src/wiring.ts';
import { startWorkers, type WorkersHandle } from '../../workers/runner.ts';
import { freshDatabase, type TestDatabase } from './database.ts';
import { eventually } from './delivery-harness.ts';
import { FakeSlack, type StoredMessage } from './fake-slack/index.ts';
import { type Person, type ReminderWorld, seedReminderWorld, slackIdOf } from './reminder-world.ts';

export const REMINDER_BOT_TOKEN = 'xoxb-reminder-test';

export interface ReminderHarness {
  db: TestDatabase;
  fake: FakeSlack;
  world: ReminderWorld;
  config: Config;
  prefix: string;
  wiring: Wiring;
  setNow(instant: Date | string): void;
  /** Starts the in-process workers (once); without them, sweeps only record and queue. */
  startWorkers(): Promise<void>;
  /** One sweep at `at` (default: the clock), as the scheduled job runs it. */
  sweep(at?: Date | string): Promise<SweepResult>;
  /** Waits until every outbox row is settled (done or dead). */
  settled(timeoutMs?: number): Promise<void>;
  /** The reminder DMs a person has received, oldest first (not the other DMs the app sends them). */
  dms(person: Person): StoredMessage[];
  close(): Promise<void>;
}

export interface ReminderHarnessOptions {
  db?: TestDatabase;
  fake?: FakeSlack;
  botToken?: string;
}

export async function startReminderHarness(options: ReminderHarnessOptions = {}): Promise<ReminderHarness> {
  const db = options.db ?? (await freshDatabase());
  const ownsFake = !options.fake;
  const botToken = options.botToken ?? REMINDER_BOT_TOKEN;
  const fake = options.fake ?? (await new FakeSlack({ tokens: [botToken] }).start());
  const world = await seedReminderWorld(db.prisma);
  const prefix = `zhuqi-test-reminders-${process.pid}-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL,
    QUEUE_PREFIX: prefix,
    SLACK_BOT_TOKEN: botToken,
    SLACK_API_URL: fake.url,
    APP_LOCALE: 'zh-CN',
  });
  let now = new Date();
  const wiring = createWiring(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), () => now);
  let workers: WorkersHandle | undefined;
  // Calendar and settings read afresh on every sweep: tests change them between steps.
  const sweepServices = createServices({
    db: db.prisma,
    timeZone: config.timeZone,
    clock: () => now,
    cacheMs: 0,
  });

  const harness: ReminderHarness = {
    db,
    fake,
    world,
    config,
    prefix,
    wiring,
    setNow(instant) {
      now = new Date(instant);
    },
    async startWorkers() {
      if (workers) return;
      workers = await startWorkers(wiring);
      // The real scheduler would sweep at quarter hours of the real clock; the tests sweep themselves.
      await wiring.queues.reminders.removeJobScheduler(JOBS.reminderSweep.name);
    },
    async sweep(at) {
      return runReminderJob(
        { sweep: sweepServices, outbox: wiring.queues.outbox, logger: wiring.logger },
        at === undefined ? now : new Date(at),
      );
    },
    async settled(timeoutMs = 15_000) {
      await eventually(
        async () =>
          (await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'relayed'] } } })) === 0,
        timeoutMs,
        'every outbox row settled',
      );
    },
    dms(person) {
      return fake
        .messages(fake.dmChannel(slackIdOf(person)))
        .filter(
          (m) => (m.metadata as { event_type?: string } | undefined)?.event_type === REMINDER_EVENT_TYPE,
        );
    },
    async close() {
      await workers?.close();
      await wiring.close();
      await clearQueues(config.redisUrl, prefix).catch(() => {});
      if (ownsFake) await fake.stop();
      if (!options.db) await db.close();
    },
  };
  return harness;
}

async function clearQueues(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  try {
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection: redis, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
    }
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

/** The issues a reminder message lists, as `kind:issueId`, in the order shown (from the block ids). */
export function listedItems(message: StoredMessage): string[] {
  return (message.blocks ?? [])
    .map((b) => (b as { block_id?: string }).block_id ?? '')
    .filter((id) => /^reminder\.[a-z_]+\.\d+$/.test(id))
    .map((id) => id.replace(/^reminder\.([a-z_]+)\.(\d+)$/, '$1:$2'));
}
