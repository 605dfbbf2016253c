// The whole web side as it runs in production — real services on this worker's PostgreSQL, Redis
// queues under a test prefix — with Slack replaced by the fake Web API: what flow tests drive. A real
// BullMQ worker of the workers' `visits` queue runs here too, writing the visit submissions that the
// recovery job hands it (src/services/visit-writes.ts); `pauseVisitWrites` stops it for a while.
import { randomBytes } from 'node:crypto';
import { webApi } from '@slack/bolt';
import { Queue, Worker } from 'bullmq';
import type { Locale } from '../../src/i18n/index.ts';
import { JOBS } from '../../src/jobs/index.ts';
import { createRedis } from '../../src/jobs/queues.ts';
import { createLogger } from '../../src/logger.ts';
import { createAckQueries } from '../../src/persistence/ack-queries.ts';
import { type AppServices, createServices } from '../../src/services/index.ts';
import { writeVisitSubmission } from '../../src/slack/background/write-visit.ts';
import { type AppUnderTest, type AppUnderTestOptions, startAppUnderTest } from './app-under-test.ts';
import { freshDatabase, type TestDatabase } from './database.ts';
import type { FakeUser } from './fake-slack/index.ts';

export interface ZhuqiApp extends AppUnderTest {
  db: TestDatabase;
  services: AppServices;
  /** The instant the app believes it is; tests move it with `setNow`. */
  now(): Date;
  setNow(instant: Date | string): void;
  queuePrefix: string;
  /** The `visits` queue the web side asks for writes on. */
  visitQueue: Queue;
  /** Stops taking visit-write jobs (they wait in Redis) until `resumeVisitWrites`. */
  pauseVisitWrites(): Promise<void>;
  resumeVisitWrites(): void;
}

export interface ZhuqiAppOptions {
  users?: FakeUser[];
  defaultLocale?: Locale;
  /** The app's starting clock (default: the real time). */
  now?: Date | string;
  timeZone?: string;
  extra?: AppUnderTestOptions['extra'];
}

export async function startZhuqiApp(options: ZhuqiAppOptions = {}): Promise<ZhuqiApp> {
  const db = await freshDatabase();
  let current = options.now === undefined ? undefined : new Date(options.now);
  const clock = () => current ?? new Date();
  // As wiring.ts builds it: the pre-ack reads on a node-postgres pool of their own.
  const ackQueries = createAckQueries(db.url, { max: 2 });
  const queuePrefix = `zhuqi-test-${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const producer = createRedis(redisUrl, 'producer');
  const visitQueue = new Queue(JOBS.writeVisit.queue, { connection: producer, prefix: queuePrefix });
  // Cache off: tests change the calendar and settings between steps.
  const services = createServices({
    db: db.prisma,
    ackQueries,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    clock,
    cacheMs: 0,
  });
  const app = await startAppUnderTest({
    users: options.users,
    defaultLocale: options.defaultLocale,
    extra: options.extra,
    context: (base) => ({ ...base, services }),
  });
  const slack = new webApi.WebClient(app.botToken, { slackApiUrl: app.fake.url });
  const logger = createLogger(process.env.ZHUQI_TEST_LOG_LEVEL ?? 'silent');
  const workerConnection = createRedis(redisUrl, 'worker');
  const visitWorker = new Worker(
    JOBS.writeVisit.queue,
    (job) =>
      writeVisitSubmission(
        { db: db.prisma, services, slack, logger, clock },
        BigInt((job.data as { submissionId: string }).submissionId),
      ),
    { connection: workerConnection, prefix: queuePrefix, concurrency: 4 },
  );
  const stop = app.stop;
  return {
    ...app,
    db,
    services,
    queuePrefix,
    visitQueue,
    pauseVisitWrites: () => visitWorker.pause(),
    resumeVisitWrites: () => visitWorker.resume(),
    now: clock,
    setNow(instant) {
      current = new Date(instant);
    },
    async stop() {
      await stop();
      await visitWorker.close();
      await visitQueue.obliterate({ force: true }).catch(() => {});
      await visitQueue.close();
      producer.disconnect();
      workerConnection.disconnect();
      await ackQueries.close();
      await db.close();
    },
  };
}
